// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace shirube::core {

// The fields of shirube.profile/1 (core/profile/FORMAT.md), as a table: the parser, the CLI's error
// messages, the fact table of the rule expressions and the GUI questionnaire all read it.
enum class FieldType
{
    Text,      // free text
    Enum,      // one of `allowed`
    Bool,      // true | false
    Integer,   // whole number >= 0
    ClassNum,  // 1..4
    Countries, // list of ISO 3166-1 alpha-2 codes
    YearMonth, // "YYYY-MM"
};

struct FieldSpec
{
    QString path; // dotted path: "hardware.duration"
    FieldType type = FieldType::Text;
    QStringList allowed; // for Enum
    bool required = false;
    // What an absent answer means. Undefined: "unknown" (the plan uses the ruleset's typical answer and
    // says so). Otherwise the value itself: goals are opt-in (absent = false), markets default to
    // ["JP"], rare hazard flags and stated progress "do not apply" (absent = false).
    QJsonValue absent;
    // True for the rare hazard flags asked as one "do any of these apply?" checklist.
    bool hazardChecklist = false;
};

// Every field of the profile format, in the order of core/profile/FORMAT.md ("schema" excluded).
const std::vector<FieldSpec>& profileFields();
// The spec of one field, or nullptr.
const FieldSpec* findField(const QString& path);
// "hardware", "software", "populations", "evidence", "applicant", "progress", "goals": the nested objects.
const QStringList& profileGroups();

inline constexpr const char* kProfileSchemaId = "shirube.profile/1";

} // namespace shirube::core
