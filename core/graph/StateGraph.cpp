// SPDX-License-Identifier: Apache-2.0
#include "core/graph/StateGraph.h"

#include <QHash>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/topological_sort.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>

namespace shirube::core {

namespace {

// Bundled properties. Strings are std::string because write_graphviz_dp streams them.
struct VertexProps
{
    int state = -1; // index into ruleset.states
    std::string id;
    std::string svgId; // "state-<id>": the element id in SVG output (unique across nodes and edges)
    std::string label;
    std::string phase;
    // Drawing attributes, filled by toDot() on a copy of the graph.
    std::string style;
    std::string color;
    std::string fontcolor;
    std::string fillcolor;
    std::string shape;
    std::string tooltip;
};

struct EdgeProps
{
    int transition = -1; // index into ruleset.transitions
    std::string svgId;   // "transition-<id>"
    std::string id;
    std::string label;
    std::string style;
    std::string color;
    std::string fontcolor;
    std::string penwidth;
    std::string tooltip;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// Records every vertex a breadth-first search discovers.
class ReachVisitor : public boost::default_bfs_visitor
{
public:
    explicit ReachVisitor(std::vector<char>& reached)
        : m_reached(&reached)
    {}
    template <typename V, typename G> void discover_vertex(V v, const G&) const { (*m_reached)[v] = 1; }

private:
    std::vector<char>* m_reached;
};

// Records the edges that close a cycle (back edges of a depth-first search).
class BackEdgeVisitor : public boost::default_dfs_visitor
{
public:
    explicit BackEdgeVisitor(std::vector<int>& transitions)
        : m_transitions(&transitions)
    {}
    template <typename E, typename G> void back_edge(E e, const G& g) const
    {
        m_transitions->push_back(g[e].transition);
    }

private:
    std::vector<int>* m_transitions;
};

// Multi-source reachability: every vertex reachable from one of `sources` in `g`.
template <typename G> std::vector<char> reachableFrom(const G& g, const std::vector<Vertex>& sources)
{
    const std::size_t n = boost::num_vertices(g);
    std::vector<char> reached(n, 0);
    std::vector<boost::default_color_type> colors(n, boost::white_color);
    auto colorMap = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g));
    boost::queue<Vertex> queue;
    for (Vertex s : sources) {
        if (colors[s] != boost::white_color)
            continue;
        boost::breadth_first_visit(g, s, queue, ReachVisitor(reached), colorMap);
    }
    return reached;
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

} // namespace

struct StateGraph::Impl
{
    Graph graph;
    QHash<QString, int> stateIndex;
    QHash<QString, int> transitionIndex;
    std::vector<std::vector<int>> out; // per state: transition indices, in file order
    std::vector<int> transitionTo;     // per transition: target state, -1 when the state is unknown
    std::vector<int> transitionFrom;
};

StateGraph::StateGraph(const Ruleset& ruleset)
    : d(std::make_unique<Impl>())
    , m_ruleset(ruleset)
{
    const int stateCount = int(ruleset.states.size());
    for (int i = 0; i < stateCount; ++i) {
        const StateDef& s = ruleset.states[std::size_t(i)];
        VertexProps props;
        props.state = i;
        props.id = utf8(s.id);
        props.svgId = "state-" + props.id;
        props.phase = utf8(s.phase);
        boost::add_vertex(props, d->graph);
        if (!d->stateIndex.contains(s.id))
            d->stateIndex.insert(s.id, i);
    }
    d->out.resize(std::size_t(stateCount));
    const int transitionCount = int(ruleset.transitions.size());
    d->transitionTo.assign(std::size_t(transitionCount), -1);
    d->transitionFrom.assign(std::size_t(transitionCount), -1);
    for (int j = 0; j < transitionCount; ++j) {
        const TransitionDef& t = ruleset.transitions[std::size_t(j)];
        if (!d->transitionIndex.contains(t.id))
            d->transitionIndex.insert(t.id, j);
        const int from = stateIndex(t.from);
        const int to = stateIndex(t.to);
        if (from < 0 || to < 0)
            continue; // the validator reports unknown states; the graph leaves the transition out
        EdgeProps props;
        props.transition = j;
        props.id = utf8(t.id);
        props.svgId = "transition-" + props.id;
        boost::add_edge(Vertex(from), Vertex(to), props, d->graph);
        d->out[std::size_t(from)].push_back(j);
        d->transitionFrom[std::size_t(j)] = from;
        d->transitionTo[std::size_t(j)] = to;
    }
}

StateGraph::~StateGraph() = default;

int StateGraph::stateIndex(const QString& id) const
{
    return d->stateIndex.value(id, -1);
}

int StateGraph::transitionIndex(const QString& id) const
{
    return d->transitionIndex.value(id, -1);
}

std::vector<int> StateGraph::outTransitions(int state) const
{
    if (state < 0 || std::size_t(state) >= d->out.size())
        return {};
    return d->out[std::size_t(state)];
}

int StateGraph::transitionTarget(int transition) const
{
    if (transition < 0 || std::size_t(transition) >= d->transitionTo.size())
        return -1;
    return d->transitionTo[std::size_t(transition)];
}

int StateGraph::transitionSource(int transition) const
{
    if (transition < 0 || std::size_t(transition) >= d->transitionFrom.size())
        return -1;
    return d->transitionFrom[std::size_t(transition)];
}

QStringList StateGraph::unreachableStates() const
{
    std::vector<Vertex> starts;
    for (const QString& state : m_ruleset.stageStates) {
        const int i = stateIndex(state);
        if (i >= 0)
            starts.push_back(Vertex(i));
    }
    const std::vector<char> reached = reachableFrom(d->graph, starts);
    QStringList result;
    for (std::size_t i = 0; i < reached.size(); ++i) {
        if (!reached[i])
            result << m_ruleset.states[i].id;
    }
    return result;
}

QStringList StateGraph::deadEnds() const
{
    std::vector<Vertex> targets;
    for (const TargetDef& t : m_ruleset.targets) {
        const int i = stateIndex(t.state);
        if (i >= 0)
            targets.push_back(Vertex(i));
    }
    // A state can reach a target iff the reversed graph reaches it from a target.
    const boost::reverse_graph<Graph> reversed(d->graph);
    const std::vector<char> reached = reachableFrom(reversed, targets);
    QStringList result;
    for (std::size_t i = 0; i < reached.size(); ++i) {
        if (!reached[i])
            result << m_ruleset.states[i].id;
    }
    return result;
}

QStringList StateGraph::cycleTransitions() const
{
    std::vector<int> back;
    std::vector<boost::default_color_type> colors(boost::num_vertices(d->graph));
    auto colorMap =
        boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, d->graph));
    boost::depth_first_search(d->graph, BackEdgeVisitor(back), colorMap);
    std::sort(back.begin(), back.end());
    QStringList result;
    for (int j : back)
        result << m_ruleset.transitions[std::size_t(j)].id;
    return result;
}

