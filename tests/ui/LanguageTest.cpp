// SPDX-License-Identifier: Apache-2.0
// Switching ja ⇄ en at run time retranslates every visible string: labels, buttons, group titles, tabs,
// table headers and cells, drop-down texts, placeholders, menus and their actions. A string may stay
// the same only when every Latin word in it is an untranslatable proper noun or code (allow-list).
#include "ui/Language.h"

#include "ui/MainWindow.h"
#include "ui/graph/GraphLegend.h"
#include "ui/trainer/TrainerWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

#include <gtest/gtest.h>
#include <map>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

// Proper nouns, acronyms and codes that are the same in both languages.
const QStringList& allowedWords()
{
    static const QStringList words = {
        QStringLiteral("Shirube"), QStringLiteral("English"), QStringLiteral("Qt"),
        QStringLiteral("P50"),     QStringLiteral("P80"),     QStringLiteral("JMDN"),
        QStringLiteral("MHLW"),    QStringLiteral("METI"),    QStringLiteral("MEXT"),
        QStringLiteral("AMED"),    QStringLiteral("PMDA"),    QStringLiteral("SaMD"),
        QStringLiteral("QMS"),     QStringLiteral("IDATEN"),  QStringLiteral("SAKIGAKE"),
        QStringLiteral("AI"),      QStringLiteral("IVD"),     QStringLiteral("FY"),
        QStringLiteral("JP"),      QStringLiteral("VN"),      QStringLiteral("WHO"),
        QStringLiteral("UN"),      QStringLiteral("UNICEF"),  QStringLiteral("RWD"),
        QStringLiteral("MEDISO"),  QStringLiteral("YYYY"),    QStringLiteral("MM"),
        QStringLiteral("M"),       QStringLiteral("k"),       QStringLiteral("B"),
        QStringLiteral("mo"),      QStringLiteral("A"), // the trainer's A− / A+ text-size buttons
    };
    return words;
}

// Source citations ("JQA; seed#H7", "GHTF/SG1/N15:2006 …") are names of documents: the same in both
// languages. Collects every source string a plan shows.
QSet<QString> citations(const core::Plan& plan)
{
    QSet<QString> out;
    for (const core::RationaleItem& r : plan.classification.rationale)
        out.insert(r.source);
    for (const core::DesignationResult& d : plan.designations)
        out.insert(d.provenance.source);
    for (const core::FundingMatch& f : plan.funding)
        out.insert(f.provenance.source);
    for (const core::Route& r : plan.routes) {
        for (const core::RouteStep& s : r.steps)
            out.insert(s.provenance.source);
    }
    return out;
}

QSet<QString>& knownCitations()
{
    static QSet<QString> set;
    return set;
}

bool untranslatable(const QString& text, const QStringList& extra)
{
    static const QRegularExpression mark(QStringLiteral("^[●○◆△] "));
    if (knownCitations().contains(QString(text).remove(mark)))
        return true;
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z][A-Za-z0-9#\\-]*"));
    auto it = latinWord.globalMatch(text);
    if (!it.hasNext())
        return true; // numbers, marks, Japanese: nothing to translate
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (!allowedWords().contains(w) && !extra.contains(w))
            return false;
    }
    return true;
}

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

using Snapshot = std::map<QString, QString>; // "<object>/<what>" -> visible text

QString key(const QObject* o, const QString& what)
{
    return QString::number(quintptr(o), 16) + QLatin1Char('/') + o->objectName() + QLatin1Char('/') + what;
}

void addModel(Snapshot& s, const QTableView* view)
{
    const QAbstractItemModel* m = view->model();
    if (!m)
        return;
    for (int c = 0; c < m->columnCount(); ++c) {
        if (view->isColumnHidden(c))
            continue;
        if (!view->horizontalHeader()->isHidden())
            s[key(view, QStringLiteral("header%1").arg(c))] = m->headerData(c, Qt::Horizontal).toString();
        for (int r = 0; r < m->rowCount(); ++r)
            s[key(view, QStringLiteral("cell%1,%2").arg(r).arg(c))] = m->index(r, c).data().toString();
    }
}

void addMenu(Snapshot& s, const QMenu* menu)
{
    s[key(menu, QStringLiteral("title"))] = menu->title();
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        if (a->menu())
            addMenu(s, a->menu());
        else if (a->parent() != menu) // not the recent-files entries, which are file names
            s[key(a, QStringLiteral("action"))] = a->text();
    }
}

Snapshot snapshot(QWidget* top)
{
    Snapshot s;
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    widgets.prepend(top);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(top) && w != top)
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            s[key(l, QStringLiteral("text"))] = plain(l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            s[key(b, QStringLiteral("text"))] = b->text();
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            s[key(g, QStringLiteral("title"))] = g->title();
        else if (auto* c = qobject_cast<QComboBox*>(w))
            s[key(c, QStringLiteral("current"))] = c->currentText();
        else if (auto* e = qobject_cast<QLineEdit*>(w)) {
            if (e->text().isEmpty())
                s[key(e, QStringLiteral("placeholder"))] = e->placeholderText();
        } else if (auto* t = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                s[key(t, QStringLiteral("tab%1").arg(i))] = t->tabText(i);
        } else if (auto* v = qobject_cast<QTableView*>(w))
            addModel(s, v);
        else if (auto* browser = qobject_cast<QTextBrowser*>(w))
            s[key(browser, QStringLiteral("document"))] = browser->toPlainText();
        else if (auto* legend = qobject_cast<ui::GraphLegend*>(w))
            s[key(legend, QStringLiteral("entries"))] = legend->text();
        if (auto* g = qobject_cast<QGroupBox*>(w); g && !s.count(key(g, QStringLiteral("title"))))
            s[key(g, QStringLiteral("title"))] = g->title();
        if (!w->toolTip().isEmpty())
            s[key(w, QStringLiteral("tooltip"))] = plain(w->toolTip());
    }
    if (auto* mw = qobject_cast<QMainWindow*>(top)) {
        for (QAction* a : mw->menuBar()->actions()) {
            if (a->menu())
                addMenu(s, a->menu());
        }
    }
    return s;
}

