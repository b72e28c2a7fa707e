// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPalette>
#include <QPolygonF>
#include <QString>

#include <vector>

namespace shirube::ui {

// Colours of the graph, derived from the widget's palette so light and dark themes both read well.
struct GraphPalette
{
    bool dark = false;
    QColor text;
    QColor base;
    QColor edge;
    QColor highlight;
    QColor focus;

    static GraphPalette fromPalette(const QPalette& palette);
    QColor phaseFill(const QString& phase) const;
    QColor phaseBorder(const QString& phase) const;
    QColor clusterFill(const QString& phase) const;
};

// How an element is drawn right now.
struct ElementState
{
    bool highlighted = false; // on the selected route
    bool dimmed = false;      // on no route of the plan
    bool focused = false;     // trainer mode's current state
    bool current = false;     // clicked or reached by the keyboard

    bool operator==(const ElementState&) const = default;
};

enum class ElementKind
{
    State,
    Transition,
};

// Common base of states and transitions: the id and kind a click reports.
class GraphElementItem : public QGraphicsItem
{
public:
    GraphElementItem(ElementKind kind, QString id)
        : m_kind(kind)
        , m_id(std::move(id))
    {}
    ElementKind kind() const { return m_kind; }
    const QString& id() const { return m_id; }
    const ElementState& elementState() const { return m_state; }
    void setElementState(const ElementState& state);
    void setGraphPalette(const GraphPalette* palette) { m_palette = palette; }
    // A point in scene coordinates that hits this element (for keyboard focus and tests).
    virtual QPointF anchor() const = 0;

protected:
    const GraphPalette* m_palette = nullptr;
    ElementState m_state;
    bool m_styled = false; // setElementState() has run once (z order and opacity set)

private:
    ElementKind m_kind;
    QString m_id;
};

// A state: a rounded box coloured by its phase, with its label wrapped inside.
class StateItem final : public GraphElementItem
{
public:
    StateItem(const QString& id, const QString& label, const QString& phase, const QRectF& rect,
              const QFont& font);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    QPointF anchor() const override { return m_rect.center(); }
    const QRectF& rect() const { return m_rect; }
    const QString& label() const { return m_label; }

    static constexpr double kPadX = 10;
    static constexpr double kPadY = 7;
    static constexpr double kMaxTextWidth = 150;

private:
    QString m_label;
    QString m_phase;
    QRectF m_rect;
    QFont m_font;
};

// A transition: Graphviz's spline as a bezier path, an arrowhead, and its label.
class TransitionItem final : public GraphElementItem
{
public:
    TransitionItem(const QString& id, const QString& label, const QPainterPath& path, const QPolygonF& arrow,
                   const QRectF& labelRect, const QFont& font);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    QPointF anchor() const override;
    const QString& label() const { return m_label; }

    static constexpr double kMaxLabelWidth = 120;

private:
    QString m_label;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QRectF m_labelRect;
    QFont m_font;
    QPainterPath m_shape;
};

// A phase region behind its states, with its title.
class ClusterItem final : public QGraphicsItem
{
public:
    ClusterItem(const QString& phase, const QString& title, const QRectF& rect, const QRectF& labelRect,
                const QFont& font);
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    void setGraphPalette(const GraphPalette* palette) { m_palette = palette; }

private:
    QString m_phase;
    QString m_title;
    QRectF m_rect;
    QRectF m_labelRect;
    QFont m_font;
    const GraphPalette* m_palette = nullptr;
};

// Builds the painter path of a Graphviz B-spline (p0, c1, c2, p1, …) and the arrowhead polygon.
QPainterPath pathFromCurves(const std::vector<QList<QPointF>>& curves);
QPolygonF arrowHead(const QPointF& from, const QPointF& tip, double halfWidth = 4.0);

} // namespace shirube::ui
