// SPDX-License-Identifier: Apache-2.0
#include "core/storage/postgres/PgMigrator.h"

#include "core/storage/postgres/PgConnection.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <vector>

namespace shirube::core::pg {

namespace {

const QString kDir = QStringLiteral(":/storage/postgres/migrations");
// pg_advisory_xact_lock key of migrations: "SHRBMIGR".
constexpr qint64 kMigrationLock = 0x534852424D494752;

struct Migration
{
    QString name;
    QStringList statements;
};

QStringList statementsOf(const QString& sql)
{
    QStringList statements;
    QString current;
    for (const QString& line : sql.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = [] {
        std::vector<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        for (const QString& name : QDir(kDir).entryList(QDir::Files, QDir::Name)) {
            const auto m = pattern.match(name);
            QFile f(kDir + QLatin1Char('/') + name);
            if (!m.hasMatch() || !f.open(QIODevice::ReadOnly))
                continue;
            if (m.captured(1).toInt() != int(list.size()) + 1)
                break;
            list.push_back(Migration{name, statementsOf(QString::fromUtf8(f.readAll()))});
        }
        return list;
    }();
    return all;
}

} // namespace

int Migrator::latestVersion()
{
    return int(migrations().size());
}

Result<int> Migrator::versionOf(Connection& c)
{
    QSqlQuery q(c.db());
    if (!q.prepare(QStringLiteral("SELECT to_regclass('shirube_meta') IS NOT NULL, "
                                  "to_regclass('product') IS NOT NULL")) ||
        !q.exec() || !q.next())
        return c.failure(QStringLiteral("reading the schema version"), q.lastError());
    const bool hasMeta = q.value(0).toBool();
    const bool hasProduct = q.value(1).toBool();
    if (!hasMeta) {
        if (hasProduct)
            return Error{ErrorCode::ProjectRefused,
                         QStringLiteral("this database holds a table \"product\" but is not a Shirube team "
                                        "project; it was not changed. Use an empty database"),
                         c.target().display, 0};
        return 0;
    }
    QSqlQuery v(c.db());
    if (!v.prepare(QStringLiteral("SELECT value FROM shirube_meta WHERE key = ?")))
        return c.failure(QStringLiteral("reading the schema version"), v.lastError());
    v.addBindValue(QStringLiteral("schema_version"));
    if (!v.exec())
        return c.failure(QStringLiteral("reading the schema version"), v.lastError());
    bool ok = false;
    const int version = v.next() ? v.value(0).toString().toInt(&ok) : 0;
    if (!ok || version <= 0)
        return Error{ErrorCode::ProjectRefused,
                     QStringLiteral("this database has Shirube's tables but no valid schema version; it was "
                                    "not changed"),
                     c.target().display, 0};
    return version;
}

std::optional<Error> Migrator::upgrade(Connection& c)
{
    if (latestVersion() < 1)
        return Error{ErrorCode::Internal,
                     QStringLiteral("the team-project schema is missing from this build"), QString(), 0};
    const auto newer = [&](int version) {
        return Error{ErrorCode::ProjectRefused,
                     QStringLiteral("this team project has schema version ") + QString::number(version) +
                         QStringLiteral(", and this Shirube reads up to version ") +
                         QString::number(latestVersion()) +
                         QStringLiteral(". Update Shirube to open it; nothing was changed on the server"),
                     c.target().display, 0};
    };
    Result<int> before = versionOf(c);
    if (!before.ok())
        return before.error();
    if (before.value() > latestVersion())
        return newer(before.value());
    if (before.value() == latestVersion())
        return std::nullopt;

    QSqlDatabase& db = c.db();
    if (!db.transaction())
        return c.failure(QStringLiteral("starting the schema upgrade"), db.lastError());
    const auto fail = [&](const QString& doing, const QSqlError& e) {
        Error error = c.failure(doing, e);
        db.rollback();
        if (error.code == ErrorCode::ProjectRefused || e.nativeErrorCode() == QLatin1String("42501"))
            error = Error{ErrorCode::ProjectRefused,
                          QStringLiteral("the team project's tables must be created or upgraded to schema "
                                         "version ") +
                              QString::number(latestVersion()) +
                              QStringLiteral(", and the PostgreSQL user \"") + c.userName() +
                              QStringLiteral("\" may not do that; ask its administrator to run "
                                             "`shirube-cli admin init URL`"),
                          c.target().display, 0};
        return error;
    };
    {
        QSqlQuery lock(db);
        if (!lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)")))
            return fail(QStringLiteral("locking the schema"), lock.lastError());
        lock.addBindValue(kMigrationLock);
        if (!lock.exec())
            return fail(QStringLiteral("locking the schema"), lock.lastError());
    }
    Result<int> now = versionOf(c); // another client may have upgraded it meanwhile
    if (!now.ok()) {
        db.rollback();
        return now.error();
    }
    if (now.value() >= latestVersion()) {
        db.rollback();
        return now.value() > latestVersion() ? std::optional<Error>(newer(now.value())) : std::nullopt;
    }
    for (int v = now.value() + 1; v <= latestVersion(); ++v) {
        const Migration& m = migrations()[size_t(v - 1)];
        for (const QString& statement : m.statements) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                return fail(QStringLiteral("migration ") + m.name, q.lastError());
        }
    }
    QSqlQuery set(db);
    if (!set.prepare(QStringLiteral("INSERT INTO shirube_meta (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")))
        return fail(QStringLiteral("recording the schema version"), set.lastError());
    set.addBindValue(QStringLiteral("schema_version"));
    set.addBindValue(QString::number(latestVersion()));
    if (!set.exec())
        return fail(QStringLiteral("recording the schema version"), set.lastError());
    if (!db.commit())
        return fail(QStringLiteral("committing the schema upgrade"), db.lastError());
    return std::nullopt;
}

} // namespace shirube::core::pg
