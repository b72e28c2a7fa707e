// SPDX-License-Identifier: Apache-2.0
#pragma once

// `shirube-cli admin init URL`: prepares a database as a team project (its tables, through the
// migrations) and creates two PostgreSQL roles with their grants: a read-only role (a client or a
// trainee sees the project, cannot change it) and an editor role (reads and saves; the history is
// append-only for it). Users are then made members: GRANT shirube_editor TO alice.

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace shirube::core::pg {

struct RoleNames
{
    QString reader = QStringLiteral("shirube_reader");
    QString editor = QStringLiteral("shirube_editor");
};

// True for a plain lower-case PostgreSQL identifier (letters, digits, _; at most 63).
bool isPlainRoleName(const QString& name);

// Runs as a user who may create roles and grant on the tables (the database's owner with CREATEROLE,
// or a superuser). `report` receives one line per step done.
std::optional<Error> initTeamProject(const QString& url, const RoleNames& roles, QStringList* report);

} // namespace shirube::core::pg
