// SPDX-License-Identifier: Apache-2.0
// "What is it?": the questionnaire's generic-name search. Typing finds names (class and procedure
// shown); picking one sets jmdn_code in one undo step, shows the name and code, hides the questions the
// name settles and names it in the classification card; Clear and "I can't find a generic name" bring
// the questions back. File › Import Generic-Name List… imports a CSV fixture (the search finds the new
// names at once; bad rows are listed by line and column; the shipped table is untouched).

#include "ui/jmdn/GenericNamePicker.h"

#include "core/jmdn/GenericNameTable.h"
#include "core/jmdn/SharedGenericNames.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/jmdn/GenericNameImportDialog.h"
#include "ui/jmdn/GenericNameListModel.h"
#include "ui/models/ProfileModel.h"
#include "ui/widgets/ClassificationCard.h"
#include "ui/widgets/QuestionnaireWidget.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

const QString kCode = QStringLiteral("jmdn_code");

QString fixture(const char* name)
{
    return QStringLiteral(SHIRUBE_TEST_DATA_DIR "/ui/data/") + QString::fromUtf8(name);
}

QByteArray shippedHash()
{
    QFile f(QStringLiteral(SHIRUBE_SOURCE_DIR "/resources/jmdn/generic-names.json"));
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// The shipped rows only, whatever the machine's data folder holds.
void useShippedTable()
{
    core::GenericNameTable::Options options;
    options.loadUserTable = false;
    ASSERT_TRUE(core::reloadSharedGenericNames(options));
}

struct PickerFixture
{
    std::unique_ptr<ui::MainWindow> window;
    ui::GenericNamePicker* picker = nullptr;
    ui::QuestionnaireWidget* questionnaire = nullptr;
    PickerFixture()
    {
        useShippedTable();
        window = test::makeWindow();
        questionnaire = window->questionnaire();
        picker = questionnaire->genericNamePicker();
        core::Profile p = test::simpleHardwareProfile();
        window->profileModel()->setProfile(p);
        window->undoStack()->clear();
        EXPECT_TRUE(window->waitForPlan());
    }
    void type(const QString& text)
    {
        // One character at a time, as typed (QTest::keyClicks cannot type Japanese).
        picker->searchEdit()->clear();
        for (const QChar c : text)
            picker->searchEdit()->insert(QString(c));
    }
    bool shown(const QString& path) const
    {
        QWidget* e = questionnaire->editor(path);
        return e && e->isVisibleTo(questionnaire);
    }
};

TEST(GenericNamePicker, SearchesAsTheUserTypes)
{
    PickerFixture f;
    EXPECT_FALSE(f.picker->resultsView()->isVisibleTo(f.picker)) << "no query, no list";
    f.type(QString::fromUtf8("ステント"));
    ui::GenericNameListModel* model = f.picker->resultsModel();
    ASSERT_GE(model->rowCount(), 3);
    EXPECT_TRUE(f.picker->resultsView()->isVisibleTo(f.picker));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row).data().toString();
        EXPECT_TRUE(text.contains(QString::fromUtf8("ステント"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Class "))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("JMDN ") +
                                  model->index(row).data(ui::GenericNameListModel::CodeRole).toString()));
    }
    // By code, the exact code first; by an English word; a certification standard shown.
    f.type(QStringLiteral("37618010"));
    ASSERT_GE(model->rowCount(), 1);
    EXPECT_EQ(model->index(0).data(ui::GenericNameListModel::CodeRole).toString(),
              QStringLiteral("37618010"));
    EXPECT_TRUE(model->index(0).data().toString().contains(QStringLiteral("certification")));
    f.type(QStringLiteral("workstation"));
    ASSERT_GE(model->rowCount(), 1);
    // Nothing found: said so.
    f.type(QStringLiteral("zzqqxx"));
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(f.picker->findChild<QLabel*>(QStringLiteral("genericNameNoMatch"))->isVisibleTo(f.picker));
    EXPECT_TRUE(f.window->undoStack()->count() == 0) << "searching changes no answer";
}

