// SPDX-License-Identifier: Apache-2.0
#include "core/storage/ProjectFile.h"

#include "core/common/Text.h"
#include "core/storage/AtomicWrite.h"
#include "core/storage/ContentDigest.h"
#include "core/storage/ProjectFileInspection.h"
#include "core/storage/ProjectLock.h"
#include "core/storage/ProjectMerge.h"
#include "core/storage/ProjectMigrator.h"
#include "core/storage/ProjectRows.h"
#include "core/storage/Sqlite.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <sqlite3.h>
#include <vector>

namespace shirube::core {

using namespace projectfile;

namespace {

const QString kDigestKey = QStringLiteral("content_blake2b");
const QString kSavedByKey = QStringLiteral("saved_by");
const QString kSavedAtKey = QStringLiteral("saved_at");

OpenResult refuse(RefusalReason reason, const QString& name, const QString& why)
{
    const ErrorCode code = (reason == RefusalReason::NotFound || reason == RefusalReason::Unreadable)
                               ? ErrorCode::Io
                               : ErrorCode::ProjectRefused;
    return OpenResult(reason,
                      Error{code, ProjectFile::reasonName(reason) + QStringLiteral(": ") + why, name, 0});
}

// ---- writing ----

Error internalError(const QString& message)
{
    return Error{ErrorCode::Internal, message, QString(), 0};
}

// An empty database of the latest schema, as bytes (built once, by running every migration).
const QByteArray& emptyTemplate()
{
    static const QByteArray bytes = [] {
        QString error;
        std::optional<sqlite::Database> db = sqlite::Database::createInMemory(&error);
        if (!db || ProjectMigrator::latestVersion() < 1)
            return QByteArray();
        if (!db->exec(QStringLiteral("PRAGMA page_size = 4096; PRAGMA application_id = ") +
                      QString::number(ProjectFile::kApplicationId)))
            return QByteArray();
        if (ProjectMigrator::migrate(*db, 0, ProjectMigrator::latestVersion()))
            return QByteArray();
        return db->serialize();
    }();
    return bytes;
}

std::optional<Error> checkWritable(const Project& project)
{
    QHash<qint64, bool> seen;
    for (const Product& p : project.products) {
        if (p.id <= 0)
            return Error{ErrorCode::Usage,
                         QStringLiteral("product \"") + p.name +
                             QStringLiteral("\" has no id (add products with Project::addProduct())"),
                         QString(), 0};
        if (seen.contains(p.id))
            return Error{ErrorCode::Usage,
                         QStringLiteral("two products have the id ") + QString::number(p.id), QString(), 0};
        seen.insert(p.id, true);
        for (const Override& o : p.overrides) {
            if (o.months && !(std::isfinite(o.months->min) && std::isfinite(o.months->likely) &&
                              std::isfinite(o.months->max)))
                return Error{ErrorCode::Usage,
                             QStringLiteral("product \"") + p.name + QStringLiteral("\": override of ") +
                                 o.activity + QStringLiteral(" has months that are not numbers"),
                             QString(), 0};
        }
    }
    return std::nullopt;
}

// Reads the schema version of an existing Shirube file at `path` from its header: -1 when the file
// is absent, 0 when it is not a Shirube file (or unreadable).
int existingShirubeVersion(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return -1;
    if (!QFileInfo(path).isFile())
        return 0; // never open a FIFO or a device (it could block); the write refuses it

    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = f.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(kSqliteMagic) ||
        be32(header, 68) != ProjectFile::kApplicationId)
        return 0;
    return int(qint32(be32(header, 60)));
}

std::optional<Error> keepBackup(const QString& path, int version, QString* backup)
{
    QFile original(path);
    if (!original.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot read it to keep a backup: ") + original.errorString(), path, 0};
    const QByteArray bytes = original.readAll();
    for (int n = 1; n < 1000; ++n) {
        const QString candidate = ProjectFile::backupPath(path, version, n);
        QFile existing(candidate);
        if (existing.exists()) {
            if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes) {
                *backup = candidate;
                return std::nullopt;
            }
            continue;
        }
        if (std::optional<QString> error = writeFileAtomically(candidate, bytes))
            return Error{ErrorCode::Io, QStringLiteral("cannot keep a backup before upgrading: ") + *error,
                         path, 0};
        *backup = candidate;
        return std::nullopt;
    }
    return Error{ErrorCode::Io, QStringLiteral("cannot keep a backup: too many backups beside it"), path, 0};
}

std::optional<Error> saveImpl(const Project& project, const QString& path, QString* backup,
                              QByteArray* written)
{
    const int existing = existingShirubeVersion(path);
    if (existing > ProjectFile::schemaVersion())
        return Error{
            ErrorCode::ProjectRefused,
            QStringLiteral("not overwritten: it was written by a newer Shirube (project schema version ") +
                QString::number(existing) +
                QStringLiteral("), and saving would lose what that version "
                               "stores; save under another name"),
            path, 0};
    Result<QByteArray> bytes = ProjectFile::toBytes(project);
    if (!bytes.ok()) {
        Error e = bytes.error();
        e.path = path;
        return e;
    }
    if (existing > 0 && existing < ProjectFile::schemaVersion()) {
        if (std::optional<Error> error = keepBackup(path, existing, backup))
            return error;
    }
    if (std::optional<QString> error = writeFileAtomically(path, bytes.value()))
        return Error{ErrorCode::Io, QStringLiteral("not saved: ") + *error, path, 0};
    if (written)
        *written = std::move(bytes).value();
    return std::nullopt;
}

// The stamp of the file just written with `bytes`.
FileStamp stampOfWritten(const QString& path, const QByteArray& bytes)
{
    FileStamp stamp;
    stamp.identity = fileIdentity(path);
    stamp.digest = QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256);
    return stamp;
}

} // namespace

