// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the ruleset loader (JSON, then the structure, the rule expressions, the numbers and
// the graph checks). Besides "no crash, no memory error" it checks that a rejected ruleset says why
// (InvalidRuleset with at least one issue) and that an accepted one can be planned against: every
// expression of it evaluates on an empty profile without crashing.

#include "core/profile/Profile.h"
#include "core/rules/Facts.h"
#include "core/rules/RulesetLoader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace shirube::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    std::vector<RulesetIssue> issues;
    const RulesetPtr parsed = RulesetLoader::parse(bytes, issues);
    if (!parsed && issues.empty())
        std::abort(); // unreadable JSON must say why
    const Result<RulesetPtr> loaded = RulesetLoader::loadBytes(bytes, QStringLiteral("fuzz.json"));
    if (!loaded.ok()) {
        if (loaded.error().code != ErrorCode::InvalidRuleset || loaded.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const Ruleset& rs = *loaded.value();
    const Facts facts = Facts::fromProfile(*rs.facts, Profile());
    for (const TransitionDef& t : rs.transitions) {
        if (t.when)
            (void)t.when->evaluate(facts);
        for (const StepDef& s : t.steps) {
            if (s.when)
                (void)s.when->evaluate(facts);
        }
    }
    return 0;
}
