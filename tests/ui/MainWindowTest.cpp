// SPDX-License-Identifier: Apache-2.0
// Drives the main window like a user: answers through the questionnaire's editors, clicks route rows,
// undoes, saves and opens. Every expectation about results comes from the core engine itself, so the
// test checks that the window shows what the engine computes, for whatever the ruleset says.
#include "ui/MainWindow.h"

#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/PlanController.h"
#include "ui/graph/GraphView.h"
#include "ui/models/ProfileModel.h"
#include "ui/models/RouteTableModel.h"
#include "ui/project/ProjectController.h"
#include "ui/project/ProjectPrompts.h"
#include "ui/trainer/TrainerWindow.h"
#include "ui/widgets/ClassificationCard.h"
#include "ui/widgets/MonthEdit.h"
#include "ui/widgets/QuestionnaireWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <chrono>
#include <gtest/gtest.h>
#include <set>
#include <thread>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;
using shirube::ui::MainWindow;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = test::makeWindow();
        ASSERT_TRUE(window);
    }
    void TearDown() override
    {
        if (window)
            window->undoStack()->setClean(); // no "save changes?" on close
        window.reset();
    }

    QComboBox* combo(const QString& path) const
    {
        return window->findChild<QComboBox*>(ui::QuestionnaireWidget::editorName(path));
    }
    QLineEdit* lineEdit(const QString& path) const
    {
        return window->findChild<QLineEdit*>(ui::QuestionnaireWidget::editorName(path));
    }

    // Picks an answer in a question's drop-down, as a user would, and waits for the results.
    void choose(const QString& path, const QString& value, bool wait = true)
    {
        QComboBox* c = combo(path);
        ASSERT_NE(c, nullptr) << path.toStdString();
        const int i = value.isEmpty() ? 0 : c->findData(value);
        ASSERT_GE(i, 0) << path.toStdString() << " has no value " << value.toStdString();
        c->setFocus();
        c->setCurrentIndex(i);
        if (wait) {
            ASSERT_TRUE(window->waitForPlan());
        }
    }

    void type(const QString& path, const QString& text, bool wait = true)
    {
        QLineEdit* e = lineEdit(path);
        ASSERT_NE(e, nullptr) << path.toStdString();
        e->setFocus();
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Delete);
        QTest::keyClicks(e, text);
        QTest::keyClick(e, Qt::Key_Tab);
        if (wait) {
            ASSERT_TRUE(window->waitForPlan());
        }
    }

    // Answers every question of simpleHardwareProfile() through the editors.
    void answerSimpleHardware()
    {
        const core::Profile p = test::simpleHardwareProfile();
        type(QStringLiteral("name"), p.name(), false);
        for (const core::FieldSpec& f : core::profileFields()) {
            const auto v = p.value(f.path);
            if (!v || f.path == QLatin1String("name"))
                continue;
            // Answers in quick succession: the plans coalesce, the last one is shown.
            if (v->isBool())
                choose(f.path, v->toBool() ? QStringLiteral("true") : QStringLiteral("false"), false);
            else
                choose(f.path, v->toString(), false);
        }
        ASSERT_TRUE(window->waitForPlan());
        ASSERT_EQ(window->currentProfile(), p);
    }

    // The window shows exactly what the engine computes for the window's current profile.
    void expectShowsCorePlan()
    {
        const core::Plan expected = test::corePlan(window->currentProfile());
        const core::Classification& c = expected.classification;
        const QString classText = c.regulated && !*c.regulated ? QStringLiteral("Not a medical device")
                                                               : ui::Labels::deviceClass(c.deviceClass);
        EXPECT_TRUE(window->classificationCard()->classText().startsWith(classText))
            << window->classificationCard()->classText().toStdString() << " vs " << classText.toStdString();
        EXPECT_EQ(window->classificationCard()->procedureText(), c.regulated && !*c.regulated
                                                                     ? QStringLiteral("None needed")
                                                                     : ui::Labels::procedure(c.procedure));
        EXPECT_EQ(test::routeSignature(window->currentPlan()), test::routeSignature(expected));
        ASSERT_EQ(window->routeModel()->rowCount(), int(expected.routes.size()));
        for (int row = 0; row < window->routeModel()->rowCount(); ++row)
            EXPECT_EQ(window->routeModel()->routeIdAt(row), expected.routes[std::size_t(row)].id);
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowTest, AnsweringQuestionsChangesTheClassAndTheRoutes)
{
    answerSimpleHardware();
    expectShowsCorePlan();
    const QString classBefore = window->classificationCard()->classText();
    const QStringList routesBefore = test::routeSignature(window->currentPlan());

    // An implant in the heart: the engine must now say something else, and the window must follow.
    choose(QStringLiteral("hardware.invasiveness"), QStringLiteral("implantable"));
    choose(QStringLiteral("hardware.duration"), QStringLiteral("long_term"));
    choose(QStringLiteral("hardware.anatomy"), QStringLiteral("heart"));
    expectShowsCorePlan();
    EXPECT_NE(window->classificationCard()->classText(), classBefore);
    EXPECT_NE(test::routeSignature(window->currentPlan()), routesBefore);
}

