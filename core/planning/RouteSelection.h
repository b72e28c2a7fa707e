// SPDX-License-Identifier: Apache-2.0
#pragma once

// Route selection, the planner's third phase: which of a scenario's candidate routes the plan shows,
// their Monte Carlo figures (a route that needs a selective designation folds the chance of refusal
// in), the recommended route, and the order a consultant would read them in.

#include "core/planning/DrawCache.h"
#include "core/planning/RouteSearch.h"

#include <optional>
#include <vector>

namespace shirube::core {

struct SelectionContext
{
    DrawCache* draws = nullptr;
    int samples = 10000;
    int screenSamples = 500;
    int maxRoutes = 5;
    std::optional<double> deadline; // months from the start to goals.target_date
};

// The routes of one scenario, simulated and ordered: the recommended route first (the best that
// assumes no selective designation), then by the chance of meeting the target date when one is set,
// else by P80 months, then P80 cost. The standard route (no alternative taken) is always among them.
// An alternative scenario keeps only its first route.
std::vector<Route> selectRoutes(ScenarioRoutes& group, std::vector<Candidate>& candidates,
                                const SelectionContext& context);

// Ordering of routes by (P80 months, P80 cost, id).
bool routeLess(const Route& a, const Route& b);

} // namespace shirube::core