int ProjectFile::schemaVersion()
{
    return ProjectMigrator::latestVersion();
}

QString ProjectFile::reasonName(RefusalReason reason)
{
    switch (reason) {
    case RefusalReason::None:
        return QStringLiteral("ok");
    case RefusalReason::NotFound:
        return QStringLiteral("not found");
    case RefusalReason::Unreadable:
        return QStringLiteral("cannot be read");
    case RefusalReason::Empty:
        return QStringLiteral("empty");
    case RefusalReason::TooLarge:
        return QStringLiteral("too large");
    case RefusalReason::NotSqlite:
        return QStringLiteral("not a Shirube project");
    case RefusalReason::Truncated:
        return QStringLiteral("truncated");
    case RefusalReason::Corrupt:
        return QStringLiteral("corrupt");
    case RefusalReason::WrongApplicationId:
        return QStringLiteral("not a Shirube project");
    case RefusalReason::NewerVersion:
        return QStringLiteral("from a newer Shirube");
    case RefusalReason::Malicious:
        return QStringLiteral("refused for safety");
    case RefusalReason::SchemaMismatch:
        return QStringLiteral("not a valid Shirube project");
    }
    return QStringLiteral("refused");
}

QString ProjectFile::backupPath(const QString& path, int version, int n)
{
    QString p = path + QStringLiteral(".v") + QString::number(version);
    if (n > 1)
        p += QLatin1Char('.') + QString::number(n);
    return p + QStringLiteral(".bak");
}