TEST(GenericNamePicker, PickingSetsTheCodeInOneUndoStepAndSettlesTheClassQuestions)
{
    PickerFixture f;
    ASSERT_TRUE(f.shown(QStringLiteral("hardware.invasiveness")));
    ASSERT_TRUE(f.shown(QStringLiteral("known_class")));
    f.type(QStringLiteral("37618010"));
    QTest::keyClick(f.picker->searchEdit(), Qt::Key_Return);
    EXPECT_EQ(f.window->profileModel()->answer(kCode).toString(), QStringLiteral("37618010"));
    EXPECT_EQ(f.window->undoStack()->count(), 1);
    EXPECT_TRUE(f.picker->searchEdit()->text().isEmpty());
    auto* picked = f.picker->findChild<QLabel*>(QStringLiteral("pickedGenericName"));
    ASSERT_TRUE(picked->isVisibleTo(f.picker));
    EXPECT_TRUE(picked->text().contains(QString::fromUtf8("全身用X線CT診断装置")));
    EXPECT_TRUE(picked->text().contains(QStringLiteral("37618010")));
    // The name settles the class questions; the ones designations and routes read stay.
    EXPECT_FALSE(f.shown(QStringLiteral("hardware.invasiveness")));
    EXPECT_FALSE(f.shown(QStringLiteral("hardware.active")));
    EXPECT_FALSE(f.shown(QStringLiteral("known_class")));
    EXPECT_FALSE(f.shown(QStringLiteral("certification_standard")));
    EXPECT_TRUE(f.shown(QStringLiteral("kind")));
    EXPECT_TRUE(f.shown(QStringLiteral("novelty")));
    EXPECT_TRUE(f.questionnaire->settledByName().contains(QStringLiteral("hardware.invasiveness")));

    // The plan takes the name's class; the card names the generic name and code.
    ASSERT_TRUE(f.window->waitForPlan());
    EXPECT_EQ(f.window->currentPlan().classification.deviceClass, 2);
    const QString card = f.window->classificationCard()->genericNameText();
    EXPECT_TRUE(card.contains(QString::fromUtf8("全身用X線CT診断装置"))) << card.toStdString();
    EXPECT_TRUE(card.contains(QStringLiteral("JMDN 37618010"))) << card.toStdString();

    // One undo takes it back, questions and all.
    f.window->undoStack()->undo();
    EXPECT_TRUE(f.window->profileModel()->answer(kCode).isNull());
    EXPECT_FALSE(picked->isVisibleTo(f.picker));
    EXPECT_TRUE(f.shown(QStringLiteral("hardware.invasiveness")));
    ASSERT_TRUE(f.window->waitForPlan());
    EXPECT_TRUE(f.window->classificationCard()->genericNameText().isEmpty());
}

TEST(GenericNamePicker, CardSaysWhenTheRulesDisagreeAndTheNameWins)
{
    PickerFixture f;
    // The rules make an implant Class III at least; a Class II generic name wins.
    f.window->profileModel()->setAnswer(QStringLiteral("hardware.invasiveness"),
                                        QStringLiteral("implantable"));
    f.window->profileModel()->setAnswer(kCode, QStringLiteral("37618010"));
    ASSERT_TRUE(f.window->waitForPlan());
    const core::Classification& c = f.window->currentPlan().classification;
    ASSERT_EQ(c.deviceClass, 2);
    ASSERT_TRUE(c.ruleClass);
    EXPECT_GT(*c.ruleClass, 2);
    const QString card = f.window->classificationCard()->genericNameText();
    EXPECT_TRUE(card.contains(QStringLiteral("the generic name's class applies"))) << card.toStdString();
}

