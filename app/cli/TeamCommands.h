// SPDX-License-Identifier: Apache-2.0
#pragma once

// The command-line side of team projects on PostgreSQL (issue 15), TeamCommands.cpp:
//   shirube-cli project push FILE.shirube URL | pull URL FILE.shirube | history URL [PRODUCT] |
//   restore URL ENTRY, import into a URL, and `shirube-cli admin init URL`.

#include "core/profile/Profile.h"
#include "core/storage/Project.h"

#include <QStringList>
#include <QTextStream>

#include <optional>
#include <vector>

namespace shirube::cli {

// Reads a project from a file or a postgresql:// URL; on failure prints why, sets `exitCode`.
std::optional<core::Project> readProjectAt(const QString& location, QTextStream& err, int& exitCode);

int runTeamImport(const QString& url, std::vector<core::Profile> profiles,
                  const std::optional<QString>& title, QTextStream& out, QTextStream& err);
int runTeamPush(const QString& file, const QString& url, QTextStream& out, QTextStream& err);
int runTeamPull(const QString& url, const QString& file, QTextStream& out, QTextStream& err);
int runTeamHistory(const QString& url, const QString& product, QTextStream& out, QTextStream& err);
int runTeamRestore(const QString& url, const QString& entry, QTextStream& out, QTextStream& err);
int runAdmin(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace shirube::cli
