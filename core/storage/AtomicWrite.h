// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace shirube::core {

// Replaces `path` with `bytes` so that, after a crash, a kill or a power cut at any instant, the file
// holds either its old content or the new one, complete: the bytes go to a temporary file in the same
// folder (".NAME.saving-PID-RANDOM", NAME cut to 50 characters), are flushed to disk (fsync), then renamed
// over `path` in one step, and the folder is flushed. A chain of symlinks is followed to its end (the
// last target is replaced; every link stays a link). An existing file's permission bits are kept. Refused,
// leaving the file as it was: a read-only file (no write bit, even for root), a file with other hard
// links (renaming a new file over it would split them), anything but a regular file. Temporary files
// left by processes that died are removed. Returns nullopt on success, else a description of what failed
// that names `path`'s target, never the temporary file (a full disk: how many bytes the save needs and
// how many are free).
std::optional<QString> writeFileAtomically(const QString& path, const QByteArray& bytes);

// `path` with every symbolic link followed to its end (absolute, cleaned); the path itself when it is
// not a link or does not exist. An error on a loop (more than 40 links) or an unreadable link.
Result<QString> resolveSymlinkChain(const QString& path);

// Removes the temporary files of saves of `path` (through its symlinks) whose process died; called when
// a project is opened.
void removeStaleSaveTemporaries(const QString& path);

// For tests (fault injection): while set, writeFileAtomically() of every target for which `shouldFail`
// returns true fails as if writing its temporary file had failed with errno `error` (ENOSPC: a full
// disk), after creating it, so the clean-up and the message are exercised. An empty function turns it off.
void setWriteFaultForTesting(std::function<bool(const QString& target)> shouldFail, int error);

// For tests (crash injection): while set, writeFileAtomically() calls `observer` when half of the new
// content is in the temporary file, so a test can kill the process exactly inside a save. An empty
// function turns it off.
void setHalfWrittenObserverForTesting(std::function<void(const QString& target)> observer);

// The temporary-file prefix writeFileAtomically() uses for `path` (".NAME.saving-"), for tests.
QString atomicWriteTempPrefix(const QString& path);

} // namespace shirube::core
