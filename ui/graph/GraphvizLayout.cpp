// SPDX-License-Identifier: Apache-2.0
#include "ui/graph/GraphvizLayout.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QLibrary>
#include <QMutex>

#include <cmath>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <map>

namespace shirube::ui {

namespace {

// Graphviz keeps global state (error handlers, the current graph): serialise every use.
QMutex& graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// ---- RAII over the three Graphviz resources we hold. ----

// The plugins a context starts with. gvContext() reads Graphviz's plugin configuration and loads its
// text-layout plugin (pango, cairo, GLib: about 5 ms at start-up) although every label we lay out is a
// fixed-size box without text. So, as Graphviz's documentation describes for embedding, the context gets
// only the dot layout plugin, as a built-in (tests/ui/GraphvizLayoutTest checks the layout equals the
// one of a full gvContext()). Where that plugin cannot be loaded, the full context is used.
const lt_symlist_t* dotLayoutBuiltins()
{
#ifdef SHIRUBE_GRAPHVIZ_DOT_PLUGIN
    static const lt_symlist_t* builtins = []() -> const lt_symlist_t* {
        static QLibrary plugin(QStringLiteral(SHIRUBE_GRAPHVIZ_DOT_PLUGIN));
        // Data, not a function: QLibrary hands out the symbol's address as a function pointer.
        void* library = reinterpret_cast<void*>(plugin.resolve("gvplugin_dot_layout_LTX_library"));
        if (!library)
            return nullptr;
        static lt_symlist_t symbols[] = {{"gvplugin_dot_layout_LTX_library", library}, {nullptr, nullptr}};
        return symbols;
    }();
    return builtins;
#else
    return nullptr;
#endif
}

class Context
{
public:
    Context()
        : m_gvc(dotLayoutBuiltins() ? gvContextPlugins(dotLayoutBuiltins(), 0) : gvContext())
    {}
    ~Context()
    {
        if (m_gvc)
            gvFreeContext(m_gvc);
    }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
    GVC_t* get() const { return m_gvc; }

private:
    GVC_t* m_gvc;
};

class Graph
{
public:
    explicit Graph(QByteArray dot)
        : m_dot(std::move(dot))
    {
        m_graph = agmemread(m_dot.constData());
    }
    ~Graph()
    {
        if (m_laidOut)
            gvFreeLayout(m_gvc, m_graph);
        if (m_graph)
            agclose(m_graph);
    }
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;

    Agraph_t* get() const { return m_graph; }
    bool layout(GVC_t* gvc)
    {
        m_gvc = gvc;
        m_laidOut = gvLayout(gvc, m_graph, "dot") == 0;
        return m_laidOut;
    }

private:
    QByteArray m_dot;
    Agraph_t* m_graph = nullptr;
    GVC_t* m_gvc = nullptr;
    bool m_laidOut = false;
};

// Collects Graphviz's error messages instead of letting it print them to stderr.
QByteArray g_errors;
int collectError(char* message)
{
    g_errors += message;
    return 0;
}

class ErrorCapture
{
public:
    ErrorCapture()
    {
        g_errors.clear();
        m_previous = agseterrf(collectError);
    }
    ~ErrorCapture() { agseterrf(m_previous); }
    ErrorCapture(const ErrorCapture&) = delete;
    ErrorCapture& operator=(const ErrorCapture&) = delete;
    QString text() const { return QString::fromUtf8(g_errors).trimmed(); }

private:
    agusererrf m_previous = nullptr;
};

QByteArray quoted(const QString& s)
{
    QByteArray out = s.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    out.replace('\n', "\\n");
    return '"' + out + '"';
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 4);
}

// A label whose size we decide (Graphviz only reserves room; the scene draws the text).
QByteArray fixedLabel(QSizeF size)
{
    const int w = std::max(1, int(std::ceil(size.width())));
    const int h = std::max(1, int(std::ceil(size.height())));
    return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>"
           "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"" +
           QByteArray::number(w) + "\" HEIGHT=\"" + QByteArray::number(h) + "\"></TD></TR></TABLE>>";
}

QByteArray nodeLine(const LayoutInput::Node& node, const char* indent)
{
    return indent + quoted(node.id) + " [width=" + number(node.size.width() / 72.0) +
           " height=" + number(node.size.height() / 72.0) + "];\n";
}

QString attr(void* object, const char* name)
{
    char* value = agget(object, const_cast<char*>(name));
    return value ? QString::fromUtf8(value) : QString();
}

// ---- Layouts computed ahead of time (GraphvizLayout::precompute / setPrecomputed). ----

constexpr quint32 kTableMagic = 0x53474c31; // "SGL1"

QByteArray tableKey(const QByteArray& dot)
{
    return QCryptographicHash::hash(dot, QCryptographicHash::Sha256);
}

QDataStream& operator<<(QDataStream& out, const LayoutResult& r)
{
    out << r.bounds << quint32(r.nodes.size());
    for (const LayoutResult::Node& n : r.nodes)
        out << n.id << n.rect;
    out << quint32(r.edges.size());
    for (const LayoutResult::Edge& e : r.edges) {
        out << e.id << e.from << e.to << quint32(e.curves.size());
        for (const QList<QPointF>& curve : e.curves)
            out << curve;
        out << e.arrowTip.has_value() << e.arrowTip.value_or(QPointF()) << e.labelRect;
    }
    out << quint32(r.clusters.size());
    for (const LayoutResult::Cluster& c : r.clusters)
        out << c.id << c.rect << c.labelRect;
    return out;
}

QDataStream& operator>>(QDataStream& in, LayoutResult& r)
{
    quint32 count = 0;
    in >> r.bounds >> count;
    r.nodes.resize(count);
    for (LayoutResult::Node& n : r.nodes)
        in >> n.id >> n.rect;
    in >> count;
    r.edges.resize(count);
    for (LayoutResult::Edge& e : r.edges) {
        quint32 curves = 0;
        in >> e.id >> e.from >> e.to >> curves;
        e.curves.resize(curves);
        for (QList<QPointF>& curve : e.curves)
            in >> curve;
        bool hasTip = false;
        QPointF tip;
        in >> hasTip >> tip >> e.labelRect;
        if (hasTip)
            e.arrowTip = tip;
    }
    in >> count;
    r.clusters.resize(count);
    for (LayoutResult::Cluster& c : r.clusters)
        in >> c.id >> c.rect >> c.labelRect;
    r.ok = in.status() == QDataStream::Ok;
    return in;
}

struct Precomputed
{
    QMutex mutex;
    QHash<QByteArray, QByteArray> byKey; // SHA-256 of the dot text -> Graphviz's result for it, serialised
};

QByteArray serialised(const LayoutResult& result)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << result;
    return bytes;
}

