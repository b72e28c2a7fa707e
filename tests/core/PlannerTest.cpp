// SPDX-License-Identifier: Apache-2.0
#include "core/planning/Planner.h"

#include "core/graph/StateGraph.h"
#include "core/rules/RulesetLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <functional>
#include <gtest/gtest.h>
#include <thread>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;

namespace {

// tests/data/planner/mini.json: a small ruleset written for these tests. It is not a complete
// ruleset (it lacks the vocabulary's ids and most questions), so it is parsed, and any other issue
// fails the test. `edit` may change the JSON first; `allowCycles` accepts the validator's cycle issue.
RulesetPtr parseMini(const std::function<void(QJsonObject&)>& edit = {}, bool allowCycles = false)
{
    QFile f(shirube::test::testData("data/planner/mini.json"));
    if (!f.open(QIODevice::ReadOnly))
        return RulesetPtr();
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    if (edit)
        edit(root);
    std::vector<RulesetIssue> issues;
    RulesetPtr rs = RulesetLoader::parse(QJsonDocument(root).toJson(), issues);
    for (const RulesetIssue& i : issues) {
        const bool incomplete = i.message.contains(QStringLiteral("missing vocabulary id")) ||
                                i.message.contains(QStringLiteral("no question for the profile field")) ||
                                (allowCycles && i.message.startsWith(QStringLiteral("cycle:")));
        if (!incomplete) {
            ADD_FAILURE() << "mini.json: " << i.toString().toStdString();
            return RulesetPtr();
        }
    }
    return rs;
}

RulesetPtr miniRuleset()
{
    static RulesetPtr cached = [] {
        QFile f(shirube::test::testData("data/planner/mini.json"));
        if (!f.open(QIODevice::ReadOnly))
            return RulesetPtr();
        std::vector<RulesetIssue> issues;
        RulesetPtr rs = RulesetLoader::parse(f.readAll(), issues);
        for (const RulesetIssue& i : issues) {
            const bool incomplete = i.message.contains(QStringLiteral("missing vocabulary id")) ||
                                    i.message.contains(QStringLiteral("no question for the profile field"));
            if (!incomplete) {
                ADD_FAILURE() << "mini.json: " << i.toString().toStdString();
                return RulesetPtr();
            }
        }
        return rs;
    }();
    return cached;
}

// A class IV implant, new, from the nonclinical stage, wanting reimbursement, Japan only.
QJsonObject implant()
{
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("shirube.profile/1")},
        {QStringLiteral("name"), QStringLiteral("Test implant")},
        {QStringLiteral("kind"), QStringLiteral("hardware")},
        {QStringLiteral("novelty"), QStringLiteral("new")},
        {QStringLiteral("hardware"),
         QJsonObject{{QStringLiteral("invasiveness"), QStringLiteral("implantable")}}},
        {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("world_first"), true}}},
        {QStringLiteral("populations"), QJsonObject{{QStringLiteral("unmet_medical_need"), true}}},
        {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("type"), QStringLiteral("startup")},
                                                  {QStringLiteral("has_marketing_license"), false}}},
        {QStringLiteral("stage"), QStringLiteral("nonclinical")},
        {QStringLiteral("markets"), QJsonArray{QStringLiteral("JP")}},
        {QStringLiteral("goals"), QJsonObject{{QStringLiteral("insurance_coverage"), true}}},
    };
}

// A class II diagnostic SaMD (IMDRF category 2).
QJsonObject samd()
{
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("shirube.profile/1")},
        {QStringLiteral("name"), QStringLiteral("Test SaMD")},
        {QStringLiteral("kind"), QStringLiteral("samd")},
        {QStringLiteral("novelty"), QStringLiteral("new")},
        {QStringLiteral("certification_standard"), QStringLiteral("none")},
        {QStringLiteral("software"),
         QJsonObject{{QStringLiteral("significance"), QStringLiteral("diagnose")},
                     {QStringLiteral("situation"), QStringLiteral("non_serious")}}},
        {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("world_first"), false},
                                                 {QStringLiteral("exploratory_data_only"), true}}},
        {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("type"), QStringLiteral("startup")},
                                                  {QStringLiteral("has_marketing_license"), true}}},
        {QStringLiteral("stage"), QStringLiteral("clinical")},
        {QStringLiteral("markets"), QJsonArray{QStringLiteral("JP")}},
        {QStringLiteral("goals"), QJsonObject{{QStringLiteral("insurance_coverage"), false}}},
    };
}

// Sets (or with null, removes) a dotted field of a profile object.
QJsonObject with(QJsonObject o, const QString& path, const QJsonValue& v)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (v.isNull())
            o.remove(path);
        else
            o.insert(path, v);
        return o;
    }
    const QString group = path.left(dot);
    QJsonObject g = o.value(group).toObject();
    if (v.isNull())
        g.remove(path.mid(dot + 1));
    else
        g.insert(path.mid(dot + 1), v);
    o.insert(group, g);
    return o;
}

Profile profile(const QJsonObject& o)
{
    Result<Profile> p = Profile::fromJson(o);
    EXPECT_TRUE(p.ok()) << (p.ok() ? std::string() : p.error().toString().toStdString());
    return p.ok() ? p.value() : Profile();
}

