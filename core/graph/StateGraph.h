// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Ruleset.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace shirube::core {

// The ruleset's states and transitions as a Boost.Graph adjacency_list (hidden in the .cpp; no Boost
// type appears here). Vertex i is ruleset.states[i]; edge j is ruleset.transitions[j].
class StateGraph
{
public:
    explicit StateGraph(const Ruleset& ruleset);
    ~StateGraph();
    StateGraph(const StateGraph&) = delete;
    StateGraph& operator=(const StateGraph&) = delete;

    int stateIndex(const QString& id) const;          // -1 if absent
    int transitionIndex(const QString& id) const;     // -1 if absent
    std::vector<int> outTransitions(int state) const; // transition indices
    int transitionSource(int transition) const;       // state index; -1 if the transition is not drawn
    int transitionTarget(int transition) const;       // state index; -1 if the transition is not drawn

    // States not reachable from any stage's start state.
    QStringList unreachableStates() const;
    // States from which no target state can be reached.
    QStringList deadEnds() const;
    // Transition ids that close a cycle (empty for a DAG).
    QStringList cycleTransitions() const;

    // The states reachable from `start` through transitions `allowed` accepts, in topological order
    // (Boost.Graph's topological_sort on the filtered graph); empty when the usable graph has a cycle.
    std::vector<int> topologicalOrder(int start, const std::function<bool(int transition)>& allowed) const;

    // Every simple path (as transition indices) from `start` that ends in a state of `ends`, taking
    // only transitions for which `allowed` returns true. Stops after `limit` paths. A path is reported
    // each time it reaches an end state and the search continues past it (a later end may follow);
    // when `start` is itself an end, the empty path is reported first.
    std::vector<std::vector<int>> paths(int start, const QSet<int>& ends,
                                        const std::function<bool(int transition)>& allowed,
                                        int limit = 5000) const;

    // The graph in Graphviz dot. Highlighted transitions are drawn bold; dimmed ones grey. Node ids are
    // the state ids; each node and edge has an `id` attribute ("state-<id>", "transition-<id>") that
    // survives into SVG output. States are grouped in one cluster per phase.
    struct DotStyle
    {
        QSet<QString> highlightedTransitions;
        QSet<QString> dimmedTransitions;
        QSet<QString> dimmedStates;
        Lang lang = Lang::En;
    };
    QString toDot(const DotStyle& style) const;
    QString toDot() const { return toDot(DotStyle{}); }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    const Ruleset& m_ruleset;
};

} // namespace shirube::core