std::vector<int> StateGraph::topologicalOrder(int start,
                                              const std::function<bool(int transition)>& allowed) const
{
    const auto n = boost::num_vertices(d->graph);
    if (start < 0 || std::size_t(start) >= n)
        return {};
    struct Usable
    {
        const Graph* g = nullptr;
        const std::function<bool(int)>* allowed = nullptr;
        bool operator()(const Edge& e) const { return !*allowed || (*allowed)((*g)[e].transition); }
    };
    const boost::filtered_graph<Graph, Usable> usable(d->graph, Usable{&d->graph, &allowed});
    std::vector<char> reached(n, 0);
    std::vector<boost::default_color_type> colors(n, boost::white_color);
    auto colorMap =
        boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, d->graph));
    boost::breadth_first_search(usable, Vertex(start),
                                boost::visitor(ReachVisitor(reached)).color_map(colorMap));
    std::vector<Vertex> reversed;
    try {
        boost::topological_sort(usable, std::back_inserter(reversed));
    } catch (const boost::not_a_dag&) {
        return {}; // the caller enumerates simple paths instead
    }
    std::vector<int> order;
    order.reserve(reversed.size());
    for (auto it = reversed.rbegin(); it != reversed.rend(); ++it) {
        if (reached[*it])
            order.push_back(d->graph[*it].state);
    }
    return order;
}

