// SPDX-License-Identifier: Apache-2.0
#include "core/planning/Plan.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;

namespace {

// A plan written by hand: the writers must not depend on the planner.
Plan samplePlan()
{
    Plan p;
    p.rulesetId = QStringLiteral("jp-pmd");
    p.rulesetVersion = QStringLiteral("2025.1");
    p.profileName = QStringLiteral("Gram-stain image AI");
    p.asOf = QStringLiteral("2025-04");
    p.samples = 10000;
    p.maxRoutes = 5;
    p.classification.regulated = true;
    p.classification.deviceClass = 2;
    p.classification.ruleClass = 2;
    p.classification.procedure = QStringLiteral("approval");
    p.classification.reviewCategory = QStringLiteral("new");
    p.classification.rationale.push_back({QStringLiteral("samd.imdrf.serious.diagnose"),
                                          QStringLiteral("IMDRF category II | serious"),
                                          QStringLiteral("IMDRF-N12"), Confidence::Sourced});

    DesignationResult d;
    d.id = QStringLiteral("priority_samd");
    d.name = QStringLiteral("Priority review for innovative SaMD");
    d.eligible = QStringLiteral("likely");
    d.reasons << QStringLiteral("✓ Software (samd = true)");
    d.provenance = {QStringLiteral("seed#H12"), Confidence::Seed};
    p.designations.push_back(d);

    Route r;
    r.id = QStringLiteral("standard");
    r.label = QStringLiteral("Standard, with \"study\", and review");
    r.states << QStringLiteral("clinical") << QStringLiteral("filed") << QStringLiteral("approved");
    r.transitions << QStringLiteral("study") << QStringLiteral("review");
    RouteStep s1;
    s1.activity = QStringLiteral("clinical_performance_study");
    s1.activityName = QStringLiteral("Clinical performance study");
    s1.transition = QStringLiteral("study");
    s1.stateAfter = QStringLiteral("filed");
    s1.months = {3, 4.25, 6};
    s1.costJpy = {5000000.4, 8000000.6, 12000000};
    s1.provenance = {QStringLiteral("estimate; seed#H7"), Confidence::Estimate};
    s1.note = QStringLiteral("basis: similar studies");
    RouteStep s2;
    s2.activity = QStringLiteral("pmda_review");
    s2.activityName = QStringLiteral("PMDA review");
    s2.transition = QStringLiteral("review");
    s2.stateAfter = QStringLiteral("approved");
    s2.months = {10, 12, 16};
    s2.costJpy = ThreePoint::fixed(11651400);
    s2.parallel = true;
    s2.provenance = {QStringLiteral("FD-fees"), Confidence::Sourced};
    r.steps = {s1, s2};
    r.months = {17.04, 19.96};
    r.costJpy = {19651400.5, 23000000.2};
    r.paretoOptimal = true;
    r.meetsTargetDate = 0.83333;
    r.withinBudget = false;
    r.assumptions << QStringLiteral("evidence.exploratory_data_only = true (unanswered)");
    p.routes.push_back(r);

    Route r2 = r;
    r2.id = QStringLiteral("two_stage@clinical_data=required");
    r2.label = QStringLiteral("Two-stage | first stage");
    r2.scenario = QStringLiteral("clinical_data=required");
    r2.paretoOptimal = false;
    r2.meetsTargetDate.reset();
    r2.withinBudget.reset();
    r2.assumptions.clear();
    r2.designations << QStringLiteral("two_stage");
    p.routes.push_back(r2);

    FundingMatch f;
    f.id = QStringLiteral("amed_device_dev_promotion");
    f.nameJa = QStringLiteral("医療機器開発推進研究事業");
    f.name = QStringLiteral("Medical device development promotion");
    f.ministry = QStringLiteral("MHLW");
    f.amed = true;
    f.fy = 2025;
    f.budgetJpy = 1200000000;
    f.area = QStringLiteral("burden_reduction");
    f.fit = QStringLiteral("strong");
    f.reasons << QStringLiteral("✓ applicant startup");
    f.coversActivities << QStringLiteral("clinical_performance_study");
    f.provenance = {QStringLiteral("seed#H6"), Confidence::Seed};
    p.funding.push_back(f);
    FundingMatch g = f;
    g.id = QStringLiteral("mediso");
    g.budgetJpy.reset();
    g.area.clear();
    g.fit = QStringLiteral("possible");
    p.funding.push_back(g);

    p.warnings << QStringLiteral("known_class 3 overrides the class the rules give (2)");
    p.sources.push_back({QStringLiteral("FD-fees"), QStringLiteral("Fee ordinance"),
                         QStringLiteral("https://example.invalid/fees")});
    return p;
}

// RFC 4180 parser for the tests: records of fields, quotes doubled inside quoted fields.
std::vector<QStringList> parseCsv(const QString& text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "unterminated quote";
    EXPECT_TRUE(field.isEmpty() && row.isEmpty()) << "last record not terminated by CRLF";
    return rows;
}

} // namespace

