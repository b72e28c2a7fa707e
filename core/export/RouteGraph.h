// SPDX-License-Identifier: Apache-2.0
#pragma once

// The state graph a roadmap's report draws: the states and transitions of the plan's routes (every
// route compared), with their labels in the plan's language, the chosen route's marked. Built from the
// ruleset the plan came from; the report lays it out and draws it (ui/report/StateGraphPainter).

#include "core/common/Text.h"

#include <QString>

#include <vector>

namespace shirube::core {

struct Plan;
struct Ruleset;

struct RouteGraph
{
    struct Node
    {
        QString id;
        QString label; // in the plan's language
        bool onRoute = false;
        bool start = false; // the route's first state
    };
    struct Edge
    {
        QString id; // the transition id
        QString from;
        QString to;
        QString label; // in the plan's language
        bool onRoute = false;
    };
    std::vector<Node> nodes; // in the order the routes visit them
    std::vector<Edge> edges;

    bool isEmpty() const { return nodes.empty(); }
    const Node* node(const QString& id) const;
};

// The graph of `plan`'s routes; the route at `routeIndex` (in plan.routes; -1: none) is marked.
// States or transitions the ruleset does not know keep their id as their label.
RouteGraph makeRouteGraph(const Plan& plan, int routeIndex, const Ruleset& ruleset, Lang lang);

} // namespace shirube::core
