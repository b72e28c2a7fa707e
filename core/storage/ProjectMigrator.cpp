// SPDX-License-Identifier: Apache-2.0
#include "core/storage/ProjectMigrator.h"

#include "core/storage/Sqlite.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <vector>

namespace shirube::core {

namespace {

const QString kMigrationDir = QStringLiteral(":/storage/migrations");

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Read once: the files are compiled in. Versions must run 1, 2, 3… without gaps.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = [] {
        std::vector<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        const QStringList names = QDir(kMigrationDir).entryList(QDir::Files, QDir::Name);
        for (const QString& name : names) {
            const auto m = pattern.match(name);
            if (!m.hasMatch())
                continue;
            QFile f(kMigrationDir + QLatin1Char('/') + name);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const int version = m.captured(1).toInt();
            if (version != int(list.size()) + 1)
                break; // a gap: stop at the last contiguous version
            list.push_back(Migration{version, name, QString::fromUtf8(f.readAll())});
        }
        return list;
    }();
    return all;
}

} // namespace

int ProjectMigrator::latestVersion()
{
    return int(migrations().size());
}

QStringList ProjectMigrator::migrationNames()
{
    QStringList names;
    for (const Migration& m : migrations())
        names.append(m.name);
    return names;
}

std::optional<Error> ProjectMigrator::migrate(sqlite::Database& db, int from, int to)
{
    if (from < 0 || to < from || to > latestVersion())
        return Error{ErrorCode::Internal,
                     QStringLiteral("cannot migrate a project file from schema version ") +
                         QString::number(from) + QStringLiteral(" to ") + QString::number(to) +
                         QStringLiteral(" (this build knows up to ") + QString::number(latestVersion()) +
                         QLatin1Char(')'),
                     QString(), 0};
    if (from == to)
        return std::nullopt;
    sqlite::ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return Error{ErrorCode::Internal, QStringLiteral("cannot start a transaction: ") + db.lastError(),
                     QString(), 0};
    for (int v = from + 1; v <= to; ++v) {
        const Migration& m = migrations()[size_t(v - 1)];
        QString error;
        if (!db.exec(m.sql, &error))
            return Error{ErrorCode::Internal, QStringLiteral("migration failed: ") + error, m.name, 0};
    }
    QString error;
    if (!db.exec(QStringLiteral("PRAGMA user_version = ") + QString::number(to), &error) ||
        !transaction.commit(&error))
        return Error{ErrorCode::Internal, QStringLiteral("migration failed: ") + error, QString(), 0};
    return std::nullopt;
}

} // namespace shirube::core
