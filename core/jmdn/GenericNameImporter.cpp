// SPDX-License-Identifier: Apache-2.0
#include "core/jmdn/GenericNameImporter.h"

#include "core/jmdn/CsvReader.h"
#include "core/jmdn/GenericNameTable.h"
#include "core/jmdn/PmdaColumns.h"
#include "core/storage/AtomicWrite.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QStringDecoder>

namespace shirube::core {

namespace {

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

// Title rows may precede the header in a sheet saved as CSV: the header is the first of the first few
// records that names both the code and the name column.
constexpr int kHeaderSearchRows = 10;

Error importError(const QString& fileName, const std::vector<ImportIssue>& issues)
{
    QStringList lines;
    const int listed = std::min<int>(int(issues.size()), GenericNameImporter::kMaxListedIssues);
    for (int i = 0; i < listed; ++i)
        lines << issues[std::size_t(i)].toString();
    if (int(issues.size()) > listed)
        lines << QStringLiteral("… and %1 more").arg(int(issues.size()) - listed);
    const QString head =
        issues.size() == 1
            ? QStringLiteral("the file was not imported (1 problem):")
            : QStringLiteral("the file was not imported (%1 problems):").arg(int(issues.size()));
    return Error{ErrorCode::InvalidData, head + QLatin1Char('\n') + lines.join(QLatin1Char('\n')), fileName,
                 issues.empty() ? 0 : issues.front().line};
}

} // namespace

QString ImportIssue::text(Lang lang) const
{
    return lang == Lang::Ja && !messageJa.isEmpty() ? messageJa : message;
}

QString ImportIssue::toString() const
{
    QString where = QStringLiteral("line %1").arg(line);
    if (!column.isEmpty())
        where += QStringLiteral(", column ") + column;
    return where + QStringLiteral(": ") + message;
}

Result<std::vector<GenericName>> GenericNameImporter::parseCsv(const QByteArray& bytes,
                                                               const QString& fileName,
                                                               std::vector<ImportIssue>* issuesOut)
{
    std::vector<ImportIssue> issues;
    auto fail = [&]() -> Result<std::vector<GenericName>> {
        if (issuesOut)
            *issuesOut = issues;
        return importError(fileName, issues);
    };

    if (const int bad = CsvReader::firstInvalidUtf8Line(bytes)) {
        issues.push_back(
            {bad,
             {},
             u("not valid UTF-8 (PMDA's sheet must be saved as \"CSV UTF-8\"; Shift_JIS CSV is not "
               "read)"),
             u("UTF-8 ではありません（PMDA のシートは「CSV UTF-8」で保存してください。Shift_JIS の CSV "
               "は読めません）")});
        return fail();
    }
    const QString text = QString::fromUtf8(bytes);
    int quoteLine = 0;
    const std::optional<std::vector<CsvRecord>> records = CsvReader::parse(text, &quoteLine);
    if (!records) {
        issues.push_back({quoteLine,
                          {},
                          u("a quoted field is never closed"),
                          u("引用符で始まる項目が閉じられていません")});
        return fail();
    }
    if (records->empty()) {
        issues.push_back({1,
                          {},
                          u("the file is empty; expected PMDA's header row and one row per name"),
                          u("ファイルが空です。PMDA の見出し行と、名称ごとに1行が必要です")});
        return fail();
    }

    // Find the header row and map each known column to its index.
    const std::vector<PmdaColumnSpec>& specs = pmdaColumns();
    std::size_t headerIndex = 0;
    QHash<int, int> columnIndex; // PmdaColumn -> field index
    bool found = false;
    for (std::size_t r = 0; r < records->size() && r < std::size_t(kHeaderSearchRows) && !found; ++r) {
        QHash<int, int> map;
        const QStringList& fields = (*records)[r].fields;
        for (int f = 0; f < fields.size(); ++f) {
            const QString h = normalizedHeader(fields.at(f));
            for (const PmdaColumnSpec& spec : specs) {
                if (map.contains(int(spec.column)))
                    continue;
                bool match = h == normalizedHeader(spec.header);
                for (const QString& alias : spec.aliases)
                    match = match || h == normalizedHeader(alias);
                if (match)
                    map.insert(int(spec.column), f);
            }
        }
        if (map.contains(int(PmdaColumn::Code)) && map.contains(int(PmdaColumn::Name))) {
            headerIndex = r;
            columnIndex = map;
            found = true;
        }
    }
    if (!found) {
        issues.push_back(
            {records->front().line,
             {},
             u("no header row naming the columns \"") + pmdaColumn(PmdaColumn::Code).header + u("\" and \"") +
                 pmdaColumn(PmdaColumn::Name).header +
                 u("\" in the first %1 rows; is this PMDA's list of generic names?").arg(kHeaderSearchRows),
             u("最初の%1行に列「%2」と「%3」を含む見出し行がありません。PMDA の一般的名称リストですか？")
                 .arg(kHeaderSearchRows)
                 .arg(pmdaColumn(PmdaColumn::Code).header, pmdaColumn(PmdaColumn::Name).header)});
        return fail();
    }
    const int headerLine = (*records)[headerIndex].line;
    for (const PmdaColumnSpec& spec : specs) {
        if (spec.required && !columnIndex.contains(int(spec.column)))
            issues.push_back({headerLine, spec.header, u("the column is missing from the header row"),
                              u("見出し行にこの列がありません")});
    }
    if (!issues.empty())
        return fail();

    auto cell = [&](const CsvRecord& rec, PmdaColumn c) -> QString {
        const int i = columnIndex.value(int(c), -1);
        return i >= 0 && i < rec.fields.size() ? rec.fields.at(i).trimmed() : QString();
    };

    std::vector<GenericName> names;
    QHash<QString, int> firstLine; // code -> line
    const QString source = u("PMDA 基準DB, 一般的名称 list imported from ") + QFileInfo(fileName).fileName();
    for (std::size_t r = headerIndex + 1; r < records->size(); ++r) {
        const CsvRecord& rec = (*records)[r];
        bool rowOk = true;
        auto issue = [&](PmdaColumn c, const QString& message, const QString& messageJa) {
            issues.push_back({rec.line, pmdaColumn(c).header, message, messageJa});
            rowOk = false;
        };
        GenericName n;
        n.origin = GenericNameOrigin::User;
        n.confidence = Confidence::Sourced;
        n.source = source;

        const QString rawCode = cell(rec, PmdaColumn::Code);
        n.code = rawCode.normalized(QString::NormalizationForm_KC).trimmed();
        if (n.code.isEmpty())
            issue(PmdaColumn::Code, u("is empty"), u("空欄です"));
        else if (!isValidJmdnCode(n.code))
            issue(PmdaColumn::Code, u("\"%1\" is not an 8-digit code").arg(rawCode),
                  u("「%1」は8桁のコードではありません").arg(rawCode));
        else if (firstLine.contains(n.code))
            issue(PmdaColumn::Code,
                  u("duplicate code %1 (first on line %2)").arg(n.code).arg(firstLine.value(n.code)),
                  u("コード %1 が重複しています（最初は%2行目）").arg(n.code).arg(firstLine.value(n.code)));

        n.nameJa = cell(rec, PmdaColumn::Name);
        if (n.nameJa.isEmpty())
            issue(PmdaColumn::Name, u("is empty"), u("空欄です"));
        n.definitionJa = cell(rec, PmdaColumn::Definition);
        n.nameEn = cell(rec, PmdaColumn::NameEn);

        const QString cls = cell(rec, PmdaColumn::Class);
        if (const std::optional<int> c = parsePmdaClass(cls))
            n.deviceClass = *c;
        else
            issue(PmdaColumn::Class, u("\"%1\" is not a class (expected Ⅰ, Ⅱ, Ⅲ or Ⅳ)").arg(cls),
                  u("「%1」はクラスではありません（Ⅰ・Ⅱ・Ⅲ・Ⅳのいずれか）").arg(cls));

        struct Flag
        {
            PmdaColumn column;
            bool* target;
        };
        const Flag flags[] = {{PmdaColumn::SpecifiedMaintenance, &n.specifiedMaintenance},
                              {PmdaColumn::InstallationManagement, &n.installationManagement},
                              {PmdaColumn::Qms, &n.qms}};
        for (const Flag& f : flags) {
            const QString v = cell(rec, f.column);
            if (const std::optional<bool> b = parsePmdaFlag(v))
                *f.target = *b;
            else
                issue(f.column, u("\"%1\" is neither 該当 nor blank/非該当").arg(v),
                      u("「%1」は「該当」でも空欄・「非該当」でもありません").arg(v));
        }
        n.repairCategory = cell(rec, PmdaColumn::RepairCategory);
        n.previousCode = cell(rec, PmdaColumn::PreviousCode);
        n.previousName = cell(rec, PmdaColumn::PreviousName);

        if (rowOk) {
            firstLine.insert(n.code, rec.line);
            names.push_back(std::move(n));
        } else if (isValidJmdnCode(n.code) && !firstLine.contains(n.code)) {
            firstLine.insert(n.code, rec.line);
        }
    }
    if (!issues.empty())
        return fail();
    if (names.empty()) {
        issues.push_back({headerLine,
                          {},
                          u("the header is there but no row follows it"),
                          u("見出し行の後に行がありません")});
        return fail();
    }
    if (issuesOut)
        issuesOut->clear();
    return names;
}

Result<ImportReport> GenericNameImporter::importFile(const QString& csvFile, const QString& dataDir,
                                                     const std::vector<GenericName>& curated,
                                                     std::vector<ImportIssue>* issues)
{
    QFile file(csvFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, u("cannot read: ") + file.errorString(), csvFile, 0};
    Result<std::vector<GenericName>> parsed = parseCsv(file.readAll(), csvFile, issues);
    if (!parsed)
        return parsed.error();

    QHash<QString, const GenericName*> curatedByCode;
    for (const GenericName& c : curated)
        curatedByCode.insert(c.code, &c);
    ImportReport report;
    std::vector<GenericName> rows = std::move(parsed).value();
    for (GenericName& row : rows) {
        const GenericName* c = curatedByCode.value(row.code, nullptr);
        if (!c) {
            ++report.newNames;
            continue;
        }
        if (c->deviceClass != row.deviceClass) {
            report.warnings
                << u("%1 %2: class %3 in the imported list, %4 in the shipped table; the imported "
                     "class is used")
                       .arg(row.code, row.nameJa)
                       .arg(row.deviceClass)
                       .arg(c->deviceClass);
        }
        row = withCuratedFacts(std::move(row), *c);
        ++report.curatedKept;
    }
    report.rows = int(rows.size());

    const QString target = GenericNameTable::userTablePath(dataDir);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{ErrorCode::Io, u("cannot create the folder"), QFileInfo(target).absolutePath(), 0};
    const QJsonObject about{
        {u("title"), u("JMDN generic names imported from PMDA's list")},
        {u("imported_from"), QFileInfo(csvFile).fileName()},
        {u("imported_on"), QDate::currentDate().toString(Qt::ISODate)},
        {u("licence"), u("Source: PMDA 医療機器基準等情報 (std.pmda.go.jp), reusable under the Public Data "
                         "License 1.0 with "
                         "attribution; rows edited by Shirube (merged with its curated table).")}};
    if (const std::optional<QString> error =
            writeFileAtomically(target, GenericNameTable::tableJson(rows, about)))
        return Error{ErrorCode::Io, *error, target, 0};
    report.writtenFile = target;
    return report;
}

} // namespace shirube::core
