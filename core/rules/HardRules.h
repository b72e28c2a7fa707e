// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/RulesetLoader.h"

#include <functional>
#include <vector>

namespace shirube::core {

// Japan's hard rules, checked over every kind × class × novelty × certification-standard answer:
// Class I is notified; Class IV needs approval; a new device is never certified; certification only
// where a standard exists for the generic name. Appends one issue per broken combination.
void checkHardRules(const Ruleset& ruleset, std::vector<RulesetIssue>& issues);

// Designation base rates (required for selective designations) and typical answers: texts, ranges,
// provenance (checked by `provenance`), and typical answers reading only the profile's answers.
void checkAnswerModel(const Ruleset& ruleset, std::vector<RulesetIssue>& issues,
                      const std::function<void(const Provenance&, const QString&)>& provenance);

} // namespace shirube::core
