// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace shirube::core {

namespace sqlite {
class Database;
}

// The project-file schema as numbered SQL files (core/storage/migrations/NNNN_name.sql, embedded as
// :/storage/migrations/…). Version N is what migrations 1..N build; PRAGMA user_version holds it.
// A new file is always built by running every migration from 0, so a fresh file and an upgraded
// old one have the same schema, text for text (ProjectFile compares them).
class ProjectMigrator
{
public:
    // The highest version this build knows (the number of the last migration file).
    static int latestVersion();
    // "0001_initial.sql", … in order. Empty (and latestVersion() 0) if the resources are missing.
    static QStringList migrationNames();

    // Applies migrations from+1 .. to in ONE transaction and sets user_version = to; on any failure
    // nothing is changed. Requires 0 <= from <= to <= latestVersion().
    static std::optional<Error> migrate(sqlite::Database& db, int from, int to);
};

} // namespace shirube::core
