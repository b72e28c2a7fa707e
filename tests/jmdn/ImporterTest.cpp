// SPDX-License-Identifier: Apache-2.0
// GenericNameImporter: PMDA's list as CSV UTF-8. A generated 4,500-row file in PMDA's column layout
// imports; files with a missing column, a bad code, a duplicate code, a bad class or flag, a broken
// quote or non-UTF-8 bytes are refused with messages naming line and column; nothing is written then;
// the shipped table is never touched; curated facts survive an import.

#include "core/jmdn/CsvReader.h"
#include "core/jmdn/GenericNameImporter.h"
#include "core/jmdn/GenericNameTable.h"
#include "core/jmdn/PmdaColumns.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <functional>
#include <gtest/gtest.h>
#include <string>
#include <vector>

#include "tests/jmdn/NameGenerator.h"
#include "tests/support/QtPrinters.h"

namespace shirube::core {
namespace {

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray shippedHashes()
{
    return fileHash(GenericNameTable::shippedPath()) +
           fileHash(test::sourcePath("resources/jmdn/generic-names.json"));
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const std::vector<GenericName>& curated()
{
    static const std::vector<GenericName> rows = GenericNameTable::loadShipped().value().names();
    return rows;
}

class JmdnImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_shippedBefore = shippedHashes();
        ASSERT_FALSE(m_shippedBefore.isEmpty());
    }
    void TearDown() override { EXPECT_EQ(shippedHashes(), m_shippedBefore) << "the shipped table changed"; }

    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    QTemporaryDir m_dir;
    QByteArray m_shippedBefore;
};

TEST_F(JmdnImport, GeneratedPmdaListOfFourThousandFiveHundredRowsImports)
{
    std::vector<GenericName> rows = test::generateGenericNames(4500);
    // Two rows share a code with the curated table: their curated facts must survive.
    const GenericName ct = *GenericNameTable::loadShipped().value().lookup(QStringLiteral("37618010"));
    rows[10].code = ct.code;
    rows[10].nameJa = ct.nameJa;
    rows[10].deviceClass = 2;
    rows[10].nameEn.clear();
    rows[11].code = QStringLiteral("30854000");
    rows[11].nameJa = u("自己検査用グルコース測定器");
    rows[11].deviceClass = 3;
    const QString csv = path("pmda-list.csv");
    ASSERT_TRUE(writeFile(csv, test::pmdaCsv(rows)));

    const Result<ImportReport> report = GenericNameImporter::importFile(csv, dataDir(), curated());
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report.value().rows, 4500);
    EXPECT_EQ(report.value().curatedKept, 2);
    EXPECT_EQ(report.value().newNames, 4498);
    EXPECT_EQ(report.value().writtenFile, GenericNameTable::userTablePath(dataDir()));
    EXPECT_TRUE(QFileInfo::exists(report.value().writtenFile));

    const Result<GenericNameTable> table = GenericNameTable::load({dataDir(), true});
    ASSERT_TRUE(table) << table.error().toString().toStdString();
    EXPECT_TRUE(table.value().warnings().isEmpty())
        << table.value().warnings().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(table.value().userTableFile(), report.value().writtenFile);
    EXPECT_EQ(table.value().size(), int(curated().size()) + 4498);
    EXPECT_EQ(table.value().userRowCount(), 4500);

    // An imported row: every column read, including a definition with a quoted line break.
    const std::optional<GenericName> g = table.value().lookup(rows[96].code);
    ASSERT_TRUE(g.has_value());
    EXPECT_EQ(g->nameJa, rows[96].nameJa);
    EXPECT_EQ(g->nameEn, rows[96].nameEn);
    EXPECT_EQ(g->deviceClass, rows[96].deviceClass);
    EXPECT_EQ(g->specifiedMaintenance, rows[96].specifiedMaintenance);
    EXPECT_EQ(g->installationManagement, rows[96].installationManagement);
    EXPECT_EQ(g->qms, rows[96].qms);
    EXPECT_EQ(g->repairCategory, rows[96].repairCategory);
    EXPECT_TRUE(g->definitionJa.contains(QLatin1Char('\n')));
    EXPECT_EQ(g->origin, GenericNameOrigin::User);

