// SPDX-License-Identifier: Apache-2.0
#pragma once

// A project product's overrides as the planner takes them (PlanOptions::overrides).

#include "core/planning/Plan.h"
#include "core/storage/Project.h"

#include <vector>

namespace shirube::core {

inline std::vector<StepOverride> stepOverrides(const std::vector<Override>& overrides)
{
    std::vector<StepOverride> out;
    out.reserve(overrides.size());
    for (const Override& o : overrides) {
        out.push_back({o.activity, o.transition, o.months,
                       o.costJpy ? std::optional<double>(double(*o.costJpy)) : std::nullopt, o.note});
    }
    return out;
}

} // namespace shirube::core
