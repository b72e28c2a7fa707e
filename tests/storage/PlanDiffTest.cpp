// SPDX-License-Identifier: Apache-2.0
// PlanDiff: what changed between two shirube.plan/1 objects (re-plan after a ruleset update).

#include "core/storage/PlanDiff.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;
using Kind = PlanChange::Kind;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char* kBefore =
    R"({"schema":"shirube.plan/1","ruleset":{"id":"jp-pmd","version":"2024.2"},"regulated":true,
 "class":2,"procedure":"certification","review_category":null,
 "designations":[{"id":"priority_samd","eligible":"possible"},{"id":"orphan","eligible":"no"}],
 "routes":[{"id":"standard","label":"Standard","months":{"p50":20,"p80":30.0},"cost_jpy":{"p50":1,"p80":5000000}},
           {"id":"two_stage","label":"Two-stage","months":{"p50":15,"p80":22.0},"cost_jpy":{"p50":1,"p80":7000000}}],
 "funding":[{"id":"amed_device_dev_promotion","name_ja":"医療機器開発推進研究事業","fit":"strong"}]})";

const char* kAfter =
    R"({"schema":"shirube.plan/1","ruleset":{"id":"jp-pmd","version":"2025.1"},"regulated":true,
 "class":3,"procedure":"approval","review_category":"new",
 "designations":[{"id":"priority_samd","eligible":"likely"},{"id":"orphan","eligible":"no"}],
 "routes":[{"id":"standard","label":"Standard","months":{"p50":20,"p80":33.5},"cost_jpy":{"p50":1,"p80":5000000}},
           {"id":"idaten","label":"IDATEN","months":{"p50":18,"p80":25.0},"cost_jpy":{"p50":1,"p80":6000000}}],
 "funding":[{"id":"mediso","name":"MEDISO","fit":"possible"}]})";

TEST(PlanDiff, IdenticalPlansHaveNoChanges)
{
    const PlanDiff d = diffPlans(parse(kBefore), parse(kBefore));
    EXPECT_TRUE(d.isEmpty());
    EXPECT_FALSE(d.changesOutcome());
}

TEST(PlanDiff, ReportsClassProcedureRoutesMonthsDesignationsAndFunding)
{
    const PlanDiff d = diffPlans(parse(kBefore), parse(kAfter));
    EXPECT_TRUE(d.changesOutcome());
    EXPECT_EQ(d.count(Kind::Ruleset), 1);
    EXPECT_EQ(d.count(Kind::Regulated), 0);
    EXPECT_EQ(d.count(Kind::DeviceClass), 1);
    EXPECT_EQ(d.count(Kind::Procedure), 1);
    EXPECT_EQ(d.count(Kind::ReviewCategory), 1);
    EXPECT_EQ(d.count(Kind::RouteAdded), 1);
    EXPECT_EQ(d.count(Kind::RouteRemoved), 1);
    EXPECT_EQ(d.count(Kind::RouteMonths), 1);
    EXPECT_EQ(d.count(Kind::RouteCost), 0);
    EXPECT_EQ(d.count(Kind::Designation), 1);
    EXPECT_EQ(d.count(Kind::FundingAdded), 1);
    EXPECT_EQ(d.count(Kind::FundingRemoved), 1);
    ASSERT_EQ(d.changes.size(), 10u);

    const QStringList lines = d.toStrings();
    EXPECT_TRUE(lines.contains(QStringLiteral("ruleset: jp-pmd 2024.2 -> jp-pmd 2025.1")));
    EXPECT_TRUE(lines.contains(QStringLiteral("class: 2 -> 3")));
    EXPECT_TRUE(lines.contains(QStringLiteral("procedure: certification -> approval")));
    EXPECT_TRUE(lines.contains(QStringLiteral("review category: none -> new")));
    EXPECT_TRUE(lines.contains(QStringLiteral("new route idaten (IDATEN): p80 25 months")));
    EXPECT_TRUE(
        lines.contains(QStringLiteral("route no longer offered: two_stage (Two-stage) (was p80 22 months)")));
    EXPECT_TRUE(lines.contains(QStringLiteral("route standard (Standard): p80 months 30 -> 33.5 (+3.5)")));
    EXPECT_TRUE(lines.contains(QStringLiteral("designation priority_samd: eligible possible -> likely")));
    EXPECT_TRUE(lines.contains(QStringLiteral("new funding match: mediso (MEDISO) (possible fit)")));
    EXPECT_TRUE(lines.contains(
        QStringLiteral("funding no longer matched: amed_device_dev_promotion (医療機器開発推進研究事業)")))
        << lines.join(QLatin1Char('\n')).toStdString();

    // Changes come in the order of the kinds.
    for (size_t i = 1; i < d.changes.size(); ++i)
        EXPECT_LE(int(d.changes[i - 1].kind), int(d.changes[i].kind));
}

TEST(PlanDiff, SmallMonthDifferencesAreNoise)
{
    QJsonObject after = parse(kBefore);
    QJsonArray routes = after.value(QStringLiteral("routes")).toArray();
    QJsonObject r = routes[0].toObject();
    r.insert(QStringLiteral("months"),
             QJsonObject{{QStringLiteral("p50"), 20}, {QStringLiteral("p80"), 30.04}});
    routes[0] = r;
    after.insert(QStringLiteral("routes"), routes);
    EXPECT_TRUE(diffPlans(parse(kBefore), after).isEmpty());
    PlanDiffOptions strict;
    strict.monthsTolerance = 0.01;
    const PlanDiff d = diffPlans(parse(kBefore), after, strict);
    ASSERT_EQ(d.changes.size(), 1u);
    EXPECT_EQ(d.changes[0].kind, Kind::RouteMonths);
    EXPECT_EQ(d.changes[0].subject, QStringLiteral("standard"));
}

TEST(PlanDiff, NotRegulatedAnymore)
{
    QJsonObject after = parse(kBefore);
    after.insert(QStringLiteral("regulated"), false);
    after.insert(QStringLiteral("class"), QJsonValue());
    const PlanDiff d = diffPlans(parse(kBefore), after);
    ASSERT_EQ(d.changes.size(), 2u);
    EXPECT_EQ(d.changes[0].toString(), QStringLiteral("regulated as a medical device: yes -> no"));
    EXPECT_EQ(d.changes[1].toString(), QStringLiteral("class: 2 -> none"));
}

TEST(PlanDiff, EmptySnapshotAgainstAPlanListsEverything)
{
    const PlanDiff d = diffPlans(QJsonObject(), parse(kAfter));
    EXPECT_EQ(d.count(Kind::RouteAdded), 2);
    EXPECT_EQ(d.count(Kind::FundingAdded), 1);
    EXPECT_EQ(d.count(Kind::DeviceClass), 1);
}

} // namespace
