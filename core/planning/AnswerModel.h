// SPDX-License-Identifier: Apache-2.0
#pragma once

// Scenario choice, the planner's first phase: how a consultant answers a half-described product.
// The headline fills every blank answer with the ruleset's typical answer for the situation (stated,
// with its basis and source); each alternative fixes the questions that decide the class or procedure
// to another value and fills the rest the same way, so that every scenario is one consistent set of
// answers and no route assumes two answers to one question.

#include "core/planning/Plan.h"
#include "core/profile/Profile.h"
#include "core/rules/Ruleset.h"

#include <QString>

#include <optional>
#include <vector>

namespace shirube::core {

// Fills, in `facts`, every unknown answer the ruleset has a typical answer for (typical_answers in
// file order; for each path the first whose `when` holds on the answers so far). Returns what it
// filled, in order.
std::vector<const TypicalAnswer*> fillTypicalAnswers(const Ruleset& ruleset, Facts& facts);

// A filled typical answer as the plan states it, in the plan's language.
AssumedAnswer describeAssumed(const Ruleset& ruleset, const TypicalAnswer& answer, Lang lang);

struct ScenarioChoice
{
    QString id;    // empty for the headline
    QString label; // "if … = …"
    Facts facts;   // the profile's answers, those the scenario fixes, the rest typical
    std::vector<const TypicalAnswer*> filled;
    bool headline = false;
};

// The headline scenario first, then one per other combination of the answers to (at most two of)
// `deciding`, the questions left blank that decide the outcome, at most 8 scenarios in all. `answered`
// are the facts of the profile as answered.
std::vector<ScenarioChoice> chooseScenarios(const Ruleset& ruleset, const Facts& answered,
                                            const QStringList& deciding, Lang lang);

// The rare-hazard checklist left blank on a hardware product: the plan says "none applies".
bool hazardChecklistLeftBlank(const Profile& profile);

} // namespace shirube::core