TEST_F(MainWindowTest, KeyboardAnswerInADropDownIsAnAnswer)
{
    answerSimpleHardware();
    QComboBox* c = combo(QStringLiteral("hardware.invasiveness"));
    const QJsonValue before = window->profileModel()->answer(QStringLiteral("hardware.invasiveness"));
    c->setFocus();
    QTest::keyClick(c, Qt::Key_Down);
    ASSERT_TRUE(window->waitForPlan());
    const QJsonValue after = window->profileModel()->answer(QStringLiteral("hardware.invasiveness"));
    EXPECT_NE(after, before);
    EXPECT_EQ(after.toString(), c->currentData().toString());
    expectShowsCorePlan();
}

TEST_F(MainWindowTest, UndoRestoresThePreviousAnswerAndResult)
{
    answerSimpleHardware();
    const QString classBefore = window->classificationCard()->classText();
    const QStringList routesBefore = test::routeSignature(window->currentPlan());
    const int depth = window->undoStack()->index();

    choose(QStringLiteral("hardware.invasiveness"), QStringLiteral("implantable"));
    choose(QStringLiteral("hardware.anatomy"), QStringLiteral("heart"));
    ASSERT_NE(window->classificationCard()->classText(), classBefore);
    EXPECT_EQ(window->undoStack()->index(), depth + 2); // one command per answer

    window->undoStack()->undo();
    ASSERT_TRUE(window->waitForPlan());
    EXPECT_EQ(combo(QStringLiteral("hardware.anatomy"))->currentData().toString(), QStringLiteral("general"));
    window->undoStack()->undo();
    ASSERT_TRUE(window->waitForPlan());
    EXPECT_EQ(combo(QStringLiteral("hardware.invasiveness"))->currentData().toString(),
              QStringLiteral("non_invasive"));
    EXPECT_EQ(window->profileModel()->answer(QStringLiteral("hardware.invasiveness")).toString(),
              QStringLiteral("non_invasive"));
    EXPECT_EQ(window->classificationCard()->classText(), classBefore);
    EXPECT_EQ(test::routeSignature(window->currentPlan()), routesBefore);
    expectShowsCorePlan();

    window->undoStack()->redo();
    window->undoStack()->redo();
    ASSERT_TRUE(window->waitForPlan());
    EXPECT_EQ(combo(QStringLiteral("hardware.anatomy"))->currentData().toString(), QStringLiteral("heart"));
    EXPECT_NE(window->classificationCard()->classText(), classBefore);
    expectShowsCorePlan();
}

TEST_F(MainWindowTest, TypingIntoAFieldIsOneUndoStep)
{
    const int before = window->undoStack()->count();
    type(QStringLiteral("intended_use"), QStringLiteral("Measures body temperature"));
    EXPECT_EQ(window->undoStack()->count(), before + 1);
    EXPECT_EQ(window->profileModel()->answer(QStringLiteral("intended_use")).toString(),
              QStringLiteral("Measures body temperature"));
    window->undoStack()->undo();
    EXPECT_TRUE(window->profileModel()->answer(QStringLiteral("intended_use")).isNull());
    EXPECT_TRUE(lineEdit(QStringLiteral("intended_use"))->text().isEmpty());
}

