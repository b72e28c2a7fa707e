// SPDX-License-Identifier: Apache-2.0
#include "core/storage/postgres/PgConnection.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace shirube::core::pg {

namespace {

QAtomicInteger<quint64> g_connections;

} // namespace

Connection::Connection(Target target)
    : m_target(std::move(target))
    , m_name(QStringLiteral("shirube-pg-") + QString::number(++g_connections))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!m_target.host.isEmpty())
        m_db.setHostName(m_target.host);
    if (m_target.port > 0)
        m_db.setPort(m_target.port);
    if (!m_target.database.isEmpty())
        m_db.setDatabaseName(m_target.database);
    if (!m_target.user.isEmpty())
        m_db.setUserName(m_target.user);
    QStringList options = m_target.options;
    if (!std::any_of(options.begin(), options.end(),
                     [](const QString& o) { return o.startsWith(QLatin1String("connect_timeout=")); }))
        options << QStringLiteral("connect_timeout=10");
    if (!std::any_of(options.begin(), options.end(),
                     [](const QString& o) { return o.startsWith(QLatin1String("application_name=")); }))
        options << QStringLiteral("application_name=Shirube");
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

std::optional<Error> Connection::ensureOpen()
{
    if (!m_db.isValid())
        return Error{ErrorCode::Io,
                     QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed; install the Debian "
                                    "package libqt6sql6-psql"),
                     m_target.display, 0};
    if (m_db.isOpen() && !m_broken)
        return std::nullopt;
    m_db.close();
    if (!m_db.open()) {
        const QString why =
            m_db.lastError().driverText() + QStringLiteral(": ") + m_db.lastError().databaseText().trimmed();
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot connect to the team project's PostgreSQL server (") +
                         why.trimmed() + QStringLiteral(")"),
                     m_target.display, 0};
    }
    m_broken = false;
    QSqlQuery q(m_db);
    if (q.prepare(QStringLiteral("SELECT session_user")) && q.exec() && q.next())
        m_user = q.value(0).toString();
    return std::nullopt;
}

Error Connection::failure(const QString& doing, const QSqlError& error)
{
    m_broken = true;
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("42501"))
        return Error{ErrorCode::ProjectRefused,
                     QStringLiteral("not saved: the PostgreSQL user \"") + m_user +
                         QStringLiteral("\" may read this team project but not change it (it has the "
                                        "read-only role); ask the project's administrator for the editor "
                                        "role"),
                     m_target.display, 0};
    QString why = error.databaseText().trimmed();
    if (why.isEmpty())
        why = error.driverText().trimmed();
    return Error{ErrorCode::Io, doing + QStringLiteral(" failed: ") + why, m_target.display, 0};
}

} // namespace shirube::core::pg
