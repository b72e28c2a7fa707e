// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Text.h"
#include "core/rules/Ruleset.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace shirube::ui {

// Ruleset expressions and fact values as a person reads them: "! applicant.has_qms" becomes
// "“Does your organisation already run a QMS?”: No". Question paths become the questionnaire's
// question, enum values its answer labels, derived facts (regulated, samd, class …) a phrase; `&&`,
// `||` and `!` become words. Never shows a path or an operator: an expression it cannot read becomes
// "in some cases, depending on the answers". The engine's texts that name facts ("✓ … (stage = idea)")
// pass through reason().
class RuleText
{
    Q_DECLARE_TR_FUNCTIONS(RuleText)

public:
    // A guard or criterion expression (Expr::text()).
    static QString condition(const QString& expression, const core::Ruleset* ruleset, core::Lang lang);
    // One answer: a field path (or derived fact) and its value as the engine writes it ("true", "idea").
    static QString answer(const QString& path, const QString& value, const core::Ruleset* ruleset,
                          core::Lang lang);
    // "evidence.exploratory_data_only = true": an assumption as the engine records it.
    static QString assumption(const QString& text, const core::Ruleset* ruleset, core::Lang lang);
    // An eligibility or funding reason from the engine, its fact list ("(path = value, …)") and id lists
    // ("Stages funded: idea, basic_research") put in words.
    static QString reason(const QString& text, const core::Ruleset* ruleset, core::Lang lang);

    // An alternative scenario by its id ("certification_standard=exists,stage=idea"): "if “…”: Exists
    // and “…”: Idea"; empty for the headline (an empty id).
    static QString scenario(const QString& id, const core::Ruleset* ruleset, core::Lang lang);
    // A route's name without the scenario the engine appends to it ("A + B (if Q = V)" → "A + B").
    static QString routeName(const QString& label, const QString& scenarioLabel);

    // A source citation for a tooltip: each key with its title, without its address (the
    // details pane links the addresses).
    static QString sources(const QString& source, const core::Ruleset* ruleset, core::Lang lang);
    // A plain-text tooltip as rich text, so that Qt wraps it at a readable width instead of drawing
    // each line as wide as it is.
    static QString tooltip(const QString& text);

    // The question for a path, or a phrase for a derived fact; empty when it is neither.
    static QString subject(const QString& path, const core::Ruleset* ruleset, core::Lang lang);
    // The label of one value of a path ("idea" → "Idea stage").
    static QString value(const QString& path, const QString& value, const core::Ruleset* ruleset,
                         core::Lang lang);
};

} // namespace shirube::ui