// A question shows only while it matters (its askWhen is not False on the answers); the rare hazard
// flags are one checklist that starts with none ticked, and unticking leaves the flag blank.
TEST_F(MainWindowTest, QuestionsThatDoNotMatterAreHiddenAndHazardsAreAChecklist)
{
    const QString certification = QStringLiteral("certification_standard");
    EXPECT_TRUE(combo(certification)->isVisibleTo(window.get()));
    choose(QStringLiteral("novelty"), QStringLiteral("new"));
    EXPECT_FALSE(combo(certification)->isVisibleTo(window.get())) << "a new device has no standard";
    choose(QStringLiteral("novelty"), QString());
    EXPECT_TRUE(combo(certification)->isVisibleTo(window.get()));

    int hazards = 0;
    for (const core::FieldSpec& f : core::profileFields()) {
        if (!f.hazardChecklist)
            continue;
        ++hazards;
        auto* box = window->findChild<QCheckBox*>(ui::QuestionnaireWidget::editorName(f.path));
        ASSERT_NE(box, nullptr) << f.path.toStdString();
        EXPECT_FALSE(box->isChecked());
        EXPECT_FALSE(box->text().isEmpty());
    }
    EXPECT_EQ(hazards, 5);
    auto* medicinal = window->findChild<QCheckBox*>(
        ui::QuestionnaireWidget::editorName(QStringLiteral("hardware.medicinal_substance")));
    medicinal->click();
    ASSERT_TRUE(window->waitForPlan());
    EXPECT_EQ(window->profileModel()->answer(QStringLiteral("hardware.medicinal_substance")),
              QJsonValue(true));
    medicinal->click();
    ASSERT_TRUE(window->waitForPlan());
    EXPECT_TRUE(window->profileModel()->answer(QStringLiteral("hardware.medicinal_substance")).isNull());

    choose(QStringLiteral("kind"), QStringLiteral("samd"));
    EXPECT_FALSE(medicinal->isVisibleTo(window.get())) << "software has no hazard checklist";
    EXPECT_FALSE(window->findChild<QWidget*>(QStringLiteral("group:hardware"))->isVisibleTo(window.get()));
}