PlanOptions opts(int samples = 2000)
{
    PlanOptions o;
    o.samples = samples;
    o.asOfYear = 2025;
    o.asOfMonth = 4;
    return o;
}

const Route* findRoute(const Plan& plan, const QString& id)
{
    for (const Route& r : plan.routes) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QStringList activities(const Route& r)
{
    QStringList out;
    for (const RouteStep& s : r.steps)
        out << s.activity;
    return out;
}

QStringList routeIds(const Plan& plan)
{
    QStringList out;
    for (const Route& r : plan.routes)
        out << r.id;
    return out;
}

bool anyContains(const QStringList& list, const QString& needle)
{
    for (const QString& s : list) {
        if (s.contains(needle))
            return true;
    }
    return false;
}

class PlannerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        rs = miniRuleset();
        ASSERT_TRUE(rs) << "tests/data/planner/mini.json did not load";
        planner = std::make_unique<Planner>(rs);
    }
    Plan plan(const QJsonObject& o, const PlanOptions& options = opts()) const
    {
        return planner->plan(profile(o), options);
    }

    RulesetPtr rs;
    std::unique_ptr<Planner> planner;
};

} // namespace

TEST_F(PlannerTest, PlansTheStandardAndTheDesignationRoutes)
{
    const Plan p = plan(implant());
    EXPECT_EQ(p.rulesetId, QStringLiteral("planner-test"));
    EXPECT_EQ(p.profileName, QStringLiteral("Test implant"));
    EXPECT_EQ(p.asOf, QStringLiteral("2025-04"));
    EXPECT_EQ(p.samples, 2000);
    EXPECT_EQ(p.classification.deviceClass, 4);
    EXPECT_EQ(p.classification.procedure, QStringLiteral("approval"));
    EXPECT_TRUE(p.scenarios.empty());

    ASSERT_EQ(p.routes.size(), 2u) << routeIds(p).join(QStringLiteral(", ")).toStdString();
    const Route* standard = findRoute(p, QStringLiteral("standard"));
    const Route* sakigake = findRoute(p, QStringLiteral("sakigake"));
    ASSERT_TRUE(standard && sakigake);
    EXPECT_EQ(standard->states,
              (QStringList{QStringLiteral("prototype"), QStringLiteral("filed"), QStringLiteral("approved"),
                           QStringLiteral("on_market"), QStringLiteral("reimbursed")}));
    EXPECT_EQ(standard->transitions.size(), 4);
    EXPECT_TRUE(standard->designations.isEmpty());
    EXPECT_EQ(sakigake->designations, QStringList{QStringLiteral("sakigake")});
    EXPECT_TRUE(standard->assumptions.isEmpty())
        << standard->assumptions.join(QStringLiteral("; ")).toStdString();

    // Labels: the tagged transition's label; the standard route names its longest transition.
    EXPECT_EQ(sakigake->label, QStringLiteral("SAKIGAKE priority review"));
    // (PERT means: review (10 + 4·12 + 16) / 6 = 12.3 months > trial (6 + 4·12 + 18) / 6 = 12.)
    EXPECT_EQ(standard->label, QStringLiteral("Standard route — PMDA review"));

    // Steps: every applicable step, with its provenance; the licence step applies (no licence yet).
    EXPECT_EQ(activities(*standard),
              (QStringList{QStringLiteral("clinical_trial"), QStringLiteral("pmda_consultation_protocol"),
                           QStringLiteral("marketing_license"), QStringLiteral("pmda_review"),
                           QStringLiteral("launch_preparation"), QStringLiteral("insurance_application")}));
    const RouteStep& review = standard->steps[3];
    EXPECT_EQ(review.transition, QStringLiteral("review_standard"));
    EXPECT_EQ(review.stateAfter, QStringLiteral("approved"));
    EXPECT_EQ(review.provenance.source, QStringLiteral("T2"));
    EXPECT_EQ(review.provenance.confidence, Confidence::Sourced);
    EXPECT_EQ(review.activityName, QStringLiteral("pmda review"));
    EXPECT_TRUE(standard->steps[1].parallel);

    // Numbers: the critical path of each transition, summed. Standard: clinical trial [6, 12, 18]
    // (the parallel consultation and licence are shorter), review [10, 12, 16], launch 1,
    // reimbursement [3, 5, 8] -> within [20, 43].
    EXPECT_GE(standard->months.p50, 20.0);
    EXPECT_LE(standard->months.p80, 43.0);
    EXPECT_LE(standard->months.p50, standard->months.p80);
    // SAKIGAKE is selective: the recommended route never assumes it. Its route carries the base rate
    // and its figures fold the refusal in (the standard route plus the months the attempt cost).
    EXPECT_EQ(p.routes.front().id, QStringLiteral("standard"));
    EXPECT_TRUE(p.routes.front().headline);
    EXPECT_FALSE(sakigake->headline);
    ASSERT_TRUE(sakigake->chance.has_value());
    EXPECT_DOUBLE_EQ(*sakigake->chance, 0.25);
    EXPECT_FALSE(standard->chance.has_value());
    // Cost: trial [20M, 50M] + 1M + 0.5M + review 11,651,400.
    EXPECT_GE(standard->costJpy.p50, 20e6 + 1.5e6 + 11651400);
    EXPECT_LE(standard->costJpy.p80, 50e6 + 1.5e6 + 11651400);

    EXPECT_FALSE(standard->meetsTargetDate.has_value());
    EXPECT_FALSE(standard->withinBudget.has_value());
    EXPECT_TRUE(p.routes.front().paretoOptimal);

    // Sources cited are resolved from the ruleset's table.
    QStringList keys;
    for (const SourceRef& s : p.sources)
        keys << s.key;
    EXPECT_TRUE(keys.contains(QStringLiteral("T1")));
    EXPECT_TRUE(keys.contains(QStringLiteral("T2")));
}

