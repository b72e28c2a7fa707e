// SPDX-License-Identifier: Apache-2.0
#pragma once

// Inside ProjectFile (not an API of its own): a checked project file's rows mapped to a Project
// (current schema only; older files are migrated first), and a Project written as rows into an empty
// database of the current schema. ProjectFileInspection.h does the checks before.

#include "core/storage/Project.h"

#include <QString>

#include <optional>

namespace shirube::core {

namespace sqlite {
class Database;
}

namespace projectfile {

// Fills `project`; returns why the rows are not a valid project.
std::optional<QString> loadProjectRows(sqlite::Database& db, Project& project);
// Inserts the project, its clients and its products (with overrides and milestones); returns why not.
std::optional<QString> writeProjectRows(sqlite::Database& db, const Project& project);

} // namespace projectfile
} // namespace shirube::core