TEST(GenericNamePicker, ClearAndCannotFindBringTheQuestionsBack)
{
    PickerFixture f;
    f.window->profileModel()->setAnswer(kCode, QStringLiteral("30854000"));
    ASSERT_FALSE(f.shown(QStringLiteral("hardware.invasiveness")));
    f.picker->findChild<QPushButton*>(QStringLiteral("clearGenericName"))->click();
    EXPECT_TRUE(f.window->profileModel()->answer(kCode).isNull());
    EXPECT_TRUE(f.shown(QStringLiteral("hardware.invasiveness")));

    f.window->profileModel()->setAnswer(kCode, QStringLiteral("30854000"));
    const int steps = f.window->undoStack()->count();
    auto* cannotFind = f.picker->findChild<QCheckBox*>(QStringLiteral("noGenericName"));
    cannotFind->click();
    EXPECT_TRUE(cannotFind->isChecked());
    EXPECT_TRUE(f.picker->newKind());
    EXPECT_EQ(f.window->profileModel()->answer(kCode).toString(), QStringLiteral("none"))
        << "a new kind of device has no generic name, and none is assumed from its name";
    EXPECT_EQ(f.window->undoStack()->count(), steps + 1);
    EXPECT_TRUE(f.shown(QStringLiteral("hardware.invasiveness")));
    EXPECT_FALSE(f.picker->searchEdit()->isEnabled());
    // Another product loaded: the choice was this product's.
    f.window->profileModel()->setProfile(test::simpleHardwareProfile());
    EXPECT_FALSE(cannotFind->isChecked());
    EXPECT_TRUE(f.picker->searchEdit()->isEnabled());
    f.type(QString::fromUtf8("グルコース"));
    ASSERT_GE(f.picker->resultsModel()->rowCount(), 1);
    f.picker->pick(0);
    EXPECT_FALSE(f.window->profileModel()->answer(kCode).isNull());
    // Ticking it again drops the name (one more undo step); unticking forgets the choice.
    cannotFind->click();
    EXPECT_EQ(f.window->profileModel()->answer(kCode).toString(), QStringLiteral("none"));
    cannotFind->click();
    EXPECT_TRUE(f.window->profileModel()->answer(kCode).isNull());
}

TEST(GenericNamePicker, OffersTheGenericNameTheProductsNameContains)
{
    PickerFixture f;
    auto* box = f.picker->findChild<QWidget*>(QStringLiteral("suggestedGenericNameBox"));
    auto* text = f.picker->findChild<QLabel*>(QStringLiteral("suggestedGenericName"));
    auto* use = f.picker->findChild<QPushButton*>(QStringLiteral("useSuggestedGenericName"));
    ASSERT_TRUE(box && text && use);
    EXPECT_FALSE(box->isVisibleTo(f.picker)) << "the sample's name contains no generic name";

    f.window->profileModel()->setAnswer(QStringLiteral("name"), QString::fromUtf8("冠動脈ステント NovaFlex"));
    ASSERT_TRUE(box->isVisibleTo(f.picker));
    EXPECT_TRUE(text->text().contains(QString::fromUtf8("冠動脈ステント"))) << text->text().toStdString();
    EXPECT_TRUE(text->text().contains(QStringLiteral("36035004")));
    ASSERT_TRUE(f.window->waitForPlan());
    // The plan assumes it, and says so; the card shows Class IV.
    QStringList assumed;
    for (const core::AssumedAnswer& a : f.window->currentPlan().assumed)
        assumed << a.path;
    EXPECT_TRUE(assumed.contains(kCode)) << assumed.join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(f.window->currentPlan().classification.deviceClass, 4);

    // "Use it" picks it: stored, no longer an assumption, the offer gone.
    use->click();
    EXPECT_EQ(f.window->profileModel()->answer(kCode).toString(), QStringLiteral("36035004"));
    EXPECT_FALSE(box->isVisibleTo(f.picker));
    ASSERT_TRUE(f.window->waitForPlan());
    assumed.clear();
    for (const core::AssumedAnswer& a : f.window->currentPlan().assumed)
        assumed << a.path;
    EXPECT_FALSE(assumed.contains(kCode));

    // "I can't find a generic name": nothing is assumed from the name any more.
    f.picker->findChild<QCheckBox*>(QStringLiteral("noGenericName"))->click();
    EXPECT_FALSE(box->isVisibleTo(f.picker));
    ASSERT_TRUE(f.window->waitForPlan());
    for (const core::AssumedAnswer& a : f.window->currentPlan().assumed)
        EXPECT_NE(a.path, kCode);
    EXPECT_NE(f.window->currentPlan().classification.deviceClass, std::optional<int>(4));
}

TEST(GenericNamePicker, UnknownCodeIsShownAndSettlesNothing)
{
    PickerFixture f;
    f.window->profileModel()->setAnswer(kCode, QStringLiteral("89999999"));
    auto* picked = f.picker->findChild<QLabel*>(QStringLiteral("pickedGenericName"));
    EXPECT_TRUE(picked->isVisibleTo(f.picker));
    EXPECT_TRUE(picked->text().contains(QStringLiteral("89999999")));
    EXPECT_TRUE(f.questionnaire->settledByName().isEmpty());
    EXPECT_TRUE(f.shown(QStringLiteral("hardware.invasiveness")));
}

