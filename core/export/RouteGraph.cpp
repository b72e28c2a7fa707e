// SPDX-License-Identifier: Apache-2.0
#include "core/export/RouteGraph.h"

#include "core/export/Roadmap.h"
#include "core/planning/Plan.h"
#include "core/rules/Ruleset.h"

#include <QSet>

namespace shirube::core {

const RouteGraph::Node* RouteGraph::node(const QString& id) const
{
    for (const Node& n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

RouteGraph makeRouteGraph(const Plan& plan, int routeIndex, const Ruleset& ruleset, Lang lang)
{
    RouteGraph graph;
    QSet<QString> routeStates;
    QSet<QString> routeTransitions;
    QString start;
    if (routeIndex >= 0 && routeIndex < int(plan.routes.size())) {
        const Route& chosen = plan.routes[std::size_t(routeIndex)];
        for (const QString& s : chosen.states)
            routeStates.insert(s);
        for (const QString& t : chosen.transitions)
            routeTransitions.insert(t);
        if (!chosen.states.isEmpty())
            start = chosen.states.first();
    }
    QSet<QString> seenStates;
    QSet<QString> seenTransitions;
    const auto addState = [&](const QString& id) {
        if (seenStates.contains(id))
            return;
        seenStates.insert(id);
        const StateDef* def = ruleset.state(id);
        const QString label = def && !def->label.isEmpty() ? def->label.in(lang) : id;
        graph.nodes.push_back({id, label, routeStates.contains(id), id == start});
    };
    for (const Route& route : plan.routes) {
        for (const QString& s : route.states)
            addState(s);
        for (const QString& t : route.transitions) {
            if (seenTransitions.contains(t))
                continue;
            const TransitionDef* def = ruleset.transition(t);
            if (!def)
                continue;
            seenTransitions.insert(t);
            addState(def->from);
            addState(def->to);
            graph.edges.push_back({t, def->from, def->to, def->label.in(lang), routeTransitions.contains(t)});
        }
    }
    return graph;
}

void addRouteGraph(Roadmap& roadmap, const Ruleset& ruleset)
{
    roadmap.graph = makeRouteGraph(roadmap.plan, roadmap.routeIndex, ruleset, roadmap.plan.lang);
}

} // namespace shirube::core