TEST_F(PlannerTest, ADesignationCertainToBeGrantedIsFasterAndAChanceOfAQuarterFoldsTheRefusalIn)
{
    // The same ruleset with SAKIGAKE granted every time: the designation route is faster than the
    // standard one. At 25 % most draws take the standard route plus the attempt, so its P50 is no
    // better than the standard route's.
    const RulesetPtr certain = parseMini([](QJsonObject& root) {
        QJsonArray designations = root.value(QStringLiteral("designations")).toArray();
        for (qsizetype i = 0; i < designations.size(); ++i) {
            QJsonObject d = designations[i].toObject();
            if (d.value(QStringLiteral("id")).toString() != QLatin1String("sakigake"))
                continue;
            QJsonObject rate = d.value(QStringLiteral("base_rate")).toObject();
            rate.insert(QStringLiteral("p"), 1.0);
            d.insert(QStringLiteral("base_rate"), rate);
            designations[i] = d;
        }
        root.insert(QStringLiteral("designations"), designations);
    });
    ASSERT_TRUE(certain);
    const Planner always(certain);
    const Plan granted = always.plan(profile(implant()), opts());
    const Plan p = plan(implant());
    const Route* fast = findRoute(granted, QStringLiteral("sakigake"));
    const Route* folded = findRoute(p, QStringLiteral("sakigake"));
    const Route* standard = findRoute(p, QStringLiteral("standard"));
    ASSERT_TRUE(fast && folded && standard);
    EXPECT_LT(fast->months.p80, standard->months.p80);
    EXPECT_GT(folded->months.p50, fast->months.p50);
    EXPECT_GT(folded->months.p80, fast->months.p80);
    EXPECT_LE(folded->months.p80, standard->months.p80 + 2.0); // the attempt costs at most 2 months
    // Still the recommended route is the standard one, first.
    EXPECT_EQ(granted.routes.front().id, QStringLiteral("standard"));
}

TEST_F(PlannerTest, ParetoFlagsMatchABruteForceCheck)
{
    for (const QJsonObject& o :
         {implant(), samd(), with(samd(), QStringLiteral("certification_standard"), QJsonValue()),
          with(implant(), QStringLiteral("markets"),
               QJsonArray{QStringLiteral("JP"), QStringLiteral("US")})}) {
        const Plan p = plan(o);
        for (const Route& r : p.routes) {
            bool dominated = false;
            for (const Route& q : p.routes) {
                if (q.scenario != r.scenario)
                    continue; // Pareto within a scenario
                dominated = dominated || (q.months.p80 <= r.months.p80 && q.costJpy.p80 <= r.costJpy.p80 &&
                                          (q.months.p80 < r.months.p80 || q.costJpy.p80 < r.costJpy.p80));
            }
            EXPECT_EQ(r.paretoOptimal, !dominated) << r.id.toStdString();
        }
        // After the recommended route, the headline scenario's routes by p80 months, then p80 cost.
        for (std::size_t i = 2; i < p.routes.size(); ++i) {
            const Route& a = p.routes[i - 1];
            const Route& b = p.routes[i];
            if (!b.scenario.isEmpty())
                break;
            EXPECT_TRUE(a.months.p80 < b.months.p80 ||
                        (a.months.p80 == b.months.p80 && a.costJpy.p80 <= b.costJpy.p80));
        }
    }
}

TEST_F(PlannerTest, StepsWhoseWhenIsFalseAreLeftOut)
{
    const Plan p = plan(with(implant(), QStringLiteral("applicant.has_marketing_license"), true));
    const Route* standard = findRoute(p, QStringLiteral("standard"));
    ASSERT_TRUE(standard);
    EXPECT_FALSE(activities(*standard).contains(QStringLiteral("marketing_license")));
}

TEST_F(PlannerTest, ADesignationRuledOutRemovesItsRoute)
{
    const Plan p = plan(with(implant(), QStringLiteral("evidence.world_first"), false));
    EXPECT_EQ(routeIds(p), QStringList{QStringLiteral("standard")});
}

