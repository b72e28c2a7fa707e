#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace shirube::core {

// Replaces `path` with `bytes` so that, after a crash, a kill or a power cut at any instant, the file
// holds either its old content or the new one, complete: the bytes go to a temporary file in the same
// folder (".NAME.saving-PID-RANDOM", NAME cut to 50 characters), are flushed to disk (fsync), then renamed
// over `path` in one step, and the folder is flushed. A symlink is followed (its target is replaced). An
// existing file's permission bits are kept. Temporary files left by processes that died are removed. Returns
// nullopt on success, else a description of what failed (`path` is left as it was).
std::optional<QString> writeFileAtomically(const QString& path, const QByteArray& bytes);

// The temporary-file prefix writeFileAtomically() uses for `path` (".NAME.saving-"), for tests.
QString atomicWriteTempPrefix(const QString& path);

} // namespace shirube::core
