// SPDX-License-Identifier: Apache-2.0
#pragma once

// Imports PMDA's official list of generic names (the 基準DB Excel sheet saved as "CSV UTF-8") into
// the user's data folder, where GenericNameTable::load() overlays it on the shipped rows. The shipped
// table is never written. The whole file is checked first and nothing is written unless every row is
// valid: each bad row is reported with its line and the column's name.

#include "core/common/Result.h"
#include "core/jmdn/GenericName.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace shirube::core {

// One problem in an imported file. `line` is the 1-based line of the CSV record (the header is
// usually line 1); `column` the PMDA header of the offending column, empty for a whole-row problem.
struct ImportIssue
{
    int line = 0;
    QString column;
    QString message;   // English (the CLI, logs)
    QString messageJa; // the same in Japanese (the app)
    QString text(Lang lang) const;
    QString toString() const; // "line 12, column コード: …" (English)
};

struct ImportReport
{
    int rows = 0;        // rows imported
    int curatedKept = 0; // rows that kept curated facts (source, certification standard) of the shipped table
    int newNames = 0;    // codes the shipped table does not have
    QStringList warnings; // e.g. a class that differs from the curated row's
    QString writtenFile;  // the user table written
};

class GenericNameImporter
{
public:
    // Caps the issues listed in an error message (the count of all of them is always given).
    static constexpr int kMaxListedIssues = 20;

    // Parses and checks PMDA's CSV. On failure the Error (code InvalidData, path = fileName, line =
    // the first bad line) lists every issue, one a line; `issues` (optional) receives them all.
    static Result<std::vector<GenericName>> parseCsv(const QByteArray& bytes, const QString& fileName,
                                                     std::vector<ImportIssue>* issues = nullptr);

    // parseCsv() on FILE, then merges the curated facts of `curated` (the shipped rows; rows with the
    // same code keep their source and certification standard) and writes the result atomically to
    // GenericNameTable::userTablePath(dataDir). Never touches the shipped table. `issues` (optional)
    // receives every bad row, as parseCsv().
    static Result<ImportReport> importFile(const QString& csvFile, const QString& dataDir,
                                           const std::vector<GenericName>& curated,
                                           std::vector<ImportIssue>* issues = nullptr);
};

} // namespace shirube::core
