// SPDX-License-Identifier: Apache-2.0
// Help: F1 opens a user guide and a glossary in the current language, with the help of the question the
// user is on; budgets say which fiscal year they are and warn when the plan's month is past it.
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/help/HelpWindow.h"
#include "ui/models/FundingModel.h"
#include "ui/models/ProfileModel.h"
#include "ui/widgets/QuestionnaireWidget.h"

#include <QAction>
#include <QApplication>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

TEST(HelpTest, GuideAndGlossaryExistInBothLanguages)
{
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("ja")}) {
        const QString guide = ui::HelpWindow::markdown(ui::HelpWindow::Guide, code);
        const QString glossary = ui::HelpWindow::markdown(ui::HelpWindow::Glossary, code);
        EXPECT_GT(guide.size(), 1000) << code.toStdString();
        for (const QString& term :
             {QStringLiteral("IDATEN"), QStringLiteral("RS"), QStringLiteral("P50"), QStringLiteral("P80"),
              QStringLiteral("認証基準"), QStringLiteral("製造販売業者"), QStringLiteral("届出"),
              QStringLiteral("認証"), QStringLiteral("承認")})
            EXPECT_TRUE(glossary.contains(term)) << code.toStdString() << ": " << term.toStdString();
    }
    EXPECT_TRUE(ui::HelpWindow::markdown(ui::HelpWindow::Guide, QStringLiteral("ja"))
                    .contains(QStringLiteral("利用ガイド")));
}

TEST(HelpTest, F1OpensTheGuideWithTheCurrentQuestionsHelp)
{
    auto window = test::makeWindow();
    auto* action = window->findChild<QAction*>(QStringLiteral("actionUserGuide"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    window->questionnaire()->focusQuestion(QStringLiteral("kind"));
    action->trigger();
    auto* help = window->findChild<ui::HelpWindow*>(QStringLiteral("helpWindow"));
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->isVisible());
    EXPECT_TRUE(help->pageText(ui::HelpWindow::Guide).contains(QStringLiteral("P80")));
    EXPECT_TRUE(help->questionText().contains(
        window->profileModel()->questionLabel(QStringLiteral("kind")).toHtmlEscaped()));

    window->setLanguage(core::Lang::Ja);
    ASSERT_TRUE(window->waitForPlan());
    EXPECT_TRUE(help->pageText(ui::HelpWindow::Guide).contains(QStringLiteral("利用ガイド")));
    EXPECT_NE(action->text(), QStringLiteral("User &Guide"));
    help->close();
    window->setLanguage(core::Lang::En);
    window->undoStack()->setClean();
}

TEST(HelpTest, FundingWarnsWhenThePlanIsPastTheBudgetsFiscalYear)
{
    ui::Language::instance().apply(core::Lang::En);
    core::FundingMatch f;
    f.id = QStringLiteral("x");
    f.name = QStringLiteral("A scheme");
    f.fy = 2025;
    f.budgetJpy = 100000000;
    ui::FundingModel model;
    model.setFunding({f}, QStringLiteral("2026-03"));
    EXPECT_TRUE(model.pastFiscalYear(f).isEmpty()) << "March 2026 is still FY2025";
    EXPECT_TRUE(
        model.index(0, ui::FundingModel::BudgetColumn).data().toString().contains(QStringLiteral("FY2025")));
    model.setFunding({f}, QStringLiteral("2026-04"));
    EXPECT_FALSE(model.pastFiscalYear(f).isEmpty());
    EXPECT_TRUE(
        model.index(0, ui::FundingModel::BudgetColumn).data().toString().contains(QStringLiteral("⚠")));
    EXPECT_TRUE(
        model.index(0, 0).data(ui::FundingModel::DetailsRole).toString().contains(QStringLiteral("FY2025")));
}

} // namespace