TEST_F(PlannerTest, AnUnansweredDesignationCriterionMakesItPossibleWithItsChance)
{
    const Plan p = plan(with(implant(), QStringLiteral("populations.unmet_medical_need"), QJsonValue()));
    const Route* sakigake = findRoute(p, QStringLiteral("sakigake"));
    ASSERT_TRUE(sakigake);
    EXPECT_EQ(sakigake->chance, std::optional<double>(0.25));
    // Nothing is "assumed granted": the chance is in the figures instead.
    EXPECT_FALSE(anyContains(sakigake->assumptions, QStringLiteral("designation.")));
    const auto d = std::find_if(p.designations.begin(), p.designations.end(),
                                [](const DesignationResult& r) { return r.id == QLatin1String("sakigake"); });
    ASSERT_NE(d, p.designations.end());
    EXPECT_EQ(d->eligible, QStringLiteral("possible"));
    EXPECT_EQ(d->chance, std::optional<double>(0.25));
    EXPECT_EQ(p.routes.front().id, QStringLiteral("standard"));
}

TEST_F(PlannerTest, ABlankGoalOrOptInAnswerIsNo)
{
    // Exploratory data only, left blank: no two-stage route (a blank opt-in answer means no).
    const Plan p = plan(with(samd(), QStringLiteral("evidence.exploratory_data_only"), QJsonValue()));
    EXPECT_FALSE(findRoute(p, QStringLiteral("two_stage")))
        << routeIds(p).join(QStringLiteral(", ")).toStdString();
    const Plan yes = plan(samd());
    ASSERT_TRUE(findRoute(yes, QStringLiteral("two_stage")));
    EXPECT_TRUE(activities(*findRoute(yes, QStringLiteral("two_stage")))
                    .contains(QStringLiteral("clinical_performance_study")));

    // Insurance left blank: not a goal, the routes end on the market, with nothing assumed.
    const Plan blank = plan(with(implant(), QStringLiteral("goals.insurance_coverage"), QJsonValue()));
    ASSERT_FALSE(blank.routes.empty());
    for (const Route& r : blank.routes) {
        EXPECT_EQ(r.states.back(), QStringLiteral("on_market"));
        EXPECT_TRUE(r.assumptions.isEmpty()) << r.assumptions.join(QStringLiteral("; ")).toStdString();
    }
    // Markets left blank: Japan only, no overseas route.
    const Plan japan = plan(with(implant(), QStringLiteral("markets"), QJsonValue()));
    for (const Route& r : japan.routes)
        EXPECT_FALSE(r.states.contains(QStringLiteral("overseas_market")));
}

TEST_F(PlannerTest, TheHeadlineTakesTheTypicalAnswerAndTheAlternativeIsOneConsistentScenario)
{
    QJsonObject o = with(samd(), QStringLiteral("certification_standard"), QJsonValue());
    o = with(o, QStringLiteral("novelty"), QStringLiteral("improved"));
    o = with(o, QStringLiteral("clinical_data"), QStringLiteral("not_required"));
    const Plan p = plan(o);
    // What would change the outcome is still named; the headline is filled from the typical answer.
    EXPECT_TRUE(p.classification.decidingQuestions.contains(QStringLiteral("certification_standard")));
    EXPECT_EQ(p.classification.procedure, QStringLiteral("approval"));
    ASSERT_EQ(p.assumed.size(), 1u);
    EXPECT_EQ(p.assumed.front().path, QStringLiteral("certification_standard"));
    EXPECT_EQ(p.assumed.front().value, QJsonValue(QStringLiteral("none")));
    EXPECT_EQ(p.assumed.front().basis, QStringLiteral("Otherwise no standard"));

    ASSERT_EQ(p.scenarios.size(), 2u);
    EXPECT_TRUE(p.scenarios[0].headline);
    EXPECT_TRUE(p.scenarios[0].id.isEmpty());
    EXPECT_EQ(p.scenarios[1].id, QStringLiteral("certification_standard=exists"));
    EXPECT_EQ(p.scenarios[1].classification.procedure, QStringLiteral("certification"));
    // The question's label from the ruleset names the scenario.
    EXPECT_EQ(p.scenarios[1].label, QStringLiteral("if Certification standard = Exists"));

    const Route* approved = findRoute(p, QStringLiteral("standard"));
    const Route* certified = findRoute(p, QStringLiteral("standard@certification_standard=exists"));
    ASSERT_TRUE(certified && approved) << routeIds(p).join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(p.routes.front().headline);
    EXPECT_TRUE(p.routes.front().scenario.isEmpty());
    EXPECT_EQ(certified->scenario, QStringLiteral("certification_standard=exists"));
    EXPECT_TRUE(certified->states.contains(QStringLiteral("certified")));
    EXPECT_TRUE(approved->states.contains(QStringLiteral("approved")));
    // No route assumes two answers to one question: every route's answers are settled.
    for (const Route& r : p.routes)
        EXPECT_TRUE(r.assumptions.isEmpty()) << r.id.toStdString();

    // Ids are unique in a plan.
    const QStringList ids = routeIds(p);
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
}

TEST_F(PlannerTest, NotAMedicalDeviceHasNoRoutes)
{
    const Plan p = plan(with(samd(), QStringLiteral("software.significance"), QStringLiteral("none")));
    EXPECT_EQ(p.classification.regulated, false);
    EXPECT_TRUE(p.routes.empty());
    EXPECT_EQ(p.messages, (std::vector<PlanMessage>{{msg::NotADevice, {}}}));
    EXPECT_TRUE(anyContains(p.warnings, QStringLiteral("Not a medical device")));
}

