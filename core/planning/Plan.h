// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/classification/Classifier.h"
#include "core/common/Text.h"
#include "core/eligibility/Eligibility.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace shirube::core {

struct RouteStep
{
    QString activity;
    QString activityName; // in the plan's language
    QString transition;   // transition id
    QString stateAfter;
    QString stateAfterLabel; // its name in the plan's language (not in the JSON)
    ThreePoint months;
    ThreePoint costJpy;
    bool parallel = false;
    Provenance provenance;
    QString note; // the step's note in the plan's language (e.g. the basis of an estimate), may be empty
    // Set when the user's own estimate replaced the ruleset's months or cost (a StepOverride): its
    // reason as the user wrote it (may be empty). provenance is then {"Your own estimate: <reason>" in the
    // plan's language, estimate}.
    std::optional<QString> overrideNote;
};

// The user's own estimate for a step (a project's override): replaces the ruleset's months and/or
// cost of the step `activity` on `transition`, or of the activity wherever it occurs when
// `transition` is empty. A transition-specific override wins over an activity-wide one.
struct StepOverride
{
    QString activity;
    QString transition;
    std::optional<ThreePoint> months; // nullopt: the ruleset's months stand
    std::optional<double> costJpy;    // nullopt: the ruleset's cost stands
    QString note;                     // why (a quote, a consultation outcome…)

    bool operator==(const StepOverride& other) const
    {
        const auto same = [](const std::optional<ThreePoint>& a, const std::optional<ThreePoint>& b) {
            return a.has_value() == b.has_value() &&
                   (!a || (a->min == b->min && a->likely == b->likely && a->max == b->max));
        };
        return activity == other.activity && transition == other.transition && same(months, other.months) &&
               costJpy == other.costJpy && note == other.note;
    }
};

struct Distribution
{
    double p50 = 0;
    double p80 = 0;
};

// The months from the plan's start until a route reaches a milestone state (filed, approved …).
struct RouteMilestone
{
    QString state;
    QString label; // in the plan's language
    Distribution months;
};

struct Route
{
    QString id;              // stable within a ruleset version: "standard", or the sorted tags joined by '+'
    QString label;           // in the plan's language
    QStringList states;      // visited, start first
    QStringList stateLabels; // the same states' names in the plan's language (not in the JSON)
    QStringList transitions; // taken, in order
    std::vector<RouteStep> steps;
    Distribution months;
    Distribution costJpy;
    bool paretoOptimal = false;
    std::optional<double> meetsTargetDate; // probability, when goals.target_date is set
    QStringList designations;              // used by the route
    QStringList assumptions; // unknown answers the route assumes ("evidence.exploratory_data_only = true")
    QString scenario;        // empty on the headline scenario; else the alternative's id
    std::optional<bool> withinBudget; // p80 cost <= budget_jpy, when the profile sets a budget
    bool headline = false;            // the plan's recommended route (never assumes a selective designation)
    // The chance that the selective designations the route needs are granted; its months and cost
    // fold the refusal in (the standard route plus the time the attempt cost). Unset: none needed.
    std::optional<double> chance;
    std::vector<RouteMilestone> milestones; // filed, approved, on the market, reimbursed: those on the route
};

// An answer the profile left blank that the plan's headline takes as the ruleset's typical answer.
struct AssumedAnswer
{
    QString path;       // profile field path ("certification_standard"); the question that settles it
    QJsonValue value;   // the typical answer
    QString question;   // the question, in the plan's language
    QString valueLabel; // the answer, in the plan's language
    QString basis;      // why it is the most likely answer, in the plan's language
    Provenance provenance;
};

// The Monte Carlo sample count for batch runs (`plan --batch`). Measured on the 13 bundled examples
// against the 10,000-sample figures (per-transition draws, as-of 2025-04 to 2025-09, 522 p50/p80 pairs
// of the routes both runs keep): 1,000 draws put 95 % of the figures within 1.1 % (months) and 1.6 %
// (cost) — at most 1.8 % (months) and 2.5 % (cost), no bias (mean difference about 0.1 %); 500 draws
// reached 2.3 % and 3.4 % on the first three months alone, 250 draws 3.6 % and 5.2 %, so 1,000 stays.
inline constexpr int kBatchSamples = 1000;

struct PlanOptions
{
    int maxRoutes = 5;
    int samples = 10000; // Monte Carlo samples per route
    int asOfYear = 0;    // 0: current month
    int asOfMonth = 0;
    Lang lang = Lang::En;
    std::vector<StepOverride> overrides; // the user's own estimates (a project product's overrides)

    bool operator==(const PlanOptions&) const = default;
};

// One unknown answer the plan split on, and what each answer gives.
struct Scenario
{
    QString id;    // "certification_standard=exists"; empty for the headline
    QString label; // "if certification_standard = exists"
    Classification classification;
    bool headline = false; // the most likely consistent set of answers
};

struct Plan
{
    QString rulesetId;
    QString rulesetVersion;
    QString profileName;
    QString asOf; // "YYYY-MM"
    int samples = 0;
    // Of the headline: the profile as answered with the typical answers for what it left blank. Its
    // deciding questions are those still unanswered that would change class, procedure or category.
    Classification classification;
    std::vector<AssumedAnswer> assumed; // the typical answers the headline relies on
    QStringList decidingLabels;         // the deciding questions as the questionnaire asks them
    std::vector<Scenario> scenarios;    // the headline first, then alternatives; empty when nothing decides
    std::vector<DesignationResult> designations;
    // The headline scenario's routes first (the recommended route, then by the chance of the target
    // date or by P80), then each alternative scenario's best route; at most maxRoutes per scenario.
    std::vector<Route> routes;
    std::vector<FundingMatch> funding;
    std::vector<PlanMessage> messages; // coded
    QStringList warnings;              // the same, rendered in the plan's language
    // The ruleset's source entries cited anywhere in the plan (keys of steps, rationale, designations,
    // funding), in order of first use, so that every number can be traced without the ruleset at hand.
    std::vector<SourceRef> sources;
    int maxRoutes = 0;    // the K the routes were cut to (per scenario)
    Lang lang = Lang::En; // the language of the plan's texts (labels, rationale, reasons)
};

// shirube.plan/1 (app/cli/README.md), plus additive fields: as_of, samples, max_routes, rule_class,
// confidence per rationale item / step / designation / funding entry, deciding_questions, scenarios,
// per route: scenario, states, transitions, designations, assumptions, within_budget; per step:
// activity_name, transition, parallel, cost_jpy_range, confidence, note; top-level assumptions and
// sources (key -> title, url). Months are rounded to 0.1, yen to integers, probabilities to 0.001.
// A step's `cost_jpy` is its most likely cost; `cost_jpy_range` gives min / likely / max.
QJsonObject planToJson(const Plan& plan);
// The same document as QJsonDocument(planToJson(plan)).toJson(compact ? Compact : Indented), byte for
// byte, written directly (a fraction of the time: for `plan --batch` and other bulk writers).
QByteArray planToJsonBytes(const Plan& plan, bool compact);
// The same bytes appended to `out` (bulk writers keep one buffer for many plans).
void appendPlanJsonBytes(std::string& out, const Plan& plan, bool compact);
struct Ruleset;
// The plan as a Markdown document for people: every identifier in words (with `ruleset`, questions and
// activities by their names; without it, by the profile's field names).
QString planToMarkdown(const Plan& plan, const Ruleset* ruleset = nullptr);
// One row per route step: profile, route, p50/p80 months and cost, step activity, months, cost, source.
QString planToCsv(const Plan& plan, bool withHeader = true);
QString planCsvHeader();

} // namespace shirube::core
