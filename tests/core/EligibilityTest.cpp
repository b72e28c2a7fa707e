// SPDX-License-Identifier: Apache-2.0
#include "core/eligibility/Eligibility.h"

#include <algorithm>
#include <gtest/gtest.h>

#include "tests/core/EngineTestSupport.h"
#include "tests/support/QtPrinters.h"

namespace shirube::core {
namespace {

using test::profile;
using test::RulesetBuilder;

// ---- designations --------------------------------------------------------------------------------

std::shared_ptr<const Ruleset> designationRuleset()
{
    RulesetBuilder b({QStringLiteral("idaten"), QStringLiteral("sakigake"), QStringLiteral("priority_samd"),
                      QStringLiteral("priority_review")});
    Ruleset& rs = b.ruleset();
    rs.designations.push_back({QStringLiteral("idaten"),
                               RulesetBuilder::text("IDATEN"),
                               QStringLiteral("elective"),
                               RulesetBuilder::text("planned changes by notification"),
                               {b.criterion("samd"), b.criterion("software.will_update_after_approval")},
                               RulesetBuilder::source("iuris"),
                               std::nullopt});
    rs.designations.push_back(
        {QStringLiteral("sakigake"),
         RulesetBuilder::text("SAKIGAKE"),
         QStringLiteral("selection"),
         RulesetBuilder::text("review 12 -> 6 months"),
         {b.criterion("evidence.world_first", true, "Intent to file in Japan first"),
          b.criterion("software.situation in ['critical', 'serious']", true, "Serious disease")},
         RulesetBuilder::source("SAKIGAKE"),
         std::nullopt});
    rs.designations.push_back(
        {QStringLiteral("priority_samd"),
         RulesetBuilder::text("Priority SaMD"),
         QStringLiteral("selection"),
         RulesetBuilder::text("priority review"),
         {b.criterion("samd"), b.criterion("software.uses_ai", false, "Uses AI (preferred)")},
         RulesetBuilder::source("seed#H12"),
         std::nullopt});
    // Reads an earlier designation's outcome.
    rs.designations.push_back({QStringLiteral("priority_review"),
                               RulesetBuilder::text("Priority review"),
                               QStringLiteral("elective"),
                               RulesetBuilder::text("queue priority"),
                               {b.criterion("designation.sakigake != 'no'")},
                               RulesetBuilder::source("PMDA-list"),
                               std::nullopt});
    return b.build();
}

class Designations : public ::testing::Test
{
protected:
    std::vector<DesignationResult> run(const Profile& p, std::optional<bool> regulated = true)
    {
        m_facts = std::make_unique<Facts>(Facts::fromProfile(*m_rs->facts, p));
        if (regulated)
            m_facts->set(QStringLiteral("regulated"), *regulated);
        return evaluateDesignations(*m_rs, *m_facts);
    }
    static const DesignationResult& get(const std::vector<DesignationResult>& all, const char* id)
    {
        const auto it = std::find_if(all.begin(), all.end(),
                                     [&](const DesignationResult& d) { return d.id == QLatin1String(id); });
        EXPECT_NE(it, all.end()) << id;
        return *it;
    }
    QString describe(const char* fact) const
    {
        return m_facts->describe(m_rs->facts->slot(QString::fromUtf8(fact)));
    }

