// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Text.h"
#include "core/rules/Ruleset.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace shirube::core {

// Ruleset expressions and fact values as a person reads them: "! applicant.has_qms" becomes
// "“Does your organisation already run a QMS?”: No". Question paths become the questionnaire's
// question, enum values its answer labels, derived facts (regulated, samd, class …) a phrase; `&&`,
// `||` and `!` become words. Never shows a path or an operator: an expression it cannot read becomes
// "in some cases, depending on the answers". The engine's texts that name facts ("✓ … (stage = idea)")
// pass through reason().
class RuleText
{
public:
    // A guard or criterion expression (Expr::text()).
    static QString condition(const QString& expression, const Ruleset* ruleset, Lang lang);
    // One answer: a field path (or derived fact) and its value as the engine writes it ("true", "idea").
    static QString answer(const QString& path, const QString& value, const Ruleset* ruleset, Lang lang);
    // "evidence.exploratory_data_only = true": an assumption as the engine records it.
    static QString assumption(const QString& text, const Ruleset* ruleset, Lang lang);
    // An eligibility or funding reason from the engine, its fact list ("(path = value, …)") and id lists
    // ("Stages funded: idea, basic_research") put in words.
    static QString reason(const QString& text, const Ruleset* ruleset, Lang lang);

    // An alternative scenario by its id ("certification_standard=exists,stage=idea"): "if “…”: Exists
    // and “…”: Idea"; empty for the headline (an empty id).
    static QString scenario(const QString& id, const Ruleset* ruleset, Lang lang);
    // A route's name without the scenario the engine appends to it ("A + B (if Q = V)" → "A + B").
    static QString routeName(const QString& label, const QString& scenarioLabel);

    // A source citation for a tooltip: each key with its title, without its address (the
    // details pane links the addresses).
    static QString sources(const QString& source, const Ruleset* ruleset, Lang lang);

    // The question for a path, or a phrase for a derived fact; empty when it is neither.
    static QString subject(const QString& path, const Ruleset* ruleset, Lang lang);
    // The label of one value of a path ("idea" → "Idea stage").
    static QString value(const QString& path, const QString& value, const Ruleset* ruleset, Lang lang);

    // The engine's identifiers in words, for every text a person reads (the GUI, the reports, the
    // Markdown export): "Class II", "Approval (承認) after PMDA review", "Likely".
    static QString yes(Lang lang);
    static QString no(Lang lang);
    static QString unknown(Lang lang);
    static QString roman(int n);
    // "Not decided yet" for nullopt.
    static QString deviceClass(std::optional<int> cls, Lang lang);
    static QString procedureName(const QString& id, Lang lang);
    static QString reviewCategoryName(const QString& id, Lang lang);
    // A designation's eligibility: yes | likely | possible | no.
    static QString eligibilityName(const QString& id, Lang lang);
    // How well a funding scheme fits: strong | possible.
    static QString fitName(const QString& id, Lang lang);
    // A funding area's name (burden_reduction …), from the scheme that defines it.
    static QString fundingAreaName(const QString& schemeId, const QString& areaId, const Ruleset* ruleset,
                                   Lang lang);
    // An activity's name in the ruleset ("PMDA approval review").
    static QString activityName(const QString& id, const Ruleset* ruleset, Lang lang);
    // A designation's name in the ruleset.
    static QString designationName(const QString& id, const Ruleset* ruleset, Lang lang);
    // A profile field's name when the ruleset asks no question for it.
    static QString fieldName(const QString& path, Lang lang);
    // An identifier the ruleset gives no label for, at least without underscores.
    static QString valueFallback(const QString& value);
};

} // namespace shirube::core