// The questionnaire makes its line edits' clear buttons once it has been painted (the first one costs an
// icon-theme look-up at start-up): after that every line edit has one, and one with text shows it.
TEST_F(MainWindowTest, LineEditsHaveClearButtonsOnceTheWindowIsPainted)
{
    (void)window->grab(); // paints the window
    QCoreApplication::processEvents();
    int lineEdits = 0;
    for (const core::FieldSpec& f : core::profileFields()) {
        if (QLineEdit* e = lineEdit(f.path)) {
            ++lineEdits;
            EXPECT_TRUE(e->isClearButtonEnabled()) << f.path.toStdString();
        }
    }
    EXPECT_GE(lineEdits, 5);
    type(QStringLiteral("intended_use"), QStringLiteral("Measures body temperature"));
    auto* clear = lineEdit(QStringLiteral("intended_use"))->findChild<QToolButton*>();
    ASSERT_NE(clear, nullptr);
    EXPECT_TRUE(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(lineEdit(QStringLiteral("intended_use"))->text().isEmpty());
}

TEST_F(MainWindowTest, UnknownIsAlwaysSelectable)
{
    answerSimpleHardware();
    for (const core::FieldSpec& f : core::profileFields()) {
        QComboBox* c = combo(f.path);
        if (!c)
            continue;
        EXPECT_EQ(c->itemText(0), ui::Labels::unknown()) << f.path.toStdString();
        if (!window->profileModel()->answer(f.path).isNull()) {
            c->setCurrentIndex(0);
            EXPECT_TRUE(window->profileModel()->answer(f.path).isNull()) << f.path.toStdString();
        }
    }
    ASSERT_TRUE(window->waitForPlan());
    expectShowsCorePlan();
}

TEST_F(MainWindowTest, WhatDecidesThisLinksToTheDecidingQuestion)
{
    // With nothing answered the engine cannot classify; the card names what decides it.
    const core::Plan expected = test::corePlan(window->currentProfile());
    ASSERT_FALSE(expected.classification.decidingQuestions.isEmpty());
    auto* hint = window->findChild<QLabel*>(QStringLiteral("decidesHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());
    const QString first = expected.classification.decidingQuestions.first();
    EXPECT_TRUE(hint->text().contains(QStringLiteral("question:") + first));
    EXPECT_TRUE(hint->text().contains(window->profileModel()->questionLabel(first).toHtmlEscaped()));
    QMetaObject::invokeMethod(hint, "linkActivated", Q_ARG(QString, QStringLiteral("question:") + first));
    EXPECT_EQ(window->questionnaire()->helpPath(), first);
    auto* helpText = window->findChild<QLabel*>(QStringLiteral("helpText"));
    ASSERT_NE(helpText, nullptr);
    EXPECT_EQ(helpText->text(), window->profileModel()->help(first));
}

TEST_F(MainWindowTest, ClickingARouteHighlightsItsEdgesInTheGraph)
{
    window->setProfile(test::profileWithRoutes(2));
    ASSERT_TRUE(window->waitForPlan());
    const core::Plan plan = window->currentPlan();
    ASSERT_GE(plan.routes.size(), 2u);
    QTableView* table = window->routeTable();
    for (int row = int(plan.routes.size()) - 1; row >= 0; --row) {
        const QRect rect = table->visualRect(window->routeModel()->index(row, 0));
        ASSERT_TRUE(rect.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        const core::Route& route = plan.routes[std::size_t(row)];
        EXPECT_EQ(window->selectedRouteId(), route.id);
        const QStringList highlighted = window->graphView()->highlightedTransitions();
        EXPECT_EQ(std::set<QString>(highlighted.begin(), highlighted.end()),
                  std::set<QString>(route.transitions.begin(), route.transitions.end()))
            << "route " << route.id.toStdString();
    }
}

TEST_F(MainWindowTest, TrainerModeStepsForwardAndBack)
{
    answerSimpleHardware();
    QPointer<ui::TrainerWindow> trainer = window->openTrainer(false);
    ASSERT_TRUE(trainer);
    ASSERT_EQ(trainer->routeId(), window->selectedRouteId());
    const core::Route* route = nullptr;
    for (const core::Route& r : trainer->plan().routes) {
        if (r.id == trainer->routeId())
            route = &r;
    }
    ASSERT_NE(route, nullptr);
    const QStringList states = route->states;
    ASSERT_GE(states.size(), 3);
    EXPECT_EQ(trainer->currentStateId(), states[0]);
    const QString firstNarration = trainer->narration();

    QTest::keyClick(trainer, Qt::Key_Right);
    EXPECT_EQ(trainer->currentStateId(), states[1]);
    EXPECT_NE(trainer->narration(), firstNarration);
    QTest::keyClick(trainer, Qt::Key_PageDown); // a clicker's "next"
    EXPECT_EQ(trainer->currentStateId(), states[2]);
    QTest::keyClick(trainer, Qt::Key_Left);
    EXPECT_EQ(trainer->currentStateId(), states[1]);
    QTest::keyClick(trainer, Qt::Key_PageUp); // a clicker's "back"
    EXPECT_EQ(trainer->currentStateId(), states[0]);
    QTest::keyClick(trainer, Qt::Key_Left); // stays at the start
    EXPECT_EQ(trainer->currentStateId(), states[0]);
    QTest::keyClick(trainer, Qt::Key_Space);
    EXPECT_EQ(trainer->currentStateId(), states[1]);
    QTest::keyClick(trainer, Qt::Key_End);
    EXPECT_EQ(trainer->currentStateId(), states.last());

    // The narration is the ruleset's text for the state, in the current language.
    const core::StateDef* last = test::builtinRuleset()->state(states.last());
    ASSERT_NE(last, nullptr);
    EXPECT_TRUE(trainer->narration().contains(last->narration.en));

    QTest::keyClick(trainer, Qt::Key_Escape);
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(trainer.isNull() || !trainer->isVisible());
}

TEST_F(MainWindowTest, TrainerWhatIfTogglesReplanWithoutTouchingTheProfile)
{
    answerSimpleHardware();
    const core::Profile before = window->currentProfile();
    ui::TrainerWindow* trainer = window->openTrainer(false);
    for (int w = 0; w < ui::TrainerWindow::WhatIfCount; ++w) {
        auto which = ui::TrainerWindow::WhatIf(w);
        trainer->setWhatIf(which, !trainer->whatIfBox(which)->isChecked());
        ASSERT_TRUE(trainer->waitForPlan());
        const core::Plan expected = test::corePlan(trainer->whatIfProfile());
        EXPECT_EQ(test::routeSignature(trainer->plan()), test::routeSignature(expected));
        EXPECT_EQ(trainer->plan().classification.procedure, expected.classification.procedure);
    }
    EXPECT_EQ(trainer->whatIfProfile().text(QStringLiteral("certification_standard")).value_or(QString()),
              trainer->whatIfBox(ui::TrainerWindow::CertificationStandardExists)->isChecked()
                  ? QStringLiteral("exists")
                  : QStringLiteral("none"));
    EXPECT_EQ(window->currentProfile(), before);
    trainer->close();
}

TEST_F(MainWindowTest, WindowModifiedMarkFollowsTheUndoStack)
{
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("[*]")));
    choose(QStringLiteral("kind"), QStringLiteral("samd"));
    EXPECT_TRUE(window->isWindowModified());
    window->undoStack()->undo();
    EXPECT_FALSE(window->isWindowModified());
    window->undoStack()->redo();
    EXPECT_TRUE(window->isWindowModified());

    window->undoStack()->setClean(); // as a save does
    EXPECT_FALSE(window->isWindowModified());
    choose(QStringLiteral("novelty"), QStringLiteral("new"));
    EXPECT_TRUE(window->isWindowModified());
}

TEST_F(MainWindowTest, AnswersTypedInTheWindowSurviveSaveAndOpen)
{
    // The window owns no document: the project code saves and opens (ProjectController::install).
    struct Prompts final : ui::ProjectPrompts
    {
        QString path;
        QStringList errors;
        QString askSaveFileName(QWidget*, const QString&) override { return path; }
        QString askOpenFileName(QWidget*, const QString&) override { return path; }
        void showError(QWidget*, const QString&, const QString& message) override { errors << message; }
        SaveChoice askSaveChanges(QWidget*, const QString&) override { return SaveChoice::Discard; }
        RecoverChoice askRecover(QWidget*, const QString&) override { return RecoverChoice::Later; }
        bool askReplan(QWidget*, const QString&, const QString&) override { return false; }
    };
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto* prompts = new Prompts;
    prompts->path = dir.filePath(QStringLiteral("thermometer.shirube"));
    ui::ProjectController* controller = ui::ProjectController::install(window.get(), prompts);
    controller->setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));

    answerSimpleHardware();
    type(QStringLiteral("markets"), QStringLiteral("jp, vn"));
    {
        // The target date is a month picker: as the calendar sets it.
        auto* month = window->findChild<ui::MonthEdit*>(
            ui::QuestionnaireWidget::editorName(QStringLiteral("goals.target_date")));
        ASSERT_NE(month, nullptr);
        month->setFocus();
        month->setDate(QDate(2028, 4, 1));
        ASSERT_TRUE(window->waitForPlan());
        EXPECT_EQ(window->currentProfile().text(QStringLiteral("goals.target_date")),
                  QStringLiteral("2028-04"));
    }
    type(QStringLiteral("budget_jpy"), QStringLiteral("50000000"));
    type(QStringLiteral("intended_use"), QStringLiteral("Reads temperature at the forehead"));
    choose(QStringLiteral("known_class"), QStringLiteral("2"));
    const core::Profile original = window->currentProfile();
    EXPECT_EQ(original.value(QStringLiteral("markets"))->toArray().size(), 2);
    EXPECT_EQ(original.integer(QStringLiteral("budget_jpy")), 50000000);
    window->fileActions().save->trigger();
    ASSERT_TRUE(prompts->errors.isEmpty()) << prompts->errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(window->isWindowModified());
    ASSERT_TRUE(window->waitForPlan());
    const QStringList routes = test::routeSignature(window->currentPlan());
    controller->newProject(); // releases the file for the other window

    auto other = test::makeWindow();
    auto* otherPrompts = new Prompts;
    otherPrompts->path = prompts->path;
    ui::ProjectController* otherController = ui::ProjectController::install(other.get(), otherPrompts);
    otherController->setRecoveryDirectory(dir.filePath(QStringLiteral("recovery-2")));
    ASSERT_TRUE(other->openFile(prompts->path)) << otherPrompts->errors.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(other->waitForPlan());
    EXPECT_EQ(other->currentProfile(), original);
    EXPECT_FALSE(other->isWindowModified());
    auto* markets =
        other->findChild<QLineEdit*>(ui::QuestionnaireWidget::editorName(QStringLiteral("markets")));
    ASSERT_NE(markets, nullptr);
    EXPECT_EQ(markets->text(), QStringLiteral("JP, VN"));
    EXPECT_EQ(test::routeSignature(other->currentPlan()), routes);

    // A file that is not a profile is refused with a message naming the problem; nothing changes.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile out(bad);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(R"({"schema": "shirube.profile/1", "name": "x", "hardware": {"duration": "forever"}})");
    out.close();
    EXPECT_FALSE(other->openFile(bad));
    ASSERT_FALSE(otherPrompts->errors.isEmpty());
    EXPECT_TRUE(otherPrompts->errors.back().contains(QStringLiteral("hardware.duration")))
        << otherPrompts->errors.back().toStdString();
    EXPECT_EQ(other->currentProfile(), original);
}