TEST(PlanWriters, JsonHasTheShirubePlanShape)
{
    const QJsonObject o = planToJson(samplePlan());
    EXPECT_EQ(o.value(QStringLiteral("schema")).toString(), QStringLiteral("shirube.plan/1"));
    EXPECT_EQ(o.value(QStringLiteral("ruleset")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("jp-pmd"));
    EXPECT_EQ(o.value(QStringLiteral("ruleset")).toObject().value(QStringLiteral("version")).toString(),
              QStringLiteral("2025.1"));
    EXPECT_EQ(o.value(QStringLiteral("profile")).toString(), QStringLiteral("Gram-stain image AI"));
    EXPECT_EQ(o.value(QStringLiteral("regulated")), QJsonValue(true));
    EXPECT_EQ(o.value(QStringLiteral("class")).toInt(), 2);
    EXPECT_EQ(o.value(QStringLiteral("procedure")).toString(), QStringLiteral("approval"));
    EXPECT_EQ(o.value(QStringLiteral("review_category")).toString(), QStringLiteral("new"));
    EXPECT_EQ(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2025-04"));
    EXPECT_EQ(o.value(QStringLiteral("samples")).toInt(), 10000);

    const QJsonObject rationale = o.value(QStringLiteral("class_rationale")).toArray().at(0).toObject();
    EXPECT_EQ(rationale.value(QStringLiteral("rule")).toString(),
              QStringLiteral("samd.imdrf.serious.diagnose"));
    EXPECT_EQ(rationale.value(QStringLiteral("source")).toString(), QStringLiteral("IMDRF-N12"));
    EXPECT_EQ(rationale.value(QStringLiteral("confidence")).toString(), QStringLiteral("sourced"));

    const QJsonObject des = o.value(QStringLiteral("designations")).toArray().at(0).toObject();
    EXPECT_EQ(des.value(QStringLiteral("id")).toString(), QStringLiteral("priority_samd"));
    EXPECT_EQ(des.value(QStringLiteral("eligible")).toString(), QStringLiteral("likely"));
    EXPECT_EQ(des.value(QStringLiteral("reasons")).toArray().size(), 1);

    const QJsonArray routes = o.value(QStringLiteral("routes")).toArray();
    ASSERT_EQ(routes.size(), 2);
    const QJsonObject r = routes.at(0).toObject();
    EXPECT_EQ(r.value(QStringLiteral("id")).toString(), QStringLiteral("standard"));
    EXPECT_FALSE(r.contains(QStringLiteral("scenario")));
    EXPECT_EQ(routes.at(1).toObject().value(QStringLiteral("scenario")).toString(),
              QStringLiteral("clinical_data=required"));
    // Months to 0.1, yen to integers, probabilities to 0.001.
    EXPECT_EQ(r.value(QStringLiteral("months")).toObject().value(QStringLiteral("p50")).toDouble(), 17.0);
    EXPECT_EQ(r.value(QStringLiteral("months")).toObject().value(QStringLiteral("p80")).toDouble(), 20.0);
    EXPECT_EQ(r.value(QStringLiteral("cost_jpy")).toObject().value(QStringLiteral("p50")).toInteger(),
              19651401);
    EXPECT_EQ(r.value(QStringLiteral("cost_jpy")).toObject().value(QStringLiteral("p80")).toInteger(),
              23000000);
    EXPECT_EQ(r.value(QStringLiteral("pareto_optimal")), QJsonValue(true));
    EXPECT_EQ(r.value(QStringLiteral("meets_target_date")).toDouble(), 0.833);
    EXPECT_TRUE(routes.at(1).toObject().value(QStringLiteral("meets_target_date")).isNull());
    EXPECT_EQ(r.value(QStringLiteral("within_budget")), QJsonValue(false));
    EXPECT_TRUE(routes.at(1).toObject().value(QStringLiteral("within_budget")).isNull());
    EXPECT_EQ(r.value(QStringLiteral("assumptions")).toArray().size(), 1);

    const QJsonArray steps = r.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 2);
    const QJsonObject s1 = steps.at(0).toObject();
    EXPECT_EQ(s1.value(QStringLiteral("activity")).toString(), QStringLiteral("clinical_performance_study"));
    EXPECT_EQ(s1.value(QStringLiteral("state_after")).toString(), QStringLiteral("filed"));
    EXPECT_EQ(s1.value(QStringLiteral("months")).toObject().value(QStringLiteral("likely")).toDouble(), 4.3);
    EXPECT_EQ(s1.value(QStringLiteral("months")).toObject().value(QStringLiteral("max")).toDouble(), 6.0);
    EXPECT_EQ(s1.value(QStringLiteral("cost_jpy")).toInteger(), 8000001); // the most likely cost
    EXPECT_EQ(s1.value(QStringLiteral("cost_jpy_range")).toObject().value(QStringLiteral("min")).toInteger(),
              5000000);
    EXPECT_EQ(s1.value(QStringLiteral("source")).toString(), QStringLiteral("estimate; seed#H7"));
    EXPECT_EQ(s1.value(QStringLiteral("confidence")).toString(), QStringLiteral("estimate"));
    EXPECT_EQ(s1.value(QStringLiteral("parallel")), QJsonValue(false));
    EXPECT_EQ(s1.value(QStringLiteral("note")).toString(), QStringLiteral("basis: similar studies"));
    EXPECT_EQ(steps.at(1).toObject().value(QStringLiteral("parallel")), QJsonValue(true));
    EXPECT_FALSE(steps.at(1).toObject().contains(QStringLiteral("note")));

    const QJsonArray funding = o.value(QStringLiteral("funding")).toArray();
    ASSERT_EQ(funding.size(), 2);
    const QJsonObject f = funding.at(0).toObject();
    EXPECT_EQ(f.value(QStringLiteral("name_ja")).toString(), QStringLiteral("医療機器開発推進研究事業"));
    EXPECT_EQ(f.value(QStringLiteral("ministry")).toString(), QStringLiteral("MHLW"));
    EXPECT_EQ(f.value(QStringLiteral("fy")).toInt(), 2025);
    EXPECT_EQ(f.value(QStringLiteral("budget_jpy")).toInteger(), 1200000000);
    EXPECT_EQ(f.value(QStringLiteral("area")).toString(), QStringLiteral("burden_reduction"));
    EXPECT_EQ(f.value(QStringLiteral("fit")).toString(), QStringLiteral("strong"));
    EXPECT_EQ(f.value(QStringLiteral("covers_activities")).toArray().size(), 1);
    EXPECT_EQ(f.value(QStringLiteral("source")).toString(), QStringLiteral("seed#H6"));
    EXPECT_TRUE(funding.at(1).toObject().value(QStringLiteral("budget_jpy")).isNull());
    EXPECT_TRUE(funding.at(1).toObject().value(QStringLiteral("area")).isNull());

    EXPECT_EQ(o.value(QStringLiteral("warnings")).toArray().size(), 1);
    EXPECT_EQ(o.value(QStringLiteral("assumptions")).toArray().size(), 1);
    EXPECT_EQ(o.value(QStringLiteral("sources"))
                  .toObject()
                  .value(QStringLiteral("FD-fees"))
                  .toObject()
                  .value(QStringLiteral("url")),
              QJsonValue(QStringLiteral("https://example.invalid/fees")));
}

TEST(PlanWriters, JsonUsesNullForWhatIsUndetermined)
{
    Plan p;
    p.classification.decidingQuestions << QStringLiteral("kind");
    Scenario s;
    s.id = QStringLiteral("kind=samd");
    s.label = QStringLiteral("if kind = samd");
    s.classification.regulated = true;
    s.classification.deviceClass = 2;
    p.scenarios.push_back(s);
    const QJsonObject o = planToJson(p);
    EXPECT_TRUE(o.value(QStringLiteral("regulated")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("class")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("procedure")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("review_category")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("routes")).toArray().size(), 0);
    EXPECT_EQ(o.value(QStringLiteral("deciding_questions")).toArray().at(0).toString(),
              QStringLiteral("kind"));
    const QJsonObject so = o.value(QStringLiteral("scenarios")).toArray().at(0).toObject();
    EXPECT_EQ(so.value(QStringLiteral("id")).toString(), QStringLiteral("kind=samd"));
    EXPECT_EQ(so.value(QStringLiteral("class")).toInt(), 2);
    EXPECT_TRUE(so.value(QStringLiteral("procedure")).isNull());

    p.classification.regulated = false;
    EXPECT_EQ(planToJson(p).value(QStringLiteral("regulated")), QJsonValue(false));
}

TEST(PlanWriters, MarkdownIsAReadableReport)
{
    const QString md = planToMarkdown(samplePlan());
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Market-entry plan: Gram-stain image AI\n")));
    for (const char* heading : {"## Classification", "## Designations", "## Routes", "## Funding and support",
                                "## Warnings", "## Sources", "### 1. Standard"}) {
        EXPECT_TRUE(md.contains(QString::fromUtf8(heading))) << heading;
    }
    // Rationale with its source and confidence mark, without the rule's id; '|' inside a cell is escaped.
    EXPECT_TRUE(md.contains(QStringLiteral("| IMDRF category II \\| serious | IMDRF-N12 | ● sourced |")))
        << md.toStdString();
    // The routes table: P50/P80, target-date probability, Pareto star, budget.
    EXPECT_TRUE(md.contains(QStringLiteral("| 1 | ★ Standard, with \"study\", and review | 17.0 | 20.0 | "
                                           "¥19,651,401 | ¥23,000,000 | 83 % | over |")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("Two-stage \\| first stage")));
    // Steps with ranges, parallel mark, source and confidence.
    EXPECT_TRUE(md.contains(
        QStringLiteral("| 1 | Clinical performance study | filed | 3 / 4.25 / 6 | ¥5,000,000–¥12,000,000 "
                       "(¥8,000,001) | estimate; seed#H7 | △ estimate |")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral(
        "| 2 | ∥ PMDA review | approved | 10 / 12 / 16 | ¥11,651,400 | FD-fees | ● sourced |")));
    // An assumption in words, not as the engine's expression.
    EXPECT_TRUE(md.contains(QStringLiteral("- “Exploratory data only”: Yes\n"))) << md.toStdString();
    // No identifier in backticks, no field path, no rule id anywhere.
    EXPECT_FALSE(md.contains(QLatin1Char('`'))) << md.toStdString();
    EXPECT_FALSE(md.contains(QStringLiteral("exploratory_data_only")));
    EXPECT_FALSE(md.contains(QStringLiteral("samd.imdrf")));
    EXPECT_TRUE(
        md.contains(QStringLiteral("医療機器開発推進研究事業 / Medical device development promotion")));
    EXPECT_TRUE(md.contains(QStringLiteral("- known_class 3 overrides")));
    EXPECT_TRUE(md.contains(QStringLiteral("- **FD-fees**: Fee ordinance — <https://example.invalid/fees>")));

    Plan ja = samplePlan();
    ja.lang = Lang::Ja;
    const QString mdJa = planToMarkdown(ja);
    EXPECT_TRUE(mdJa.contains(QStringLiteral("## クラス分類")));
    EXPECT_TRUE(mdJa.contains(QStringLiteral("## ルート")));
}

TEST(PlanWriters, MarkdownGivesADesignationsChanceOnlyWhereTheProductQualifies)
{
    Plan p = samplePlan();
    p.designations.front().chance = 3.0 / 14.0;
    p.designations.front().chanceBasis = QStringLiteral("3 of 14 chosen");
    EXPECT_TRUE(planToMarkdown(p).contains(QStringLiteral("Likely; granted to about 21 %")));
    // Not eligible: a base rate for products that qualify says nothing about this one.
    p.designations.front().eligible = QStringLiteral("no");
    const QString md = planToMarkdown(p);
    EXPECT_TRUE(md.contains(QStringLiteral("| Not eligible |"))) << md.toStdString();
    EXPECT_FALSE(md.contains(QStringLiteral("granted to about"))) << md.toStdString();
}

TEST(PlanWriters, CsvHasOneRowPerStepWithRfc4180Quoting)
{
    const Plan p = samplePlan();
    const QString csv = planToCsv(p);
    EXPECT_TRUE(csv.startsWith(planCsvHeader()));
    const std::vector<QStringList> rows = parseCsv(csv);
    ASSERT_EQ(rows.size(), 1u + 4u); // header + 2 routes x 2 steps
    const QStringList header = rows.front();
    for (const QStringList& row : rows)
        EXPECT_EQ(row.size(), header.size());
    auto col = [&header](const char* name) {
        return int(header.indexOf(QString::fromLatin1(name)));
    };
    ASSERT_GE(col("route_label"), 0);
    const QStringList& first = rows[1];
    EXPECT_EQ(first[col("profile")], QStringLiteral("Gram-stain image AI"));
    EXPECT_EQ(first[col("route")], QStringLiteral("standard"));
    EXPECT_EQ(first[col("route_label")], QStringLiteral("Standard, with \"study\", and review"));
    EXPECT_EQ(first[col("route_months_p80")], QStringLiteral("20.0"));
    EXPECT_EQ(first[col("route_cost_p50_jpy")], QStringLiteral("19651401"));
    EXPECT_EQ(first[col("activity")], QStringLiteral("clinical_performance_study"));
    EXPECT_EQ(first[col("months_likely")], QStringLiteral("4.25"));
    EXPECT_EQ(first[col("cost_max_jpy")], QStringLiteral("12000000"));
    EXPECT_EQ(first[col("source")], QStringLiteral("estimate; seed#H7"));
    EXPECT_EQ(first[col("confidence")], QStringLiteral("estimate"));
    EXPECT_EQ(first[col("meets_target_date")], QStringLiteral("0.833"));
    EXPECT_EQ(rows[2][col("parallel")], QStringLiteral("true"));
    EXPECT_EQ(rows[3][col("scenario")], QStringLiteral("clinical_data=required"));
    EXPECT_EQ(rows[3][col("meets_target_date")], QString());
    // The raw text doubles the quotes.
    EXPECT_TRUE(csv.contains(QStringLiteral("\"Standard, with \"\"study\"\", and review\"")));

    const QString bare = planToCsv(p, false);
    EXPECT_FALSE(bare.startsWith(QStringLiteral("profile,")));
    EXPECT_EQ(parseCsv(bare).size(), 4u);
}
