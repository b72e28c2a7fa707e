// SPDX-License-Identifier: Apache-2.0
#include "ui/graph/GraphCanvas.h"

#include "ui/graph/GraphItems.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace shirube::ui {

namespace {
constexpr double kMinZoom = 0.08;
constexpr double kMaxZoom = 6.0;
constexpr double kMaxFitZoom = 1.5; // a small graph is not blown up beyond this
// "Fit" never shrinks the labels below this (about 7 px text at 1366×768): a graph that would need
// less shows as much as fits at this size, around the route.
constexpr double kMinFitZoom = 0.6;
} // namespace

GraphCanvas::GraphCanvas(QWidget* parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("graphCanvas"));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
}

double GraphCanvas::zoomLevel() const
{
    return transform().m11();
}

void GraphCanvas::zoomBy(double factor)
{
    const double current = zoomLevel();
    const double target = std::clamp(current * factor, kMinZoom, kMaxZoom);
    m_auto = AutoZoom::Off;
    if (std::abs(target - current) < 1e-9)
        return;
    const double f = target / current;
    scale(f, f);
    emit zoomChanged();
}

void GraphCanvas::fitAll()
{
    m_auto = AutoZoom::FitAll;
    applyAutoZoom();
}

void GraphCanvas::resetAutoZoom()
{
    m_auto = AutoZoom::Readable;
    applyAutoZoom();
}

void GraphCanvas::setFocusRect(const QRectF& rect)
{
    m_focusRect = rect;
}

void GraphCanvas::applyAutoZoom()
{
    if (m_auto == AutoZoom::Off || !scene() || scene()->sceneRect().isEmpty() || viewport()->width() < 10 ||
        viewport()->height() < 10)
        return;
    const QRectF area = scene()->sceneRect();
    const double fit = std::min(viewport()->width() / area.width(), viewport()->height() / area.height());
    if (m_auto == AutoZoom::FitAll && fit < kMinFitZoom) {
        setTransform(QTransform::fromScale(kMinFitZoom, kMinFitZoom));
        centerOn((m_focusRect.isEmpty() ? area : m_focusRect).center());
    } else if (m_auto == AutoZoom::FitAll || fit >= kReadableZoom) {
        const double zoom = std::min(fit, kMaxFitZoom);
        setTransform(QTransform::fromScale(zoom, zoom));
        centerOn(area.center());
    } else {
        // Too big to read whole: readable size, looking at the focus (the route), from its top.
        setTransform(QTransform::fromScale(kReadableZoom, kReadableZoom));
        const QRectF focus = m_focusRect.isEmpty() ? area : m_focusRect.adjusted(-20, -20, 20, 20);
        const double halfHeight = viewport()->height() / kReadableZoom / 2;
        const double y = focus.height() <= 2 * halfHeight ? focus.center().y() : focus.top() + halfHeight;
        centerOn(QPointF(focus.center().x(), y));
    }
    emit zoomChanged();
}

GraphElementItem* GraphCanvas::elementAt(const QPoint& viewportPos) const
{
    const QList<QGraphicsItem*> hits = items(viewportPos);
    for (QGraphicsItem* item : hits) // topmost first
        if (auto* element = dynamic_cast<GraphElementItem*>(item))
            return element;
    return nullptr;
}

void GraphCanvas::setKeyboardOrder(const QList<GraphElementItem*>& order)
{
    m_order = order;
    m_current = -1;
}

GraphElementItem* GraphCanvas::keyboardCurrent() const
{
    return m_current >= 0 && m_current < m_order.size() ? m_order[m_current] : nullptr;
}

void GraphCanvas::moveKeyboardCurrent(int step)
{
    if (m_order.isEmpty())
        return;
    if (m_current < 0)
        m_current = step > 0 ? 0 : int(m_order.size()) - 1;
    else
        m_current = int((m_current + step + m_order.size()) % m_order.size());
    GraphElementItem* element = m_order[m_current];
    ensureVisible(element->boundingRect(), 40, 40);
    emit keyboardCurrentChanged(element);
}

void GraphCanvas::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GraphCanvas::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.25);
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        moveKeyboardCurrent(+1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        moveKeyboardCurrent(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (GraphElementItem* element = keyboardCurrent()) {
            emit elementClicked(element);
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    const bool click =
        m_pressed && event->button() == Qt::LeftButton &&
        (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    m_pressed = false;
    QGraphicsView::mouseReleaseEvent(event);
    if (!click)
        return;
    if (GraphElementItem* element = elementAt(event->position().toPoint())) {
        m_current = int(m_order.indexOf(element));
        emit elementClicked(element);
    }
}

void GraphCanvas::mouseMoveEvent(QMouseEvent* event)
{
    QGraphicsView::mouseMoveEvent(event);
    // A pointing hand over what can be clicked; the open hand (drag to pan) elsewhere.
    if (event->buttons() == Qt::NoButton)
        viewport()->setCursor(elementAt(event->position().toPoint()) ? Qt::PointingHandCursor
                                                                     : Qt::OpenHandCursor);
}

void GraphCanvas::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    applyAutoZoom();
}

void GraphCanvas::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    applyAutoZoom();
}

} // namespace shirube::ui
