// SPDX-License-Identifier: Apache-2.0
// The shipped generic-name table: it loads, every row is well formed, lookup() and the data-driven
// search cases of data/search-cases.json.

#include "core/jmdn/GenericNameTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>
#include <string>
#include <vector>

#include "tests/jmdn/NameGenerator.h"
#include "tests/support/QtPrinters.h"

namespace shirube::core {
namespace {

const GenericNameTable& shipped()
{
    static const GenericNameTable table = [] {
        Result<GenericNameTable> t = GenericNameTable::loadShipped();
        if (!t)
            ADD_FAILURE() << t.error().toString().toStdString();
        return t ? std::move(t).value() : GenericNameTable::fromNames({}).value();
    }();
    return table;
}

TEST(JmdnTable, ShippedTableLoadsWithAtLeastFortyRows)
{
    EXPECT_GE(shipped().size(), 40);
    EXPECT_EQ(shipped().userRowCount(), 0);
    EXPECT_TRUE(shipped().warnings().isEmpty());
}

TEST(JmdnTable, EveryShippedRowIsWellFormed)
{
    QSet<QString> codes;
    for (const GenericName& n : shipped().names()) {
        SCOPED_TRACE(n.code.toStdString());
        EXPECT_TRUE(isValidJmdnCode(n.code));
        EXPECT_FALSE(codes.contains(n.code));
        codes.insert(n.code);
        EXPECT_FALSE(n.nameJa.isEmpty());
        EXPECT_FALSE(n.definitionJa.isEmpty());
        EXPECT_GE(n.deviceClass, 1);
        EXPECT_LE(n.deviceClass, 4);
        EXPECT_FALSE(n.source.isEmpty());
        EXPECT_NE(n.confidence, Confidence::Seed);
        if (n.confidence == Confidence::Estimate) {
            EXPECT_FALSE(n.note.isEmpty()) << "an estimate says why";
        }
        if (n.certificationStandard) {
            EXPECT_TRUE(n.deviceClass == 2 || n.deviceClass == 3)
                << "only class II and III names are certified";
        }
        EXPECT_EQ(n.origin, GenericNameOrigin::Shipped);
    }
}

TEST(JmdnTable, ShippedFileHasTheLicenceBlockFirst)
{
    QFile file(GenericNameTable::shippedPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonObject about =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("about")).toObject();
    EXPECT_TRUE(about.value(QStringLiteral("licence"))
                    .toString()
                    .contains(QStringLiteral("Public Data License 1.0")));
    EXPECT_TRUE(about.value(QStringLiteral("licence")).toString().contains(QStringLiteral("PMDA")));
    EXPECT_LT(bytes.indexOf("\"about\""), bytes.indexOf("\"names\""));
    // Reviewable: 2-space indentation, written the way tableJson() writes it.
    EXPECT_TRUE(bytes.startsWith("{\n  \"about\": {\n    \""));
}

TEST(JmdnTable, EmbeddedTableIsTheSourceFile)
{
    QFile embedded(GenericNameTable::shippedPath());
    QFile source(test::sourcePath("resources/jmdn/generic-names.json"));
    ASSERT_TRUE(embedded.open(QIODevice::ReadOnly));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    EXPECT_EQ(embedded.readAll(), source.readAll());
}

TEST(JmdnTable, TableJsonRoundTrips)
{
    const std::vector<GenericName> rows = shipped().names();
    const QByteArray json =
        GenericNameTable::tableJson(rows, QJsonObject{{QStringLiteral("title"), QStringLiteral("t")}});
    Result<std::vector<GenericName>> back =
        GenericNameTable::parseTable(json, QStringLiteral("x"), GenericNameOrigin::Shipped);
    ASSERT_TRUE(back) << back.error().toString().toStdString();
    EXPECT_TRUE(back.value() == rows);
}

TEST(JmdnTable, LookupByCode)
{
    const std::optional<GenericName> ct = shipped().lookup(QStringLiteral("37618010"));
    ASSERT_TRUE(ct.has_value());
    EXPECT_EQ(ct->nameJa, QString::fromUtf8("全身用X線CT診断装置"));
    EXPECT_EQ(ct->deviceClass, 2);
    EXPECT_TRUE(ct->certifiable());
    EXPECT_EQ(ct->procedure(), QStringLiteral("certification"));
    EXPECT_TRUE(ct->specifiedMaintenance);
    EXPECT_TRUE(ct->installationManagement);
    // Full-width digits and spaces are forgiven; unknown or malformed codes are not found.
    EXPECT_TRUE(shipped().lookup(QString::fromUtf8("３７６１８０１０")).has_value());
    EXPECT_TRUE(shipped().lookup(QStringLiteral(" 3761 8010 ")).has_value());
    EXPECT_FALSE(shipped().lookup(QStringLiteral("99999999")).has_value());
    EXPECT_FALSE(shipped().lookup(QStringLiteral("3761801")).has_value());
    EXPECT_FALSE(shipped().lookup(QString()).has_value());
}

TEST(JmdnTable, ProcedureFollowsClassAndCertification)
{
    EXPECT_EQ(shipped().lookup(QStringLiteral("37808000"))->procedure(), QStringLiteral("notification"));
    EXPECT_EQ(shipped().lookup(QStringLiteral("36035004"))->procedure(), QStringLiteral("approval"));
    EXPECT_EQ(shipped().lookup(QStringLiteral("30854000"))->procedure(), QStringLiteral("certification"));
}

TEST(JmdnTable, FromNamesRefusesBadAndDuplicateCodes)
{
    GenericName a;
    a.code = QStringLiteral("12345678");
    a.nameJa = QStringLiteral("a");
    a.deviceClass = 1;
    GenericName b = a;
    EXPECT_FALSE(GenericNameTable::fromNames({a, b}));
    b.code = QStringLiteral("1234567x");
    EXPECT_FALSE(GenericNameTable::fromNames({a, b}));
    b.code = QStringLiteral("87654321");
    EXPECT_TRUE(GenericNameTable::fromNames({a, b}));
}

TEST(JmdnTable, ParseTableNamesTheBadRow)
{
    const QByteArray json = R"({"names": [
        {"code": "12345678", "name_ja": "a", "class": 2, "specified_maintenance": false,
         "installation_management": false, "qms": true, "source": "s", "confidence": "sourced"},
        {"code": "12345679", "name_ja": "b", "class": 5, "specified_maintenance": false,
         "installation_management": false, "qms": true, "source": "s", "confidence": "sourced"}]})";
    Result<std::vector<GenericName>> r =
        GenericNameTable::parseTable(json, QStringLiteral("t.json"), GenericNameOrigin::User);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::InvalidData);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("names[1] (12345679).class")))
        << r.error().message.toStdString();
}

