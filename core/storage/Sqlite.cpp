// SPDX-License-Identifier: Apache-2.0
#include "core/storage/Sqlite.h"

#include <QDeadlineTimer>

#include <chrono>
#include <cstring>
#include <sqlite3.h>
#include <utility>

namespace shirube::core::sqlite {

namespace {

// The deadline of the sqlite3_step()/sqlite3_exec() running on this thread (see Database::progress()).
thread_local std::optional<QDeadlineTimer> t_stepDeadline;

// Arms the deadline for one step (or exec); nested calls keep the outer one.
class StepDeadline
{
public:
    StepDeadline()
        : m_outer(t_stepDeadline.has_value())
    {
        if (!m_outer)
            t_stepDeadline.emplace(std::chrono::seconds(kMaxStatementSeconds));
    }
    ~StepDeadline()
    {
        if (!m_outer)
            t_stepDeadline.reset();
    }
    StepDeadline(const StepDeadline&) = delete;
    StepDeadline& operator=(const StepDeadline&) = delete;

private:
    bool m_outer;
};

QString sqliteMessage(sqlite3* db);

// SQLite's message, or a plainer one for the limits Shirube sets.
QString describeFailure(sqlite3* db, int rc)
{
    switch (rc & 0xFF) {
    case SQLITE_INTERRUPT:
        return QStringLiteral("a query took longer than ") + QString::number(kMaxStatementSeconds) +
               QStringLiteral(" s and was stopped (a file crafted to be slow?)");
    case SQLITE_TOOBIG:
        return QStringLiteral("a value in it is larger than the ") + QString::number(kMaxValueBytes >> 20) +
               QStringLiteral(" MiB limit for one value of a project file");
    default:
        return sqliteMessage(db);
    }
}

QString sqliteMessage(sqlite3* db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

int Database::progress(void*)
{
    return t_stepDeadline && t_stepDeadline->hasExpired() ? 1 : 0;
}

bool Database::harden(sqlite3* db, QString* error)
{
    struct Flag
    {
        int op;
        int value;
    };
    // https://www.sqlite.org/security.html ("Untrusted SQLite database files").
    static constexpr Flag flags[] = {
        {SQLITE_DBCONFIG_DEFENSIVE, 1},
        {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
        {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
        {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
        {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
        {SQLITE_DBCONFIG_DQS_DDL, 0},
        {SQLITE_DBCONFIG_DQS_DML, 0},
        {SQLITE_DBCONFIG_ENABLE_FKEY, 1},
    };
    for (const Flag& f : flags) {
        int applied = -1;
        if (sqlite3_db_config(db, f.op, f.value, &applied) != SQLITE_OK || applied != f.value) {
            setError(error, QStringLiteral("cannot harden the SQLite connection (option ") +
                                QString::number(f.op) + QStringLiteral(")"));
            return false;
        }
    }
    // Limits for files from elsewhere (https://www.sqlite.org/limits.html): Shirube's tables have at
    // most a dozen columns and its values are far below 256 MiB.
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1 << 20);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 10);
    sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 100000);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 16);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    // Bounds every statement's running time: a crafted file (a huge, deep b-tree…) cannot keep a query
    // busy for ever. The handler runs every 10,000 virtual-machine steps.
    sqlite3_progress_handler(db, 10000, &Database::progress, nullptr);
    char* message = nullptr;
    if (sqlite3_exec(db, "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0; PRAGMA trusted_schema = OFF;",
                     nullptr, nullptr, &message) != SQLITE_OK) {
        setError(error, QString::fromUtf8(message ? message : "cannot set pragmas"));
        sqlite3_free(message);
        return false;
    }
    return true;
}

std::optional<Database> Database::createInMemory(QString* error)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database result(db);
    if (rc != SQLITE_OK) {
        setError(error, sqliteMessage(db));
        return std::nullopt;
    }
    sqlite3_extended_result_codes(db, 1);
    if (!harden(db, error))
        return std::nullopt;
    return result;
}

std::optional<Database> Database::fromBytes(const QByteArray& bytes, QString* error)
{
    std::optional<Database> result = createInMemory(error);
    if (!result)
        return std::nullopt;
    const auto size = sqlite3_int64(bytes.size());
    auto* buffer =
        static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(qMax<qsizetype>(1, bytes.size()))));
    if (!buffer) {
        setError(error, QStringLiteral("out of memory"));
        return std::nullopt;
    }
    std::memcpy(buffer, bytes.constData(), size_t(size));
    // A database in WAL mode cannot be deserialised; the bytes are a copy, so mark it rollback-mode.
    if (size >= 20 && buffer[18] == 2 && buffer[19] == 2) {
        buffer[18] = 1;
        buffer[19] = 1;
    }
    const int rc = sqlite3_deserialize(result->m_db, "main", buffer, size, size,
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) {
        setError(error, sqliteMessage(result->m_db));
        return std::nullopt;
    }
    return result;
}

