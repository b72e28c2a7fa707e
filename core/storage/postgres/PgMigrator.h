// SPDX-License-Identifier: Apache-2.0
#pragma once

// The team-project schema on PostgreSQL as numbered SQL files (core/storage/postgres/migrations,
// embedded as :/storage/postgres/migrations/…), the PostgreSQL dialect of the .shirube file's schema.
// The version is kept in shirube_meta ('schema_version'). Migrations run in ONE transaction under an
// advisory lock (two clients opening a new database at once migrate it once); a newer version is refused
// and left untouched.

#include "core/common/Result.h"

#include <optional>

namespace shirube::core::pg {

class Connection;

class Migrator
{
public:
    static int latestVersion();
    // The version of the connected database: 0 when it holds no team project yet. A database holding
    // other tables named like Shirube's is refused.
    static Result<int> versionOf(Connection& connection);
    // Brings the database to latestVersion(); refuses (ProjectRefused) a newer one, untouched.
    static std::optional<Error> upgrade(Connection& connection);
};

} // namespace shirube::core::pg