LayoutResult deserialised(const QByteArray& bytes)
{
    LayoutResult result;
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in >> result;
    return result;
}

Precomputed& precomputedTable()
{
    static Precomputed p;
    return p;
}

} // namespace

const LayoutResult::Node* LayoutResult::node(const QString& id) const
{
    for (const Node& n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

const LayoutResult::Edge* LayoutResult::edge(const QString& id) const
{
    for (const Edge& e : edges)
        if (e.id == id)
            return &e;
    return nullptr;
}

const LayoutResult::Cluster* LayoutResult::cluster(const QString& id) const
{
    for (const Cluster& c : clusters)
        if (c.id == id)
            return &c;
    return nullptr;
}

QByteArray GraphvizLayout::toDot(const LayoutInput& input)
{
    QByteArray dot = "digraph shirube {\n";
    dot += "  graph [rankdir=" + quoted(input.rankDir) + " nodesep=" + number(input.nodeSep / 72.0) +
           " ranksep=" + number(input.rankSep / 72.0) + " splines=true newrank=true forcelabels=true];\n";
    dot += "  node [shape=box fixedsize=true label=\"\"];\n";
    dot += "  edge [arrowhead=normal arrowsize=0.8];\n";

    // Clusters first (in their order), then loose nodes, then the edges.
    std::map<QString, std::vector<const LayoutInput::Node*>> byCluster;
    for (const LayoutInput::Node& node : input.nodes)
        byCluster[node.cluster].push_back(&node);
    for (const LayoutInput::Cluster& cluster : input.clusters) {
        dot += "  subgraph " + quoted(QStringLiteral("cluster_") + cluster.id) + " {\n";
        dot += "    id=" + quoted(cluster.id) + ";\n";
        if (!cluster.labelSize.isEmpty())
            dot += "    label=" + fixedLabel(cluster.labelSize) + "; labeljust=l;\n";
        for (const LayoutInput::Node* node : byCluster[cluster.id])
            dot += nodeLine(*node, "    ");
        dot += "  }\n";
        byCluster.erase(cluster.id);
    }
    for (const auto& [cluster, nodes] : byCluster)
        for (const LayoutInput::Node* node : nodes)
            dot += nodeLine(*node, "  ");
    for (const LayoutInput::Edge& edge : input.edges) {
        dot += "  " + quoted(edge.from) + " -> " + quoted(edge.to) + " [key=" + quoted(edge.id) +
               " id=" + quoted(edge.id);
        if (!edge.labelSize.isEmpty())
            dot += (input.externalEdgeLabels ? " xlabel=" : " label=") + fixedLabel(edge.labelSize);
        dot += "];\n";
    }
    dot += "}\n";
    return dot;
}

LayoutResult GraphvizLayout::layout(const LayoutInput& input)
{
    LayoutResult result;
    QHash<QString, int> known;
    for (const LayoutInput::Node& node : input.nodes)
        known.insert(node.id, 0);
    for (const LayoutInput::Edge& edge : input.edges) {
        if (!known.contains(edge.from) || !known.contains(edge.to)) {
            result.error =
                QStringLiteral("edge %1 names an unknown node (%2 -> %3)").arg(edge.id, edge.from, edge.to);
            return result;
        }
    }
    if (input.nodes.empty()) {
        result.ok = true;
        return result;
    }

    QByteArray dot = toDot(input);
    {
        Precomputed& p = precomputedTable();
        const QMutexLocker lock(&p.mutex);
        if (!p.byKey.isEmpty())
            if (const auto it = p.byKey.constFind(tableKey(dot)); it != p.byKey.constEnd()) {
                if (LayoutResult stored = deserialised(it.value()); stored.ok) {
                    stored.precomputed = true;
                    return stored;
                }
            }
    }

    QMutexLocker lock(&graphvizMutex());
    ErrorCapture errors;
    Context context;
    if (!context.get()) {
        result.error = QStringLiteral("gvContext() failed");
        return result;
    }
    Graph graph(std::move(dot));
    if (!graph.get()) {
        result.error = QStringLiteral("agmemread failed: ") + errors.text();
        return result;
    }
    if (!graph.layout(context.get())) {
        result.error = QStringLiteral("gvLayout(dot) failed: ") + errors.text();
        return result;
    }

    return read(graph.get(), input.edges);
}

LayoutResult GraphvizLayout::read(Agraph_t* g, const std::vector<LayoutInput::Edge>& edgeOrder)
{
    LayoutResult result;
    const boxf bb = GD_bb(g);
    // Graphviz: points, y upwards. Scene: points, y downwards, origin at the top left.
    const auto toScene = [&bb](pointf p) {
        return QPointF(p.x - bb.LL.x, bb.UR.y - p.y);
    };
    const auto boxToScene = [&toScene](boxf b) {
        return QRectF(toScene(pointf{b.LL.x, b.UR.y}), toScene(pointf{b.UR.x, b.LL.y})).normalized();
    };
    const auto labelRect = [&toScene](const textlabel_t* label) {
        if (!label || !label->set)
            return QRectF();
        const QPointF c = toScene(label->pos);
        return QRectF(c.x() - label->dimen.x / 2, c.y() - label->dimen.y / 2, label->dimen.x, label->dimen.y);
    };
    result.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);

    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        const QPointF c = toScene(ND_coord(n));
        const double w = ND_width(n) * 72.0;
        const double h = ND_height(n) * 72.0;
        result.nodes.push_back({QString::fromUtf8(agnameof(n)), QRectF(c.x() - w / 2, c.y() - h / 2, w, h)});

        for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
            LayoutResult::Edge edge;
            edge.id = attr(e, "id");
            edge.from = QString::fromUtf8(agnameof(agtail(e)));
            edge.to = QString::fromUtf8(agnameof(aghead(e)));
            if (const splines* spl = ED_spl(e)) {
                for (int i = 0; i < spl->size; ++i) {
                    const bezier& bz = spl->list[i];
                    QList<QPointF> curve;
                    curve.reserve(bz.size);
                    for (int k = 0; k < bz.size; ++k)
                        curve.append(toScene(bz.list[k]));
                    if (!curve.isEmpty())
                        edge.curves.push_back(std::move(curve));
                    if (bz.eflag)
                        edge.arrowTip = toScene(bz.ep);
                }
            }
            edge.labelRect = labelRect(ED_xlabel(e) ? ED_xlabel(e) : ED_label(e));
            result.edges.push_back(std::move(edge));
        }
    }
    // Keep the caller's edge order (Graphviz iterates by tail node).
    std::vector<LayoutResult::Edge> ordered;
    ordered.reserve(result.edges.size());
    for (const LayoutInput::Edge& in : edgeOrder)
        for (LayoutResult::Edge& out : result.edges)
            if (out.id == in.id && !out.from.isEmpty()) {
                ordered.push_back(std::move(out));
                out.from.clear();
                break;
            }
    result.edges = std::move(ordered);

    for (int i = 1; i <= GD_n_cluster(g); ++i) {
        Agraph_t* sub = GD_clust(g)[i];
        result.clusters.push_back({attr(sub, "id"), boxToScene(GD_bb(sub)), labelRect(GD_label(sub))});
    }
    result.ok = true;
    return result;
}

QByteArray GraphvizLayout::precompute(const std::vector<LayoutInput>& inputs, QString* error)
{
    QByteArray table;
    QDataStream out(&table, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kTableMagic << quint32(inputs.size());
    for (const LayoutInput& input : inputs) {
        const LayoutResult result = layout(input);
        if (!result.ok) {
            if (error)
                *error = result.error;
            return {};
        }
        out << tableKey(toDot(input)) << serialised(result);
    }
    return table;
}

bool GraphvizLayout::setPrecomputed(const QByteArray& table)
{
    QHash<QByteArray, QByteArray> byKey;
    if (!table.isEmpty()) {
        QDataStream in(table);
        in.setVersion(QDataStream::Qt_6_4);
        quint32 magic = 0;
        quint32 count = 0;
        in >> magic >> count;
        if (magic != kTableMagic)
            return false;
        for (quint32 i = 0; i < count; ++i) {
            QByteArray key;
            QByteArray result; // read when used
            in >> key >> result;
            if (in.status() != QDataStream::Ok)
                return false;
            byKey.insert(key, result);
        }
    }
    Precomputed& p = precomputedTable();
    const QMutexLocker lock(&p.mutex);
    p.byKey = std::move(byKey);
    return true;
}

} // namespace shirube::ui
