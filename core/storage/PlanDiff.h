// SPDX-License-Identifier: Apache-2.0
#pragma once

// What changed between two plans (shirube.plan/1 objects, as planToJson() writes them): for "this
// product was planned with an older ruleset — re-plan?", and for comparing two products.

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace shirube::core {

struct PlanChange
{
    enum class Kind
    {
        Ruleset,        // ruleset id or version ("jp-pmd 2024.2" -> "jp-pmd 2025.1")
        Regulated,      // true / false / null
        DeviceClass,    // 1..4 / null
        Procedure,      // notification | certification | approval | null
        ReviewCategory, // new | improved_clinical | … | null
        RouteAdded,     // subject = route id, after = its p80 months
        RouteRemoved,   // subject = route id, before = its p80 months
        RouteMonths,    // subject = route id, before/after = p80 months
        RouteCost,      // subject = route id, before/after = p80 cost (JPY)
        Designation,    // subject = designation id, before/after = eligible (yes | likely | possible | no |
                        // null)
        FundingAdded,   // subject = scheme id, after = fit
        FundingRemoved, // subject = scheme id, before = fit
    };

    Kind kind = Kind::Ruleset;
    QString subject; // route / designation / funding id; empty for whole-plan facts
    QString label;   // the subject's label or name as the plans give it (route label, scheme name)
    QJsonValue before;
    QJsonValue after;

    // One English line for the CLI and logs, e.g. "class: 2 -> 3",
    // "route standard (Standard approval): p80 months 38.0 -> 41.5 (+3.5)".
    QString toString() const;
};

struct PlanDiffOptions
{
    double monthsTolerance = 0.05; // |Δ p80 months| at or below this is no change
    double costTolerance = 0.5;    // JPY
};

struct PlanDiff
{
    std::vector<PlanChange> changes; // in the order of the Kind enum, then by subject as in the plans

    bool isEmpty() const { return changes.empty(); }
    // True when something other than the ruleset version changed.
    bool changesOutcome() const;
    int count(PlanChange::Kind kind) const;
    QStringList toStrings() const;
};

// Compares two shirube.plan/1 objects (missing fields count as null). Routes and funding are matched
// by id, designations by id.
PlanDiff diffPlans(const QJsonObject& before, const QJsonObject& after, const PlanDiffOptions& options = {});

} // namespace shirube::core
