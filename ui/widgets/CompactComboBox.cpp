// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/CompactComboBox.h"

#include "ui/widgets/WheelGuard.h"

#include <QFontMetricsF>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace shirube::ui {

CompactComboBox::CompactComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setFocusPolicy(Qt::StrongFocus); // not Qt::WheelFocus: the wheel must not focus it either
}

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

void CompactComboBox::wheelEvent(QWheelEvent* event)
{
    if (!scrollFormInstead(this, event))
        QComboBox::wheelEvent(event);
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
