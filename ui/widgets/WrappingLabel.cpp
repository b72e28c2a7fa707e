// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/WrappingLabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QStyle>
#include <QStyleOption>
#include <QTextDocument>

#include <algorithm>

namespace shirube::ui {

WrappingLabel::WrappingLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

bool WrappingLabel::handlesText() const
{
    // An empty label may hold no text at all (clear()), which QLabel sizes otherwise; it costs nothing.
    if (!wordWrap() || text().isEmpty() || !pixmap().isNull() || movie())
        return false;
    if (textInteractionFlags() &
        (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::TextEditable))
        return false; // QLabel lays such text out in a QTextDocument
    const Qt::TextFormat format = textFormat();
    return format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text()));
}

void WrappingLabel::checkCache() const
{
    const QMargins m = contentsMargins();
    const std::array<int, 12> key = {
        margin(),        indent(),       int(alignment()), minimumWidth(),
        minimumHeight(), maximumWidth(), m.left(),         m.right(),
        m.top(),         m.bottom(),     frameWidth(),     int(layoutDirection()) * 2 + (buddy() ? 1 : 0)};
    const QString current = text();
    if (m_valid && key == m_key && current == m_text)
        return;
    m_valid = true;
    m_text = current;
    m_key = key;
    m_hasNatural = false;
    m_hasHints = false;
    m_sizes.fill(Entry{});
}

WrappingLabel::Extras WrappingLabel::extras() const
{
    // As QLabelPrivate::sizeForWidth: margins, and the indentation on the aligned sides.
    Extras e;
    const QFontMetrics fm = fontMetrics();
    e.hextra = 2 * margin();
    e.vextra = e.hextra;
    const int align = int(QStyle::visualAlignment(layoutDirection(), alignment())) | Qt::TextWordWrap;
    int m = indent();
    if (m < 0 && frameWidth())
        m = fm.horizontalAdvance(QLatin1Char('x')) - margin() * 2;
    if (m > 0) {
        if ((align & Qt::AlignLeft) || (align & Qt::AlignRight))
            e.hextra += m;
        if ((align & Qt::AlignTop) || (align & Qt::AlignBottom))
            e.vextra += m;
    }
    e.flags = align & ~(Qt::AlignVCenter | Qt::AlignHCenter);
    if (buddy() && text().contains(QLatin1Char('&'))) {
        e.flags |= Qt::TextShowMnemonic;
        QStyleOption opt;
        opt.initFrom(this);
        if (!style()->styleHint(QStyle::SH_UnderlineShortcut, &opt, this))
            e.flags |= Qt::TextHideMnemonic;
    }
    return e;
}

QSize WrappingLabel::textSize(int textWidth, const Extras& e) const
{
    const QFontMetrics fm = fontMetrics();
    if (!m_hasNatural) {
        m_natural = fm.boundingRect(0, 0, QWIDGETSIZE_MAX, 2000, e.flags, m_text).size();
        m_hasNatural = true;
    }
    // Whatever fits on one line is laid out as on one line: no need to ask again.
    if (textWidth >= m_natural.width())
        return m_natural;
    for (std::size_t i = 0; i < m_sizes.size(); ++i) {
        if (m_sizes[i].width == textWidth) {
            std::rotate(m_sizes.begin(), m_sizes.begin() + std::ptrdiff_t(i),
                        m_sizes.begin() + std::ptrdiff_t(i) + 1);
            return m_sizes.front().size;
        }
    }
    const QSize size = fm.boundingRect(0, 0, textWidth, 2000, e.flags, m_text).size();
    std::rotate(m_sizes.begin(), m_sizes.end() - 1, m_sizes.end());
    m_sizes.front() = Entry{textWidth, size};
    return size;
}

QSize WrappingLabel::sizeForWidth(int width) const
{
    checkCache();
    const Extras e = extras();
    const QMargins margins = contentsMargins();
    const int marginWidth = margins.left() + margins.right();
    int w = width;
    if (minimumWidth() > 0)
        w = qMax(w, minimumWidth());
    const bool tryWidth = w < 0;
    if (tryWidth)
        w = qMin(fontMetrics().averageCharWidth() * 80, maximumWidth());
    w -= e.hextra + marginWidth;
    QSize br = textSize(w, e);
    // QLabel's "golden ratio": a short text takes a narrower block of a few lines instead of one long line.
    const int lineSpacing = fontMetrics().lineSpacing();
    if (tryWidth && br.height() < 4 * lineSpacing && br.width() > w / 2)
        br = textSize(w / 2, e);
    if (tryWidth && br.height() < 2 * lineSpacing && br.width() > w / 4)
        br = textSize(w / 4, e);
    const QSize contents(br.width() + e.hextra + marginWidth,
                         br.height() + e.vextra + margins.top() + margins.bottom());
    return contents.expandedTo(minimumSize());
}

QSize WrappingLabel::sizeHint() const
{
    if (!handlesText())
        return QLabel::sizeHint();
    (void)minimumSizeHint();
    return m_hint;
}

QSize WrappingLabel::minimumSizeHint() const
{
    if (!handlesText())
        return QLabel::minimumSizeHint();
    ensurePolished();
    checkCache();
    if (m_hasHints)
        return m_minimumHint;
    // As QLabel: the hint at QLabel's preferred width; at least the longest word wide and one line high.
    m_hint = sizeForWidth(-1);
    QSize minimum(sizeForWidth(0).width(), sizeForWidth(QWIDGETSIZE_MAX).height());
    if (m_hint.height() < minimum.height())
        minimum.setHeight(m_hint.height());
    m_minimumHint = minimum;
    m_hasHints = true;
    return minimum;
}

int WrappingLabel::heightForWidth(int width) const
{
    if (!handlesText())
        return QLabel::heightForWidth(width);
    return sizeForWidth(width).height();
}

void WrappingLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::ContentsRectChange:
        m_valid = false; // measured afresh on the next question
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace shirube::ui
