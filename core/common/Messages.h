// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Text.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace shirube::core {

// A warning the engine raises, as a code and its arguments: the algorithm never builds ja/en sentences.
// renderMessage() is the one place that turns a code into a sentence in the plan's language.
struct PlanMessage
{
    QString code; // "not_a_device", "no_route_reaches", …
    QStringList args;
    bool operator==(const PlanMessage&) const = default;
};

namespace msg {
inline constexpr QLatin1String NotADevice{"not_a_device"};                    // —
inline constexpr QLatin1String NoGoal{"no_goal"};                             // —
inline constexpr QLatin1String NoRouteReaches{"no_route_reaches"};            // goal label
inline constexpr QLatin1String AlreadyAtGoal{"already_at_goal"};              // goal labels
inline constexpr QLatin1String NoSingleRoute{"no_single_route"};              // goal labels
inline constexpr QLatin1String NoStartState{"no_start_state"};                // stage
inline constexpr QLatin1String SearchStopped{"route_search_stopped"};         // path limit
inline constexpr QLatin1String TargetNotAfterStart{"target_not_after_start"}; // target, as-of
inline constexpr QLatin1String NoRouteInBudget{"no_route_in_budget"};         // budget yen
inline constexpr QLatin1String OverBudget{"over_budget"};                     // budget yen, route labels
inline constexpr QLatin1String KnownClassNotDevice{"known_class_not_device"}; // class, rule id
inline constexpr QLatin1String KnownClassDiffers{"known_class_differs"};      // known class, rule class
inline constexpr QLatin1String NoClassRule{"no_class_rule"};                  // kind
inline constexpr QLatin1String AnswerFirst{"answer_first"};                   // question labels
inline constexpr QLatin1String StandardRoute{"standard_route"};               // — (a route label)
inline constexpr QLatin1String StandardRouteNamed{"standard_route_named"};    // its longest transition
inline constexpr QLatin1String HazardsNone{"hazards_none"};       // — (an assumed answer's basis)
inline constexpr QLatin1String IfGranted{"if_granted"};           // designation names, chance %
inline constexpr QLatin1String OverrideUsed{"override_used"};     // activity name (your estimate applied)
inline constexpr QLatin1String OverrideUnused{"override_unused"}; // activity name (no route has the step)
} // namespace msg

QString renderMessage(const PlanMessage& m, Lang lang);
QStringList renderMessages(const std::vector<PlanMessage>& messages, Lang lang);
// Adds `m` unless an equal message is there already.
void addMessage(std::vector<PlanMessage>& list, PlanMessage m);

} // namespace shirube::core