    // The curated CT row kept its certification standard, English name and source.
    const std::optional<GenericName> merged = table.value().lookup(ct.code);
    ASSERT_TRUE(merged.has_value());
    EXPECT_EQ(merged->origin, GenericNameOrigin::User);
    EXPECT_EQ(merged->certificationStandard, ct.certificationStandard);
    EXPECT_TRUE(merged->source.contains(ct.source));
    EXPECT_TRUE(merged->source.contains(QStringLiteral("pmda-list.csv")));
    EXPECT_TRUE(table.value().lookup(QStringLiteral("30854000"))->certifiable());

    // Imported names are searchable; a name only the import has is found by a Japanese part.
    EXPECT_FALSE(table.value().search(rows[1234].nameJa.mid(2, 4), 0).empty());
    bool found = false;
    for (const GenericNameHit& h : table.value().search(rows[1234].nameJa, 3))
        found = found || h.name.code == rows[1234].code;
    EXPECT_TRUE(found);

    // Loading the shipped table alone still gives only the curated rows.
    EXPECT_EQ(GenericNameTable::loadShipped().value().size(), int(curated().size()));
}

TEST_F(JmdnImport, ReimportReplacesTheUserTable)
{
    const QString csv = path("a.csv");
    ASSERT_TRUE(writeFile(csv, test::pmdaCsv(test::generateGenericNames(50))));
    ASSERT_TRUE(GenericNameImporter::importFile(csv, dataDir(), curated()));
    ASSERT_TRUE(writeFile(csv, test::pmdaCsv(test::generateGenericNames(20))));
    ASSERT_TRUE(GenericNameImporter::importFile(csv, dataDir(), curated()));
    EXPECT_EQ(GenericNameTable::load({dataDir(), true}).value().userRowCount(), 20);
}

TEST_F(JmdnImport, ClassChangeAgainstTheCuratedRowIsAWarning)
{
    std::vector<GenericName> rows = test::generateGenericNames(3);
    rows[0].code = QStringLiteral("37618010");
    rows[0].deviceClass = 3;
    const QString csv = path("c.csv");
    ASSERT_TRUE(writeFile(csv, test::pmdaCsv(rows)));
    const Result<ImportReport> report = GenericNameImporter::importFile(csv, dataDir(), curated());
    ASSERT_TRUE(report);
    ASSERT_EQ(report.value().warnings.size(), 1);
    EXPECT_TRUE(report.value().warnings.first().contains(QStringLiteral("37618010")));
    EXPECT_EQ(
        GenericNameTable::load({dataDir(), true}).value().lookup(QStringLiteral("37618010"))->deviceClass, 3);
}

TEST_F(JmdnImport, BrokenUserTableIsSkippedWithAWarning)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(GenericNameTable::userTablePath(dataDir())).absolutePath()));
    ASSERT_TRUE(writeFile(GenericNameTable::userTablePath(dataDir()), "{\"names\": [ {\"code\": 1} ]}"));
    const Result<GenericNameTable> table = GenericNameTable::load({dataDir(), true});
    ASSERT_TRUE(table);
    EXPECT_EQ(table.value().size(), int(curated().size()));
    ASSERT_EQ(table.value().warnings().size(), 1);
    EXPECT_TRUE(table.value().warnings().first().contains(QStringLiteral("names[0].code")));
}

TEST_F(JmdnImport, MissingFileIsAnIoError)
{
    const Result<ImportReport> r = GenericNameImporter::importFile(path("nope.csv"), dataDir(), curated());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Io);
}

// ---- refused files (data-driven) ----

struct BadFile
{
    std::string name;
    std::function<QByteArray()> bytes;
    std::vector<const char*> expect; // substrings of the error message
    int line;                        // Error::line: the first bad line
};

void PrintTo(const BadFile& b, std::ostream* os)
{
    *os << b.name;
}