    std::shared_ptr<const Ruleset> m_rs = designationRuleset();
    std::unique_ptr<Facts> m_facts;
};

TEST_F(Designations, ElectiveWithEveryCriterionHeldIsYes)
{
    const auto all =
        run(profile({{"kind", QStringLiteral("samd")}, {"software.will_update_after_approval", true}}));
    const DesignationResult& d = get(all, "idaten");
    EXPECT_EQ(d.eligible, QStringLiteral("yes"));
    EXPECT_EQ(d.provenance.source, QStringLiteral("iuris"));
    EXPECT_EQ(m_facts->get(QStringLiteral("designation.idaten")), FactValue(QStringLiteral("yes")));
    ASSERT_EQ(d.reasons.size(), 2);
    EXPECT_TRUE(d.reasons[1].startsWith(QStringLiteral("✓")));
    EXPECT_TRUE(d.reasons[1].contains(describe("software.will_update_after_approval")))
        << d.reasons[1].toStdString();
}

TEST_F(Designations, SelectionIsLikelyAtBest)
{
    const auto all = run(profile({{"kind", QStringLiteral("samd")},
                                  {"evidence.world_first", true},
                                  {"software.situation", QStringLiteral("critical")}}));
    EXPECT_EQ(get(all, "sakigake").eligible, QStringLiteral("likely"));
    EXPECT_EQ(m_facts->get(QStringLiteral("designation.sakigake")), FactValue(QStringLiteral("likely")));
}

TEST_F(Designations, ARequiredCriterionFalseIsNoAndNamesTheFact)
{
    const auto all = run(profile({{"kind", QStringLiteral("samd")},
                                  {"evidence.world_first", false},
                                  {"software.situation", QStringLiteral("critical")}}));
    const DesignationResult& d = get(all, "sakigake");
    EXPECT_EQ(d.eligible, QStringLiteral("no"));
    const QString worldFirst = describe("evidence.world_first");
    EXPECT_TRUE(std::any_of(d.reasons.begin(), d.reasons.end(), [&](const QString& r) {
        return r.startsWith(QStringLiteral("✗")) && r.contains(worldFirst) &&
               r.contains(QStringLiteral("Intent to file in Japan first"));
    })) << test::str(d.reasons);
    // A later designation sees the outcome.
    EXPECT_EQ(get(all, "priority_review").eligible, QStringLiteral("no"));
}

TEST_F(Designations, AnUnknownCriterionIsPossibleAndSaysWhatIsUnknown)
{
    // evidence.world_first is opt-in (blank = no), so the answer left open here is an explicit one
    // that has no default: the situation.
    const auto all = run(profile({{"kind", QStringLiteral("samd")}, {"evidence.world_first", true}}));
    const DesignationResult& d = get(all, "sakigake");
    EXPECT_EQ(d.eligible, QStringLiteral("possible"));
    const QString unknown = describe("software.situation");
    EXPECT_TRUE(std::any_of(d.reasons.begin(), d.reasons.end(), [&](const QString& r) {
        return r.startsWith(QStringLiteral("?")) && r.contains(unknown);
    })) << test::str(d.reasons);
    EXPECT_EQ(get(all, "priority_review").eligible, QStringLiteral("yes"));
}

TEST_F(Designations, ARequirementThatMustBeStatedIsNotMetWhileBlank)
{
    Ruleset& rs = const_cast<Ruleset&>(*m_rs);
    rs.designations.push_back(
        {QStringLiteral("orphan_test"),
         RulesetBuilder::text("Orphan"),
         QStringLiteral("selection"),
         RulesetBuilder::text("priority review"),
         {Criterion{
             Expr::parse(QStringLiteral("populations.patients_in_japan_estimate < 50000"), *m_rs->facts)
                 .value(),
             true, RulesetBuilder::text("Fewer than 50,000 patients"), true}},
         RulesetBuilder::source("MHLW-orphan"),
         std::nullopt});
    const auto blank = run(profile({{"kind", QStringLiteral("hardware")}}));
    const DesignationResult& d = get(blank, "orphan_test");
    EXPECT_EQ(d.eligible, QStringLiteral("no"));
    ASSERT_EQ(d.reasons.size(), 1);
    EXPECT_TRUE(d.reasons[0].startsWith(QStringLiteral("✗")));
    EXPECT_TRUE(d.reasons[0].endsWith(QStringLiteral("— not answered"))) << d.reasons[0].toStdString();
    const auto stated = run(
        profile({{"kind", QStringLiteral("hardware")}, {"populations.patients_in_japan_estimate", 12000}}));
    EXPECT_EQ(get(stated, "orphan_test").eligible, QStringLiteral("likely"));
    rs.designations.pop_back();
}

TEST_F(Designations, APreferredCriterionFalseWeakensButDoesNotExclude)
{
    const auto all = run(profile({{"kind", QStringLiteral("samd")}, {"software.uses_ai", false}}));
    EXPECT_EQ(get(all, "priority_samd").eligible, QStringLiteral("possible"));
    const auto with = run(profile({{"kind", QStringLiteral("samd")}, {"software.uses_ai", true}}));
    EXPECT_EQ(get(with, "priority_samd").eligible, QStringLiteral("likely"));
}

TEST_F(Designations, NotAMedicalDeviceQualifiesForNone)
{
    const auto all = run(profile({{"kind", QStringLiteral("samd")},
                                  {"software.will_update_after_approval", true},
                                  {"software.uses_ai", true}}),
                         false);
    for (const DesignationResult& d : all) {
        EXPECT_EQ(d.eligible, QStringLiteral("no")) << d.id.toStdString();
        EXPECT_EQ(m_facts->get(QStringLiteral("designation.") + d.id), FactValue(QStringLiteral("no")));
    }
}

// ---- funding -------------------------------------------------------------------------------------

FundingScheme scheme(const char* id, std::optional<qint64> budget, QStringList applicants, QStringList stages,
                     std::vector<Criterion> criteria)
{
    FundingScheme s;
    s.id = QString::fromUtf8(id);
    s.name = {QStringLiteral("日本語名 ") + s.id, QStringLiteral("English name ") + s.id};
    s.ministry = QStringLiteral("MHLW");
    s.amed = true;
    s.budgetJpy = budget;
    s.budgetNote = RulesetBuilder::text("note");
    s.applicants = std::move(applicants);
    s.stages = std::move(stages);
    s.criteria = std::move(criteria);
    s.provenance = RulesetBuilder::source("seed#H6", Confidence::Seed);
    return s;
}

std::shared_ptr<const Ruleset> fundingRuleset()
{
    RulesetBuilder b;
    Ruleset& rs = b.ruleset();
    const QStringList startups = {QStringLiteral("startup"), QStringLiteral("sme")};
    rs.funding.push_back(scheme("startups_small", 100'000'000, startups, {QStringLiteral("nonclinical")},
                                {b.criterion("regulated != false")}));
    rs.funding.push_back(
        scheme("procurement", 500'000'000, {}, {}, {b.criterion("goals.international_procurement")}));
    FundingScheme promotion = scheme("promotion", 1'200'000'000, {}, {}, {});
    promotion.areas.push_back({QStringLiteral("burden_reduction"),
                               RulesetBuilder::text("burden"),
                               {b.criterion("novelty != 'generic'")}});
    promotion.areas.push_back(
        {QStringLiteral("pediatric"),
         RulesetBuilder::text("pediatric"),
         {b.criterion("populations.pediatric"), b.criterion("evidence.has_registry_or_rwd_access", false)}});
    promotion.coversActivities = {QStringLiteral("clinical_trial"), QStringLiteral("nonclinical_testing"),
                                  QStringLiteral("pmda_review")};
    rs.funding.push_back(promotion);
    rs.funding.push_back(scheme("no_budget", std::nullopt, {}, {}, {b.criterion("software.uses_ai", false)}));
    rs.funding.push_back(scheme("startups_large", 300'000'000, startups, {}, {}));
    return b.build();
}

class Funding : public ::testing::Test
{
protected:
    std::vector<FundingMatch> run(const Profile& p, const QStringList& routeActivities = {})
    {
        m_facts = std::make_unique<Facts>(Facts::fromProfile(*m_rs->facts, p));
        m_facts->set(QStringLiteral("regulated"), true);
        return matchFunding(*m_rs, *m_facts, routeActivities);
    }
    static const FundingMatch* find(const std::vector<FundingMatch>& all, const char* id)
    {
        const auto it = std::find_if(all.begin(), all.end(),
                                     [&](const FundingMatch& m) { return m.id == QLatin1String(id); });
        return it == all.end() ? nullptr : &*it;
    }
    static QStringList ids(const std::vector<FundingMatch>& all)
    {
        QStringList out;
        for (const FundingMatch& m : all)
            out << m.id;
        return out;
    }

    std::shared_ptr<const Ruleset> m_rs = fundingRuleset();
    std::unique_ptr<Facts> m_facts;
};

TEST_F(Funding, ApplicantTypeAndStageMustBeListed)
{
    const auto academia = run(profile({{"applicant.type", QStringLiteral("academia")},
                                       {"stage", QStringLiteral("nonclinical")},
                                       {"novelty", QStringLiteral("new")}}));
    EXPECT_EQ(find(academia, "startups_small"), nullptr);
    EXPECT_EQ(find(academia, "startups_large"), nullptr);

    const auto clinical = run(profile({{"applicant.type", QStringLiteral("startup")},
                                       {"stage", QStringLiteral("clinical")},
                                       {"novelty", QStringLiteral("new")}}));
    EXPECT_EQ(find(clinical, "startups_small"), nullptr) << "stage not funded";
    ASSERT_NE(find(clinical, "startups_large"), nullptr) << "no stage list: every stage";
    EXPECT_EQ(find(clinical, "startups_large")->fit, QStringLiteral("strong"));

    const auto fits = run(profile({{"applicant.type", QStringLiteral("sme")},
                                   {"stage", QStringLiteral("nonclinical")},
                                   {"novelty", QStringLiteral("new")}}));
    const FundingMatch* m = find(fits, "startups_small");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->fit, QStringLiteral("strong"));
    EXPECT_EQ(m->budgetJpy, std::optional<qint64>(100'000'000));
    EXPECT_EQ(m->nameJa, m_rs->scheme(QStringLiteral("startups_small"))->name.ja);
    EXPECT_EQ(m->name, m_rs->scheme(QStringLiteral("startups_small"))->name.en);
    EXPECT_EQ(m->provenance.source, QStringLiteral("seed#H6"));
    EXPECT_EQ(m->provenance.confidence, Confidence::Seed);
}

TEST_F(Funding, UnknownApplicantTypeIsAPossibleFitThatSaysSo)
{
    const auto all =
        run(profile({{"stage", QStringLiteral("nonclinical")}, {"novelty", QStringLiteral("new")}}));
    const FundingMatch* m = find(all, "startups_small");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->fit, QStringLiteral("possible"));
    const QString applicant = m_facts->describe(m_rs->facts->slot(QStringLiteral("applicant.type")));
    EXPECT_TRUE(std::any_of(m->reasons.begin(), m->reasons.end(), [&](const QString& r) {
        return r.startsWith(QStringLiteral("?")) && r.contains(applicant);
    })) << test::str(m->reasons);
}

TEST_F(Funding, ARequiredCriterionFalseOmitsTheSchemeAndABlankGoalIsNoGoal)
{
    const auto no = run(profile({{"goals.international_procurement", false}}));
    EXPECT_EQ(find(no, "procurement"), nullptr);
    // A blank goal is no goal.
    const auto blank = run(profile({}));
    EXPECT_EQ(find(blank, "procurement"), nullptr);
    const auto yes = run(profile({{"goals.international_procurement", true}}));
    ASSERT_NE(find(yes, "procurement"), nullptr);
    EXPECT_EQ(find(yes, "procurement")->fit, QStringLiteral("strong"));
}

TEST_F(Funding, APreferredCriterionFalseKeepsAPossibleFit)
{
    const auto all = run(profile({{"software.uses_ai", false}}));
    ASSERT_NE(find(all, "no_budget"), nullptr);
    EXPECT_EQ(find(all, "no_budget")->fit, QStringLiteral("possible"));
    EXPECT_FALSE(find(all, "no_budget")->budgetJpy.has_value());
}

TEST_F(Funding, ReportsTheBestFittingArea)
{
    // Both areas hold; pediatric's preferred criterion is open, so the full fit wins.
    const auto open = run(profile({{"novelty", QStringLiteral("new")}, {"populations.pediatric", true}}));
    ASSERT_NE(find(open, "promotion"), nullptr);
    EXPECT_EQ(find(open, "promotion")->area, QStringLiteral("burden_reduction"));
    EXPECT_EQ(find(open, "promotion")->fit, QStringLiteral("strong"));

    // Both full fits: the one with more criteria holding.
    const auto full = run(profile({{"novelty", QStringLiteral("new")},
                                   {"populations.pediatric", true},
                                   {"evidence.has_registry_or_rwd_access", true}}));
    EXPECT_EQ(find(full, "promotion")->area, QStringLiteral("pediatric"));

    // Only pediatric, open.
    const auto pediatric =
        run(profile({{"novelty", QStringLiteral("generic")}, {"populations.pediatric", true}}));
    ASSERT_NE(find(pediatric, "promotion"), nullptr);
    EXPECT_EQ(find(pediatric, "promotion")->area, QStringLiteral("pediatric"));
    EXPECT_EQ(find(pediatric, "promotion")->fit, QStringLiteral("possible"));

    // No area fits: the call is by area, so the scheme does not fit.
    const auto none =
        run(profile({{"novelty", QStringLiteral("generic")}, {"populations.pediatric", false}}));
    EXPECT_EQ(find(none, "promotion"), nullptr);
}

TEST_F(Funding, StrongFirstThenLargerBudget)
{
    const auto all = run(profile({{"applicant.type", QStringLiteral("startup")},
                                  {"stage", QStringLiteral("nonclinical")},
                                  {"novelty", QStringLiteral("new")},
                                  {"goals.international_procurement", true}}));
    // Strong: promotion 1.2bn, procurement 0.5bn, startups_large 0.3bn, startups_small 0.1bn;
    // possible: no_budget (uses_ai unanswered).
    ASSERT_EQ(all.size(), 5u) << test::str(ids(all));
    for (std::size_t i = 1; i < all.size(); ++i) {
        const bool prevStrong = all[i - 1].fit == QLatin1String("strong");
        const bool strong = all[i].fit == QLatin1String("strong");
        EXPECT_TRUE(prevStrong || !strong) << test::str(ids(all));
        if (prevStrong == strong) {
            EXPECT_GE(all[i - 1].budgetJpy.value_or(-1), all[i].budgetJpy.value_or(-1))
                << test::str(ids(all));
        }
    }
    EXPECT_EQ(all.front().id, QStringLiteral("promotion"));
    EXPECT_EQ(all.back().id, QStringLiteral("no_budget"));
}

TEST_F(Funding, CoveredActivitiesNarrowToTheRoutes)
{
    const Profile p = profile({{"novelty", QStringLiteral("new")}});
    const auto unfiltered = run(p);
    EXPECT_EQ(find(unfiltered, "promotion")->coversActivities,
              m_rs->scheme(QStringLiteral("promotion"))->coversActivities);
    const auto filtered = run(p, {QStringLiteral("pmda_review"), QStringLiteral("clinical_trial")});
    EXPECT_EQ(find(filtered, "promotion")->coversActivities,
              QStringList({QStringLiteral("clinical_trial"), QStringLiteral("pmda_review")}));
}

} // namespace
} // namespace shirube::core
