// SPDX-License-Identifier: Apache-2.0
#pragma once

// Inside ProjectFile (not an API of its own): the checks of an untrusted project-file image before and
// after SQLite sees it — the raw header (size, magic, page size, page count, application id, schema
// version, encoding) and the schema (its exact tables per version, compared with the migrations').
// ProjectRows.h maps the rows of a checked file to a Project and back.

#include "core/storage/ProjectFile.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace shirube::core {

namespace sqlite {
class Database;
}

namespace projectfile {

constexpr int kHeaderSize = 100;
// How far above ours a schema version may be and still be taken for a newer Shirube's.
constexpr int kPlausibleNewerVersions = 100;
extern const QByteArray kSqliteMagic;

struct Refusal
{
    RefusalReason reason = RefusalReason::None;
    QString why;
};

// A big-endian 32-bit value of the header at `offset`.
quint32 be32(const QByteArray& b, int offset);
// Checks on the raw bytes, before SQLite sees them; sets `version` to the header's schema version.
std::optional<Refusal> checkHeader(const QByteArray& bytes, int& version);

struct SchemaRow
{
    QString type;
    QString name;
    QString table;
    QString sql;
    bool operator==(const SchemaRow& other) const = default;
};

std::optional<std::vector<SchemaRow>> readSchema(sqlite::Database& db, QString* error);
// The schema every version must have, built by running the migrations on an empty database.
const std::vector<SchemaRow>* referenceSchema(int version);
std::optional<QString> metaValue(sqlite::Database& db, const QString& key);
// ": extra column "x"; missing column "y"" between the table `table` of `db` and Shirube's definition.
QString columnDifference(sqlite::Database& db, const QString& table, const QString& referenceSql);

} // namespace projectfile
} // namespace shirube::core
