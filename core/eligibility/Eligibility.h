// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Facts.h"
#include "core/rules/Ruleset.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace shirube::core {

struct DesignationResult
{
    QString id;
    QString name;        // in the requested language
    QString eligible;    // yes | likely | possible | no
    QStringList reasons; // each names the profile facts that decided it ("✓ …", "✗ …", "? …")
    Provenance provenance;
    // For designations MHLW selects: how often it is granted (the ruleset's base rate), and why.
    std::optional<double> chance;
    QString chanceBasis;
    Provenance chanceProvenance;
};

struct FundingMatch
{
    QString id;
    QString nameJa;
    QString name; // in the requested language
    QString ministry;
    bool amed = false;
    int fy = 2025;
    std::optional<qint64> budgetJpy;
    QString budgetNote;
    QString area; // sub-area id (amed_device_dev_promotion), may be empty
    QString fit;  // strong | possible
    QStringList reasons;
    QStringList coversActivities; // of the scheme, filtered by the plan's routes when given
    Provenance provenance;
};

// Whether results carry their reasons (texts naming the facts), or only the outcome (the planner's
// per-scenario runs, which show the designations of the profile as answered).
enum class Reasons
{
    Include,
    Skip
};

// Evaluates every designation; writes designation.<id> facts into `facts`.
std::vector<DesignationResult> evaluateDesignations(const Ruleset& ruleset, Facts& facts,
                                                    Lang lang = Lang::En, Reasons reasons = Reasons::Include);

// Matches the funding schemes: only strong and possible fits are returned, strong first.
// `routeActivities`, when not empty, narrows covers_activities to activities the routes contain.
std::vector<FundingMatch> matchFunding(const Ruleset& ruleset, const Facts& facts,
                                       const QStringList& routeActivities = {}, Lang lang = Lang::En);

} // namespace shirube::core