std::vector<std::vector<int>> StateGraph::paths(int start, const QSet<int>& ends,
                                                const std::function<bool(int transition)>& allowed,
                                                int limit) const
{
    std::vector<std::vector<int>> result;
    const int n = int(d->out.size());
    if (start < 0 || start >= n || ends.isEmpty() || limit <= 0)
        return result;

    // Which transitions may be taken, asked once each.
    const std::size_t transitionCount = d->transitionTo.size();
    std::vector<char> usable(transitionCount, 0);
    for (std::size_t j = 0; j < transitionCount; ++j)
        usable[j] = d->transitionTo[j] >= 0 && (!allowed || allowed(int(j)));

    // Prune: states that can reach an end through usable transitions (a backwards sweep to a fixpoint;
    // the graph is small and acyclic in practice, so this converges in a few rounds).
    std::vector<char> useful(std::size_t(n), 0);
    for (int e : ends) {
        if (e >= 0 && e < n)
            useful[std::size_t(e)] = 1;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t j = 0; j < transitionCount; ++j) {
            if (!usable[j])
                continue;
            const auto from = std::size_t(d->transitionFrom[j]);
            if (!useful[from] && useful[std::size_t(d->transitionTo[j])]) {
                useful[from] = 1;
                changed = true;
            }
        }
    }
    if (!useful[std::size_t(start)])
        return result;

    // Iterative depth-first enumeration of simple paths. A path is reported every time it reaches an
    // end state; the search goes on past it, since a later end may be reachable too.
    std::vector<char> onPath(std::size_t(n), 0);
    std::vector<int> path;
    struct Frame
    {
        int state;
        std::size_t next; // index into out[state]
    };
    std::vector<Frame> stack;
    stack.push_back({start, 0});
    onPath[std::size_t(start)] = 1;
    if (ends.contains(start))
        result.push_back(path);
    while (!stack.empty() && int(result.size()) < limit) {
        Frame& top = stack.back();
        const std::vector<int>& outs = d->out[std::size_t(top.state)];
        if (top.next >= outs.size()) {
            onPath[std::size_t(top.state)] = 0;
            stack.pop_back();
            if (!path.empty())
                path.pop_back();
            continue;
        }
        const int j = outs[top.next++];
        if (!usable[std::size_t(j)])
            continue;
        const int to = d->transitionTo[std::size_t(j)];
        if (onPath[std::size_t(to)] || !useful[std::size_t(to)])
            continue;
        path.push_back(j);
        onPath[std::size_t(to)] = 1;
        stack.push_back({to, 0});
        if (ends.contains(to))
            result.push_back(path);
    }
    return result;
}