TEST(JmdnTable, SearchOverGeneratedNames)
{
    Result<GenericNameTable> t = GenericNameTable::fromNames(test::generateGenericNames(5000));
    ASSERT_TRUE(t);
    EXPECT_EQ(t.value().size(), 5000);
    const std::vector<GenericNameHit> hits = t.value().search(QString::fromUtf8("中心循環系カテーテル"), 5);
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front().name.nameJa, QString::fromUtf8("中心循環系カテーテル"));
    EXPECT_EQ(hits.front().tier, MatchTier::ExactName);
    EXPECT_EQ(t.value().search(QStringLiteral("cath"), 0).size(), 250u) << "every 20th name is a catheter";
}

// ---- data-driven search cases ----

struct SearchCase
{
    std::string name;
    QJsonObject spec;
};

void PrintTo(const SearchCase& c, std::ostream* os)
{
    *os << c.name;
}

std::vector<SearchCase> loadSearchCases()
{
    std::vector<SearchCase> cases;
    QFile file(test::testData("jmdn/data/search-cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return cases;
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
    for (const QJsonValue& v : list)
        cases.push_back({v.toObject().value(QStringLiteral("name")).toString().toStdString(), v.toObject()});
    return cases;
}

class JmdnSearch : public ::testing::TestWithParam<SearchCase>
{
};

TEST(JmdnSearchCases, FileHasCases)
{
    EXPECT_GE(loadSearchCases().size(), 15u);
}

TEST_P(JmdnSearch, Case)
{
    const QJsonObject spec = GetParam().spec;
    const QString query = spec.value(QStringLiteral("query")).toString();
    const std::vector<GenericNameHit> hits = shipped().search(query, 0);
    QStringList codes;
    for (const GenericNameHit& h : hits)
        codes << h.name.code;
    SCOPED_TRACE("query '" + query.toStdString() + "' gave " + codes.join(QLatin1Char(' ')).toStdString());
    for (const QJsonValue& c : spec.value(QStringLiteral("contains")).toArray())
        EXPECT_TRUE(codes.contains(c.toString())) << "missing " << c.toString().toStdString();
    for (const QJsonValue& c : spec.value(QStringLiteral("absent")).toArray())
        EXPECT_FALSE(codes.contains(c.toString())) << "unexpected " << c.toString().toStdString();
    if (spec.contains(QStringLiteral("first"))) {
        ASSERT_FALSE(hits.empty());
        EXPECT_EQ(hits.front().name.code, spec.value(QStringLiteral("first")).toString());
    }
    if (spec.contains(QStringLiteral("first_tier"))) {
        ASSERT_FALSE(hits.empty());
        EXPECT_EQ(int(hits.front().tier), spec.value(QStringLiteral("first_tier")).toInt());
    }
    for (const QJsonValue& pair : spec.value(QStringLiteral("before")).toArray()) {
        const qsizetype a = codes.indexOf(pair.toArray().at(0).toString());
        const qsizetype b = codes.indexOf(pair.toArray().at(1).toString());
        EXPECT_TRUE(a >= 0 && b >= 0 && a < b) << pair.toArray().at(0).toString().toStdString() << " before "
                                               << pair.toArray().at(1).toString().toStdString();
    }
    if (spec.contains(QStringLiteral("max_hits"))) {
        EXPECT_LE(int(hits.size()), spec.value(QStringLiteral("max_hits")).toInt());
    }
    // Ranked: tiers never go down the list, and within a tier the bm25 score never improves.
    for (std::size_t i = 1; i < hits.size(); ++i) {
        EXPECT_LE(int(hits[i - 1].tier), int(hits[i].tier));
        if (hits[i - 1].tier == hits[i].tier) {
            EXPECT_LE(hits[i - 1].score, hits[i].score + 1e-9);
        }
    }
}

TEST(JmdnSearchRanking, LimitKeepsTheBestHits)
{
    const std::vector<GenericNameHit> all = shipped().search(QStringLiteral("1072"), 0);
    const std::vector<GenericNameHit> two = shipped().search(QStringLiteral("1072"), 2);
    ASSERT_GE(all.size(), 4u);
    ASSERT_EQ(two.size(), 2u);
    EXPECT_EQ(two[0].name.code, all[0].name.code);
    EXPECT_EQ(two[1].name.code, all[1].name.code);
}

INSTANTIATE_TEST_SUITE_P(Shipped, JmdnSearch, ::testing::ValuesIn(loadSearchCases()),
                         [](const ::testing::TestParamInfo<SearchCase>& param) { return param.param.name; });

} // namespace
} // namespace shirube::core
