// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Ruleset.h"

namespace shirube::core {

namespace {

// The rulesets are small (tens of entries a section), so a linear scan is as fast as a hash; hot
// loops (the planner) index the vectors directly anyway.
template <typename Vec, typename Key>
auto findBy(const Vec& vec, Key key, const QString& id) -> decltype(&vec.front())
{
    for (const auto& item : vec) {
        if (item.*key == id)
            return &item;
    }
    return nullptr;
}

} // namespace

const ActivityDef* Ruleset::activity(const QString& id) const
{
    return findBy(activities, &ActivityDef::id, id);
}

const StateDef* Ruleset::state(const QString& id) const
{
    return findBy(states, &StateDef::id, id);
}

const TransitionDef* Ruleset::transition(const QString& id) const
{
    return findBy(transitions, &TransitionDef::id, id);
}

const DesignationDef* Ruleset::designation(const QString& id) const
{
    return findBy(designations, &DesignationDef::id, id);
}

const FundingScheme* Ruleset::scheme(const QString& id) const
{
    return findBy(funding, &FundingScheme::id, id);
}

const QuestionDef* Ruleset::question(const QString& path) const
{
    return findBy(questions, &QuestionDef::path, path);
}

const SourceRef* Ruleset::source(const QString& key) const
{
    return findBy(sources, &SourceRef::key, key);
}

QString Ruleset::expandSource(const QString& text) const
{
    const QStringList parts = text.split(QStringLiteral(";"), Qt::SkipEmptyParts);
    QStringList out;
    out.reserve(parts.size());
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const SourceRef* ref = source(part);
        if (!ref) {
            out << part;
            continue;
        }
        QString expanded = ref->key;
        if (!ref->title.isEmpty())
            expanded += QStringLiteral(", ") + ref->title;
        if (!ref->url.isEmpty())
            expanded += QStringLiteral(" — ") + ref->url;
        out << expanded;
    }
    return out.join(QStringLiteral("; "));
}

} // namespace shirube::core
