#include "core/storage/postgres/PgConnection.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace shirube::core::pg {

namespace {

QAtomicInteger<quint64> g_connections;

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