OpenResult ProjectFile::openBytes(const QByteArray& bytes, const QString& name)
{
    int version = 0;
    if (std::optional<Refusal> r = checkHeader(bytes, version))
        return refuse(r->reason, name, r->why);
    if (ProjectMigrator::latestVersion() < 1)
        return OpenResult(RefusalReason::None,
                          internalError(QStringLiteral("the project schema is missing from this build")));

    QString error;
    std::optional<sqlite::Database> db = sqlite::Database::fromBytes(bytes, &error);
    if (!db)
        return refuse(RefusalReason::Corrupt, name, QStringLiteral("SQLite cannot read it: ") + error);

    // A failure from one of the limits set on untrusted files is not damage: name the limit.
    const auto damaged = [&](const QString& why) {
        const int code = db->lastErrorCode() & 0xFF;
        return refuse(code == SQLITE_TOOBIG || code == SQLITE_INTERRUPT ? RefusalReason::TooLarge
                                                                        : RefusalReason::Corrupt,
                      name, why);
    };
    std::optional<std::vector<SchemaRow>> schema = readSchema(*db, &error);
    if (!schema)
        return damaged(QStringLiteral("its table definitions cannot be read (") + error + QLatin1Char(')'));
    for (const SchemaRow& row : *schema) {
        const bool virtualTable =
            row.type == QLatin1String("table") &&
            row.sql.trimmed().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive);
        if (row.type == QLatin1String("trigger") || row.type == QLatin1String("view") || virtualTable) {
            const QString what =
                virtualTable ? QStringLiteral("a virtual table") : QStringLiteral("a ") + row.type;
            return refuse(
                RefusalReason::Malicious, name,
                QStringLiteral("it contains ") + what + QStringLiteral(" (\"") + row.name +
                    QStringLiteral("\"), which Shirube project files never have; a file like this can "
                                   "be crafted to change or leak data when opened, so it was not "
                                   "opened"));
        }
    }

    {
        sqlite::Statement check(*db, "PRAGMA integrity_check(20)");
        QStringList problems;
        while (check.next()) {
            const QString line = check.text(0);
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
        if (!check.done())
            return damaged(QStringLiteral("SQLite's integrity check cannot run (") + check.error() +
                           QStringLiteral("); the file is damaged"));
        if (!problems.isEmpty())
            return refuse(RefusalReason::Corrupt, name,
                          QStringLiteral("SQLite's integrity check found damage: ") +
                              problems.mid(0, 3).join(QStringLiteral("; ")));
    }

    if (version > schemaVersion()) {
        // Undamaged (integrity check above, checksum here) and of a plausible newer version: from a
        // newer Shirube. A checksum that fails says the header's version is as damaged as the rest.
        const std::optional<QByteArray> digest = contentDigest(*db, &error);
        const std::optional<QString> stored = digest ? metaValue(*db, kDigestKey) : std::nullopt;
        if (digest && stored && stored->toLatin1() != *digest)
            return refuse(RefusalReason::Corrupt, name,
                          QStringLiteral("its header gives project schema version ") +
                              QString::number(version) + QStringLiteral(" (newer than this Shirube's ") +
                              QString::number(schemaVersion()) +
                              QStringLiteral("), but its contents do not match their checksum: the file is "
                                             "damaged"));
        return refuse(RefusalReason::NewerVersion, name,
                      QStringLiteral("it has project schema version ") + QString::number(version) +
                          QStringLiteral(", and this Shirube reads up to version ") +
                          QString::number(schemaVersion()) +
                          QStringLiteral(". Update Shirube to open it; the file was not changed"));
    }

    const std::vector<SchemaRow>* reference = referenceSchema(version);
    if (!reference)
        return OpenResult(
            RefusalReason::None,
            internalError(QStringLiteral("no reference schema for version ") + QString::number(version)));
    if (*schema != *reference) {
        QString detail;
        for (const SchemaRow& row : *schema) {
            if (std::find(reference->begin(), reference->end(), row) != reference->end())
                continue;
            const auto same = std::find_if(reference->begin(), reference->end(), [&](const SchemaRow& r) {
                return r.type == row.type && r.name == row.name;
            });
            if (same == reference->end()) {
                detail = QStringLiteral("it has a ") + row.type + QStringLiteral(" \"") +
                         elided(terminalSafe(row.name), 60) + QStringLiteral("\" that Shirube never writes");
            } else {
                detail = QStringLiteral("its ") + row.type + QStringLiteral(" \"") + row.name +
                         QStringLiteral("\" is defined differently from Shirube's");
                if (row.type == QLatin1String("table"))
                    detail += columnDifference(*db, row.name, same->sql);
            }
            break;
        }
        if (detail.isEmpty()) {
            for (const SchemaRow& row : *reference) {
                if (std::find(schema->begin(), schema->end(), row) == schema->end()) {
                    detail = QStringLiteral("the ") + row.type + QStringLiteral(" \"") + row.name +
                             QStringLiteral("\" is missing");
                    break;
                }
            }
        }
        return refuse(RefusalReason::SchemaMismatch, name,
                      QStringLiteral("its tables differ from those of project schema version ") +
                          QString::number(version) + QStringLiteral(" (") + detail + QLatin1Char(')'));
    }

    const std::optional<QByteArray> digest = contentDigest(*db, &error);
    if (!digest)
        return damaged(QStringLiteral("its contents cannot be read (") + error + QLatin1Char(')'));
    const std::optional<QString> stored = metaValue(*db, kDigestKey);
    if (!stored)
        return refuse(RefusalReason::Corrupt, name, QStringLiteral("its content checksum is missing"));
    if (stored->toLatin1() != *digest)
        return refuse(
            RefusalReason::Corrupt, name,
            QStringLiteral("its contents do not match their checksum: damaged on disk or in transfer, "
                           "or changed outside Shirube"));

    OpenedProject opened;
    opened.fileVersion = version;
    opened.savedBy = metaValue(*db, kSavedByKey).value_or(QString());
    opened.savedAt = QDateTime::fromString(metaValue(*db, kSavedAtKey).value_or(QString()), Qt::ISODate);
    if (version < schemaVersion()) {
        if (std::optional<Error> e = ProjectMigrator::migrate(*db, version, schemaVersion()))
            return refuse(RefusalReason::Corrupt, name,
                          QStringLiteral("it cannot be upgraded from project schema version ") +
                              QString::number(version) + QStringLiteral(": ") + e->toString());
        opened.upgraded = true;
    }
    if (std::optional<QString> why = loadProjectRows(*db, opened.project))
        return damaged(*why);
    return opened;
}