TEST_F(PlannerTest, AnUnknownStageTakesTheTypicalAnswerAndSaysSo)
{
    const Plan p = plan(with(implant(), QStringLiteral("stage"), QJsonValue()));
    ASSERT_FALSE(p.routes.empty());
    for (const Route& r : p.routes) {
        EXPECT_EQ(r.states.front(), QStringLiteral("idea"));
        EXPECT_TRUE(activities(r).contains(QStringLiteral("nonclinical_testing")));
    }
    const auto stage = std::find_if(p.assumed.begin(), p.assumed.end(),
                                    [](const AssumedAnswer& a) { return a.path == QLatin1String("stage"); });
    ASSERT_NE(stage, p.assumed.end());
    EXPECT_EQ(stage->value, QJsonValue(QStringLiteral("idea")));
}

TEST_F(PlannerTest, AGoalThatCannotBeReachedIsNamed)
{
    // From the submission stage (filed, an approval state) a certified product cannot reach the market.
    QJsonObject o = with(samd(), QStringLiteral("certification_standard"), QStringLiteral("exists"));
    o = with(o, QStringLiteral("novelty"), QStringLiteral("improved"));
    o = with(o, QStringLiteral("stage"), QStringLiteral("submission"));
    const Plan p = plan(o);
    EXPECT_EQ(p.classification.procedure, QStringLiteral("certification"));
    EXPECT_TRUE(p.routes.empty());
    EXPECT_EQ(p.messages,
              (std::vector<PlanMessage>{{msg::NoRouteReaches, {QStringLiteral("On the market")}}}));
    EXPECT_TRUE(anyContains(p.warnings, QStringLiteral("No route reaches “On the market”")))
        << p.warnings.join(QStringLiteral("; ")).toStdString();
}

TEST_F(PlannerTest, EveryRequiredTargetIsVisitedAndTheRouteEndsAtOne)
{
    const Plan p = plan(
        with(implant(), QStringLiteral("markets"), QJsonArray{QStringLiteral("JP"), QStringLiteral("US")}));
    ASSERT_FALSE(p.routes.empty());
    for (const Route& r : p.routes) {
        EXPECT_TRUE(r.states.contains(QStringLiteral("on_market")));
        EXPECT_TRUE(r.states.contains(QStringLiteral("reimbursed")));
        EXPECT_EQ(r.states.back(), QStringLiteral("overseas_market"));
        EXPECT_TRUE(r.transitions.contains(QStringLiteral("go_overseas_from_reimbursed")));
    }
}

TEST_F(PlannerTest, DuplicateRouteIdsKeepTheFasterPath)
{
    const Plan p =
        plan(with(implant(), QStringLiteral("applicant.type"), QStringLiteral("non_japanese_company")));
    const Route* standard = findRoute(p, QStringLiteral("standard"));
    ASSERT_TRUE(standard);
    EXPECT_TRUE(standard->transitions.contains(QStringLiteral("prepare_approval_bridging")));
    const QStringList ids = routeIds(p);
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
}

TEST_F(PlannerTest, BudgetFlagsRoutesOverIt)
{
    const Plan tight = plan(with(implant(), QStringLiteral("budget_jpy"), 1000));
    ASSERT_FALSE(tight.routes.empty());
    for (const Route& r : tight.routes)
        EXPECT_EQ(r.withinBudget, false);
    ASSERT_FALSE(tight.messages.empty());
    EXPECT_EQ(tight.messages.back().code, msg::NoRouteInBudget);
    EXPECT_TRUE(anyContains(tight.warnings, QStringLiteral("No route fits the budget of ¥1,000")));

    const Plan ample = plan(with(implant(), QStringLiteral("budget_jpy"), 1000000000));
    for (const Route& r : ample.routes)
        EXPECT_EQ(r.withinBudget, true);
    EXPECT_FALSE(anyContains(ample.warnings, QStringLiteral("budget")));
}

TEST_F(PlannerTest, TargetDateProbabilityCountsFromAsOf)
{
    const Plan far = plan(with(implant(), QStringLiteral("goals.target_date"), QStringLiteral("2035-04")));
    for (const Route& r : far.routes) {
        ASSERT_TRUE(r.meetsTargetDate.has_value());
        EXPECT_EQ(*r.meetsTargetDate, 1.0);
    }
    const Plan near = plan(with(implant(), QStringLiteral("goals.target_date"), QStringLiteral("2025-10")));
    for (const Route& r : near.routes)
        EXPECT_EQ(r.meetsTargetDate, 0.0);
    // In between: the probability lies strictly between 0 and 1 for the standard route (20..43 months).
    const Plan mid = plan(with(implant(), QStringLiteral("goals.target_date"), QStringLiteral("2028-01")));
    const Route* standard = findRoute(mid, QStringLiteral("standard"));
    ASSERT_TRUE(standard && standard->meetsTargetDate);
    EXPECT_GT(*standard->meetsTargetDate, 0.0);
    EXPECT_LT(*standard->meetsTargetDate, 1.0);
}

