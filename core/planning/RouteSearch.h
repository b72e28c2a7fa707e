// SPDX-License-Identifier: Apache-2.0
#pragma once

// Route search, the planner's second phase: for one scenario (a consistent set of answers), every
// distinct route through the state graph from the stage's start state to the goals, as light
// candidates (transition indices and PERT means). Routes are spelled out (steps, texts) only for the
// candidates that route selection keeps.

#include "core/common/Messages.h"
#include "core/planning/MonteCarlo.h"
#include "core/planning/Plan.h"
#include "core/profile/Profile.h"
#include "core/rules/Ruleset.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace shirube::core {

class StateGraph;

// What one scenario is planned with.
struct ScenarioInput
{
    const Facts* facts = nullptr; // the answers, typical ones filled in
    const Classification* classification = nullptr;
    const std::vector<DesignationResult>* designations = nullptr;
    QString id;    // empty for the headline scenario
    QString label; // "if … = …" for alternatives
    bool headline = true;
    const std::vector<StepOverride>* overrides = nullptr; // the user's own estimates; may be null
};

// A route found by the enumeration, before it is simulated or spelled out: its transitions, its
// PERT-mean duration (critical path) and cost, and its tag set (which makes its id).
struct Candidate
{
    std::vector<int> path; // transition indices
    std::vector<int> tags; // sorted tag indices
    double pertMonths = 0;
    double pertCost = 0;
    SimulationResult screen; // the first draws only, used to choose the K routes
};

// The values a fact may take, for scenarios and for naming assumptions. Empty when it cannot be
// enumerated (free text, numbers).
std::vector<FactValue> factDomain(const QString& name);

class ScenarioRoutes
{
public:
    // Messages go to `messages` for the headline scenario only (an alternative's dead ends are not news).
    ScenarioRoutes(const Ruleset& ruleset, const StateGraph& graph, Lang lang, const ScenarioInput& in,
                   std::vector<PlanMessage>& messages);

    // Every distinct route (by id), the faster path kept when two share an id.
    std::vector<Candidate> enumerate();
    Route route(const Candidate& c);
    QString routeId(const Candidate& c) const;
    const ScenarioInput& input() const { return m_in; }
    const Ruleset& ruleset() const { return m_rs; }
    Lang lang() const { return m_lang; }
    int start() const { return m_start; }
    // True when a route takes a transition that uses a designation MHLW selects (not elective).
    bool usesSelection(const Candidate& c) const;

    struct Pert
    {
        bool built = false;
        double months = 0; // the PERT mean of the critical path of the steps this scenario keeps
        double cost = 0;
    };
    // The PERT means alone (the route search needs nothing else): no texts, no copies.
    const Pert& pert(int j);

    struct TransitionInfo
    {
        bool built = false;
        std::vector<RouteStep> steps;
        QStringList assumptions;
        double pertMonths = 0;
        double pertCost = 0;
        // Names the transition with the steps this scenario keeps: the key of its Monte Carlo draws,
        // shared by every route and scenario that takes the same steps.
        QString sampleKey;
    };
    const TransitionInfo& info(int j);

private:
    bool bestPerTagSet(const std::vector<int>& required, std::vector<Candidate>& out);
    void enumeratePaths(const QSet<int>& ends, const std::vector<int>& required, std::vector<Candidate>& out);
    void addCandidate(Candidate c, std::map<std::vector<int>, std::size_t>& byTags,
                      std::vector<Candidate>& out);
    void warn(PlanMessage m);
    // The months a step adds from a numeric answer (months_plus), 0 when none or unknown.
    double monthsPlus(const StepDef& sd) const;
    // The user's estimate for this step of transition `t` (ScenarioInput::overrides), or null: one for
    // exactly this transition wins over one for the activity wherever it occurs.
    const StepOverride* overrideFor(const QString& t, const StepDef& sd) const;
    // The step's months (months_plus added) and cost, the user's estimate replacing the ruleset's.
    ThreePoint stepMonths(const StepDef& sd, const StepOverride* o) const;
    static ThreePoint stepCost(const StepDef& sd, const StepOverride* o);

    const Ruleset& m_rs;
    const StateGraph& m_graph;
    Lang m_lang;
    ScenarioInput m_in;
    std::vector<PlanMessage>& m_messages;

    int m_start = -1;
    QStringList m_common; // assumptions every route of this scenario makes
    std::vector<char> m_allowed;
    std::vector<TransitionInfo> m_info;
    std::vector<Pert> m_pert;
    QStringList m_tags;       // interned tag names
    std::vector<int> m_tagOf; // per transition: tag index or -1
};

} // namespace shirube::core