void expectRetranslated(const Snapshot& en, const Snapshot& ja, const QStringList& extraAllowed)
{
    int compared = 0;
    for (const auto& [k, english] : en) {
        const auto it = ja.find(k);
        if (it == ja.end() || english.trimmed().isEmpty())
            continue;
        ++compared;
        if (untranslatable(english, extraAllowed))
            continue;
        EXPECT_NE(it->second, english)
            << "not retranslated: " << k.toStdString() << " = \"" << english.toStdString() << "\"";
    }
    EXPECT_GT(compared, 100) << "the walk found too few strings to be meaningful";
}

TEST(LanguageTest, SwitchingToJapaneseRetranslatesEveryVisibleString)
{
    auto window = test::makeWindow();
    // A profile with results in every panel.
    window->setProfile(test::simpleHardwareProfile());
    ASSERT_TRUE(window->waitForPlan());
    const QStringList extra = {window->currentProfile().name().split(QLatin1Char(' '))};
    knownCitations() = citations(window->currentPlan());
    QStringList sourceKeys;
    for (const core::SourceRef& s : test::builtinRuleset()->sources)
        sourceKeys << s.key.split(QRegularExpression(QStringLiteral("[^A-Za-z0-9#\\-]+")),
                                  Qt::SkipEmptyParts);

    for (int tab = 0; tab < window->resultTabs()->count(); ++tab) {
        window->showResultTab(tab);
        QCoreApplication::processEvents();
        const Snapshot en = snapshot(window.get());
        window->setLanguage(core::Lang::Ja);
        ASSERT_TRUE(window->waitForPlan());
        QCoreApplication::processEvents();
        const Snapshot ja = snapshot(window.get());
        expectRetranslated(en, ja, extra + sourceKeys);

        // And back: English again, identical to before.
        window->setLanguage(core::Lang::En);
        ASSERT_TRUE(window->waitForPlan());
        QCoreApplication::processEvents();
        const Snapshot back = snapshot(window.get());
        for (const auto& [k, english] : en) {
            const auto it = back.find(k);
            if (it != back.end() && !k.contains(QStringLiteral("statusPlan"))) {
                EXPECT_EQ(it->second, english) << k.toStdString();
            }
        }
    }
    window->undoStack()->setClean();
}

TEST(LanguageTest, TrainerModeFollowsTheLanguage)
{
    auto window = test::makeWindow();
    window->setProfile(test::simpleHardwareProfile());
    ASSERT_TRUE(window->waitForPlan());
    ui::TrainerWindow* trainer = window->openTrainer(false);
    trainer->next();
    const Snapshot en = snapshot(trainer);
    const QString narrationEn = trainer->narration();
    window->setLanguage(core::Lang::Ja);
    ASSERT_TRUE(trainer->waitForPlan());
    const Snapshot ja = snapshot(trainer);
    const QStringList extra = {window->currentProfile().name().split(QLatin1Char(' '))};
    for (const auto& [k, english] : en) {
        const auto it = ja.find(k);
        if (it != ja.end() && !english.trimmed().isEmpty() && !untranslatable(english, extra)) {
            EXPECT_NE(it->second, english) << k.toStdString();
        }
    }
    // The narration is the ruleset's Japanese text now.
    const core::StateDef* state = test::builtinRuleset()->state(trainer->currentStateId());
    ASSERT_NE(state, nullptr);
    EXPECT_TRUE(trainer->narration().contains(state->narration.ja));
    EXPECT_NE(trainer->narration(), narrationEn);
    trainer->close();
    window->setLanguage(core::Lang::En);
    window->undoStack()->setClean();
}

} // namespace

// Qt's own strings follow the language: its standard buttons and dialogs come from qtbase_ja, loaded
// with Shirube's translation from QLibraryInfo::TranslationsPath (Debian: qt6-translations-l10n).
TEST(QtTranslationsTest, StandardButtonsAreJapaneseInJapanese)
{
    ui::Language::instance().apply(core::Lang::Ja);
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    const QString cancelJa = box.button(QMessageBox::Cancel)->text();
    const QString saveJa = box.button(QMessageBox::Save)->text();
    ui::Language::instance().apply(core::Lang::En);
    QMessageBox en(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                   QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    EXPECT_EQ(en.button(QMessageBox::Cancel)->text(), QStringLiteral("Cancel"));
    EXPECT_EQ(cancelJa, QStringLiteral("キャンセル"));
    EXPECT_NE(saveJa, en.button(QMessageBox::Save)->text());
    EXPECT_FALSE(saveJa.contains(QStringLiteral("Save")));
}