TEST_F(MainWindowTest, SelectingARouteSelectsItInTheTableAndTheTrainer)
{
    window->setProfile(test::profileWithRoutes(2));
    ASSERT_TRUE(window->waitForPlan());
    const core::Plan plan = window->currentPlan();
    ASSERT_GE(plan.routes.size(), 2u);
    const QString second = plan.routes[1].id;
    window->setSelectedRoute(second);
    EXPECT_EQ(window->routeTable()->currentIndex().row(), 1);
    ui::TrainerWindow* trainer = window->openTrainer(false);
    EXPECT_EQ(trainer->routeId(), second);
    window->setSelectedRoute(plan.routes[0].id);
    EXPECT_EQ(trainer->routeId(), plan.routes[0].id);
    trainer->close();
}

} // namespace

TEST_F(MainWindowTest, ResultTabsBehindTheGraphAreMadeWhenFirstShown)
{
    // The designations and funding tabs are not in the first frame: their tables come when first shown,
    // with the results of the plan current at that moment.
    ASSERT_TRUE(window->waitForPlan());
    EXPECT_EQ(window->findChild<QTableView*>(QStringLiteral("designationTable")), nullptr);
    EXPECT_EQ(window->findChild<QTableView*>(QStringLiteral("fundingTable")), nullptr);
    answerSimpleHardware();

    window->resultTabs()->setCurrentIndex(1);
    auto* designations = window->findChild<QTableView*>(QStringLiteral("designationTable"));
    ASSERT_NE(designations, nullptr);
    EXPECT_TRUE(designations->isVisible());
    EXPECT_EQ(designations->accessibleName(), QStringLiteral("Designations"));
    EXPECT_EQ(designations->model()->rowCount(), int(window->currentPlan().designations.size()));
    EXPECT_TRUE(designations->currentIndex().isValid()) << "the first row is selected, its details shown";

    window->resultTabs()->setCurrentIndex(2);
    auto* funding = window->findChild<QTableView*>(QStringLiteral("fundingTable"));
    ASSERT_NE(funding, nullptr);
    EXPECT_EQ(funding->accessibleName(), QStringLiteral("Funding"));
    EXPECT_EQ(funding->model()->rowCount(), int(window->currentPlan().funding.size()));
}

