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

#include <vector>

namespace shirube::core {

// Fills, in `profile`, every unknown answer the ruleset has a typical answer for (typical_answers in
// file order; for each path the first whose `when` holds on the answers so far). Returns what it filled.
std::vector<AssumedAnswer> fillTypicalAnswers(const Ruleset& ruleset, Profile& profile, Lang lang);

struct ScenarioChoice
{
    QString id;      // empty for the headline
    QString label;   // "if … = …"
    Profile profile; // answers fixed by the scenario, the rest typical
    std::vector<AssumedAnswer> filled;
    bool headline = false;
};

// The headline scenario first, then one per other combination of the answers to (at most two of)
// `deciding`, the questions left blank that decide the outcome, at most 8 scenarios in all.
std::vector<ScenarioChoice> chooseScenarios(const Ruleset& ruleset, const Profile& profile,
                                            const QStringList& deciding, Lang lang);

// The rare-hazard checklist left blank on a hardware product: the plan says "none applies".
bool hazardChecklistLeftBlank(const Profile& profile);

} // namespace shirube::core
