// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace shirube::core {

class Profile;
struct FieldSpec;

// A fact's value. std::monostate = unknown. Integers are held as double.
using FactValue = std::variant<std::monostate, bool, double, QString, QStringList>;

// The identifiers rule expressions may use, each with a dense slot number. It holds every profile
// field path (profileFields()) plus the facts the engine derives:
//   regulated (bool), class (number 1..4), procedure, review_category, imdrf_category (number 1..4),
//   overseas (bool: markets names a country other than JP), samd (bool: kind is samd or
//   hardware_with_software), trial_running (bool: the profile gives progress.trial_months_left),
//   designation.<id> ("yes" | "likely" | "possible" | "no") for every designation id given to the
//   constructor.
class FactTable
{
public:
    explicit FactTable(const QStringList& designationIds = {});

    int slot(const QString& identifier) const { return m_slots.value(identifier, -1); }
    bool contains(const QString& identifier) const { return m_slots.contains(identifier); }
    int size() const { return int(m_names.size()); }
    const QString& name(int slot) const { return m_names[std::size_t(slot)]; }
    const QStringList& names() const { return m_names; }

private:
    QStringList m_names;
    QHash<QString, int> m_slots;
};

// Values for one FactTable.
class Facts
{
public:
    explicit Facts(const FactTable& table);

    // Fills the profile fields (unknown fields stay unknown) and the profile-derived facts
    // (overseas, samd). Classification and designation facts are set by the planner.
    static Facts fromProfile(const FactTable& table, const Profile& profile);

    const FactTable& table() const { return *m_table; }
    const FactValue& get(int slot) const { return m_values[std::size_t(slot)]; }
    const FactValue& get(const QString& identifier) const;
    void set(int slot, FactValue value) { m_values[std::size_t(slot)] = std::move(value); }
    void set(const QString& identifier, FactValue value);
    bool isKnown(int slot) const { return !std::holds_alternative<std::monostate>(get(slot)); }

    // "hardware.duration = short_term", "class = 3", "software.situation = unknown": for reasons.
    QString describe(int slot) const;

private:
    const FactTable* m_table;
    std::vector<FactValue> m_values;
};

QString factValueToString(const FactValue& v); // "unknown" for monostate
// A profile field's JSON value as a fact (an explicit "unknown" answer is unknown).
FactValue factFromJson(const FieldSpec& spec, const QJsonValue& v);

} // namespace shirube::core