// While the window opens its first plan runs in the background, and results that are ready before the
// first frame wait for it: the window is painted first, then the plan is shown, and from then on plans
// run at normal priority.
TEST(MainWindowStartTest, TheFirstPlanIsShownAfterTheFirstFrame)
{
    ui::Language::instance().apply(core::Lang::En);
    MainWindow window(test::builtinRuleset());
    EXPECT_TRUE(window.isStarting());
    EXPECT_TRUE(window.planController()->isBackground());

    struct PaintWatch : QObject
    {
        bool painted = false;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Paint)
                painted = true;
            return QObject::eventFilter(watched, event);
        }
    } watch;
    window.installEventFilter(&watch);
    bool paintedBeforePlan = false;
    QObject::connect(&window, &MainWindow::planApplied, &window,
                     [&] { paintedBeforePlan = paintedBeforePlan || watch.painted; });
    // No events yet: the blank profile's plan is most likely finished (its result queued) when the
    // window is shown, so it arrives while the window is shown and not yet painted (in a slow build it
    // comes later, which must give the same order).
    std::this_thread::sleep_for(std::chrono::milliseconds(MainWindow::kStartupGraceMs / 2));
    EXPECT_FALSE(window.hasPlan());
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&window] { return window.hasPlan(); }, 30000));
    EXPECT_TRUE(paintedBeforePlan);
    EXPECT_FALSE(window.isStarting());
    EXPECT_FALSE(window.planController()->isBackground());
    EXPECT_EQ(test::routeSignature(window.currentPlan()),
              test::routeSignature(test::corePlan(window.currentProfile())));
    window.undoStack()->setClean();
}

// A window that is never shown (tests, screenshots) does not wait for a frame: its plans are shown as
// they come, and after the start-up grace period they run at normal priority.
TEST(MainWindowStartTest, AWindowNotShownShowsPlansAsTheyCome)
{
    ui::Language::instance().apply(core::Lang::En);
    MainWindow window(test::builtinRuleset());
    ASSERT_TRUE(QTest::qWaitFor([&window] { return window.hasPlan(); }, 30000));
    ASSERT_TRUE(
        QTest::qWaitFor([&window] { return !window.isStarting(); }, MainWindow::kStartupGraceMs + 5000));
    EXPECT_FALSE(window.planController()->isBackground());
    window.undoStack()->setClean();
}
