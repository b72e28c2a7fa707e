// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/planning/Plan.h"
#include "core/profile/Profile.h"
#include "core/rules/Ruleset.h"

#include <memory>

namespace shirube::core {

class StateGraph;

// The planning engine: classification, designations, routes through the state graph (Boost.Graph),
// Monte Carlo over three-point durations (seeded from the input, so deterministic), Pareto flags and
// funding. Thread-compatible: one Planner may be used from several threads at once (const).
class Planner
{
public:
    explicit Planner(RulesetPtr ruleset);
    ~Planner();

    Plan plan(const Profile& profile, const PlanOptions& options = {}) const;

    const Ruleset& ruleset() const { return *m_ruleset; }
    RulesetPtr rulesetPtr() const { return m_ruleset; }
    const StateGraph& graph() const { return *m_graph; }

private:
    RulesetPtr m_ruleset;
    std::unique_ptr<StateGraph> m_graph;
};

} // namespace shirube::core
