// SPDX-License-Identifier: Apache-2.0
// Trainer mode as a presenter uses it: each step's months and cost in the narration, a what-if that
// says before → after, only what-ifs that fit the product, a text size the graph follows, and a
// language toggle inside trainer mode that keeps the step.
#include "ui/Labels.h"
#include "ui/MainWindow.h"
#include "ui/graph/GraphCanvas.h"
#include "ui/graph/GraphView.h"
#include "ui/trainer/TrainerWindow.h"

#include <QCheckBox>
#include <QPushButton>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

// The first step of the route whose transition has a sequential step: its most likely months.
int stepWithFigures(const core::Route& r, double* months)
{
    for (int i = 0; i < r.transitions.size(); ++i) {
        double m = 0;
        for (const core::RouteStep& s : r.steps)
            if (s.transition == r.transitions[i] && !s.parallel)
                m += s.months.likely;
        if (m > 0) {
            *months = m;
            return i + 1;
        }
    }
    return -1;
}

TEST(TrainerPresenterTest, NarrationGivesTheStepsMonthsAndCost)
{
    auto window = test::makeWindow();
    window->setProfile(test::simpleHardwareProfile());
    ASSERT_TRUE(window->waitForPlan());
    ui::TrainerWindow* trainer = window->openTrainer(false);
    const core::Route* route = nullptr;
    for (const core::Route& r : trainer->plan().routes)
        if (r.id == trainer->routeId())
            route = &r;
    ASSERT_NE(route, nullptr);
    double months = 0;
    const int step = stepWithFigures(*route, &months);
    ASSERT_GT(step, 0);
    trainer->goTo(step);
    EXPECT_TRUE(trainer->narration().contains(ui::Labels::months(months)))
        << trainer->narration().toStdString();
    trainer->close();
    window->undoStack()->setClean();
}

TEST(TrainerPresenterTest, WhatIfSaysBeforeAndAfter)
{
    auto window = test::makeWindow();
    window->setProfile(test::simpleHardwareProfile());
    ASSERT_TRUE(window->waitForPlan());
    ui::TrainerWindow* trainer = window->openTrainer(false);
    EXPECT_TRUE(trainer->whatIfResult().isEmpty());
    const core::Route before = trainer->plan().routes.front();
    trainer->setWhatIf(ui::TrainerWindow::CertificationStandardExists, true);
    ASSERT_TRUE(trainer->waitForPlan());
    const QString result = trainer->whatIfResult();
    EXPECT_TRUE(result.contains(ui::Labels::months(before.months.p80))) << result.toStdString();
    const core::Route& after = trainer->plan().routes.front();
    EXPECT_TRUE(result.contains(ui::Labels::months(after.months.p80))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("→")));
    trainer->close();
    window->undoStack()->setClean();
}

TEST(TrainerPresenterTest, AnAiUpdateIsNoWhatIfForHardware)
{
    auto window = test::makeWindow();
    window->setProfile(test::simpleHardwareProfile()); // kind: hardware
    ASSERT_TRUE(window->waitForPlan());
    ui::TrainerWindow* trainer = window->openTrainer(false);
    EXPECT_FALSE(trainer->whatIfBox(ui::TrainerWindow::AiUpdatedAfterApproval)->isVisibleTo(trainer));
    EXPECT_TRUE(trainer->whatIfBox(ui::TrainerWindow::CertificationStandardExists)->isVisibleTo(trainer));
    trainer->close();

    core::Profile samd = test::simpleHardwareProfile();
    samd.setValue(QStringLiteral("kind"), QStringLiteral("samd"));
    window->setProfile(samd);
    ASSERT_TRUE(window->waitForPlan());
    trainer = window->openTrainer(false);
    EXPECT_TRUE(trainer->whatIfBox(ui::TrainerWindow::AiUpdatedAfterApproval)->isVisibleTo(trainer));
    trainer->close();
    window->undoStack()->setClean();
}

TEST(TrainerPresenterTest, LanguageToggleKeepsTheStep)
{
    auto window = test::makeWindow();
    window->setProfile(test::simpleHardwareProfile());
    ASSERT_TRUE(window->waitForPlan());
    ui::TrainerWindow* trainer = window->openTrainer(false);
    trainer->goTo(2);
    const QString state = trainer->currentStateId();
    const QString narrationEn = trainer->narration();
    auto* toggle = trainer->findChild<QPushButton*>(QStringLiteral("trainerLanguage"));
    ASSERT_NE(toggle, nullptr);
    EXPECT_EQ(toggle->text(), QStringLiteral("日本語"));
    toggle->click();
    ASSERT_TRUE(window->waitForPlan());
    ASSERT_TRUE(trainer->waitForPlan());
    EXPECT_EQ(window->language(), core::Lang::Ja);
    EXPECT_EQ(trainer->currentStateId(), state);
    EXPECT_EQ(trainer->stepIndex(), 2);
    EXPECT_NE(trainer->narration(), narrationEn);
    EXPECT_EQ(toggle->text(), QStringLiteral("English"));
    toggle->click();
    ASSERT_TRUE(window->waitForPlan());
    ASSERT_TRUE(trainer->waitForPlan());
    EXPECT_EQ(window->language(), core::Lang::En);
    EXPECT_EQ(trainer->currentStateId(), state);
    trainer->close();
    window->undoStack()->setClean();
}

TEST(TrainerPresenterTest, TheGraphFollowsTheTextSize)
{
    auto window = test::makeWindow();
    window->setProfile(test::simpleHardwareProfile());
    ASSERT_TRUE(window->waitForPlan());
    ui::TrainerWindow* trainer = window->openTrainer(false);
    trainer->resize(1920, 1080);
    trainer->setTextScale(1.0);
    trainer->goTo(1);
    const double zoom = trainer->graphView()->canvas()->zoomLevel();
    EXPECT_GT(zoom, 1.2) << "labels at presentation size";
    trainer->setTextScale(1.5);
    EXPECT_GT(trainer->graphView()->canvas()->zoomLevel(), zoom * 1.3);
    trainer->setTextScale(1.0);
    trainer->close();
    window->undoStack()->setClean();
}

} // namespace
