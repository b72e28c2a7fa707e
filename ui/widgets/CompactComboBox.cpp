#include "ui/widgets/CompactComboBox.h"

#include <QFontMetricsF>
#include <QStyle>
#include <QStyleOptionComboBox>

#include <algorithm>
#include <cmath>

namespace shirube::ui {

CompactComboBox::CompactComboBox(QWidget* parent)
    : QComboBox(parent)
{}

CompactComboBox::~CompactComboBox() = default;

QSize CompactComboBox::sizeHint() const
{
    return hint();
}

QSize CompactComboBox::minimumSizeHint() const
{
    return hint();
}

void CompactComboBox::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event); // NOLINT(bugprone-parent-virtual-call): QComboBox's only adds the re-layout
}

// What QComboBox computes for both hints under AdjustToMinimumContentsLengthWithIcon (Qt 6.4,
// QComboBoxPrivate::recomputeSizeHint): the items play no part; an icon is always reserved.
QSize CompactComboBox::hint() const
{
    const QFontMetrics& fm = fontMetrics();
    const QSize icon = iconSize();
    QSize size; // -1 × -1, as Qt starts
    if (minimumContentsLength() > 0)
        size.setWidth(
            std::max(size.width(),
                     minimumContentsLength() * fm.horizontalAdvance(QLatin1Char('X')) + icon.width() + 4));
    if (!placeholderText().isEmpty())
        size.setWidth(std::max(size.width(), fm.boundingRect(placeholderText()).width()));
    size.setHeight(std::max(std::max(int(std::ceil(QFontMetricsF(fm).height())), 14) + 2, icon.height() + 2));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, size, this);
}

} // namespace shirube::ui
