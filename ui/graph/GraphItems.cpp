// SPDX-License-Identifier: Apache-2.0
#include "ui/graph/GraphItems.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace shirube::ui {

namespace {

int phaseHue(const QString& phase)
{
    if (phase == QLatin1String("development"))
        return 210; // blue
    if (phase == QLatin1String("regulatory"))
        return 30; // orange
    if (phase == QLatin1String("market"))
        return 135; // green
    if (phase == QLatin1String("overseas"))
        return 280; // purple
    return -1;      // grey
}

constexpr int kTextFlags = int(Qt::AlignCenter) | int(Qt::TextWordWrap);

} // namespace

// ---- GraphPalette ----

GraphPalette GraphPalette::fromPalette(const QPalette& palette)
{
    GraphPalette p;
    p.dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    p.text = palette.color(QPalette::Text);
    p.base = palette.color(QPalette::Base);
    p.edge = palette.color(QPalette::Text);
    p.edge.setAlphaF(0.75f);
    p.highlight = palette.color(QPalette::Highlight);
    // The focus ring must stand out from both the highlight and the phase colours.
    p.focus = p.dark ? QColor::fromHsl(45, 255, 150) : QColor::fromHsl(350, 200, 110);
    return p;
}

QColor GraphPalette::phaseFill(const QString& phase) const
{
    const int hue = phaseHue(phase);
    return dark ? QColor::fromHsl(hue, hue < 0 ? 0 : 70, 62) : QColor::fromHsl(hue, hue < 0 ? 0 : 170, 226);
}

QColor GraphPalette::phaseBorder(const QString& phase) const
{
    const int hue = phaseHue(phase);
    return dark ? QColor::fromHsl(hue, hue < 0 ? 0 : 120, 150) : QColor::fromHsl(hue, hue < 0 ? 0 : 110, 110);
}

QColor GraphPalette::clusterFill(const QString& phase) const
{
    const int hue = phaseHue(phase);
    QColor c =
        dark ? QColor::fromHsl(hue, hue < 0 ? 0 : 60, 40) : QColor::fromHsl(hue, hue < 0 ? 0 : 120, 246);
    return c;
}

// ---- GraphElementItem ----

void GraphElementItem::setElementState(const ElementState& state)
{
    if (m_styled && state == m_state)
        return; // nothing to draw anew: a new plan repaints only what it changes
    m_styled = true;
    m_state = state;
    setOpacity(state.dimmed && !state.highlighted && !state.focused ? 0.28 : 1.0);
    // Route and focus on top, dimmed parts below.
    const double base = m_kind == ElementKind::State ? 2 : 1;
    setZValue(base + (state.highlighted ? 4 : 0) + (state.focused || state.current ? 8 : 0) -
              (state.dimmed ? 0.5 : 0));
    update();
}

// ---- StateItem ----

StateItem::StateItem(const QString& id, const QString& label, const QString& phase, const QRectF& rect,
                     const QFont& font)
    : GraphElementItem(ElementKind::State, id)
    , m_label(label)
    , m_phase(phase)
    , m_rect(rect)
    , m_font(font)
{
    setAcceptedMouseButtons(Qt::NoButton); // the view handles clicks, so dragging works everywhere
    setToolTip(label);
}

QRectF StateItem::boundingRect() const
{
    return m_rect.adjusted(-6, -6, 6, 6);
}

QPainterPath StateItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_rect, 8, 8);
    return path;
}

void StateItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (!m_palette)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QColor border = m_palette->phaseBorder(m_phase);
    double width = 1.2;
    if (m_state.highlighted) {
        border = m_palette->highlight;
        width = 3.0;
    }
    if (m_state.focused) {
        // A halo first, then the box: trainer mode's "we are here".
        QColor halo = m_palette->focus;
        halo.setAlphaF(0.35f);
        painter->setPen(QPen(halo, 10));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect, 8, 8);
        border = m_palette->focus;
        width = 3.5;
    }
    painter->setPen(QPen(border, width));
    painter->setBrush(m_palette->phaseFill(m_phase));
    painter->drawRoundedRect(m_rect, 8, 8);
    if (m_state.current) {
        QPen dash(m_palette->text, 1.2, Qt::DashLine);
        painter->setPen(dash);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect.adjusted(-4, -4, 4, 4), 10, 10);
    }
    QFont font = m_font;
    font.setBold(m_state.highlighted || m_state.focused);
    painter->setFont(font);
    painter->setPen(m_palette->text);
    painter->drawText(m_rect.adjusted(kPadX, kPadY, -kPadX, -kPadY), kTextFlags, m_label);
}

