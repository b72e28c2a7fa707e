#pragma once

// A connection to a team project's PostgreSQL database through Qt's QPSQL driver (libpq).
//
// The location is a URL: postgresql://[USER@][HOST][:PORT]/DATABASE[?sslmode=…&host=/socket/dir&…].
// Shirube never takes or keeps a password: a URL with one is refused, and libpq finds it in the user's
// password file (~/.pgpass or PGPASSFILE), a service file (?service=NAME), or PGPASSWORD. sslmode and the
// other libpq TLS settings in the URL are passed on as given.

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <optional>

namespace shirube::core::pg {

struct Target
{
    QString host;        // a name, an address, or a unix-socket folder; empty: libpq's default
    int port = -1;       // -1: libpq's default (5432)
    QString database;    // empty: libpq's default (the user name)
    QString user;        // empty: libpq's default (the login name)
    QStringList options; // "sslmode=require", … (libpq keywords)
    QString display;     // the URL as shown to users (it never holds a password)
};

// Parses a postgresql:// URL; an Error (Usage) names what is wrong with it.
Result<Target> parseUrl(const QString& url);

class Connection
{
public:
    explicit Connection(Target target);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    const Target& target() const { return m_target; }
    // Connects, or reconnects after a failure (a server restart, a dropped network).
    std::optional<Error> ensureOpen();
    QSqlDatabase& db() { return m_db; }
    // The user this connection logged in as (session_user).
    QString userName() const { return m_user; }

    // A human message for a failed statement `doing` ("reading the products"); marks the connection for
    // a reconnect. Insufficient privilege becomes a read-only refusal (ProjectRefused).
    Error failure(const QString& doing, const QSqlError& error);

private:
    Target m_target;
    QString m_name;
    QSqlDatabase m_db;
    QString m_user;
    bool m_broken = false;
};

} // namespace shirube::core::pg