TEST(GenericNameImport, ImportedNamesAreFoundAtOnceAndTheShippedTableIsUntouched)
{
    const QString dataDir = test::freshDirectory(QStringLiteral("jmdn-import-data"));
    qputenv("SHIRUBE_DATA_DIR", dataDir.toUtf8());
    const QByteArray before = shippedHash();
    ASSERT_FALSE(before.isEmpty());
    PickerFixture f;
    f.type(QString::fromUtf8("試験用ひかり"));
    EXPECT_EQ(f.picker->resultsModel()->rowCount(), 0);

    ui::GenericNameImportDialog* dialog = f.window->importGenericNames(fixture("pmda-generic-names.csv"));
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->succeeded()) << dialog->summaryText().toStdString();
    EXPECT_TRUE(dialog->summaryText().contains(QStringLiteral("Imported 3 generic names")))
        << dialog->summaryText().toStdString();
    EXPECT_FALSE(dialog->issuesTable()->isVisibleTo(dialog));
    EXPECT_TRUE(QFile::exists(dataDir + QStringLiteral("/jmdn/generic-names.json")));
    // The search already showing refreshes; a new search finds the imported names, English too.
    ASSERT_EQ(f.picker->resultsModel()->rowCount(), 1);
    EXPECT_EQ(f.picker->resultsModel()->index(0).data(ui::GenericNameListModel::CodeRole).toString(),
              QStringLiteral("89990001"));
    f.type(QStringLiteral("light meter"));
    EXPECT_EQ(f.picker->resultsModel()->rowCount(), 1);
    // And the plan uses an imported name's class.
    f.picker->pick(0);
    ASSERT_TRUE(f.window->waitForPlan());
    EXPECT_EQ(f.window->currentPlan().classification.deviceClass, 2);
    dialog->open();
    dialog->close(); // deletes itself

    // Bad rows: refused, each listed by line and column; the imported table stays as it was.
    dialog = f.window->importGenericNames(fixture("pmda-generic-names-bad.csv"));
    EXPECT_FALSE(dialog->succeeded());
    QTableWidget* issues = dialog->issuesTable();
    EXPECT_TRUE(issues->isVisibleTo(dialog));
    ASSERT_EQ(issues->rowCount(), 3);
    EXPECT_EQ(issues->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(issues->item(0, 1)->text(), QString::fromUtf8("コード"));
    EXPECT_TRUE(issues->item(0, 2)->text().contains(QStringLiteral("8999000X")));
    EXPECT_EQ(issues->item(1, 0)->text(), QStringLiteral("4"));
    EXPECT_TRUE(issues->item(1, 2)->text().contains(QStringLiteral("duplicate")));
    EXPECT_EQ(issues->item(2, 1)->text(), QString::fromUtf8("クラス分類"));
    EXPECT_TRUE(dialog->summaryText().contains(QStringLiteral("Nothing was changed")));
    delete dialog;
    f.type(QString::fromUtf8("試験用ひかり"));
    EXPECT_EQ(f.picker->resultsModel()->rowCount(), 1) << "the earlier import is still there";

    EXPECT_EQ(shippedHash(), before);
    qunsetenv("SHIRUBE_DATA_DIR");
    useShippedTable();
}

TEST(GenericNameImport, AFileThatCannotBeReadIsSaidInTheUsersLanguage)
{
    const QString dataDir = test::freshDirectory(QStringLiteral("jmdn-import-unreadable"));
    const QString missing = dataDir + QStringLiteral("/no-such-list.csv");
    for (const core::Lang lang : {core::Lang::Ja, core::Lang::En}) {
        ui::Language::instance().apply(lang);
        std::unique_ptr<ui::GenericNameImportDialog> dialog(
            ui::GenericNameImportDialog::importFile(missing, nullptr, dataDir));
        EXPECT_FALSE(dialog->succeeded());
        const QString text = dialog->summaryText();
        EXPECT_TRUE(text.contains(QStringLiteral("no-such-list.csv"))) << text.toStdString();
        EXPECT_TRUE(text.contains(lang == core::Lang::Ja ? QString::fromUtf8("読み込めませんでした")
                                                         : QStringLiteral("could not be read")))
            << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("cannot read"))) << "the system's words, untranslated";
    }
    ui::Language::instance().apply(core::Lang::En);
    EXPECT_FALSE(QFile::exists(dataDir + QStringLiteral("/jmdn/generic-names.json")));
}

} // namespace
