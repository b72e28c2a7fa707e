// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Messages.h"
#include "core/rules/Facts.h"
#include "core/rules/Ruleset.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace shirube::core {

struct RationaleItem
{
    QString rule;   // rule id
    QString text;   // in the requested language
    QString source; // as in the ruleset
    Confidence confidence = Confidence::Estimate;
};

struct Classification
{
    std::optional<bool> regulated;  // nullopt: cannot tell yet
    std::optional<int> deviceClass; // 1..4
    std::optional<int> ruleClass;   // what the rules give (differs from deviceClass under known_class)
    QString procedure;              // notification | certification | approval | empty
    QString reviewCategory;         // new | improved_clinical | improved_nonclinical | generic | empty
    std::vector<RationaleItem> rationale;
    std::vector<PlanMessage> messages; // coded
    QStringList warnings;              // the same, rendered in the requested language
    // Profile field paths whose answers are unknown and would change the outcome ("what decides this").
    QStringList decidingQuestions;
};

// Applies the ruleset's classification, procedure and review-category rules to the facts. Writes the
// derived facts (regulated, class, procedure, review_category, imdrf_category) into `facts`.
Classification classify(const Ruleset& ruleset, Facts& facts, Lang lang = Lang::En);

} // namespace shirube::core
