#pragma once

#include <QGraphicsView>
#include <QPoint>

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

    void zoomBy(double factor);
    void fitAll();
    double zoomLevel() const;
    // While true (the default, and again after fitAll()), the view refits itself when resized.
    bool autoFit() const { return m_autoFit; }

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
    bool m_autoFit = true;
    QList<GraphElementItem*> m_order;
    int m_current = -1;
};

} // namespace shirube::ui
