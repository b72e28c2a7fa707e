// SPDX-License-Identifier: Apache-2.0
#pragma once

// A connection to a team project's PostgreSQL database through Qt's QPSQL driver (libpq).
//
// The location is a URL (PgUrl.h); no password is ever set here: libpq finds it.

#include "core/common/Result.h"
#include "core/storage/postgres/PgUrl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <optional>

namespace shirube::core::pg {

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
