// SPDX-License-Identifier: Apache-2.0
#pragma once

// Project files (.shirube): one SQLite database holding a Project, the format the GUI and the CLI
// both open and save.
//
// Opening treats every file as untrusted (https://www.sqlite.org/security.html): the bytes are read
// into memory and checked there (header, application id, schema version, no triggers/views/virtual
// tables, PRAGMA integrity_check, the exact schema of its version, a checksum of the contents), on a
// connection in defensive mode with trusted_schema=OFF and triggers and views disabled. SQLite never
// opens the file itself, so a refused file is never modified (no journal is rolled back, nothing is
// created beside it). A file of an older schema version is upgraded; a newer one is refused.
//
// Saving never writes into the existing file: the complete new database is built in memory, written
// to a temporary file in the same folder, flushed to disk (fsync), and renamed over the old file in one
// step (then the folder is flushed). After a crash, a kill or a power cut at any instant the file
// holds either the old or the new project, complete. A chain of symlinks is followed to the real file;
// a read-only file or one with other hard links is refused, never replaced.
//
// Two writers: saveChecked() takes the project's lock (ProjectLock) and compares the file with the
// FileStamp recorded when it was opened. When something else changed it meanwhile, the two versions are
// merged product by product (mergeProjects()), or the save is refused; the file is never overwritten
// with a version that has lost someone's products.

#include "core/common/BoundedRead.h"
#include "core/common/Result.h"
#include "core/storage/Project.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace shirube::core {

// Why a file was not opened. Every refusal has ErrorCode::ProjectRefused, except NotFound and
// Unreadable (ErrorCode::Io: nothing is wrong with the file's content).
enum class RefusalReason
{
    None,
    NotFound,           // no such file
    Unreadable,         // exists but cannot be read (permissions, a folder…)
    Empty,              // 0 bytes
    TooLarge,           // larger than any project (ProjectFile::kMaxFileSize)
    NotSqlite,          // another kind of file altogether (not an SQLite database)
    Truncated,          // an SQLite file cut short
    Corrupt,            // damaged: SQLite's integrity check or the contents' checksum fails
    WrongApplicationId, // an SQLite database of another application
    NewerVersion,       // written by a newer Shirube (schema version above ProjectFile::schemaVersion())
    Malicious,          // holds triggers, views or virtual tables, which Shirube files never have
    SchemaMismatch,     // Shirube's id, but not the tables of its schema version (or no version)
};

struct OpenOptions
{
    // A file of an older schema version is always upgraded in memory. When true (the GUI's Open),
    // the file on disk is upgraded too, after a copy of it is kept beside it (backupPath()). When
    // false (read-only use: `shirube-cli project list`), the file is not touched.
    bool upgradeFile = true;
};

// How a project file looked when it was read: where it is on disk (device, inode, size, times) and a
// BLAKE2b-256 digest of its bytes. A file whose identity changed is read again and compared by digest,
// so a mere touch is not a change.
struct FileStamp
{
    FileIdentity identity; // identity.exists == false: there was no file (a new project)
    QByteArray digest;

    bool exists() const { return identity.exists; }
};

struct OpenedProject
{
    Project project;
    int fileVersion = 0;    // the schema version found in the file
    bool upgraded = false;  // fileVersion < ProjectFile::schemaVersion()
    QString backupPath;     // the copy kept before the file was upgraded on disk; empty if none
    QString upgradeWarning; // non-empty when the upgrade could not be written (the project is fine)
    QString savedBy;        // "Shirube 0.1.0", as the writer recorded it
    QDateTime savedAt;      // UTC; invalid when unknown
    FileStamp stamp;        // the file as read (after the upgrade was written, when it was)
};

// What saveChecked() wrote.
struct SaveOutcome
{
    Project project;        // what the file holds now: the saved project, merged with outside changes
    FileStamp stamp;        // the file as written: pass it to the next saveChecked()
    bool merged = false;    // the file had changed since it was opened, and the changes were merged
    QStringList mergeNotes; // what came from the other side ("product 12 ("X") was added by …")
};

// The outcome of opening: the project, or an Error (path = the file, message = "which: why") and
// the RefusalReason to branch on. Same shape as Result<T>.
class OpenResult
{
public:
    OpenResult(OpenedProject value)
        : m_result(std::move(value))
    {}
    OpenResult(RefusalReason reason, Error error)
        : m_result(std::move(error))
        , m_reason(reason)
    {}

    bool ok() const { return m_result.ok(); }
    explicit operator bool() const { return ok(); }
    OpenedProject& value() & { return m_result.value(); }
    const OpenedProject& value() const& { return m_result.value(); }
    OpenedProject&& value() && { return std::move(m_result).value(); }
    const Error& error() const { return m_result.error(); }
    RefusalReason reason() const { return m_reason; }

private:
    Result<OpenedProject> m_result;
    RefusalReason m_reason = RefusalReason::None;
};

class ProjectFile
{
public:
    // PRAGMA application_id of every Shirube project file: 'SHRB'.
    static constexpr quint32 kApplicationId = 0x53485242;
    static constexpr qint64 kMaxFileSize = qint64(512) << 20;

    // The schema version this build writes (ProjectMigrator::latestVersion()).
    static int schemaVersion();

    static OpenResult open(const QString& path, const OpenOptions& options = {});
    // Checks and loads a file image (an older version is upgraded in memory). Never touches the
    // disk. `name` is the file name used in messages.
    static OpenResult openBytes(const QByteArray& bytes, const QString& name = {});

    // Writes `project` to `path` crash-safely (see above). An existing file of an older schema
    // version is first copied to backupPath(path, version). Refuses (ProjectRefused) to overwrite a
    // Shirube file of a newer schema version, which would lose what that version stores.
    // Takes the project's lock for the write (waiting up to ProjectLock::kDefaultWait) unless this
    // process holds it already.
    static std::optional<Error> save(const Project& project, const QString& path);
    // The save every writer that opened the file should use: under the project's lock (taken here unless
    // this process holds it), compares the file with `opened` (its stamp when `base` was read from it;
    // an empty stamp and project for a new file). Unchanged: saves `project`. Changed by someone else:
    // reads it again and saves mergeProjects(base, project, file), or refuses (ProjectRefused, the file
    // untouched) when the changes conflict or the file is no longer a readable project.
    static Result<SaveOutcome> saveChecked(const Project& project, const QString& path, const Project& base,
                                           const FileStamp& opened);
    // True when the file at `path` differs from `stamp` (content, or it appeared or vanished).
    static bool changedSince(const QString& path, const FileStamp& stamp);
    // The file image save() writes.
    static Result<QByteArray> toBytes(const Project& project);

    // "<path>.v<version>.bak", or "<path>.v<version>.<n>.bak" when that name is taken by another file.
    static QString backupPath(const QString& path, int version, int n = 1);
    // "truncated", "corrupt", "not a Shirube project", … (English, for messages and logs).
    static QString reasonName(RefusalReason reason);
};

} // namespace shirube::core