// Five good rows: the header is line 2 (after a title row), data rows are lines 3..7.
QString goodCsv(const QString& dropColumn = {})
{
    return QString::fromUtf8(test::pmdaCsv(test::generateGenericNames(5), dropColumn));
}

QByteArray replaceOnLine(int line, const QString& from, const QString& to)
{
    QStringList lines = goodCsv().split(QStringLiteral("\r\n"));
    lines[line - 1].replace(from, to);
    return lines.join(QStringLiteral("\r\n")).toUtf8();
}

std::vector<BadFile> badFiles()
{
    return {
        {"missing_column",
         [] { return goodCsv(u("クラス分類")).toUtf8(); },
         {"line 2, column クラス分類: the column is missing"},
         2},
        {"missing_two_columns",
         [] {
             QString csv = goodCsv(u("QMS"));
             csv.replace(u("修理区分,"), u("修理,"));
             return csv.toUtf8();
         },
         {"2 problems", "column 修理区分: the column is missing", "column QMS: the column is missing"},
         2},
        {"bad_code",
         [] { return replaceOnLine(5, QStringLiteral("80000002"), QStringLiteral("8000002")); },
         {"line 5, column コード: \"8000002\" is not an 8-digit code"},
         5},
        {"letters_in_code",
         [] { return replaceOnLine(4, QStringLiteral("80000001"), QStringLiteral("8000000A")); },
         {"line 4, column コード: \"8000000A\" is not an 8-digit code"},
         4},
        {"duplicate_code",
         [] { return replaceOnLine(7, QStringLiteral("80000004"), QStringLiteral("80000001")); },
         {"line 7, column コード: duplicate code 80000001 (first on line 4)"},
         7},
        {"bad_class",
         [] { return replaceOnLine(3, u(",Ⅰ,"), u(",Ⅴ,")); },
         {"line 3, column クラス分類: \"Ⅴ\" is not a class"},
         3},
        {"empty_name",
         [] { return replaceOnLine(6, u(",汎用プローブ,"), u(",,")); },
         {"line 6, column 一般的名称: is empty"},
         6},
        {"bad_flag",
         [] { return replaceOnLine(3, u(",該当,"), u(",はい,")); },
         {"line 3, column 特定保守: \"はい\" is neither 該当 nor blank/非該当"},
         3},
        {"not_utf8",
         [] {
             QByteArray bytes = goodCsv().toUtf8();
             const QByteArray shiftJis("\x83\x4a\x83\x65\x81\x5b\x83\x65\x83\x8b"); // カテーテル in Shift_JIS
             bytes.insert(bytes.indexOf("80000001") + 8, shiftJis);                 // line 4
             return bytes;
         },
         {"line 4: not valid UTF-8", "CSV UTF-8"},
         4},
        {"unterminated_quote",
         [] { return (goodCsv() + u("器51,\"80000009,never closed\r\n")).toUtf8(); },
         {"line 8: a quoted field is never closed"},
         8},
        {"not_a_pmda_list",
         [] { return QByteArray("name,class\nfoo,2\n"); },
         {"line 1: no header row naming the columns \"コード\" and \"一般的名称\""},
         1},
        {"header_only",
         [] { return goodCsv().section(QStringLiteral("\r\n"), 0, 1).toUtf8(); },
         {"line 2: the header is there but no row follows it"},
         2},
        {"empty_file", [] { return QByteArray(); }, {"line 1: the file is empty"}, 1},
    };
}

class JmdnImportRefused : public ::testing::TestWithParam<BadFile>
{
};

TEST_P(JmdnImportRefused, NamesLineAndColumnAndWritesNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray shippedBefore = shippedHashes();
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    ASSERT_TRUE(writeFile(csv, GetParam().bytes()));
    const QString dataDir = dir.filePath(QStringLiteral("data"));

    const Result<ImportReport> r = GenericNameImporter::importFile(csv, dataDir, curated());
    ASSERT_FALSE(r) << "imported " << r.value().rows << " rows";
    EXPECT_EQ(r.error().code, ErrorCode::InvalidData);
    EXPECT_EQ(r.error().path, csv);
    if (GetParam().line > 0) {
        EXPECT_EQ(r.error().line, GetParam().line);
    }
    for (const char* e : GetParam().expect)
        EXPECT_TRUE(r.error().message.contains(QString::fromUtf8(e))) << "message lacks '" << e << "':\n"
                                                                      << r.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(GenericNameTable::userTablePath(dataDir))) << "nothing is written";
    EXPECT_EQ(shippedHashes(), shippedBefore);
}

