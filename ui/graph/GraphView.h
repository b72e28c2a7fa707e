// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Text.h"
#include "core/planning/Plan.h"
#include "core/rules/Ruleset.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QGraphicsScene;
class QLabel;
class QSplitter;
class QToolButton;

namespace shirube::ui {

class ClusterItem;
class GraphCanvas;
class GraphDetailsPane;
class GraphElementItem;
class GraphLegend;
struct GraphPalette;

// The ruleset's state graph, laid out by Graphviz (dot, via GraphvizLayout) and drawn with Qt:
// states as rounded boxes coloured by phase, transitions as bezier arrows with labels. A plan dims
// everything on no route; a selected route is highlighted; clicking an element (or Enter on the
// keyboard) shows it in the details pane and emits elementActivated().
class GraphView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)

public:
    explicit GraphView(QWidget* parent = nullptr);
    ~GraphView() override;

    void setRuleset(shirube::core::RulesetPtr ruleset);
    // Dims the states and transitions that are on no route of the plan (infeasible for this profile).
    void setPlan(const shirube::core::Plan& plan);
    // Highlights the route's transitions and states; an empty or unknown id clears the highlight.
    void setSelectedRoute(const QString& routeId);
    // Centres on the state and emphasises it (trainer mode), zooming in to at least 100 % so it can be
    // read; an empty id clears the emphasis.
    void focusState(const QString& stateId);
    // The zoom focusState() shows a state at (at least 1.0): trainer mode's presentation size.
    void setFocusZoom(double zoom) { m_focusZoom = zoom; }
    void setLanguage(shirube::core::Lang lang);

    QStringList highlightedTransitions() const; // in route order
    QStringList highlightedStates() const;      // in route order
    QStringList dimmedTransitions() const;      // in ruleset order
    QStringList dimmedStates() const;           // in ruleset order
    const QString& selectedRoute() const { return m_selectedRoute; }
    const QString& focusedState() const { return m_focusedState; }

    GraphDetailsPane* detailsPane() const { return m_details; }
    void setDetailsPaneVisible(bool visible);
    // Off: the canvas never takes keyboard focus, so arrow keys stay with the window (trainer mode).
    void setKeyboardNavigation(bool enabled);
    GraphCanvas* canvas() const { return m_canvas; }
    // A scene point that hits the element ("state" | "transition"); nullopt when it is not drawn.
    std::optional<QPointF> elementScenePos(const QString& kind, const QString& id) const;
    // Graphviz's message when the last layout failed (the view then shows it instead of the graph).
    const QString& layoutError() const { return m_layoutError; }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

signals:
    void elementActivated(const QString& kind, const QString& id);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void restyle();
    void retranslate();
    void updateLegend();
    void activate(GraphElementItem* element);
    void showInDetails(const QString& kind, const QString& id);
    void resolveRoute();
    void updateFocusRect();

    GraphCanvas* m_canvas;
    QGraphicsScene* m_scene;
    GraphDetailsPane* m_details;
    QSplitter* m_splitter;
    GraphLegend* m_legend;
    QLabel* m_message;
    QAction* m_zoomInAction;
    QAction* m_zoomOutAction;
    QAction* m_fitAction;
    QToolButton* m_zoomInButton;
    QToolButton* m_zoomOutButton;
    QToolButton* m_fitButton;
    std::unique_ptr<GraphPalette> m_palette;

    shirube::core::RulesetPtr m_ruleset;
    shirube::core::Lang m_lang = shirube::core::Lang::En;
    bool m_hasPlan = false;
    std::vector<shirube::core::Route> m_routes;
    QSet<QString> m_feasibleStates;
    QSet<QString> m_feasibleTransitions;
    QString m_selectedRoute;
    QStringList m_highlightedTransitions;
    QStringList m_highlightedStates;
    QString m_focusedState;
    double m_focusZoom = 1.0;
    QString m_currentKind;
    QString m_currentId;
    QString m_layoutError;
    bool m_userSizedSplitter = false;

    QHash<QString, GraphElementItem*> m_stateItems;
    QHash<QString, GraphElementItem*> m_transitionItems;
    QList<ClusterItem*> m_clusterItems;
};

} // namespace shirube::ui