OpenResult ProjectFile::open(const QString& path, const OpenOptions& options)
{
    // Saves killed half-way leave ".NAME.saving-PID-…" files; the next open removes them.
    removeStaleSaveTemporaries(path);
    Result<FileBytes> read = readRegularFile(path, kMaxFileSize, QStringLiteral("a project file"));
    if (!read.ok()) {
        const QString& why = read.error().message;
        RefusalReason reason = RefusalReason::Unreadable;
        if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
            reason = RefusalReason::NotFound;
        else if (why.contains(QLatin1String(" limit for ")))
            reason = RefusalReason::TooLarge;
        return refuse(reason, path, why);
    }
    FileBytes file = std::move(read).value();

    OpenResult result = openBytes(file.bytes, path);
    if (!result.ok())
        return result;
    OpenedProject& opened = result.value();
    opened.stamp =
        FileStamp{file.identity, QCryptographicHash::hash(file.bytes, QCryptographicHash::Blake2b_256)};
    if (!opened.upgraded || !options.upgradeFile)
        return result;
    QString backup;
    QByteArray written;
    if (std::optional<Error> error = saveImpl(opened.project, path, &backup, &written))
        opened.upgradeWarning = error->toString();
    else
        opened.stamp = stampOfWritten(path, written);
    opened.backupPath = backup;
    return result;
}

