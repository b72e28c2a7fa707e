// RouteTableView::fitRowsTo: the rows QTableView::resizeRowsToContents() would give, measuring the route
// column only — on a blank profile's plan (dozens of routes, alternatives one a line) and in both
// languages and fonts.

#include "ui/widgets/RouteTableView.h"

#include "ui/models/RouteTableModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

template <typename View> void setUp(View& view, QAbstractItemModel* model, const QFont& font)
{
    view.setFont(font);
    view.setModel(model);
    view.setWordWrap(false);
    view.setTextElideMode(Qt::ElideRight);
    view.verticalHeader()->hide();
    view.horizontalHeader()->setStretchLastSection(true);
    view.resize(900, 400);
    view.show();
}

TEST(RouteTableView, FitsRowsAsResizeRowsToContentsDoes)
{
    core::Profile blank;
    blank.setName(QStringLiteral("blank"));
    for (const core::Lang lang : {core::Lang::En, core::Lang::Ja}) {
        const core::Plan plan = test::corePlan(blank, lang);
        ASSERT_GE(plan.routes.size(), 10u) << "a blank profile plans several scenarios";
        ui::RouteTableModel model;
        model.setRuleset(test::builtinRuleset());
        model.setPlan(plan);

        for (const double scale : {1.0, 1.6}) {
            QFont font = QApplication::font();
            font.setPointSizeF(font.pointSizeF() * scale);
            QTableView reference;
            setUp(reference, &model, font);
            ui::RouteTableView view;
            setUp(view, &model, font);
            reference.resizeRowsToContents();
            view.fitRowsTo(ui::RouteTableModel::RouteColumn, ui::RouteTableModel::P50Column);

            int taller = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                EXPECT_EQ(view.rowHeight(row), reference.rowHeight(row)) << "row " << row;
                taller += view.rowHeight(row) > view.rowHeight(0) || view.rowHeight(row) < view.rowHeight(0);
            }
            EXPECT_GT(taller, 0) << "some routes take two lines: the test can tell heights apart";
        }
    }
}

// The view's delegate remembers cell sizes: fitting the columns again gives what a plain QTableView
// measures, from memory for the texts it has seen, measured anew for a new font or new texts.
TEST(RouteTableView, RememberedCellSizesAreTheOnesQtMeasures)
{
    core::Profile blank;
    blank.setName(QStringLiteral("blank"));
    const core::Plan first = test::corePlan(blank);
    const core::Plan second = test::corePlan(test::simpleHardwareProfile());
    ui::RouteTableModel model;
    model.setRuleset(test::builtinRuleset());
    model.setPlan(first);

    ui::RouteTableView view;
    QTableView reference;
    const auto expectSameWidths = [&](const char* when) {
        for (int column = 0; column < ui::RouteTableModel::StepsColumn; ++column) {
            view.resizeColumnToContents(column);
            reference.resizeColumnToContents(column);
            EXPECT_EQ(view.columnWidth(column), reference.columnWidth(column))
                << when << ", column " << column;
        }
        view.fitRowsTo(ui::RouteTableModel::RouteColumn, ui::RouteTableModel::P50Column);
        reference.resizeRowsToContents();
        for (int row = 0; row < model.rowCount(); ++row)
            EXPECT_EQ(view.rowHeight(row), reference.rowHeight(row)) << when << ", row " << row;
    };
    QFont font = QApplication::font();
    setUp(view, &model, font);
    setUp(reference, &model, font);
    EXPECT_EQ(view.rememberedSizes(), 0);

    expectSameWidths("first fit");
    const int remembered = view.rememberedSizes();
    EXPECT_GT(remembered, model.rowCount()) << "the fitted cells are remembered";
    expectSameWidths("fitted again");
    EXPECT_EQ(view.rememberedSizes(), remembered) << "nothing measured anew";

    font.setPointSizeF(font.pointSizeF() * 1.6);
    view.setFont(font);
    reference.setFont(font);
    expectSameWidths("larger font");
    EXPECT_GT(view.rememberedSizes(), remembered);

    model.setPlan(second);
    expectSameWidths("another plan");
}

} // namespace
