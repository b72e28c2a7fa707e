// SPDX-License-Identifier: Apache-2.0
#pragma once

// A thin RAII layer over the SQLite C API for core/storage (not for the ui). No SQLite header leaks
// from here: the handles are forward-declared. Every database is in memory: project files are read
// into memory and checked there, and written by serialising an in-memory database (ProjectFile.cpp).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace shirube::core::sqlite {

// The largest value (text or blob) a project file may hold, and the longest one step of a statement may
// run, for files from elsewhere.
inline constexpr int kMaxValueBytes = 256 << 20;
inline constexpr int kMaxStatementSeconds = 60;

// One connection to an in-memory database.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // An empty in-memory database, hardened (see harden()). nullopt + `error` on failure.
    static std::optional<Database> createInMemory(QString* error);
    // The bytes of a database file as an in-memory database (the bytes are copied; nothing on disk
    // is ever opened). Hardened before the schema is read.
    static std::optional<Database> fromBytes(const QByteArray& bytes, QString* error);

    sqlite3* handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }

    // Runs one or more statements; false + `error` on failure.
    bool exec(const QString& sql, QString* error = nullptr);
    // The first column of the first row of a query, as text (empty when no row); nullopt on error.
    std::optional<QString> queryText(const QString& sql, QString* error = nullptr);
    std::optional<qint64> queryInt(const QString& sql, QString* error = nullptr);

    // The database file image (what would be on disk).
    QByteArray serialize() const;
    QString lastError() const;
    // sqlite3_errcode() of the last failure (SQLITE_TOOBIG, SQLITE_INTERRUPT, SQLITE_CORRUPT…).
    int lastErrorCode() const;

private:
    explicit Database(sqlite3* db)
        : m_db(db)
    {}
    // SQLite's guidance for files from elsewhere: defensive mode, untrusted schema, no triggers, no
    // views, no extensions, no ATTACH, cell size checks, no memory mapping.
    static bool harden(sqlite3* db, QString* error);
    // sqlite3_progress_handler(): non-zero (interrupt) once the running step passed its deadline.
    static int progress(void*);

    sqlite3* m_db = nullptr;
};

// One prepared statement. Binding indices are 1-based, column indices 0-based (as in SQLite).
class Statement
{
public:
    Statement(Database& db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }

    void bind(int index, const QString& text);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bindText(int index, const QByteArray& utf8);
    void bindBlob(int index, const QByteArray& bytes);
    void bindNull(int index);
    void bind(int index, const std::optional<double>& value);
    void bind(int index, const std::optional<qint64>& value);

    // Steps once: true while a row is available. After false, check done() / error().
    bool next();
    bool done() const { return m_done; }
    // Runs a statement that returns no rows; false + error() on failure. Resets it for reuse.
    bool run();
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    int columnType(int column) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
    QString text(int column) const;
    QByteArray bytes(int column) const; // text or blob, raw
    // The same without a copy; valid until the next step/reset.
    QByteArrayView view(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<qint64> optionalInteger(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
    bool m_done = false;
};

// BEGIN on construction, ROLLBACK on destruction unless commit() succeeded.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(Database& db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction&) = delete;
    ScopedTransaction& operator=(const ScopedTransaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString* error = nullptr);

private:
    Database& m_db;
    bool m_active = false;
};

// "…" quoted as an SQL identifier.
QString quoteIdentifier(const QString& name);

} // namespace shirube::core::sqlite
