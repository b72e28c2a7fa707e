// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Result.h"
#include "core/rules/Facts.h"

#include <QString>

#include <memory>
#include <vector>

namespace shirube::core {

// Three-valued logic (Kleene): an expression over an unknown fact may be Unknown.
enum class Tri : std::uint8_t
{
    False,
    True,
    Unknown,
};

// A guard or criterion written in the ruleset, e.g.
//   procedure == 'approval' && review_category in ['new', 'improved_clinical']
//   !applicant.has_marketing_license || class >= 3
//   'VN' in markets
// Grammar: || && ! ( ), comparisons == != < <= > >=, `x in [..]`, `'s' in listFact`, literals
// 'text' "text" 12 3.5 true false, identifiers from a FactTable. A bare identifier is true when the
// fact is true (bool), non-empty (text, list) or non-zero (number).
// Comparisons with an unknown fact give Unknown; && and || follow Kleene logic (False && Unknown = False).
class Expr
{
public:
    Expr(); // the constant `true`

    // Parses against a fact table; an unknown identifier or a syntax error is an Error whose message
    // names it and whose path is left empty (the caller sets the locator).
    static Result<Expr> parse(const QString& text, const FactTable& table);

    Tri evaluate(const Facts& facts) const;
    // As evaluate(), and appends the slots of the facts the result depended on (deduplicated).
    Tri evaluate(const Facts& facts, std::vector<int>& usedSlots) const;

    const QString& text() const { return m_text; }
    // The identifiers the expression reads, in order of first appearance.
    QStringList identifiers() const;
    bool isConstantTrue() const;

    struct Node;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
    const FactTable* m_table = nullptr;
};

} // namespace shirube::core