QString StateGraph::toDot(const DotStyle& style) const
{
    // Draw on a copy so the shared graph stays immutable (plan() may run on several threads).
    Graph g = d->graph;
    const Lang lang = style.lang;

    QSet<QString> targetStates;
    for (const TargetDef& t : m_ruleset.targets)
        targetStates.insert(t.state);
    QSet<QString> startStates;
    for (const QString& s : m_ruleset.stageStates)
        startStates.insert(s);
    // States on a highlighted transition are highlighted too.
    QSet<QString> highlightedStates;
    for (const QString& id : style.highlightedTransitions) {
        if (const TransitionDef* t = m_ruleset.transition(id)) {
            highlightedStates.insert(t->from);
            highlightedStates.insert(t->to);
        }
    }

    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        VertexProps& p = g[v];
        const StateDef& s = m_ruleset.states[std::size_t(p.state)];
        p.label = utf8(s.label.in(lang).isEmpty() ? s.id : s.label.in(lang));
        p.tooltip = utf8(s.id);
        p.shape =
            targetStates.contains(s.id) ? "doubleoctagon" : (startStates.contains(s.id) ? "box" : "ellipse");
        std::string styles = "rounded,filled";
        if (style.dimmedStates.contains(s.id)) {
            p.color = "gray70";
            p.fontcolor = "gray60";
            p.fillcolor = "gray97";
            styles += ",dashed";
        } else if (highlightedStates.contains(s.id)) {
            p.color = "black";
            p.fontcolor = "black";
            p.fillcolor = "lightgoldenrod1";
            styles += ",bold";
        } else {
            p.color = "gray30";
            p.fontcolor = "black";
            p.fillcolor = "white";
        }
        p.style = styles;
    }
    for (Edge e : boost::make_iterator_range(boost::edges(g))) {
        EdgeProps& p = g[e];
        const TransitionDef& t = m_ruleset.transitions[std::size_t(p.transition)];
        p.label = utf8(t.label.in(lang));
        p.tooltip = utf8(t.when ? t.when->text() : QString());
        if (style.highlightedTransitions.contains(t.id)) {
            p.style = "bold";
            p.color = "black";
            p.fontcolor = "black";
            p.penwidth = "2.5";
        } else if (style.dimmedTransitions.contains(t.id)) {
            p.style = "dashed";
            p.color = "gray75";
            p.fontcolor = "gray65";
            p.penwidth = "1";
        } else {
            p.style = t.designation.isEmpty() ? "solid" : "dashed";
            p.color = "gray35";
            p.fontcolor = "gray20";
            p.penwidth = "1";
        }
    }

    boost::dynamic_properties dp;
    dp.property("node_id", boost::get(&VertexProps::id, g));
    dp.property("id", boost::get(&VertexProps::svgId, g));
    dp.property("label", boost::get(&VertexProps::label, g));
    dp.property("style", boost::get(&VertexProps::style, g));
    dp.property("color", boost::get(&VertexProps::color, g));
    dp.property("fontcolor", boost::get(&VertexProps::fontcolor, g));
    dp.property("fillcolor", boost::get(&VertexProps::fillcolor, g));
    dp.property("shape", boost::get(&VertexProps::shape, g));
    dp.property("tooltip", boost::get(&VertexProps::tooltip, g));
    dp.property("id", boost::get(&EdgeProps::svgId, g));
    dp.property("label", boost::get(&EdgeProps::label, g));
    dp.property("style", boost::get(&EdgeProps::style, g));
    dp.property("color", boost::get(&EdgeProps::color, g));
    dp.property("fontcolor", boost::get(&EdgeProps::fontcolor, g));
    dp.property("penwidth", boost::get(&EdgeProps::penwidth, g));
    dp.property("tooltip", boost::get(&EdgeProps::tooltip, g));
    dp.property("rankdir", boost::make_constant_property<Graph*>(std::string("LR")));
    dp.property("fontname", boost::make_constant_property<Graph*>(std::string("sans-serif")));

    std::ostringstream os;
    boost::write_graphviz_dp(os, g, dp, "node_id");
    std::string dot = os.str();

    // Group the states by phase in cluster subgraphs (write_graphviz_dp has no subgraphs, so they are
    // appended before the closing brace; naming a node in a subgraph adds it to the cluster).
    std::map<std::string, std::vector<std::string>> phases;
    std::vector<std::string> phaseOrder;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const VertexProps& p = g[v];
        if (p.phase.empty())
            continue;
        if (!phases.count(p.phase))
            phaseOrder.push_back(p.phase);
        phases[p.phase].push_back(p.id);
    }
    std::string clusters;
    for (const std::string& phase : phaseOrder) {
        clusters += "subgraph " + boost::escape_dot_string("cluster_" + phase) +
                    " {\nlabel=" + boost::escape_dot_string(phase) +
                    ";\nstyle=\"rounded,dotted\";\ncolor=gray60;\n";
        for (const std::string& id : phases[phase])
            clusters += boost::escape_dot_string(id) + ";\n";
        clusters += "}\n";
    }
    const std::size_t close = dot.rfind('}');
    if (close != std::string::npos)
        dot.insert(close, clusters);
    return QString::fromStdString(dot);
}

} // namespace shirube::core
