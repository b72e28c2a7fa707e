// SPDX-License-Identifier: Apache-2.0
#pragma once

// A generic name a product's own name already contains ("冠動脈ステント XY-3" contains 冠動脈ステント):
// the planner's guess when the user has not picked a generic name, shown as an assumption to confirm.

#include "core/jmdn/GenericName.h"

#include <QString>

#include <optional>
#include <vector>

namespace shirube::core {

// The most specific generic name (the longest) whose Japanese name (at least 3 characters) appears in
// `text`, or whose English name appears as whole words (case ignored). nullopt when none does, or when
// equally long matches disagree on the class or on certification, so a guess never picks between them.
std::optional<GenericName> genericNameInText(const std::vector<GenericName>& names, const QString& text);

} // namespace shirube::core