INSTANTIATE_TEST_SUITE_P(Files, JmdnImportRefused, ::testing::ValuesIn(badFiles()),
                         [](const ::testing::TestParamInfo<BadFile>& param) { return param.param.name; });

TEST(JmdnImportIssues, EveryBadRowIsReportedNotOnlyTheFirst)
{
    QString csv = QString::fromUtf8(test::pmdaCsv(test::generateGenericNames(40)));
    csv.replace(QStringLiteral(",80000010,"), QStringLiteral(",x,"));
    csv.replace(QStringLiteral(",80000020,"), QStringLiteral(",y,"));
    csv.replace(QStringLiteral(",80000030,"), QStringLiteral(",z,"));
    std::vector<ImportIssue> issues;
    const Result<std::vector<GenericName>> r =
        GenericNameImporter::parseCsv(csv.toUtf8(), QStringLiteral("f.csv"), &issues);
    ASSERT_FALSE(r);
    ASSERT_EQ(issues.size(), 3u);
    EXPECT_EQ(issues[0].line, 13);
    EXPECT_EQ(issues[1].line, 23);
    EXPECT_EQ(issues[2].line, 33);
    EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("the file was not imported (3 problems):")));
}

// ---- the pieces ----

TEST(JmdnPmdaColumns, ClassAndFlagSpellings)
{
    for (const char* one : {"Ⅰ", "I", "1", "クラスⅠ", "クラス I", "class i", "１"})
        EXPECT_EQ(parsePmdaClass(u(one)), 1) << one;
    EXPECT_EQ(parsePmdaClass(u("Ⅳ")), 4);
    EXPECT_EQ(parsePmdaClass(u("IV")), 4);
    EXPECT_EQ(parsePmdaClass(u("Ⅲ")), 3);
    for (const char* bad : {"", "0", "5", "Ⅴ", "II?", "two"})
        EXPECT_FALSE(parsePmdaClass(u(bad)).has_value()) << bad;
    EXPECT_EQ(parsePmdaFlag(u("該当")), true);
    EXPECT_EQ(parsePmdaFlag(u("○")), true);
    EXPECT_EQ(parsePmdaFlag(QString()), false);
    EXPECT_EQ(parsePmdaFlag(u("非該当")), false);
    EXPECT_EQ(parsePmdaFlag(u("−")), false);
    EXPECT_FALSE(parsePmdaFlag(u("たぶん")).has_value());
    EXPECT_EQ(normalizedHeader(u(" ＱＭＳ ")), QStringLiteral("QMS"));
}

TEST(JmdnCsvReader, QuotesCommasLineBreaksAndLines)
{
    int errorLine = 0;
    const std::optional<std::vector<CsvRecord>> r =
        CsvReader::parse(u("\xEF\xBB\xBF"
                           "a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n\r\nlast,row"),
                         &errorLine);
    ASSERT_TRUE(r.has_value());
    ASSERT_EQ(r->size(), 3u);
    EXPECT_EQ(r->at(0).fields, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(r->at(1).fields, (QStringList{u("x, \"y\""), u("two\nlines")}));
    EXPECT_EQ(r->at(1).line, 2);
    EXPECT_EQ(r->at(2).line, 5);
    EXPECT_FALSE(CsvReader::parse(u("a,\"b\nc"), &errorLine).has_value());
    EXPECT_EQ(errorLine, 1);
    EXPECT_EQ(CsvReader::firstInvalidUtf8Line(QByteArray("ok\nok\n\xff\n")), 3);
    EXPECT_EQ(CsvReader::firstInvalidUtf8Line(u("日本語\n").toUtf8()), 0);
}

} // namespace
} // namespace shirube::core
