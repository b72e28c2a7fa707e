// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGraphicsView>
#include <QPoint>

#include <optional>

namespace shirube::ui {

class GraphElementItem;

// The graph's QGraphicsView: drag to pan, Ctrl+wheel or +/− to zoom, 0 to fit; a click (press and
// release without dragging) on a state or transition reports it; arrow keys walk the elements in
// reading order and Enter/Space opens the current one.
class GraphCanvas final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphCanvas)

public:
    explicit GraphCanvas(QWidget* parent = nullptr);

    // How the view sizes the graph by itself (on resize, new layout) until the user zooms.
    enum class AutoZoom
    {
        Readable, // the whole graph if it can be read that way, else readable size around the focus point
        FitAll,   // always the whole graph (after the user asked for it with Fit)
        Off,      // the user zoomed: leave the zoom alone
    };
    static constexpr double kReadableZoom = 0.75;

    void zoomBy(double factor);
    // Shows the whole graph, and keeps doing so on resize.
    void fitAll();
    // Back to AutoZoom::Readable (a new graph).
    void resetAutoZoom();
    double zoomLevel() const;
    AutoZoom autoZoom() const { return m_auto; }
    bool autoFit() const { return m_auto != AutoZoom::Off; }
    // What to look at when the graph does not fit readably (scene coordinates: the selected route);
    // empty: the top of the graph. Shown whole if it fits, else from its top.
    void setFocusRect(const QRectF& rect);
    // Re-applies the automatic zoom (after a new layout).
    void applyAutoZoom();

    // The element under a viewport position, ignoring phase backgrounds.
    GraphElementItem* elementAt(const QPoint& viewportPos) const;
    // The order arrow keys walk in; the view owns nothing of it.
    void setKeyboardOrder(const QList<GraphElementItem*>& order);
    GraphElementItem* keyboardCurrent() const;

signals:
    void elementClicked(shirube::ui::GraphElementItem* element);
    void keyboardCurrentChanged(shirube::ui::GraphElementItem* element);
    void zoomChanged();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void moveKeyboardCurrent(int step);

    QPoint m_pressPos;
    bool m_pressed = false;
    AutoZoom m_auto = AutoZoom::Readable;
    QRectF m_focusRect;
    QList<GraphElementItem*> m_order;
    int m_current = -1;
};

} // namespace shirube::ui
