#include "ui/widgets/RouteTableView.h"

#include <QAbstractItemDelegate>
#include <QHeaderView>

namespace shirube::ui {

void RouteTableView::fitRowsTo(int tallColumn, int oneLineColumn)
{
    QAbstractItemModel* m = model();
    if (!m)
        return;
    QHeaderView* header = verticalHeader();
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const int rows = m->rowCount(rootIndex());
    for (int row = 0; row < rows; ++row) {
        // As QTableView::sizeHintForRow and QHeaderView's ResizeToContents: the tallest cell (plus the
        // grid line), at least the header section's own hint, within the section size bounds.
        int hint = 0;
        for (const int column : {tallColumn, oneLineColumn}) {
            const QModelIndex index = m->index(row, column, rootIndex());
            option.rect = QRect(columnViewportPosition(column), rowViewportPosition(row), columnWidth(column),
                                rowHeight(row));
            hint = qMax(hint, itemDelegateForIndex(index)->sizeHint(option, index).height());
        }
        if (showGrid())
            ++hint;
        const int size = qBound(header->minimumSectionSize(), qMax(hint, header->sectionSizeHint(row)),
                                header->maximumSectionSize());
        if (header->sectionSize(row) != size)
            header->resizeSection(row, size);
    }
}

} // namespace shirube::ui
