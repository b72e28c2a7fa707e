// SPDX-License-Identifier: Apache-2.0
#include "core/storage/postgres/PgUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace shirube::core::pg {

namespace {

Error usage(const QString& url, const QString& why)
{
    return Error{ErrorCode::Usage, QStringLiteral("not a usable team-project URL: ") + why, url, 0};
}

// The libpq keywords a URL may carry (https://www.postgresql.org/docs/15/libpq-connect.html).
const QStringList& allowedKeywords()
{
    static const QStringList keys = {
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("sslcompression"),
        QStringLiteral("service"),          QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("passfile"),         QStringLiteral("gssencmode"),
    };
    return keys;
}

} // namespace

Result<Target> parseUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return usage(text, url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return usage(text, QStringLiteral("it must start with postgresql://"));
    if (!url.password().isEmpty())
        return usage(url.toString(QUrl::RemovePassword),
                     QStringLiteral("it contains a password. Shirube never takes or keeps passwords: put it "
                                    "in your PostgreSQL password file (~/.pgpass), a service file, or the "
                                    "PGPASSWORD environment variable"));
    Target t;
    t.host = url.host();
    t.port = url.port(-1);
    t.user = url.userName();
    t.database = url.path().mid(1);
    if (t.database.contains(QLatin1Char('/')))
        return usage(text, QStringLiteral("the path must be one database name"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            t.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            t.port = value.toInt(&ok);
            if (!ok || t.port <= 0 || t.port > 65535)
                return usage(text,
                             QStringLiteral("port \"") + value + QStringLiteral("\" is not a port number"));
        } else if (key == QLatin1String("dbname")) {
            t.database = value;
        } else if (key == QLatin1String("user")) {
            t.user = value;
        } else if (key == QLatin1String("password")) {
            return usage(url.toString(QUrl::RemovePassword | QUrl::RemoveQuery),
                         QStringLiteral("it contains a password. Shirube never takes or keeps passwords: "
                                        "put it in your PostgreSQL password file (~/.pgpass), a service "
                                        "file, or the PGPASSWORD environment variable"));
        } else if (allowedKeywords().contains(key)) {
            // QPSQL joins the options with spaces: a value with a space or a quote would spill over.
            if (value.isEmpty() || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\'')) ||
                value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\\')))
                return usage(text,
                             QStringLiteral("the value of ") + key +
                                 QStringLiteral(" is empty or has a space, quote, semicolon or backslash"));
            t.options << key + QLatin1Char('=') + value;
        } else {
            return usage(text, QStringLiteral("unknown setting \"") + key +
                                   QStringLiteral("\" (allowed: host, port, dbname, user, ") +
                                   allowedKeywords().join(QStringLiteral(", ")) + QLatin1Char(')'));
        }
    }
    t.display = url.toString(QUrl::RemovePassword);
    return t;
}

QString toUrl(const Target& t)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const bool socket = t.host.startsWith(QLatin1Char('/'));
    if (!socket)
        url.setHost(t.host.isEmpty() ? QStringLiteral("localhost") : t.host);
    if (!t.user.isEmpty() && !socket)
        url.setUserName(t.user);
    if (t.port > 0 && !socket)
        url.setPort(t.port);
    url.setPath(QLatin1Char('/') + t.database);
    QUrlQuery query;
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), t.host);
        if (t.port > 0)
            query.addQueryItem(QStringLiteral("port"), QString::number(t.port));
        if (!t.user.isEmpty())
            query.addQueryItem(QStringLiteral("user"), t.user);
    }
    for (const QString& option : t.options) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        query.addQueryItem(option.left(eq), option.mid(eq + 1));
    }
    url.setQuery(query);
    return url.toString();
}

} // namespace shirube::core::pg
