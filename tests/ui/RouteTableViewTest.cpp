// SPDX-License-Identifier: Apache-2.0
// RouteTableView::fitRowsTo: the rows QTableView::resizeRowsToContents() would give, measuring the route
// column only — on a plan whose routes take one or two lines (alternatives one a line), in both languages
// and fonts.

#include "ui/widgets/RouteTableView.h"

#include "ui/ExamplesGallery.h"
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

// A plan whose routes combine alternatives on some rows ("A\n+ B", two lines) and not on others.
core::Plan planWithTwoLineRoutes(core::Lang lang)
{
    core::Profile blank;
    blank.setName(QStringLiteral("blank"));
    std::vector<core::Profile> candidates{blank};
    for (const auto& e : ui::ExamplesGallery::examples())
        candidates.push_back(e.profile);
    for (const core::Profile& p : candidates) {
        core::Plan plan = test::corePlan(p, lang);
        int combined = 0;
        for (const core::Route& r : plan.routes)
            combined += r.label.contains(QStringLiteral(" + "));
        if (combined > 0 && combined < int(plan.routes.size()) && plan.routes.size() >= 4)
            return plan;
    }
    ADD_FAILURE() << "no example plans routes of one and of two lines";
    return test::corePlan(blank, lang);
}

TEST(RouteTableView, FitsRowsAsResizeRowsToContentsDoes)
{
    for (const core::Lang lang : {core::Lang::En, core::Lang::Ja}) {
        // A blank profile's plan now holds the headline's routes and each alternative's best one, all
        // one line: the rows are measured on a plan that mixes one- and two-line routes.
        const core::Plan plan = planWithTwoLineRoutes(lang);
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
