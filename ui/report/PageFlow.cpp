// SPDX-License-Identifier: Apache-2.0
#include "ui/report/PageFlow.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace shirube::report {

namespace {

constexpr qreal kMarginPt = 50; // left/right
constexpr qreal kTopPt = 58;    // below the running header
constexpr qreal kBottomPt = 52; // above the footer
constexpr qreal kCellPadPt = 2.5;

} // namespace

PageFlow::PageFlow(QPainter* painter, QPagedPaintDevice& device, const QString& fontFamily)
    : m_painter(painter)
    , m_device(device)
    , m_family(fontFamily)
{
    m_unit = qreal(device.logicalDpiY()) / 72.0;
    const QRectF page(0, 0, device.width(), device.height());
    m_content = QRectF(pt(kMarginPt), pt(kTopPt), page.width() - 2 * pt(kMarginPt),
                       page.height() - pt(kTopPt) - pt(kBottomPt));
    m_y = m_content.top();
}

QFont PageFlow::font(qreal points, bool bold) const
{
    QFont f;
    f.setFamilies(reportFontFamilies());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferOutline);
    // A hair of letter spacing turns ligatures off (Qt 6.4 has no font-feature API): "fi" stays two
    // letters, so that a search or pdftotext finds "classification".
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

void PageFlow::newPage()
{
    if (m_painter)
        m_device.newPage();
    ++m_page;
    m_y = m_content.top();
    if (decorate && m_painter)
        decorate(*this, m_page);
}

void PageFlow::ensureRoom(qreal height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top())
        newPage();
}

void PageFlow::ensure(qreal height)
{
    placeHeading(height);
    ensureRoom(height);
}

void PageFlow::space(qreal points)
{
    if (m_pending) {
        m_pending->spaceAfter += pt(points);
        return;
    }
    m_y += pt(points);
}

qreal PageFlow::textHeight(const QString& text, const QFont& font, qreal width, int flags) const
{
    Q_UNUSED(flags);
    // Lines wrap at word boundaries, and inside a word only when it is wider than the line (URLs,
    // long source keys), as drawText() with wrapOption() does.
    // Each line as tall as its tallest glyph run: Japanese comes from the fallback font, taller than
    // the Latin one.
    const QFontMetricsF fm(font, &m_device);
    qreal height = 0;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font, &m_device);
        layout.setTextOption(wrapOption());
        layout.beginLayout();
        qreal h = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            h += line.height();
        }
        layout.endLayout();
        height += std::max(h, fm.height());
    }
    return height;
}

QTextOption PageFlow::wrapOption(Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

void PageFlow::heading(const QString& text, int level, bool toc, bool newPageFirst)
{
    if (m_pending) // two headings in a row stay together
        placeHeading(textHeight(text,
                                font(level == 1   ? 16
                                     : level == 2 ? 12.5
                                                  : 10.5,
                                     true),
                                m_content.width()));
    if (newPageFirst && m_y > m_content.top())
        newPage();
    m_pending = PendingHeading{text, level, toc, 0};
}

void PageFlow::placeHeading(qreal next)
{
    if (!m_pending)
        return;
    const PendingHeading p = *m_pending;
    m_pending.reset();
    const qreal size = p.level == 1 ? 16 : p.level == 2 ? 12.5 : 10.5;
    const QFont f = font(size, true);
    const qreal h = textHeight(p.text, f, m_content.width());
    const qreal gapBefore = pt(p.level == 1 ? 6 : 8);
    const qreal gapAfter = pt(p.level == 1 ? 8 : 4) + p.spaceAfter;
    // What follows, at most a third of a page: a block taller than that breaks anyway.
    ensureRoom(gapBefore + h + gapAfter + std::min(next, m_content.height() / 3));
    if (m_y > m_content.top())
        m_y += gapBefore;
    if (p.toc)
        m_toc.push_back({p.level, p.text, m_page});
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(p.level == 1 ? QColor(0x1F, 0x3A, 0x5F) : QColor(0x20, 0x20, 0x20));
        m_painter->drawText(QRectF(m_content.left(), m_y, m_content.width(), h), p.text, wrapOption());
        if (p.level == 1) {
            m_painter->setPen(QPen(QColor(0x1F, 0x3A, 0x5F), pt(0.8)));
            m_painter->drawLine(QPointF(m_content.left(), m_y + h + pt(2)),
                                QPointF(m_content.right(), m_y + h + pt(2)));
        }
    }
    m_y += h + gapAfter;
}