TEST_F(PlannerTest, SameInputSameOutput)
{
    const Plan a = plan(implant());
    const Plan b = plan(implant());
    EXPECT_EQ(planToJson(a), planToJson(b));
    ASSERT_EQ(a.routes.size(), b.routes.size());
    for (std::size_t i = 0; i < a.routes.size(); ++i) {
        EXPECT_EQ(a.routes[i].months.p50, b.routes[i].months.p50);
        EXPECT_EQ(a.routes[i].costJpy.p80, b.routes[i].costJpy.p80);
    }
    // Another as-of month seeds another draw.
    PlanOptions other = opts();
    other.asOfMonth = 5;
    const Plan c = plan(implant(), other);
    EXPECT_NE(a.routes.front().months.p50, c.routes.front().months.p50);
}

TEST_F(PlannerTest, TheDrawCacheIsInvisibleInTheResults)
{
    // Plans on this thread fill its draw cache; the same plans on a fresh thread start from nothing.
    const std::vector<QJsonObject> inputs = {samd(), implant(),
                                             with(implant(), QStringLiteral("stage"), QJsonValue())};
    std::vector<QJsonObject> warm;
    for (int round = 0; round < 2; ++round) {
        for (const QJsonObject& o : inputs)
            warm.push_back(planToJson(plan(o)));
    }
    for (std::size_t i = 0; i < inputs.size(); ++i)
        EXPECT_EQ(warm[i], warm[i + inputs.size()]) << i;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        QJsonObject cold;
        std::thread([&] { cold = planToJson(plan(inputs[inputs.size() - 1 - i])); }).join();
        EXPECT_EQ(cold, warm[inputs.size() - 1 - i]) << i;
    }
}

TEST_F(PlannerTest, AnAnswerThatKeepsTheRoutesKeepsTheirFigures)
{
    // The draws follow a route's steps, not the product's other answers: renaming the product (or
    // any answer that leaves the steps as they are) leaves every figure exactly as it was, so a live
    // view does not flicker; an answer that changes the steps changes them.
    const Plan a = plan(implant());
    const Plan b = plan(with(implant(), QStringLiteral("name"), QStringLiteral("Renamed implant")));
    ASSERT_EQ(a.routes.size(), b.routes.size());
    ASSERT_FALSE(a.routes.empty());
    for (std::size_t i = 0; i < a.routes.size(); ++i) {
        EXPECT_EQ(a.routes[i].id, b.routes[i].id);
        EXPECT_EQ(a.routes[i].months.p50, b.routes[i].months.p50);
        EXPECT_EQ(a.routes[i].months.p80, b.routes[i].months.p80);
        EXPECT_EQ(a.routes[i].costJpy.p80, b.routes[i].costJpy.p80);
    }
}

TEST_F(PlannerTest, MaxRoutesCutsTheList)
{
    PlanOptions one = opts();
    one.maxRoutes = 1;
    const Plan p = plan(implant(), one);
    ASSERT_EQ(p.routes.size(), 1u);
    EXPECT_EQ(p.routes.front().id, QStringLiteral("standard"));
    EXPECT_TRUE(p.routes.front().paretoOptimal);
}

TEST_F(PlannerTest, FundingIsNarrowedToTheRoutesActivities)
{
    const Plan p = plan(implant());
    ASSERT_EQ(p.funding.size(), 1u);
    EXPECT_EQ(p.funding.front().id, QStringLiteral("test_grant"));
    EXPECT_EQ(p.funding.front().coversActivities, QStringList{QStringLiteral("clinical_trial")});
}

TEST_F(PlannerTest, PlansInJapanese)
{
    PlanOptions ja = opts();
    ja.lang = Lang::Ja;
    const Plan p = plan(implant(), ja);
    EXPECT_EQ(p.lang, Lang::Ja);
    const Route* sakigake = findRoute(p, QStringLiteral("sakigake"));
    ASSERT_TRUE(sakigake);
    EXPECT_EQ(sakigake->label, QStringLiteral("（試験）SAKIGAKE priority review"));
    EXPECT_TRUE(sakigake->steps.front().activityName.startsWith(QStringLiteral("（試験）")));
}

TEST_F(PlannerTest, GraphOfThePlannerDrawsTheRuleset)
{
    const QString dot = planner->graph().toDot();
    EXPECT_TRUE(dot.contains(QStringLiteral("prototype->filed")));
    EXPECT_TRUE(planner->graph().unreachableStates().isEmpty());
    EXPECT_TRUE(planner->graph().deadEnds().isEmpty());
}

