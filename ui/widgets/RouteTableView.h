// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTableView>

namespace shirube::ui {

// The route table's view. Its rows are fitted to one column — the route, one alternative a line — since
// every other cell holds a single line: resizeRowsToContents() would lay out every cell of every row,
// the long key-step texts included, which made a partly answered profile (dozens of routes) take
// longer to show its results than to plan them.
//
// Its delegate remembers the size of each cell it has measured (by everything the size depends on: text,
// font, alignment, wrapping and the screen's resolution), so fitting the columns and rows again after
// an answer or a resize measures only the texts that changed.
class RouteTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteTableView)

public:
    explicit RouteTableView(QWidget* parent = nullptr);

    // Row heights as resizeRowsToContents() sets them when every cell outside `tallColumn` and
    // `oneLineColumn` is one line of the view's font: each row measures those two cells only.
    void fitRowsTo(int tallColumn, int oneLineColumn);

    // Below about 120 characters of width (the results pane at 1366 px) the table stacks: the route
    // cell carries the target date, designations and key steps, and their columns hide, so that every
    // figure shows without sideways scrolling. Fits the compact table and returns true; on a wide
    // table restores the columns and returns false (the caller fits them).
    bool fitCompact();
    // The model's emptyText(), shown in the viewport while there is no route.
    QString emptyText() const;

    // Cell sizes measured and remembered so far (they are forgotten when the style changes).
    int rememberedSizes() const;

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
};

} // namespace shirube::ui
