// SPDX-License-Identifier: Apache-2.0
#pragma once

// A team project's location: postgresql://[USER@][HOST][:PORT]/DATABASE[?sslmode=…&host=/socket/dir&…]
// (https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-CONNSTRING). Shirube never takes or keeps a
// password: a URL with one is refused, and libpq finds it in the user's password file (~/.pgpass or
// PGPASSFILE), a service file (?service=NAME), or PGPASSWORD. sslmode and the other libpq TLS settings in
// the URL are passed on as given. Headless and without Qt Sql, so the GUI's connection form can use it.

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

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

// The URL of a target (the inverse of parseUrl()).
QString toUrl(const Target& target);

} // namespace shirube::core::pg
