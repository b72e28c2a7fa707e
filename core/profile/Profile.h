// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace shirube::core {

// One product as shirube.profile/1 describes it. Values are kept as JSON values under their dotted
// field path; a field that is absent or null is "unknown". A Profile obtained from fromJson()/parse()
// has been validated against profileFields(); setValue() does not validate (use validateValue()).
class Profile
{
public:
    Profile() = default;

    QString name() const;
    void setName(const QString& name);

    // The value at a dotted path ("hardware.duration"); nullopt when unknown (absent or null).
    std::optional<QJsonValue> value(const QString& path) const;
    // Convenience accessors; nullopt when unknown or of another type.
    std::optional<QString> text(const QString& path) const;
    std::optional<bool> flag(const QString& path) const;
    std::optional<qint64> integer(const QString& path) const;

    // Sets (or, with an undefined/null value, clears) a field.
    void setValue(const QString& path, const QJsonValue& value);
    void clear(const QString& path) { setValue(path, QJsonValue()); }

    // The profile as a shirube.profile/1 object (schema first, unknowns omitted).
    QJsonObject toJson() const;
    QByteArray toJsonBytes(bool compact = false) const;

    // Validates an object against shirube.profile/1. The error names the field path and the allowed values.
    static Result<Profile> fromJson(const QJsonObject& object);
    // Parses one JSON document; syntax errors name the line and column.
    static Result<Profile> parse(const QByteArray& json);
    // Checks one value for one field path (the GUI uses this before pushing an edit).
    static std::optional<Error> validateValue(const QString& path, const QJsonValue& value);

    bool operator==(const Profile& other) const { return m_values == other.m_values; }

private:
    QJsonObject m_values; // flat: dotted path -> value
};

// Parses JSON Lines: one result per non-blank line, with Error::line set to the 1-based line number.
struct ProfileLine
{
    int line = 0;
    Result<Profile> profile;
};
std::vector<ProfileLine> parseProfileLines(const QByteArray& jsonl);

} // namespace shirube::core
