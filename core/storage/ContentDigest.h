#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace shirube::core {

namespace sqlite {
class Database;
}

// The checksum a project file keeps of its contents (meta.content_blake2b): BLAKE2b-256, as hex, over every
// table but `meta`, in name order: the table's name, its column names, then its rows by rowid, each
// value with its type. SQLite has no checksums of its own, so this is what catches a flipped bit
// inside a text. It does not depend on the schema version, so a file is checked before it is migrated.
std::optional<QByteArray> contentDigest(sqlite::Database& db, QString* error);

} // namespace shirube::core
