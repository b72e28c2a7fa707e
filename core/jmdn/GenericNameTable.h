// SPDX-License-Identifier: Apache-2.0
#pragma once

// The table of Japanese generic names (一般的名称, JMDN codes): the curated rows shipped in the binary
// (resources/jmdn/generic-names.json, embedded as :/jmdn/generic-names.json) plus, when present, the
// table the user imported from PMDA's official list (GenericNameImporter) in the user's data folder.
// lookup() answers "which class, which 認証基準" for a code; search() finds names by Japanese or
// English text, partial words included, by code or by definition text.
//
// The planner and the GUI use only this header: load once (load()), then lookup() / search().

#include "core/common/Result.h"
#include "core/jmdn/GenericName.h"
#include "core/jmdn/GenericNameIndex.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace shirube::core {

// One search result.
struct GenericNameHit
{
    GenericName name;
    MatchTier tier = MatchTier::Other;
    double score = 0; // FTS5 bm25, lower is better (0 for matches found with LIKE only)
};

class GenericNameTable
{
public:
    struct Options
    {
        // Where the user's imported table lives; empty = defaultDataDir(). Tests pass a temporary folder.
        QString dataDir;
        bool loadUserTable = true;
    };

    GenericNameTable(GenericNameTable&&) noexcept;
    GenericNameTable& operator=(GenericNameTable&&) noexcept;
    ~GenericNameTable();

    // The shipped rows, overlaid by the user's imported table when one exists (a row of the user table
    // replaces the shipped row with the same code, keeping the curated facts the import does not carry:
    // source, certification standard, English name). A user table that cannot be read is skipped and
    // reported in warnings(); only a broken shipped table fails.
    static Result<GenericNameTable> load(const Options& options);
    static Result<GenericNameTable> load() { return load(Options{}); }
    // The shipped rows only.
    static Result<GenericNameTable> loadShipped();
    // Any rows (tests, benchmarks). Fails on an invalid or duplicate code.
    static Result<GenericNameTable> fromNames(std::vector<GenericName> names);

    // Parses a table file (the format of resources/jmdn/generic-names.json): {"about": {...}, "names":
    // [...]}.
    static Result<std::vector<GenericName>> parseTable(const QByteArray& json, const QString& fileName,
                                                       GenericNameOrigin origin);
    // Writes rows in that format, 2-space indented, keys in the shipped file's order.
    static QByteArray tableJson(const std::vector<GenericName>& names, const QJsonObject& about);

    static QString shippedPath(); // ":/jmdn/generic-names.json"
    // The per-user data folder shared by the app and shirube-cli: $SHIRUBE_DATA_DIR when set, else
    // QStandardPaths::GenericDataLocation + "/shirube" (~/.local/share/shirube on Linux), whatever the
    // application's name.
    static QString defaultDataDir();
    // DATA_DIR/jmdn/generic-names.json
    static QString userTablePath(const QString& dataDir = {});

    // The row for an 8-digit code (ASCII or full-width digits; white space ignored).
    std::optional<GenericName> lookup(const QString& code) const;
    // Ranked: exact code, code prefix, exact name, name prefix, name contains the query, then bm25
    // (see GenericNameIndex).
    // A query shorter than three characters is matched with LIKE. limit <= 0: every match.
    std::vector<GenericNameHit> search(const QString& query, int limit = 20) const;

    const std::vector<GenericName>& names() const { return m_names; }
    int size() const { return int(m_names.size()); }
    int userRowCount() const;
    // The user table that was overlaid, empty when none.
    QString userTableFile() const { return m_userTableFile; }
    // Problems that did not stop loading (an unreadable user table).
    QStringList warnings() const { return m_warnings; }

private:
    GenericNameTable() = default;
    static Result<GenericNameTable> build(std::vector<GenericName> names);

    std::vector<GenericName> m_names;
    QHash<QString, int> m_byCode;
    std::unique_ptr<GenericNameIndex> m_index;
    QString m_userTableFile;
    QStringList m_warnings;
};

// JSON text with object keys in the table file's order (code, name_ja, name_en, definition_ja, class,
// certification_standard, …) rather than QJsonDocument's alphabetical order; 2-space indent.
QByteArray toTableOrderedJson(const QJsonValue& value);

// `imported` (a row of PMDA's list) with the curated facts of `curated` (same code) it lacks: source,
// confidence and note, certification standard and English name. The imported class and flags win.
GenericName withCuratedFacts(GenericName imported, const GenericName& curated);

} // namespace shirube::core