bool Database::exec(const QString& sql, QString* error)
{
    char* message = nullptr;
    const StepDeadline deadline;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        setError(error, message ? QString::fromUtf8(message) : sqliteMessage(m_db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

namespace {

// The first column of the first row of `sql`, read by `column`; `none` when there is no row.
template <typename T, typename Column>
std::optional<T> queryOne(Database& db, const QString& sql, QString* error, Column column, T none)
{
    const QByteArray utf8 = sql.toUtf8();
    Statement s(db, utf8.constData());
    if (s.isValid() && s.next())
        return column(s);
    if (!s.isValid() || !s.done()) {
        setError(error, s.error());
        return std::nullopt;
    }
    return none;
}

} // namespace

std::optional<QString> Database::queryText(const QString& sql, QString* error)
{
    return queryOne<QString>(
        *this, sql, error, [](const Statement& s) { return s.text(0); }, QString());
}

std::optional<qint64> Database::queryInt(const QString& sql, QString* error)
{
    return queryOne<qint64>(
        *this, sql, error, [](const Statement& s) { return s.integer(0); }, 0);
}

QByteArray Database::serialize() const
{
    sqlite3_int64 size = 0;
    unsigned char* data = sqlite3_serialize(m_db, "main", &size, 0);
    if (!data)
        return {};
    QByteArray out(reinterpret_cast<const char*>(data), qsizetype(size));
    sqlite3_free(data);
    return out;
}

QString Database::lastError() const
{
    return sqliteMessage(m_db);
}

int Database::lastErrorCode() const
{
    return m_db ? sqlite3_errcode(m_db) : SQLITE_NOMEM;
}

Statement::Statement(Database& db, const char* sql)
    : m_db(db.handle())
{
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = sqliteMessage(m_db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, const QString& text)
{
    bindText(index, text.toUtf8());
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bindText(int index, const QByteArray& utf8)
{
    sqlite3_bind_text64(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), sqlite3_uint64(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bindBlob(int index, const QByteArray& bytes)
{
    sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bind(int index, const std::optional<double>& value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void Statement::bind(int index, const std::optional<qint64>& value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    int rc = SQLITE_OK;
    {
        const StepDeadline deadline;
        rc = sqlite3_step(m_stmt);
    }
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        m_done = true;
    } else {
        m_done = false;
        m_error = describeFailure(m_db, rc);
    }
    return false;
}

bool Statement::run()
{
    while (next()) {
    }
    const bool ok = m_done;
    reset();
    return ok;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_done = false;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::bytes(int column) const
{
    const void* data = sqlite3_column_type(m_stmt, column) == SQLITE_BLOB
                           ? sqlite3_column_blob(m_stmt, column)
                           : sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char*>(data), size) : QByteArray();
}

QByteArrayView Statement::view(int column) const
{
    const void* data = sqlite3_column_type(m_stmt, column) == SQLITE_BLOB
                           ? sqlite3_column_blob(m_stmt, column)
                           : sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArrayView(static_cast<const char*>(data), size) : QByteArrayView();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::optional<qint64> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

ScopedTransaction::ScopedTransaction(Database& db)
    : m_db(db)
{
    m_active = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_active)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

bool ScopedTransaction::commit(QString* error)
{
    if (!m_active) {
        setError(error, QStringLiteral("no transaction is active"));
        return false;
    }
    if (!m_db.exec(QStringLiteral("COMMIT"), error))
        return false;
    m_active = false;
    return true;
}

QString quoteIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace shirube::core::sqlite
