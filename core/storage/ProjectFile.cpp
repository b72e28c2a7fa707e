#include "core/storage/ProjectFile.h"

#include "core/common/Text.h"
#include "core/storage/AtomicWrite.h"
#include "core/storage/ContentDigest.h"
#include "core/storage/ProjectLock.h"
#include "core/storage/ProjectMerge.h"
#include "core/storage/ProjectMigrator.h"
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

namespace {

constexpr int kHeaderSize = 100;
// How far above ours a schema version may be and still be taken for a newer Shirube's.
constexpr int kPlausibleNewerVersions = 100;
const QByteArray kSqliteMagic("SQLite format 3\0", 16);
const QString kDigestKey = QStringLiteral("content_blake2b");
const QString kSavedByKey = QStringLiteral("saved_by");
const QString kSavedAtKey = QStringLiteral("saved_at");

struct Refusal
{
    RefusalReason reason = RefusalReason::None;
    QString why;
};

OpenResult refuse(RefusalReason reason, const QString& name, const QString& why)
{
    const ErrorCode code = (reason == RefusalReason::NotFound || reason == RefusalReason::Unreadable)
                               ? ErrorCode::Io
                               : ErrorCode::ProjectRefused;
    return OpenResult(reason,
                      Error{code, ProjectFile::reasonName(reason) + QStringLiteral(": ") + why, name, 0});
}

quint32 be32(const QByteArray& b, int offset)
{
    const auto* p = reinterpret_cast<const uchar*>(b.constData()) + offset;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint16 be16(const QByteArray& b, int offset)
{
    const auto* p = reinterpret_cast<const uchar*>(b.constData()) + offset;
    return quint16((p[0] << 8) | p[1]);
}

QString hex32(quint32 v)
{
    return QStringLiteral("0x") + QString::number(v, 16).toUpper().rightJustified(8, QLatin1Char('0'));
}

// 0x53485242 -> "'SHRB'" when the four bytes are printable ASCII, else empty.
QString fourCc(quint32 v)
{
    QString s;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const char c = char((v >> shift) & 0xFF);
        if (c < 0x20 || c > 0x7E)
            return {};
        s += QLatin1Char(c);
    }
    return QStringLiteral(" '") + s + QLatin1Char('\'');
}

QString plural(qint64 n, const char* one, const char* many)
{
    return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

// What a non-SQLite file probably is, from its first bytes.
QString guessKind(const QByteArray& bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("a PNG image");
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("a JPEG image");
    if (bytes.startsWith("%PDF"))
        return QStringLiteral("a PDF document");
    if (bytes.startsWith("PK\x03\x04"))
        return QStringLiteral("a ZIP archive (or an Office document)");
    if (bytes.startsWith("\x1F\x8B"))
        return QStringLiteral("a gzip archive");
    const QByteArray head = bytes.left(4096);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return QStringLiteral(
            "JSON text (a profile? `shirube-cli project import` adds profiles to a project)");
    int control = 0;
    for (char c : head) {
        const auto u = uchar(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t')
            ++control;
    }
    if (control == 0)
        return QStringLiteral("a text file");
    return QStringLiteral("binary data of an unknown kind");
}

// Checks on the raw bytes, before SQLite sees them.
std::optional<Refusal> checkHeader(const QByteArray& bytes, int& version)
{
    const qint64 size = bytes.size();
    if (size == 0)
        return Refusal{RefusalReason::Empty,
                       QStringLiteral("the file has 0 bytes, so it holds no project (an interrupted copy or "
                                      "download?)")};
    if (size > ProjectFile::kMaxFileSize)
        return Refusal{RefusalReason::TooLarge, QStringLiteral("the file has ") + QString::number(size) +
                                                    QStringLiteral(" bytes; a project file has at most ") +
                                                    QString::number(ProjectFile::kMaxFileSize) +
                                                    QStringLiteral(" bytes")};
    if (size < kSqliteMagic.size() || !bytes.startsWith(kSqliteMagic)) {
        if (size < kSqliteMagic.size() && kSqliteMagic.startsWith(bytes))
            return Refusal{RefusalReason::Truncated,
                           QStringLiteral("the file has only ") + plural(size, "byte", "bytes") +
                               QStringLiteral(", the start of an SQLite database cut short")};
        return Refusal{RefusalReason::NotSqlite,
                       QStringLiteral("it is not an SQLite database at all; it looks like ") +
                           guessKind(bytes)};
    }
    if (size < kHeaderSize)
        return Refusal{RefusalReason::Truncated,
                       QStringLiteral("the file has only ") + plural(size, "byte", "bytes") +
                           QStringLiteral(", less than the 100-byte SQLite header")};
    const quint32 rawPageSize = be16(bytes, 16);
    const quint32 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return Refusal{RefusalReason::Corrupt,
                       QStringLiteral("the SQLite header gives an impossible page size (") +
                           QString::number(rawPageSize) + QLatin1Char(')')};
    if (size % pageSize != 0)
        return Refusal{RefusalReason::Truncated,
                       QStringLiteral("the file has ") + QString::number(size) +
                           QStringLiteral(" bytes, not a whole number of its ") + QString::number(pageSize) +
                           QStringLiteral("-byte pages; it was cut short (an incomplete copy or download?)")};
    const quint32 headerPages = be32(bytes, 28);
    const bool headerPagesValid = headerPages != 0 && be32(bytes, 24) == be32(bytes, 92);
    if (headerPagesValid && qint64(headerPages) * pageSize < size)
        return Refusal{RefusalReason::Corrupt,
                       QStringLiteral("the file has ") + QString::number(size) +
                           QStringLiteral(" bytes but its SQLite database ends after ") +
                           QString::number(qint64(headerPages) * pageSize) + QStringLiteral(" (") +
                           plural(headerPages, "page", "pages") + QStringLiteral("); ") +
                           QString::number(size - qint64(headerPages) * pageSize) +
                           QStringLiteral(" bytes were appended after it, so it was not opened")};
    if (headerPagesValid && qint64(headerPages) * pageSize > size)
        return Refusal{RefusalReason::Truncated,
                       QStringLiteral("the header says the database has ") +
                           plural(headerPages, "page", "pages") + QStringLiteral(" (") +
                           QString::number(qint64(headerPages) * pageSize) +
                           QStringLiteral(" bytes) but the file has only ") + QString::number(size) +
                           QStringLiteral(" bytes; it was cut short (an incomplete copy or download?)")};
    const quint32 applicationId = be32(bytes, 68);
    if (applicationId != ProjectFile::kApplicationId)
        return Refusal{RefusalReason::WrongApplicationId,
                       QStringLiteral("this is an SQLite database of another application (application_id ") +
                           hex32(applicationId) + fourCc(applicationId) +
                           QStringLiteral("; Shirube project files have ") +
                           hex32(ProjectFile::kApplicationId) + fourCc(ProjectFile::kApplicationId) +
                           QLatin1Char(')')};
    version = int(qint32(be32(bytes, 60)));
    // Versions grow by one per release that changes the schema: a number far above ours is a damaged
    // header (a flipped byte), not a file from the future. A plausible newer version is refused as such
    // only after the file passed SQLite's integrity check and its checksum (openBytes()).
    if (version > ProjectFile::schemaVersion() + kPlausibleNewerVersions)
        return Refusal{RefusalReason::Corrupt,
                       QStringLiteral("its header gives project schema version ") + QString::number(version) +
                           QStringLiteral(", which no Shirube wrote (this one writes version ") +
                           QString::number(ProjectFile::schemaVersion()) +
                           QStringLiteral("); the header is damaged")};
    if (version <= 0)
        return Refusal{RefusalReason::SchemaMismatch,
                       QStringLiteral("it has Shirube's application id but no project schema version (") +
                           QString::number(version) + QLatin1Char(')')};
    if (be32(bytes, 56) != 1)
        return Refusal{RefusalReason::Corrupt,
                       QStringLiteral("its text encoding is not UTF-8 (header value ") +
                           QString::number(be32(bytes, 56)) + QStringLiteral("); Shirube writes UTF-8 only")};
    return std::nullopt;
}

struct SchemaRow
{
    QString type;
    QString name;
    QString table;
    QString sql;
    bool operator==(const SchemaRow& other) const = default;
};

std::optional<std::vector<SchemaRow>> readSchema(sqlite::Database& db, QString* error)
{
    sqlite::Statement s(
        db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");
    if (!s.isValid()) {
        *error = s.error();
        return std::nullopt;
    }
    std::vector<SchemaRow> rows;
    while (s.next())
        rows.push_back(SchemaRow{s.text(0), s.text(1), s.text(2), s.text(3)});
    if (!s.done()) {
        *error = s.error();
        return std::nullopt;
    }
    return rows;
}

// The schema every version must have, built by running the migrations on an empty database.
const std::vector<SchemaRow>* referenceSchema(int version)
{
    static const std::vector<std::vector<SchemaRow>> all = [] {
        std::vector<std::vector<SchemaRow>> list;
        for (int v = 1; v <= ProjectMigrator::latestVersion(); ++v) {
            QString error;
            std::optional<sqlite::Database> db = sqlite::Database::createInMemory(&error);
            if (!db || ProjectMigrator::migrate(*db, 0, v))
                break;
            std::optional<std::vector<SchemaRow>> rows = readSchema(*db, &error);
            if (!rows)
                break;
            list.push_back(std::move(*rows));
        }
        return list;
    }();
    if (version < 1 || version > int(all.size()))
        return nullptr;
    return &all[size_t(version - 1)];
}

std::optional<QString> metaValue(sqlite::Database& db, const QString& key)
{
    sqlite::Statement s(db, "SELECT value FROM meta WHERE key = ?");
    s.bind(1, key);
    if (s.next())
        return s.text(0);
    return std::nullopt;
}

QStringList columnsOf(sqlite::Database& db, const QString& table)
{
    QStringList columns;
    sqlite::Statement s(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    s.bind(1, table);
    while (s.next())
        columns << s.text(0);
    return columns;
}

// ": extra column "x"; missing column "y"" between the table `table` of `db` and Shirube's definition.
QString columnDifference(sqlite::Database& db, const QString& table, const QString& referenceSql)
{
    QString error;
    std::optional<sqlite::Database> reference = sqlite::Database::createInMemory(&error);
    if (!reference || !reference->exec(referenceSql))
        return {};
    const QStringList theirs = columnsOf(db, table);
    const QStringList ours = columnsOf(*reference, table);
    QStringList parts;
    for (const QString& c : theirs) {
        if (!ours.contains(c))
            parts << QStringLiteral("extra column \"") + elided(terminalSafe(c), 60) + QLatin1Char('"');
    }
    for (const QString& c : ours) {
        if (!theirs.contains(c))
            parts << QStringLiteral("missing column \"") + c + QLatin1Char('"');
    }
    if (parts.isEmpty() && theirs != ours)
        parts << QStringLiteral("columns in another order");
    if (parts.isEmpty())
        parts << QStringLiteral("other column types or constraints");
    return QStringLiteral(": ") + parts.mid(0, 4).join(QStringLiteral("; "));
}

// ---- loading (current schema only; older files are migrated first) ----

struct LoadError
{
    QString why;
};

std::optional<LoadError> loadProject(sqlite::Database& db, Project& project)
{
    {
        sqlite::Statement s(db, "SELECT title, owner, notes FROM project WHERE id = 1");
        if (!s.next())
            return LoadError{s.done() ? QStringLiteral("the project row is missing") : s.error()};
        project.meta.title = s.text(0);
        project.meta.owner = s.text(1);
        project.meta.notes = s.text(2);
    }
    {
        sqlite::Statement s(db, "SELECT name FROM client ORDER BY position, id");
        while (s.next())
            project.meta.clients.append(s.text(0));
        if (!s.done())
            return LoadError{s.error()};
    }
    QHash<qint64, size_t> byId;
    {
        sqlite::Statement s(db,
                            "SELECT id, name, profile, selected_route, notes, ruleset_id, ruleset_version, "
                            "plan_snapshot FROM product ORDER BY position, id");
        while (s.next()) {
            Product p;
            p.id = s.integer(0);
            p.name = s.text(1);
            const QString label = QStringLiteral("product ") + QString::number(p.id) +
                                  QStringLiteral(" (\"") + p.name + QStringLiteral("\")");
            QJsonParseError parseError;
            // Profile::parse, not QJsonDocument alone: a stored profile is refused for what a profile
            // file is refused for (a duplicate key, …).
            Result<Profile> profile = Profile::parse(s.bytes(2));
            if (!profile.ok())
                return LoadError{label + QStringLiteral(": its profile is invalid: ") +
                                 profile.error().toString()};
            p.profile = std::move(profile).value();
            p.selectedRoute = s.text(3);
            p.notes = s.text(4);
            p.rulesetId = s.text(5);
            p.rulesetVersion = s.text(6);
            // Shirube writes the plan compressed (a BLOB); a JSON text is read as well.
            const QByteArray snapshot = s.bytes(7);
            if (s.columnType(7) == SQLITE_BLOB) {
                p.planSnapshot = PlanSnapshot::fromCompressed(snapshot);
            } else if (!snapshot.isEmpty()) {
                const QJsonDocument planDoc = QJsonDocument::fromJson(snapshot, &parseError);
                if (parseError.error != QJsonParseError::NoError || !planDoc.isObject())
                    return LoadError{label + QStringLiteral(": its last plan is not a JSON object")};
                p.planSnapshot = planDoc.object();
            }
            byId.insert(p.id, project.products.size());
            project.products.push_back(std::move(p));
        }
        if (!s.done())
            return LoadError{s.error()};
    }
    {
        sqlite::Statement s(db,
                            "SELECT product_id, activity, transition, months_min, months_likely, months_max, "
                            "cost_jpy, note FROM override ORDER BY product_id, position, id");
        while (s.next()) {
            const auto it = byId.constFind(s.integer(0));
            if (it == byId.constEnd())
                return LoadError{QStringLiteral("an override belongs to no product")};
            Override o;
            o.activity = s.text(1);
            o.transition = s.text(2);
            const auto mn = s.optionalReal(3);
            const auto likely = s.optionalReal(4);
            const auto mx = s.optionalReal(5);
            if (mn && likely && mx)
                o.months = ThreePoint{*mn, *likely, *mx};
            else if (mn || likely || mx)
                return LoadError{QStringLiteral("an override has an incomplete three-point estimate")};
            o.costJpy = s.optionalInteger(6);
            o.note = s.text(7);
            project.products[*it].overrides.push_back(std::move(o));
        }
        if (!s.done())
            return LoadError{s.error()};
    }
    {
        sqlite::Statement s(db, "SELECT product_id, activity, state, date, note FROM milestone "
                                "ORDER BY product_id, position, id");
        while (s.next()) {
            const auto it = byId.constFind(s.integer(0));
            if (it == byId.constEnd())
                return LoadError{QStringLiteral("a milestone belongs to no product")};
            Milestone m;
            m.activity = s.text(1);
            m.state = s.text(2);
            const QString date = s.text(3);
            if (!date.isEmpty()) {
                m.date = QDate::fromString(date, Qt::ISODate);
                if (!m.date.isValid())
                    return LoadError{QStringLiteral("a milestone has an invalid date (\"") + date +
                                     QStringLiteral("\")")};
            }
            m.note = s.text(4);
            project.products[*it].milestones.push_back(std::move(m));
        }
        if (!s.done())
            return LoadError{s.error()};
    }
    return std::nullopt;
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
    if (std::optional<LoadError> e = loadProject(*db, opened.project))
        return damaged(e->why);
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
    const auto failed = [&](const sqlite::Statement& s) {
        return internalError(QStringLiteral("cannot write the project: ") + s.error());
    };
    {
        sqlite::Statement s(*db, "INSERT INTO project (id, title, owner, notes) VALUES (1, ?, ?, ?)");
        s.bind(1, project.meta.title);
        s.bind(2, project.meta.owner);
        s.bind(3, project.meta.notes);
        if (!s.run())
            return failed(s);
    }
    {
        sqlite::Statement s(*db, "INSERT INTO client (position, name) VALUES (?, ?)");
        for (int i = 0; i < project.meta.clients.size(); ++i) {
            s.bind(1, i);
            s.bind(2, project.meta.clients[i]);
            if (!s.run())
                return failed(s);
        }
    }
    sqlite::Statement product(
        *db, "INSERT INTO product (id, position, name, profile, selected_route, notes, "
             "ruleset_id, ruleset_version, plan_snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite::Statement override_(
        *db, "INSERT INTO override (product_id, position, activity, transition, months_min, "
             "months_likely, months_max, cost_jpy, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite::Statement milestone(*db,
                                "INSERT INTO milestone (product_id, position, activity, state, date, note) "
                                "VALUES (?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < project.products.size(); ++i) {
        const Product& p = project.products[i];
        product.bind(1, p.id);
        product.bind(2, qint64(i));
        product.bind(3, p.name);
        product.bindText(4, p.profile.toJsonBytes(true));
        product.bind(5, p.selectedRoute);
        product.bind(6, p.notes);
        product.bind(7, p.rulesetId);
        product.bind(8, p.rulesetVersion);
        if (p.planSnapshot.isEmpty())
            product.bindText(9, QByteArray());
        else
            product.bindBlob(9, p.planSnapshot.compressed());
        if (!product.run())
            return failed(product);
        for (size_t j = 0; j < p.overrides.size(); ++j) {
            const Override& o = p.overrides[j];
            override_.bind(1, p.id);
            override_.bind(2, qint64(j));
            override_.bind(3, o.activity);
            override_.bind(4, o.transition);
            override_.bind(5, o.months ? std::optional<double>(o.months->min) : std::nullopt);
            override_.bind(6, o.months ? std::optional<double>(o.months->likely) : std::nullopt);
            override_.bind(7, o.months ? std::optional<double>(o.months->max) : std::nullopt);
            override_.bind(8, o.costJpy);
            override_.bind(9, o.note);
            if (!override_.run())
                return failed(override_);
        }
        for (size_t j = 0; j < p.milestones.size(); ++j) {
            const Milestone& m = p.milestones[j];
            milestone.bind(1, p.id);
            milestone.bind(2, qint64(j));
            milestone.bind(3, m.activity);
            milestone.bind(4, m.state);
            milestone.bind(5, m.date.isValid() ? m.date.toString(Qt::ISODate) : QString());
            milestone.bind(6, m.note);
            if (!milestone.run())
                return failed(milestone);
        }
    }
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
                return failed(s);
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
