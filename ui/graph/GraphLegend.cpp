// SPDX-License-Identifier: Apache-2.0
#include "ui/graph/GraphLegend.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace shirube::ui {

namespace {

// Sizes in units of the font's height, so the legend scales with the text (trainer mode, High-DPI).
int swatchSize(const QFontMetrics& fm)
{
    return qMax(8, fm.height() * 2 / 3);
}
int swatchGap(const QFontMetrics& fm)
{
    return qMax(3, fm.height() / 4);
}
int entryGap(const QFontMetrics& fm)
{
    return fm.height();
}

} // namespace

GraphLegend::GraphLegend(QWidget* parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void GraphLegend::setEntries(std::vector<Entry> entries)
{
    m_entries = std::move(entries);
    m_widths.clear();
    setAccessibleName(text());
    updateGeometry();
    update();
}

QString GraphLegend::text() const
{
    QStringList texts;
    for (const Entry& e : m_entries)
        texts << e.text;
    return texts.join(QStringLiteral(" · "));
}

void GraphLegend::measure() const
{
    if (!m_widths.empty() || m_entries.empty())
        return;
    const QFontMetrics fm = fontMetrics();
    for (const Entry& e : m_entries)
        m_widths.push_back(swatchSize(fm) + swatchGap(fm) + fm.horizontalAdvance(e.text));
}

int GraphLegend::place(int width, std::vector<Placed>* placed) const
{
    measure();
    const QFontMetrics fm = fontMetrics();
    const int gap = entryGap(fm);
    int x = 0;
    int line = 0;
    for (std::size_t i = 0; i < m_widths.size(); ++i) {
        if (x > 0 && x + m_widths[i] > width) {
            ++line;
            x = 0;
        }
        if (placed)
            placed->push_back({x, line});
        x += m_widths[i] + gap;
    }
    return m_widths.empty() ? 0 : line + 1;
}

int GraphLegend::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    const int lines = place(width - m.left() - m.right(), nullptr);
    return lines * fontMetrics().height() + m.top() + m.bottom();
}

QSize GraphLegend::sizeHint() const
{
    measure();
    const QMargins m = contentsMargins();
    const int gap = entryGap(fontMetrics());
    const int oneLine =
        std::accumulate(m_widths.begin(), m_widths.end(), 0) + gap * qMax(0, int(m_widths.size()) - 1);
    return {oneLine + m.left() + m.right(), fontMetrics().height() + m.top() + m.bottom()};
}

QSize GraphLegend::minimumSizeHint() const
{
    measure();
    const QMargins m = contentsMargins();
    const int widest = m_widths.empty() ? 0 : *std::max_element(m_widths.begin(), m_widths.end());
    return {widest + m.left() + m.right(), fontMetrics().height() + m.top() + m.bottom()};
}

void GraphLegend::paintEvent(QPaintEvent*)
{
    const QRect area = contentsRect();
    std::vector<Placed> placed;
    place(area.width(), &placed);
    const QFontMetrics fm = fontMetrics();
    const int size = swatchSize(fm);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries[i];
        const int top = area.top() + placed[i].line * fm.height();
        const QRect swatch(area.left() + placed[i].x, top + (fm.height() - size) / 2, size, size);
        switch (e.swatch) {
        case Swatch::Filled:
            p.fillRect(swatch, e.color);
            break;
        case Swatch::Line:
            p.fillRect(QRect(swatch.left(), swatch.center().y() - 1, size, qMax(3, size / 4)), e.color);
            break;
        case Swatch::Hollow:
            p.setPen(QPen(e.color, 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(swatch).adjusted(0.75, 0.75, -0.75, -0.75));
            break;
        }
        p.setPen(palette().color(QPalette::WindowText));
        const QRect textRect(swatch.right() + 1 + swatchGap(fm), top, m_widths[i], fm.height());
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, e.text);
    }
}

void GraphLegend::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_widths.clear();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace shirube::ui
