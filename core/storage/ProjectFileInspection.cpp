// SPDX-License-Identifier: Apache-2.0
#include "core/storage/ProjectFileInspection.h"

#include "core/common/Text.h"
#include "core/storage/ProjectMigrator.h"
#include "core/storage/Sqlite.h"

namespace shirube::core::projectfile {

const QByteArray kSqliteMagic("SQLite format 3\0", 16);

quint32 be32(const QByteArray& b, int offset)
{
    const auto* p = reinterpret_cast<const uchar*>(b.constData()) + offset;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

namespace {
quint16 be16(const QByteArray& b, int offset)
{
    const auto* p = reinterpret_cast<const uchar*>(b.constData()) + offset;
    return quint16((p[0] << 8) | p[1]);
}
} // namespace

namespace {
QString hex32(quint32 v)
{
    return QStringLiteral("0x") + QString::number(v, 16).toUpper().rightJustified(8, QLatin1Char('0'));
}
} // namespace

namespace {
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
} // namespace

namespace {
QString plural(qint64 n, const char* one, const char* many)
{
    return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}
} // namespace

namespace {
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
} // namespace

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

namespace {
QStringList columnsOf(sqlite::Database& db, const QString& table)
{
    QStringList columns;
    sqlite::Statement s(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    s.bind(1, table);
    while (s.next())
        columns << s.text(0);
    return columns;
}
} // namespace

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

} // namespace shirube::core::projectfile
