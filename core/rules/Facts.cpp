// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Facts.h"

#include "core/profile/Profile.h"
#include "core/profile/ProfileSchema.h"

#include <QJsonArray>

namespace shirube::core {

namespace {

const QStringList& derivedFacts()
{
    static const QStringList names = {
        QStringLiteral("regulated"),      QStringLiteral("class"),
        QStringLiteral("procedure"),      QStringLiteral("review_category"),
        QStringLiteral("imdrf_category"), QStringLiteral("overseas"),
        QStringLiteral("samd"),           QStringLiteral("trial_running"),
    };
    return names;
}

} // namespace

FactValue factFromJson(const FieldSpec& spec, const QJsonValue& v)
{
    switch (spec.type) {
    case FieldType::Bool:
        return v.toBool();
    case FieldType::Integer:
    case FieldType::ClassNum:
        return v.toDouble();
    case FieldType::Countries: {
        QStringList list;
        for (const QJsonValue& c : v.toArray())
            list << c.toString();
        return list;
    }
    case FieldType::Enum:
        // An explicit "unknown" answer is an unknown fact.
        if (v.toString() == QLatin1String("unknown"))
            return std::monostate{};
        return v.toString();
    case FieldType::Text:
    case FieldType::YearMonth:
        return v.toString();
    }
    return std::monostate{};
}

FactTable::FactTable(const QStringList& designationIds)
{
    for (const FieldSpec& f : profileFields())
        m_names << f.path;
    m_names << derivedFacts();
    for (const QString& id : designationIds)
        m_names << QStringLiteral("designation.") + id;
    for (int i = 0; i < m_names.size(); ++i)
        m_slots.insert(m_names[i], i);
}

Facts::Facts(const FactTable& table)
    : m_table(&table)
    , m_values(std::size_t(table.size()))
{}

Facts Facts::fromProfile(const FactTable& table, const Profile& profile)
{
    Facts facts(table);
    for (const FieldSpec& f : profileFields()) {
        const int slot = table.slot(f.path);
        if (slot < 0)
            continue;
        if (const auto v = profile.value(f.path))
            facts.set(slot, factFromJson(f, *v));
        else if (!f.absent.isUndefined())
            facts.set(slot,
                      factFromJson(f, f.absent)); // a blank goal is no goal; a rare hazard does not apply
    }
    if (const auto markets = profile.value(QStringLiteral("markets"))) {
        bool overseas = false;
        for (const QJsonValue& c : markets->toArray())
            overseas = overseas || c.toString() != QLatin1String("JP");
        facts.set(QStringLiteral("overseas"), overseas);
    } else {
        facts.set(QStringLiteral("overseas"), false); // markets defaults to ["JP"]
    }
    // A trial is under way when the profile says how many months it has left.
    facts.set(QStringLiteral("trial_running"),
              profile.value(QStringLiteral("progress.trial_months_left")).has_value());
    if (const auto kind = profile.text(QStringLiteral("kind")))
        facts.set(QStringLiteral("samd"),
                  *kind == QLatin1String("samd") || *kind == QLatin1String("hardware_with_software"));
    return facts;
}

const FactValue& Facts::get(const QString& identifier) const
{
    static const FactValue unknown;
    const int slot = m_table->slot(identifier);
    return slot < 0 ? unknown : get(slot);
}

void Facts::set(const QString& identifier, FactValue value)
{
    const int slot = m_table->slot(identifier);
    if (slot >= 0)
        set(slot, std::move(value));
}

QString Facts::describe(int slot) const
{
    return m_table->name(slot) + QStringLiteral(" = ") + factValueToString(get(slot));
}

QString factValueToString(const FactValue& v)
{
    struct Visitor
    {
        QString operator()(std::monostate) const { return QStringLiteral("unknown"); }
        QString operator()(bool b) const { return b ? QStringLiteral("true") : QStringLiteral("false"); }
        QString operator()(double d) const { return QString::number(d, 'g', 15); }
        QString operator()(const QString& s) const { return s; }
        QString operator()(const QStringList& l) const
        {
            return QLatin1Char('[') + l.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
    };
    return std::visit(Visitor{}, v);
}

} // namespace shirube::core
