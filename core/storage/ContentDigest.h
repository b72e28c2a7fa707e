// SPDX-License-Identifier: Apache-2.0
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
//
// It is unkeyed: it detects damage (a bad disk, a cut transfer, an edit with a generic SQLite tool that
// did not update it), not a crafted file. Anyone can recompute it after changing a file on purpose, so
// it is no signature and proves nothing about who wrote the file; the checks of an untrusted file
// (ProjectFile.h) do not rely on it.
std::optional<QByteArray> contentDigest(sqlite::Database& db, QString* error);

} // namespace shirube::core
