// SPDX-License-Identifier: Apache-2.0
#pragma once

// The throw-away PostgreSQL cluster the team-project tests run against (tests/postgres/pg-server.sh,
// started by the ctest fixture postgres.server_start). No mock and no skip: without a server every test
// fails, saying how to start one.

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <gtest/gtest.h>

namespace shirube::test {

struct PgServer
{
    QString dir; // the cluster's folder (its unix socket is here)
    int port = 0;
    QString info; // the INFO file of pg-server.sh

    // postgresql://USER@127.0.0.1:PORT/DATABASE
    QString url(const QString& database, const QString& user = QStringLiteral("shirube_admin")) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(port).arg(database);
    }
    // The same through the unix socket in the cluster's folder.
    QString socketUrl(const QString& database, const QString& user = QStringLiteral("shirube_admin")) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
            .arg(database, dir)
            .arg(port)
            .arg(user);
    }
};

inline QString serverScript()
{
    return QStringLiteral(SHIRUBE_PG_SERVER_SCRIPT);
}

inline std::optional<PgServer> readInfo(const QString& info, QString* why)
{
    QFile f(info);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read the server info file ") + info;
        return std::nullopt;
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    PgServer s;
    s.dir = lines.value(0);
    s.port = lines.value(1).toInt();
    s.info = info;
    if (s.dir.isEmpty() || s.port <= 0) {
        *why = QStringLiteral("the server info file ") + info + QStringLiteral(" is not valid");
        return std::nullopt;
    }
    return s;
}

// The shared cluster of the ctest fixture.
inline std::optional<PgServer> sharedServer(QString* why)
{
    const QString info = qEnvironmentVariable("SHIRUBE_PG_INFO");
    if (info.isEmpty()) {
        *why =
            QStringLiteral("no PostgreSQL test server: SHIRUBE_PG_INFO is not set. Run these tests through "
                           "ctest (`ctest --test-dir build/ci -L postgres`, which starts one), or "
                           "`tests/postgres/pg-server.sh run -- build/ci/tests/postgres/postgres_tests`");
        return std::nullopt;
    }
    return readInfo(info, why);
}

inline int runScript(const QStringList& args, QString* output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("/bin/sh"), QStringList{serverScript()} + args);
    p.waitForFinished(180000);
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Plain SQL as the cluster's superuser, for setting up what the tests need (databases, login roles).
class AdminSql
{
public:
    AdminSql(const PgServer& server, const QString& database = QStringLiteral("postgres"))
        : m_name(QStringLiteral("test-admin-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(server.port);
        db.setUserName(QStringLiteral("shirube_admin"));
        db.setDatabaseName(database);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~AdminSql() { QSqlDatabase::removeDatabase(m_name); }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    // Runs `sql`; the first column of the first row, or an empty string.
    QString exec(const QString& sql, bool* ok = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        const bool done = q.exec(sql);
        if (ok)
            *ok = done;
        if (!done) {
            m_error = q.lastError().text();
            return {};
        }
        return q.next() ? q.value(0).toString() : QString();
    }

private:
    static std::atomic<int>& counter()
    {
        static std::atomic<int> n{0};
        return n;
    }
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// A fresh, empty database for one test.
inline QString freshDatabase(const PgServer& server, const QString& stem)
{
    const QString name = QStringLiteral("t_%1_%2").arg(stem).arg(QCoreApplication::applicationPid());
    AdminSql admin(server);
    if (!admin.isOpen())
        return {};
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name);
    bool ok = false;
    admin.exec(QStringLiteral("CREATE DATABASE ") + name, &ok);
    return ok ? name : QString();
}

} // namespace shirube::test