TEST_F(PlannerTest, TheBestPathPerIdMatchesSimplePathEnumeration)
{
    // On an acyclic graph the planner finds the fastest path of each route id by a label-setting pass;
    // on a cyclic one it enumerates simple paths (StateGraph::paths) and keeps the faster per id. A
    // back edge that no simple route can use must not change the plan, so both give the same result.
    const RulesetPtr cyclic = parseMini(
        [](QJsonObject& root) {
            QJsonArray transitions = root.value(QStringLiteral("transitions")).toArray();
            QJsonObject back = transitions.at(0).toObject(); // develop: idea -> prototype
            back.insert(QStringLiteral("id"), QStringLiteral("back_to_idea"));
            back.insert(QStringLiteral("from"), QStringLiteral("filed"));
            back.insert(QStringLiteral("to"), QStringLiteral("idea"));
            transitions.append(back);
            root.insert(QStringLiteral("transitions"), transitions);
        },
        true);
    ASSERT_TRUE(cyclic);
    const Planner enumerating(cyclic);
    ASSERT_FALSE(enumerating.graph().cycleTransitions().isEmpty());

    const QJsonObject withForeign =
        with(implant(), QStringLiteral("applicant.type"), QStringLiteral("non_japanese_company"));
    for (const QJsonObject& o :
         {implant(), withForeign, with(implant(), QStringLiteral("stage"), QJsonValue()),
          with(samd(), QStringLiteral("certification_standard"), QJsonValue()),
          with(withForeign, QStringLiteral("markets"),
               QJsonArray{QStringLiteral("JP"), QStringLiteral("US")})}) {
        const Plan viaLabels = planner->plan(profile(o), opts(500));
        const Plan viaPaths = enumerating.plan(profile(o), opts(500));
        ASSERT_EQ(routeIds(viaLabels), routeIds(viaPaths));
        for (std::size_t i = 0; i < viaLabels.routes.size(); ++i) {
            EXPECT_EQ(viaLabels.routes[i].transitions, viaPaths.routes[i].transitions);
            EXPECT_EQ(viaLabels.routes[i].months.p80, viaPaths.routes[i].months.p80);
        }
    }
}

TEST_F(PlannerTest, ScenarioAnswersUpdateTheFactsDerivedFromThem)
{
    // kind unknown (no typical answer in this ruleset): the plan splits on kind. In the hardware
    // scenario `samd` is false, so the two-stage transition (samd && evidence.exploratory_data_only)
    // is closed.
    QJsonObject o = with(samd(), QStringLiteral("kind"), QJsonValue());
    o = with(o, QStringLiteral("hardware.invasiveness"), QStringLiteral("surgically_invasive"));
    const Plan p = plan(o);
    ASSERT_GT(p.scenarios.size(), 1u);
    EXPECT_TRUE(p.scenarios[1].id.startsWith(QStringLiteral("kind=")));
    bool sawHardware = false;
    for (const Route& r : p.routes) {
        if (!r.scenario.startsWith(QStringLiteral("kind=hardware")) ||
            r.scenario.startsWith(QStringLiteral("kind=hardware_")))
            continue;
        sawHardware = true;
        EXPECT_FALSE(r.designations.contains(QStringLiteral("two_stage"))) << r.id.toStdString();
    }
    EXPECT_TRUE(sawHardware) << routeIds(p).join(QStringLiteral(", ")).toStdString();
    // The samd alternative's routes are the headline's own (kind has no typical answer here, and the
    // same route is shown once).
    EXPECT_TRUE(findRoute(p, QStringLiteral("two_stage")))
        << routeIds(p).join(QStringLiteral(", ")).toStdString();
    EXPECT_FALSE(findRoute(p, QStringLiteral("two_stage@kind=samd")));
}