void PageFlow::paragraph(const QString& text, qreal points, bool bold, const QColor& color)
{
    const QFont f = font(points, bold);
    const qreal h = textHeight(text, f, m_content.width());
    if (h > m_content.height()) { // too long for one page: draw what fits, line by line
        for (const QString& line : text.split(QLatin1Char('\n')))
            paragraph(line, points, bold, color);
        return;
    }
    ensure(h);
    if (m_painter) {
        m_painter->setFont(f);
        m_painter->setPen(color);
        m_painter->drawText(QRectF(m_content.left(), m_y, m_content.width(), h), text, wrapOption());
    }
    m_y += h + pt(3);
}

void PageFlow::keyValues(const std::vector<std::pair<QString, QString>>& rows, qreal points)
{
    const QFont label = font(points, true);
    const QFont value = font(points);
    const qreal lw = m_content.width() * 0.32;
    const qreal vw = m_content.width() - lw - pt(6);
    for (const auto& [k, v] : rows) {
        const qreal h = std::max(textHeight(k, label, lw), textHeight(v, value, vw)) + pt(2);
        ensure(h);
        if (m_painter) {
            m_painter->setPen(QColor(0x44, 0x44, 0x44));
            m_painter->setFont(label);
            m_painter->drawText(QRectF(m_content.left(), m_y, lw, h), k, wrapOption());
            m_painter->setPen(Qt::black);
            m_painter->setFont(value);
            m_painter->drawText(QRectF(m_content.left() + lw + pt(6), m_y, vw, h), v, wrapOption());
        }
        m_y += h + pt(1.5);
    }
    m_y += pt(3);
}

void PageFlow::table(const std::vector<qreal>& widths, const QStringList& header,
                     const std::vector<QStringList>& rows, const std::vector<bool>& right, qreal points)
{
    const QFont hf = font(points, true);
    const QFont bf = font(points);
    const qreal pad = pt(kCellPadPt);
    std::vector<qreal> w;
    for (qreal f : widths)
        w.push_back(f * m_content.width());
    const int flags = Qt::TextWordWrap;
    auto rowHeight = [&](const QStringList& cells, const QFont& f) {
        qreal h = 0;
        for (int i = 0; i < cells.size() && i < int(w.size()); ++i)
            h = std::max(h, textHeight(cells[i], f, w[std::size_t(i)] - 2 * pad, flags));
        return h + 2 * pad;
    };
    auto drawRow = [&](const QStringList& cells, const QFont& f, qreal h, bool head, bool shade) {
        if (!m_painter)
            return;
        if (head || shade)
            m_painter->fillRect(QRectF(m_content.left(), m_y, m_content.width(), h),
                                head ? QColor(0xDD, 0xE6, 0xF0) : QColor(0xF6, 0xF7, 0xF9));
        m_painter->setFont(f);
        m_painter->setPen(Qt::black);
        qreal x = m_content.left();
        for (int i = 0; i < cells.size() && i < int(w.size()); ++i) {
            const bool r = std::size_t(i) < right.size() && right[std::size_t(i)];
            m_painter->drawText(QRectF(x + pad, m_y + pad, w[std::size_t(i)] - 2 * pad, h - 2 * pad),
                                cells[i], wrapOption(r ? Qt::AlignRight : Qt::AlignLeft));
            x += w[std::size_t(i)];
        }
        m_painter->setPen(QPen(QColor(0xC8, 0xCE, 0xD6), pt(0.4)));
        m_painter->drawLine(QPointF(m_content.left(), m_y + h), QPointF(m_content.right(), m_y + h));
    };
    const qreal hh = rowHeight(header, hf);
    ensure(hh + (rows.empty() ? 0 : rowHeight(rows.front(), bf)));
    drawRow(header, hf, hh, true, false);
    m_y += hh;
    int n = 0;
    for (const QStringList& row : rows) {
        const qreal h = rowHeight(row, bf);
        if (m_y + h > m_content.bottom()) {
            newPage();
            drawRow(header, hf, hh, true, false);
            m_y += hh;
        }
        drawRow(row, bf, h, false, n % 2 == 1);
        m_y += h;
        ++n;
    }
    m_y += pt(6);
}

void PageFlow::drawing(qreal height, const std::function<void(QPainter&, const QRectF&)>& draw)
{
    ensure(height);
    if (m_painter) {
        m_painter->save();
        draw(*m_painter, QRectF(m_content.left(), m_y, m_content.width(), height));
        m_painter->restore();
    }
    m_y += height + pt(6);
}

} // namespace shirube::report
