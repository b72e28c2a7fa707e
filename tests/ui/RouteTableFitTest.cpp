// SPDX-License-Identifier: Apache-2.0
// The route table at 1366×768: every figure without sideways scrolling (the target date, designations
// and key steps stacked under the route's name), budget over-runs and missed target dates flagged, and a
// sentence instead of an empty table when the product is not a medical device.
#include "ui/MainWindow.h"
#include "ui/models/RouteTableModel.h"
#include "ui/widgets/RouteTableView.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

core::Profile tightProfile()
{
    core::Profile p = test::simpleHardwareProfile();
    p.setValue(QStringLiteral("budget_jpy"), qint64(1000000)); // ¥1M: every route goes over
    p.setValue(QStringLiteral("goals.target_date"), QStringLiteral("2025-06"));
    return p;
}

TEST(RouteTableFitTest, At1366EveryFigureShowsWithoutSidewaysScrolling)
{
    auto window = test::makeWindow(); // 1366×768
    window->setProfile(tightProfile());
    ASSERT_TRUE(window->waitForPlan());
    QCoreApplication::processEvents();
    QTableView* table = window->routeTable();
    auto* model = window->routeModel();
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_TRUE(model->isCompact());
    EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0) << "no sideways scrolling";
    int visibleWidth = 0;
    for (int c = 0; c < model->columnCount(); ++c)
        if (!table->isColumnHidden(c))
            visibleWidth += table->columnWidth(c);
    EXPECT_LE(visibleWidth, table->viewport()->width());
    const QString route = model->index(0, ui::RouteTableModel::RouteColumn).data().toString();
    EXPECT_TRUE(route.contains(QStringLiteral("Key steps"))) << route.toStdString();
    const core::Route& r = model->routes().front();
    EXPECT_TRUE(route.contains(model->keySteps(r).left(10))) << route.toStdString();

    // Wide enough (1920 px): the columns come back.
    window->resize(1920, 1080);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_FALSE(model->isCompact());
    EXPECT_FALSE(table->isColumnHidden(ui::RouteTableModel::StepsColumn));
    window->undoStack()->setClean();
}

TEST(RouteTableFitTest, OverBudgetAndMissedTargetDateAreFlagged)
{
    auto window = test::makeWindow();
    window->setProfile(tightProfile());
    ASSERT_TRUE(window->waitForPlan());
    auto* model = window->routeModel();
    ASSERT_GT(model->rowCount(), 0);
    const core::Route& r = model->routes().front();
    ASSERT_TRUE(r.withinBudget.has_value());
    EXPECT_FALSE(*r.withinBudget);
    EXPECT_TRUE(
        model->index(0, ui::RouteTableModel::CostColumn).data().toString().contains(QStringLiteral("⚠")));
    EXPECT_TRUE(model->index(0, ui::RouteTableModel::CostColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Over your budget")));
    ASSERT_TRUE(r.meetsTargetDate.has_value());
    EXPECT_LT(*r.meetsTargetDate, 0.5);
    EXPECT_TRUE(
        model->index(0, ui::RouteTableModel::TargetColumn).data().toString().contains(QStringLiteral("⚠")));
    const QString route = model->index(0, ui::RouteTableModel::RouteColumn).data().toString();
    EXPECT_TRUE(route.contains(QStringLiteral("Over budget"))) << route.toStdString();
    EXPECT_TRUE(route.contains(QStringLiteral("Target date likely missed"))) << route.toStdString();

    // Within budget and time: no flag.
    window->setProfile(test::simpleHardwareProfile());
    ASSERT_TRUE(window->waitForPlan());
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_FALSE(model->index(row, ui::RouteTableModel::CostColumn)
                         .data()
                         .toString()
                         .contains(QStringLiteral("⚠")));
    window->undoStack()->setClean();
}

TEST(RouteTableFitTest, NotAMedicalDeviceSaysSoInsteadOfAnEmptyTable)
{
    auto window = test::makeWindow();
    core::Profile p = test::simpleHardwareProfile();
    p.setValue(QStringLiteral("kind"), QStringLiteral("samd"));
    p.setValue(QStringLiteral("software.significance"), QStringLiteral("none"));
    window->setProfile(p);
    ASSERT_TRUE(window->waitForPlan());
    ASSERT_EQ(window->routeModel()->rowCount(), 0);
    auto* view = qobject_cast<ui::RouteTableView*>(window->routeTable());
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->emptyText().contains(QStringLiteral("Not a medical device")))
        << view->emptyText().toStdString();
    window->setProfile(test::simpleHardwareProfile());
    ASSERT_TRUE(window->waitForPlan());
    EXPECT_TRUE(view->emptyText().isEmpty());
    window->undoStack()->setClean();
}

} // namespace
