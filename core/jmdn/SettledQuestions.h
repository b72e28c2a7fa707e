// SPDX-License-Identifier: Apache-2.0
#pragma once

// Which questions a chosen generic name answers. A generic name fixes the class and whether a
// certification standard covers it (the planner's applyGenericName), so the questions that only the
// classification rules read no longer change the plan; questions that designations, funding or routes
// also read still do, and stay asked.

#include "core/rules/Ruleset.h"

#include <QStringList>

namespace shirube::core {

// The question paths of `ruleset` read by its classification rules and by nothing but the
// classification and procedure rules, plus `known_class` and `certification_standard`; in the
// ruleset's question order.
QStringList questionsSettledByGenericName(const Ruleset& ruleset);

} // namespace shirube::core
