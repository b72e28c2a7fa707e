// SPDX-License-Identifier: Apache-2.0
#include "core/storage/postgres/PgAdmin.h"

#include "core/storage/postgres/PgConnection.h"
#include "core/storage/postgres/PgMigrator.h"
#include "core/storage/postgres/PostgresProjectStore.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace shirube::core::pg {

bool isPlainRoleName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(name).hasMatch();
}

std::optional<Error> initTeamProject(const QString& url, const RoleNames& roles, QStringList* report)
{
    for (const QString& name : {roles.reader, roles.editor}) {
        if (!isPlainRoleName(name))
            return Error{ErrorCode::Usage,
                         QStringLiteral("role name \"") + name +
                             QStringLiteral("\" is not allowed; use lower-case letters, digits and _ "
                                            "(at most 63, not starting with a digit)"),
                         QString(), 0};
    }
    if (roles.reader == roles.editor)
        return Error{ErrorCode::Usage, QStringLiteral("the read-only and the editor role must differ"),
                     QString(), 0};
    Result<std::unique_ptr<PostgresProjectStore>> store = PostgresProjectStore::connect(url);
    if (!store.ok())
        return store.error();
    if (report)
        *report << QStringLiteral("schema version ") + QString::number(Migrator::latestVersion()) +
                       QStringLiteral(": tables ready");
    Connection& c = store.value()->connection();
    QSqlDatabase& db = c.db();
    if (!db.transaction())
        return c.failure(QStringLiteral("starting admin init"), db.lastError());
    const auto fail = [&](const QString& doing, const QSqlError& e) {
        Error error = c.failure(doing, e);
        db.rollback();
        if (e.nativeErrorCode() == QLatin1String("42501"))
            error.message =
                QStringLiteral("admin init needs a PostgreSQL user who may create roles and grant "
                               "on the project's tables (the database owner with CREATEROLE, or a "
                               "superuser): ") +
                e.databaseText();
        return error;
    };
    // Role names are identifiers, which PostgreSQL cannot take as bound values: they were checked to be
    // plain lower-case names above, so they need no quoting.
    for (const QString& role : {roles.reader, roles.editor}) {
        QSqlQuery exists(db);
        if (!exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?")))
            return fail(QStringLiteral("looking up role ") + role, exists.lastError());
        exists.addBindValue(role);
        if (!exists.exec())
            return fail(QStringLiteral("looking up role ") + role, exists.lastError());
        if (exists.next()) {
            if (report)
                *report << QStringLiteral("role ") + role + QStringLiteral(" exists");
            continue;
        }
        QSqlQuery create(db);
        if (!create.exec(QStringLiteral("CREATE ROLE ") + role + QStringLiteral(" NOLOGIN")))
            return fail(QStringLiteral("creating role ") + role, create.lastError());
        if (report)
            *report << QStringLiteral("role ") + role + QStringLiteral(" created");
    }
    QSqlQuery dbName(db);
    if (!dbName.prepare(QStringLiteral("SELECT quote_ident(current_database())")) || !dbName.exec() ||
        !dbName.next())
        return fail(QStringLiteral("reading the database name"), dbName.lastError());
    const QString database = dbName.value(0).toString();
    const QString& r = roles.reader;
    const QString& e = roles.editor;
    const QStringList grants = {
        QStringLiteral("GRANT CONNECT ON DATABASE ") + database + QStringLiteral(" TO ") + r +
            QStringLiteral(", ") + e,
        QStringLiteral("GRANT USAGE ON SCHEMA public TO ") + r + QStringLiteral(", ") + e,
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO ") + r + QStringLiteral(", ") + e,
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public FROM ") + r,
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON project, client, product, override, milestone TO ") +
            e,
        QStringLiteral("GRANT INSERT ON product_history TO ") + e,
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ") + e,
    };
    for (const QString& grant : grants) {
        QSqlQuery q(db);
        if (!q.exec(grant))
            return fail(QStringLiteral("granting"), q.lastError());
    }
    if (!db.commit())
        return fail(QStringLiteral("committing admin init"), db.lastError());
    if (report) {
        *report << QStringLiteral("role ") + r + QStringLiteral(" may read the project");
        *report << QStringLiteral("role ") + e +
                       QStringLiteral(" may read and save it (its history is append-only)");
    }
    return std::nullopt;
}

} // namespace shirube::core::pg
