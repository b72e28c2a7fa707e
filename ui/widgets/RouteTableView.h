#pragma once

#include <QTableView>

namespace shirube::ui {

// The route table's view. Its rows are fitted to one column — the route, one alternative a line — since
// every other cell holds a single line: resizeRowsToContents() would lay out every cell of every row,
// the long key-step texts included, which made a partly answered profile (dozens of routes) take
// longer to show its results than to plan them.
class RouteTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteTableView)

public:
    using QTableView::QTableView;

    // Row heights as resizeRowsToContents() sets them when every cell outside `tallColumn` and
    // `oneLineColumn` is one line of the view's font: each row measures those two cells only.
    void fitRowsTo(int tallColumn, int oneLineColumn);
};

} // namespace shirube::ui