Result<QByteArray> ProjectFile::toBytes(const Project& project)
{
    if (std::optional<Error> e = checkWritable(project))
        return *e;
    const QByteArray& templateBytes = emptyTemplate();
    if (templateBytes.isEmpty())
        return internalError(QStringLiteral("cannot build an empty project database"));
    QString error;
    std::optional<sqlite::Database> db = sqlite::Database::fromBytes(templateBytes, &error);
    if (!db)
        return internalError(error);
    sqlite::ScopedTransaction transaction(*db);
    if (!transaction.isActive())
        return internalError(db->lastError());
    if (std::optional<QString> why = projectfile::writeProjectRows(*db, project))
        return internalError(QStringLiteral("cannot write the project: ") + *why);
    const std::optional<QByteArray> digest = contentDigest(*db, &error);
    if (!digest)
        return internalError(error);
    {
        sqlite::Statement s(*db, "INSERT INTO meta (key, value) VALUES (?, ?)");
        const std::pair<QString, QString> rows[] = {
            {kDigestKey, QString::fromLatin1(*digest)},
            {kSavedByKey, QStringLiteral("Shirube " SHIRUBE_VERSION_STRING)},
            {kSavedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        };
        for (const auto& [key, value] : rows) {
            s.bind(1, key);
            s.bind(2, value);
            if (!s.run())
                return internalError(QStringLiteral("cannot write the project: ") + s.error());
        }
    }
    if (!transaction.commit(&error))
        return internalError(error);
    QByteArray bytes = db->serialize();
    if (bytes.isEmpty())
        return internalError(QStringLiteral("cannot serialise the project database"));
    return bytes;
}

std::optional<Error> ProjectFile::save(const Project& project, const QString& path)
{
    ProjectLock lock(path);
    if (!ProjectLock::heldByThisProcess(path)) {
        if (std::optional<Error> e = lock.lock()) {
            e->message = QStringLiteral("not saved: ") + e->message;
            return e;
        }
    }
    QString backup;
    return saveImpl(project, path, &backup, nullptr);
}

bool ProjectFile::changedSince(const QString& path, const FileStamp& stamp)
{
    const FileIdentity now = fileIdentity(path);
    if (!now.exists)
        return stamp.exists();
    if (!stamp.exists())
        return true;
    if (now == stamp.identity)
        return false;
    // Another inode or other times: compare the contents (a touch or a copy of the same bytes is no change).
    Result<FileBytes> read = readRegularFile(path, kMaxFileSize, QStringLiteral("a project file"));
    if (!read.ok())
        return true;
    return QCryptographicHash::hash(read.value().bytes, QCryptographicHash::Blake2b_256) != stamp.digest;
}

Result<SaveOutcome> ProjectFile::saveChecked(const Project& project, const QString& path, const Project& base,
                                             const FileStamp& opened)
{
    ProjectLock lock(path);
    if (!ProjectLock::heldByThisProcess(path)) {
        if (std::optional<Error> e = lock.lock()) {
            e->message = QStringLiteral("not saved: ") + e->message;
            return *e;
        }
    }
    SaveOutcome outcome;
    outcome.project = project;
    if (changedSince(path, opened) && QFileInfo::exists(path)) {
        OpenOptions options;
        options.upgradeFile = false;
        OpenResult now = open(path, options);
        if (!now.ok())
            return Error{ErrorCode::ProjectRefused,
                         QStringLiteral("not saved: since it was opened the file was replaced by one Shirube "
                                        "cannot read (") +
                             now.error().message +
                             QStringLiteral("); it was not overwritten. Save under another name"),
                         path, 0};
        Result<Project> merged = mergeProjects(base, project, now.value().project, &outcome.mergeNotes);
        if (!merged.ok()) {
            Error e = merged.error();
            e.path = path;
            return e;
        }
        outcome.project = std::move(merged).value();
        outcome.merged = true;
    }
    QString backup;
    QByteArray written;
    if (std::optional<Error> e = saveImpl(outcome.project, path, &backup, &written))
        return *e;
    outcome.stamp = stampOfWritten(path, written);
    return outcome;
}

} // namespace shirube::core