// ---- TransitionItem ----

TransitionItem::TransitionItem(const QString& id, const QString& label, const QPainterPath& path,
                               const QPolygonF& arrow, const QRectF& labelRect, const QFont& font)
    : GraphElementItem(ElementKind::Transition, id)
    , m_label(label)
    , m_path(path)
    , m_arrow(arrow)
    , m_labelRect(labelRect)
    , m_font(font)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(label);
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_shape = stroker.createStroke(m_path);
    m_shape.addPolygon(m_arrow);
    if (!m_labelRect.isEmpty())
        m_shape.addRect(m_labelRect);
    m_shape.setFillRule(Qt::WindingFill);
}

QRectF TransitionItem::boundingRect() const
{
    return m_shape.boundingRect().adjusted(-4, -4, 4, 4);
}

QPainterPath TransitionItem::shape() const
{
    return m_shape;
}

QPointF TransitionItem::anchor() const
{
    if (!m_labelRect.isEmpty())
        return m_labelRect.center();
    return m_path.pointAtPercent(0.5);
}

void TransitionItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (!m_palette)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QColor colour = m_palette->edge;
    double width = 1.3;
    if (m_state.highlighted) {
        colour = m_palette->highlight;
        width = 3.2;
    }
    if (m_state.current) {
        QColor halo = m_palette->text;
        halo.setAlphaF(0.18f);
        painter->setPen(QPen(halo, width + 6, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    painter->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(QPen(colour, 1.0));
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);

    if (!m_labelRect.isEmpty()) {
        QColor back = m_palette->base;
        back.setAlphaF(0.85f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(m_labelRect.adjusted(-1, 0, 1, 0), 3, 3);
        QFont font = m_font;
        font.setBold(m_state.highlighted);
        painter->setFont(font);
        painter->setPen(m_state.highlighted ? m_palette->highlight : m_palette->text);
        painter->drawText(m_labelRect, kTextFlags, m_label);
    }
}

// ---- ClusterItem ----

ClusterItem::ClusterItem(const QString& phase, const QString& title, const QRectF& rect,
                         const QRectF& labelRect, const QFont& font)
    : m_phase(phase)
    , m_title(title)
    , m_rect(rect)
    , m_labelRect(labelRect)
    , m_font(font)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-10);
}

void ClusterItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (!m_palette)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QColor border = m_palette->phaseBorder(m_phase);
    border.setAlphaF(0.45f);
    painter->setPen(QPen(border, 1.0, Qt::DashLine));
    painter->setBrush(m_palette->clusterFill(m_phase));
    painter->drawRoundedRect(m_rect, 10, 10);
    QFont font = m_font;
    font.setBold(true);
    painter->setFont(font);
    QColor text = m_palette->text;
    text.setAlphaF(0.7f);
    painter->setPen(text);
    const QRectF label = m_labelRect.isEmpty() ? m_rect.adjusted(8, 4, -8, -4) : m_labelRect;
    painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, m_title);
}

// ---- geometry helpers ----

QPainterPath pathFromCurves(const std::vector<QList<QPointF>>& curves)
{
    QPainterPath path;
    for (const QList<QPointF>& curve : curves) {
        if (curve.isEmpty())
            continue;
        path.moveTo(curve.first());
        for (qsizetype i = 1; i + 2 < curve.size(); i += 3)
            path.cubicTo(curve[i], curve[i + 1], curve[i + 2]);
    }
    return path;
}

QPolygonF arrowHead(const QPointF& from, const QPointF& tip, double halfWidth)
{
    const QPointF d = tip - from;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-6)
        return {};
    const QPointF normal(-d.y() / length * halfWidth, d.x() / length * halfWidth);
    return QPolygonF({tip, from + normal, from - normal, tip});
}

} // namespace shirube::ui
