// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

struct Agraph_s; // Graphviz's graph (cgraph's Agraph_t)

namespace shirube::ui {

// What to lay out: boxes of a known size (measured by the caller with the font it will draw with),
// directed edges with an optional label box, and optional clusters (groups of nodes drawn together).
// All sizes are in points (1/72 inch), the unit of both Graphviz and the graph scene.
struct LayoutInput
{
    struct Node
    {
        QString id;
        QSizeF size;
        QString cluster; // empty: not in a cluster
    };
    struct Edge
    {
        QString id;
        QString from;
        QString to;
        QSizeF labelSize; // empty: no label
    };
    struct Cluster
    {
        QString id;
        QSizeF labelSize; // room for a title, drawn by the caller
    };

    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Cluster> clusters;
    QString rankDir = QStringLiteral("TB"); // Graphviz rankdir: TB | LR
    // false (default): edge labels get room of their own in the ranks, so nothing overlaps;
    // true: Graphviz "xlabels", placed after ranking: a more compact graph, but labels may overlap.
    bool externalEdgeLabels = false;
    double nodeSep = 14; // points between nodes of one rank
    double rankSep = 16; // points between ranks
};

// Where Graphviz put everything, in scene coordinates: points, origin at the top left, y downwards.
struct LayoutResult
{
    struct Node
    {
        QString id;
        QRectF rect;
    };
    struct Edge
    {
        QString id;
        QString from;
        QString to;
        // Each curve is a cubic B-spline as Graphviz gives it: p0, c1, c2, p1, c1, c2, p2, … (3n+1 points).
        std::vector<QList<QPointF>> curves;
        // The arrowhead runs from the last point of the last curve to this tip (when Graphviz drew one).
        std::optional<QPointF> arrowTip;
        QRectF labelRect; // empty when the edge has no label
    };
    struct Cluster
    {
        QString id;
        QRectF rect;
        QRectF labelRect;
    };

    bool ok = false;
    bool precomputed = false; // taken from GraphvizLayout's table of layouts computed ahead of time
    QString error;            // untranslated, for logs and tests
    QRectF bounds;
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Cluster> clusters;

    const Node* node(const QString& id) const;
    const Edge* edge(const QString& id) const;
    const Cluster* cluster(const QString& id) const;
};

// A thin RAII wrapper over Graphviz's libgvc + libcgraph "dot" layout. No Graphviz type leaves the
// .cpp. Graphviz keeps global state: every use is serialised, so any thread may call it.
class GraphvizLayout
{
public:
    static LayoutResult layout(const LayoutInput& input);
    // The dot text the layout is computed from (for debugging and tests).
    static QByteArray toDot(const LayoutInput& input);
    // A graph Graphviz has laid out (with whatever context), in scene coordinates: points, y downwards,
    // the origin at the bounding box's top left; edges in `edgeOrder` (by id), as layout() returns them.
    // Call it while holding the lock the layout ran under (Graphviz is not thread-safe).
    static LayoutResult read(Agraph_s* laidOut, const std::vector<LayoutInput::Edge>& edgeOrder);

    // Layouts computed ahead of time. The build lays the built-in ruleset out (app/gui/tools) as the
    // graph view would with the build machine's default fonts, and the application hands that table to
    // setPrecomputed() at start-up. layout() of an input whose dot text is in the table returns the
    // stored result, Graphviz's own, without running Graphviz; any other input (other fonts, another
    // ruleset) is laid out as usual.
    // precompute(): lays each input out now and returns the table (empty, with `error` set, on failure).
    static QByteArray precompute(const std::vector<LayoutInput>& inputs, QString* error = nullptr);
    // Replaces the table (an empty one clears it); false, leaving it unchanged, when `table` is not one.
    static bool setPrecomputed(const QByteArray& table);
};

} // namespace shirube::ui
