// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reading input files with a size cap, regular files only. Every input Shirube reads (a profile, a
// JSON Lines batch, a ruleset, a project file) goes through here, so a hostile or careless input
// (/dev/zero, a FIFO nobody writes to, a 1 GB line) is refused at once with a message naming the cap,
// instead of growing the process until the system kills it or hanging forever.

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace shirube::core {

// The caps (bytes). A project file's is ProjectFile::kMaxFileSize.
inline constexpr qint64 kMaxProfileFileBytes = qint64(1) << 20;  // one profile (JSON)
inline constexpr qint64 kMaxProfileLineBytes = qint64(1) << 20;  // one line of a JSON Lines batch
inline constexpr qint64 kMaxBatchFileBytes = qint64(1) << 30;    // a whole JSON Lines batch / import
inline constexpr qint64 kMaxRulesetFileBytes = qint64(16) << 20; // a ruleset (the built-in one is ~0.3 MB)

// Where a file lives on disk and how it looked when read: the "changed since opened" check compares these.
struct FileIdentity
{
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;

    bool operator==(const FileIdentity& other) const = default;
};

// The identity of the file at `path` now (symlinks followed); exists == false when there is none.
FileIdentity fileIdentity(const QString& path);

struct FileBytes
{
    QByteArray bytes;
    FileIdentity identity;
};

// "1 MiB", "16 MiB", "1 GiB": how caps are named in messages.
QString capText(qint64 bytes);

// Reads the whole regular file `path` (symlinks followed), refusing before reading anything: a missing
// file, a folder, a FIFO, a socket or a device ("it is a named pipe (FIFO), not a regular file"), a loop
// of symlinks, and a file larger than `cap` ("it has N bytes, more than the 1 MiB limit for a profile";
// `what` names the kind: "a profile", "a ruleset"). Error::code is Io, path is `path`; message only the
// why. A file that grows past the cap while it is read is refused too.
Result<FileBytes> readRegularFile(const QString& path, qint64 cap, const QString& what);

// Reads standard input up to `cap` bytes; more is refused with a message naming the cap.
Result<QByteArray> readStdin(qint64 cap, const QString& what);

// One line of a JSON Lines input, as LineReader delivers it.
struct InputLine
{
    int number = 0;       // 1-based
    QByteArray text;      // without the '\n' (empty when tooLong)
    qint64 length = 0;    // its length in bytes, even when tooLong
    bool tooLong = false; // longer than the line cap: text is dropped, reading went on at the next line
};

// Streams `path` ("-" = stdin) line by line without holding more than one line (at most `lineCap` bytes):
// `onLine` gets every line, blank ones included, so line numbers match the input's. The same refusals as
// readRegularFile() apply before anything is read, with `fileCap` for the whole file. Returns an Error
// when the file cannot be read at all (or stops being readable, or passes `fileCap` while being read).
std::optional<Error> forEachLine(const QString& path, qint64 lineCap, qint64 fileCap, const QString& what,
                                 const std::function<void(InputLine&&)>& onLine);

} // namespace shirube::core
