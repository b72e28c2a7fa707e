// SPDX-License-Identifier: Apache-2.0
#pragma once

// The base of a team project's unsaved edits, kept with its autosave (issue 15): the version of each
// product and of the project's details as they were read from the server, and the products as read
// where they differ from the edited ones. Recovery opens the team project with this base again
// (TeamSession::resume), so a save after a crash raises the normal conflict for every product another
// user changed meanwhile instead of overwriting it.
//
// Compact: a product the window has not edited is the edited project's own product, so only the
// products edited or removed here are written out in full. The JSON names the digest of the edited
// project it belongs to; a base read back beside another project (the autosave was cut between its two
// files) is refused, and recovery then treats every differing product as contested.

#include "core/common/Result.h"
#include "core/storage/ProjectStore.h"

#include <QByteArray>

namespace shirube::core {

// SHA-256 (hex) of a project's details and products, for pairing a base with its autosave.
QByteArray projectDigest(const Project& project);

// `base` (TeamSession::stored()) as JSON, for the autosave of `edited`.
QByteArray teamBaseToJson(const StoredProject& base, const Project& edited);

// The base back from teamBaseToJson(), for the recovered `edited` project. An Error (InvalidData) when
// the JSON is not such a base, or was written for another version of the edited project.
Result<StoredProject> teamBaseFromJson(const QByteArray& json, const Project& edited);

} // namespace shirube::core
