// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/RouteTableView.h"

#include "ui/models/RouteTableModel.h"

#include <QAbstractItemDelegate>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace shirube::ui {

namespace {

// QStyledItemDelegate whose sizeHint() is remembered per cell content: lays a text out once, not at
// every fit. Painting and editing are QStyledItemDelegate's.
class RememberingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (const QVariant hint = index.data(Qt::SizeHintRole); hint.isValid())
            return hint.toSize();
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (opt.features & QStyleOptionViewItem::HasDecoration)
            return QStyledItemDelegate::sizeHint(option, index); // icons: not remembered
        const int wrapWidth = opt.features & QStyleOptionViewItem::WrapText ? opt.rect.width() : -1;
        const int dpi = opt.widget ? opt.widget->logicalDpiY() : 0;
        QString key = opt.text;
        key += QChar(0x1f) + opt.font.key();
        key += QChar(0x1f) + QString::number(int(opt.features)) + QLatin1Char(',') +
               QString::number(int(opt.displayAlignment)) + QLatin1Char(',') +
               QString::number(int(opt.textElideMode)) + QLatin1Char(',') + QString::number(wrapWidth) +
               QLatin1Char(',') + QString::number(int(opt.checkState)) + QLatin1Char(',') +
               QString::number(dpi);
        if (const auto it = m_sizes.constFind(key); it != m_sizes.constEnd())
            return *it;
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (m_sizes.size() >= kMaxRemembered)
            m_sizes.clear();
        m_sizes.insert(key, size);
        return size;
    }

    void forget() { m_sizes.clear(); }
    int remembered() const { return int(m_sizes.size()); }

private:
    static constexpr int kMaxRemembered = 4096;
    mutable QHash<QString, QSize> m_sizes;
};

} // namespace

RouteTableView::RouteTableView(QWidget* parent)
    : QTableView(parent)
{
    setItemDelegate(new RememberingDelegate(this));
}

int RouteTableView::rememberedSizes() const
{
    const auto* delegate = dynamic_cast<const RememberingDelegate*>(itemDelegate());
    return delegate ? delegate->remembered() : 0;
}

void RouteTableView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::StyleChange) {
        if (auto* delegate = dynamic_cast<RememberingDelegate*>(itemDelegate()))
            delegate->forget();
    }
    QTableView::changeEvent(event);
}

QString RouteTableView::emptyText() const
{
    const auto* m = qobject_cast<const RouteTableModel*>(model());
    return m && m->rowCount() == 0 ? m->emptyText() : QString();
}

void RouteTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    const QString text = emptyText();
    if (text.isEmpty())
        return;
    QPainter p(viewport());
    p.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().averageCharWidth() * 2;
    p.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
               Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, text);
}

bool RouteTableView::fitCompact()
{
    auto* m = qobject_cast<RouteTableModel*>(model());
    if (!m)
        return false;
    const int width = viewport()->width();
    const bool compact = width < fontMetrics().averageCharWidth() * 120;
    const int stacked[] = {RouteTableModel::TargetColumn, RouteTableModel::DesignationsColumn,
                           RouteTableModel::ConfidenceColumn, RouteTableModel::StepsColumn};
    if (compact != m->isCompact()) {
        m->setCompact(compact);
        for (const int c : stacked)
            setColumnHidden(c, compact);
        // Compact: the route takes what the figures leave; wide: the key steps do (the last column).
        horizontalHeader()->setStretchLastSection(!compact);
        horizontalHeader()->setSectionResizeMode(RouteTableModel::RouteColumn,
                                                 compact ? QHeaderView::Stretch : QHeaderView::Interactive);
    }
    if (!compact)
        return false;
    for (const int c : {RouteTableModel::P50Column, RouteTableModel::P80Column, RouteTableModel::CostColumn})
        resizeColumnToContents(c);
    fitRowsTo(RouteTableModel::RouteColumn, RouteTableModel::P50Column);
    return true;
}

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