TEST_F(PlannerTest, OnePlannerServesSeveralThreadsAtOnce)
{
    // Planner::plan is const and keeps no shared mutable state: concurrent plans equal serial ones.
    const std::vector<QJsonObject> inputs = {
        implant(), samd(), with(samd(), QStringLiteral("certification_standard"), QJsonValue()),
        with(implant(), QStringLiteral("stage"), QJsonValue())};
    std::vector<QJsonObject> serial;
    for (const QJsonObject& o : inputs)
        serial.push_back(planToJson(plan(o, opts(3000))));
    std::vector<std::vector<QJsonObject>> parallel(4);
    std::vector<std::thread> threads;
    std::vector<Profile> profiles;
    for (const QJsonObject& o : inputs)
        profiles.push_back(profile(o));
    for (std::size_t t = 0; t < parallel.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 3; ++round) {
                for (const Profile& p : profiles)
                    parallel[t].push_back(planToJson(planner->plan(p, opts(3000))));
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    for (const auto& results : parallel) {
        ASSERT_EQ(results.size(), inputs.size() * 3);
        for (std::size_t i = 0; i < results.size(); ++i)
            EXPECT_EQ(results[i], serial[i % inputs.size()]);
    }
}

TEST_F(PlannerTest, AMarketedProductPlansOnlyWhatIsLeft)
{
    QJsonObject o = with(implant(), QStringLiteral("stage"), QStringLiteral("marketed"));
    const Plan reimbursement = plan(o);
    ASSERT_EQ(routeIds(reimbursement), QStringList{QStringLiteral("standard")});
    EXPECT_EQ(reimbursement.routes.front().states,
              (QStringList{QStringLiteral("on_market"), QStringLiteral("reimbursed")}));

    const Plan nothing = plan(with(o, QStringLiteral("goals.insurance_coverage"), false));
    EXPECT_TRUE(nothing.routes.empty());
    EXPECT_TRUE(anyContains(nothing.warnings, QStringLiteral("Already at the goal: On the market.")))
        << nothing.warnings.join(QStringLiteral("; ")).toStdString();
}

TEST_F(PlannerTest, TheUsersOwnEstimateReplacesTheStepsFiguresAndIsMarked)
{
    const Plan before = plan(implant());
    const Route* standardBefore = findRoute(before, QStringLiteral("standard"));
    ASSERT_TRUE(standardBefore);

    // A PMDA review quoted at 24–30 months (fixed likely 26) and a trial costing ¥90M: on the standard
    // transition only for the review, everywhere for the trial.
    PlanOptions o = opts();
    o.overrides.push_back({QStringLiteral("pmda_review"), QStringLiteral("review_standard"),
                           ThreePoint{24, 26, 30}, std::nullopt, QStringLiteral("consultation minutes")});
    o.overrides.push_back(
        {QStringLiteral("clinical_trial"), QString(), std::nullopt, 90e6, QStringLiteral("CRO quote")});
    o.overrides.push_back(
        {QStringLiteral("overseas_registration"), QString(), ThreePoint{1, 1, 1}, std::nullopt, QString()});
    const Plan after = plan(implant(), o);
    const Route* standard = findRoute(after, QStringLiteral("standard"));
    ASSERT_TRUE(standard);
    const RouteStep* review = nullptr;
    const RouteStep* trial = nullptr;
    for (const RouteStep& s : standard->steps) {
        if (s.activity == QLatin1String("pmda_review"))
            review = &s;
        if (s.activity == QLatin1String("clinical_trial"))
            trial = &s;
    }
    ASSERT_TRUE(review && trial);
    EXPECT_EQ(review->months.min, 24);
    EXPECT_EQ(review->months.likely, 26);
    EXPECT_EQ(review->months.max, 30);
    EXPECT_EQ(review->overrideNote, QStringLiteral("consultation minutes"));
    EXPECT_EQ(review->provenance.source, QStringLiteral("Your own estimate: consultation minutes"));
    EXPECT_EQ(review->provenance.confidence, Confidence::Estimate);
    EXPECT_EQ(trial->costJpy.min, 90e6);
    EXPECT_EQ(trial->costJpy.max, 90e6);
    EXPECT_EQ(trial->months.likely, 12); // its months stand
    // The review was [10, 12, 16]: the route is about 14 months longer, and the trial's fixed cost moves
    // the route's cost above the ruleset's trial maximum.
    EXPECT_GT(standard->months.p50, standardBefore->months.p50 + 10);
    EXPECT_GE(standard->costJpy.p50, 90e6);
    // The SAKIGAKE route reviews on another transition: the transition-specific estimate leaves it alone.
    const Route* sakigake = findRoute(after, QStringLiteral("sakigake"));
    ASSERT_TRUE(sakigake);
    for (const RouteStep& s : sakigake->steps) {
        if (s.activity == QLatin1String("pmda_review") && s.transition != QLatin1String("review_standard")) {
            EXPECT_FALSE(s.overrideNote.has_value());
        }
    }
    // The plan says which estimates it used and which it could not.
    QStringList codes;
    for (const PlanMessage& m : after.messages)
        codes << m.code + QLatin1Char(':') + m.args.join(QLatin1Char(','));
    EXPECT_TRUE(codes.contains(QString(msg::OverrideUsed) + QStringLiteral(":pmda review")))
        << codes.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(codes.contains(QString(msg::OverrideUnused) + QStringLiteral(":overseas registration")))
        << codes.join(QLatin1Char(' ')).toStdString();
    // The JSON carries the user's reason beside the step.
    EXPECT_TRUE(QJsonDocument(planToJson(after))
                    .toJson(QJsonDocument::Compact)
                    .contains("\"override_note\":\"consultation minutes\""));
    EXPECT_FALSE(QJsonDocument(planToJson(before)).toJson().contains("override_note"));
    // Every output marks it: the Markdown step table's source, in the plan's language.
    EXPECT_TRUE(planToMarkdown(after).contains(QStringLiteral("Your own estimate: consultation minutes")));
    PlanOptions ja = o;
    ja.lang = Lang::Ja;
    EXPECT_TRUE(
        planToMarkdown(plan(implant(), ja)).contains(QStringLiteral("あなたの見積り: consultation minutes")));
}

TEST_F(PlannerTest, TheMarkdownNamesStatesInThePlansLanguageNotByTheirIds)
{
    const Plan p = plan(implant());
    const Route* standard = findRoute(p, QStringLiteral("standard"));
    ASSERT_TRUE(standard);
    ASSERT_EQ(standard->stateLabels.size(), standard->states.size());
    const QString md = planToMarkdown(p);
    EXPECT_TRUE(md.contains(QStringLiteral("Path: ") + standard->stateLabels.join(QStringLiteral(" → "))))
        << md.toStdString();
    EXPECT_FALSE(md.contains(standard->states.join(QStringLiteral(" → ")))) << "no state ids";
    for (const RouteStep& s : standard->steps)
        EXPECT_FALSE(s.stateAfterLabel.isEmpty()) << s.stateAfter.toStdString();
}
