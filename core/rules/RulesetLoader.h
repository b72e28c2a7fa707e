// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Result.h"
#include "core/rules/Ruleset.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace shirube::core {

// One problem found in a ruleset. `locator` names the entry ("transitions[review_new_standard].steps[0]",
// "states[approved]"), `line` its line in the file when known.
struct RulesetIssue
{
    QString locator;
    QString message;
    int line = 0;
    QString toString() const;
};

// Loads and validates rulesets. load() fails on the first syntax error or on any validation issue,
// returning an Error whose message lists every issue (one per line).
class RulesetLoader
{
public:
    // The ruleset shipped in the binary (resources/ruleset/jp-pmd.json, embedded as :/ruleset/jp-pmd.json).
    static Result<RulesetPtr> loadBuiltin();
    static Result<RulesetPtr> loadFile(const QString& fileName);
    static Result<RulesetPtr> loadBytes(const QByteArray& json, const QString& fileName = {});

    // Parses without rejecting on validation issues; `issues` receives every problem (structure and
    // graph). Returns nullptr when the file is not even readable JSON (then issues has that error).
    static RulesetPtr parse(const QByteArray& json, std::vector<RulesetIssue>& issues);

    static QString builtinPath();
};

// Graph and content checks on a parsed ruleset: unreachable states, dead ends (non-target states with
// no way out), cycles, unknown state/activity/designation ids, missing sources or confidence,
// negative or inverted (min > likely > max) durations and costs, missing ja/en texts, duplicate ids,
// the stable ids of resources/ruleset/VOCABULARY.md all present. Appends every problem to `issues`.
void validateRuleset(const Ruleset& ruleset, std::vector<RulesetIssue>& issues);

} // namespace shirube::core
