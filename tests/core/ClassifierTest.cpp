// SPDX-License-Identifier: Apache-2.0
#include "core/classification/Classifier.h"

#include <algorithm>
#include <gtest/gtest.h>

#include "tests/core/EngineTestSupport.h"
#include "tests/support/QtPrinters.h"

namespace shirube::core {
namespace {

using test::profile;
using test::RulesetBuilder;

// A small GHTF/IMDRF-like rule set, enough to exercise every path of classify().
std::shared_ptr<const Ruleset> testRuleset()
{
    RulesetBuilder b;
    b.classRule("hw.non_invasive", "hardware", 1, "hardware.invasiveness == 'non_invasive'")
        .classRule("hw.surgical.short", "hardware", 2,
                   "hardware.invasiveness == 'surgically_invasive' && hardware.duration != 'long_term'")
        .classRule("hw.surgical.long", "hardware", 3,
                   "hardware.invasiveness == 'surgically_invasive' && hardware.duration == 'long_term'")
        .classRule(
            "hw.implant.heart", "hardware", 4,
            "hardware.invasiveness == 'implantable' && hardware.anatomy in ['heart', 'central_circulatory']")
        .classRule("hw.active.energy", "hardware", 3,
                   "hardware.active == 'therapeutic_energy' && hardware.hazardous_energy_or_vital_monitoring")
        .classRule("sw.imdrf.4", "software", 3, "imdrf_category == 4")
        .classRule("sw.imdrf.2_3", "software", 2, "imdrf_category == 2 || imdrf_category == 3")
        .classRule("nd.wellness", "not_device", 0, "kind == 'samd' && software.significance == 'none'")
        .classRule("nd.imdrf.1", "not_device", 0, "samd && imdrf_category == 1")
        .classRule("ivd.default", "ivd", 1, "kind == 'ivd'")
        .classRule("ivd.new", "ivd", 3, "novelty == 'new'")
        .procedure("proc.class1", "class == 1", "notification")
        .procedure("proc.cert", "class in [2, 3] && certification_standard == 'exists'", "certification")
        .procedure("proc.approval", "class >= 2", "approval")
        .reviewCategory("rc.new", "novelty == 'new'", "new")
        .reviewCategory("rc.improved.clinical", "novelty == 'improved' && clinical_data == 'required'",
                        "improved_clinical")
        .reviewCategory("rc.improved.nonclinical", "novelty == 'improved' && clinical_data == 'not_required'",
                        "improved_nonclinical")
        .reviewCategory("rc.generic", "novelty == 'generic'", "generic");
    return b.build();
}

class Classify : public ::testing::Test
{
protected:
    Classification run(const Profile& p, Lang lang = Lang::En)
    {
        m_facts = std::make_unique<Facts>(Facts::fromProfile(*m_rs->facts, p));
        return classify(*m_rs, *m_facts, lang);
    }
    const FactValue& fact(const char* id) const { return m_facts->get(QString::fromUtf8(id)); }

    static QStringList ruleIds(const Classification& c)
    {
        QStringList ids;
        for (const RationaleItem& r : c.rationale)
            ids << r.rule;
        return ids;
    }

    std::shared_ptr<const Ruleset> m_rs = testRuleset();
    std::unique_ptr<Facts> m_facts;
};

TEST_F(Classify, NonInvasiveHardwareIsClassOneByNotification)
{
    const Classification c = run(profile({{"kind", QStringLiteral("hardware")},
                                          {"novelty", QStringLiteral("new")},
                                          {"hardware.invasiveness", QStringLiteral("non_invasive")},
                                          {"hardware.active", QStringLiteral("none")}}));
    EXPECT_EQ(c.regulated, std::optional<bool>(true));
    EXPECT_EQ(c.deviceClass, std::optional<int>(1));
    EXPECT_EQ(c.ruleClass, std::optional<int>(1));
    EXPECT_EQ(c.procedure, QStringLiteral("notification"));
    EXPECT_TRUE(c.reviewCategory.isEmpty()) << "a notified product has no review category";
    EXPECT_TRUE(c.decidingQuestions.isEmpty()) << test::str(c.decidingQuestions);
    EXPECT_TRUE(c.warnings.isEmpty()) << test::str(c.warnings);
    EXPECT_EQ(ruleIds(c), QStringList({QStringLiteral("hw.non_invasive"), QStringLiteral("proc.class1")}));
    // Each rationale item carries the rule's text, source and confidence.
    const ClassRule& rule = m_rs->classRules.front();
    EXPECT_EQ(c.rationale[0].text, rule.text.en);
    EXPECT_EQ(c.rationale[0].source, rule.provenance.source);
    EXPECT_EQ(c.rationale[0].confidence, rule.provenance.confidence);
    // The derived facts the planner's guards read.
    EXPECT_EQ(fact("regulated"), FactValue(true));
    EXPECT_EQ(fact("class"), FactValue(1.0));
    EXPECT_EQ(fact("procedure"), FactValue(QStringLiteral("notification")));
    EXPECT_EQ(fact("review_category"), FactValue(QString()));
}

TEST_F(Classify, HighestMatchingClassWinsWithinAGroup)
{
    const Classification c = run(profile({{"kind", QStringLiteral("hardware")},
                                          {"hardware.invasiveness", QStringLiteral("implantable")},
                                          {"hardware.anatomy", QStringLiteral("heart")},
                                          {"hardware.active", QStringLiteral("therapeutic_energy")},
                                          {"hardware.hazardous_energy_or_vital_monitoring", true},
                                          {"novelty", QStringLiteral("new")}}));
    EXPECT_EQ(c.deviceClass, std::optional<int>(4));
    EXPECT_EQ(c.procedure, QStringLiteral("approval"));
    EXPECT_EQ(c.reviewCategory, QStringLiteral("new"));
    const QStringList ids = ruleIds(c);
    EXPECT_TRUE(ids.contains(QStringLiteral("hw.implant.heart"))) << test::str(ids);
    EXPECT_FALSE(ids.contains(QStringLiteral("hw.active.energy"))) << "a lower class did not decide";
    EXPECT_TRUE(ids.contains(QStringLiteral("proc.approval")));
    EXPECT_TRUE(ids.contains(QStringLiteral("rc.new")));
}

TEST_F(Classify, HardwareWithSoftwareTakesTheStricterClass)
{
    const Classification c = run(profile({{"kind", QStringLiteral("hardware_with_software")},
                                          {"hardware.invasiveness", QStringLiteral("non_invasive")},
                                          {"hardware.active", QStringLiteral("none")},
                                          {"software.significance", QStringLiteral("diagnose")},
                                          {"software.situation", QStringLiteral("critical")},
                                          {"certification_standard", QStringLiteral("none")},
                                          {"novelty", QStringLiteral("generic")}}));
    EXPECT_EQ(fact("imdrf_category"), FactValue(4.0));
    EXPECT_EQ(c.deviceClass, std::optional<int>(3));
    EXPECT_TRUE(ruleIds(c).contains(QStringLiteral("sw.imdrf.4")));
    EXPECT_FALSE(ruleIds(c).contains(QStringLiteral("hw.non_invasive")));
    EXPECT_EQ(c.procedure, QStringLiteral("approval"));
    EXPECT_EQ(c.reviewCategory, QStringLiteral("generic"));
}

// IMDRF N12 (2014) SaMD categories, reference §3: significance x situation.
struct ImdrfCell
{
    const char* significance;
    const char* situation;
    int category;
};

class ImdrfMatrix : public Classify, public ::testing::WithParamInterface<ImdrfCell>
{
};

TEST_P(ImdrfMatrix, DerivesTheCategory)
{
    const ImdrfCell cell = GetParam();
    const Classification c = run(profile({{"kind", QStringLiteral("samd")},
                                          {"software.significance", QString::fromLatin1(cell.significance)},
                                          {"software.situation", QString::fromLatin1(cell.situation)},
                                          {"certification_standard", QStringLiteral("none")}}));
    EXPECT_EQ(fact("imdrf_category"), FactValue(double(cell.category)));
    // The test rules: category 1 is not a device, 2-3 class II, 4 class III.
    if (cell.category == 1) {
        EXPECT_EQ(c.regulated, std::optional<bool>(false));
        EXPECT_FALSE(c.deviceClass.has_value());
    } else {
        EXPECT_EQ(c.regulated, std::optional<bool>(true));
        EXPECT_EQ(c.deviceClass, std::optional<int>(cell.category == 4 ? 3 : 2));
    }
}

INSTANTIATE_TEST_SUITE_P(
    N12, ImdrfMatrix,
    ::testing::Values(ImdrfCell{"treat", "critical", 4}, ImdrfCell{"diagnose", "critical", 4},
                      ImdrfCell{"drive_management", "critical", 3},
                      ImdrfCell{"inform_management", "critical", 2}, ImdrfCell{"treat", "serious", 3},
                      ImdrfCell{"diagnose", "serious", 3}, ImdrfCell{"drive_management", "serious", 2},
                      ImdrfCell{"inform_management", "serious", 1}, ImdrfCell{"treat", "non_serious", 2},
                      ImdrfCell{"diagnose", "non_serious", 2},
                      ImdrfCell{"drive_management", "non_serious", 1},
                      ImdrfCell{"inform_management", "non_serious", 1}));

TEST_F(Classify, WellnessSoftwareIsNotAMedicalDevice)
{
    const Classification c = run(profile({{"kind", QStringLiteral("samd")},
                                          {"software.significance", QStringLiteral("none")},
                                          {"novelty", QStringLiteral("new")}}));
    EXPECT_EQ(c.regulated, std::optional<bool>(false));
    EXPECT_FALSE(c.deviceClass.has_value());
    EXPECT_FALSE(c.ruleClass.has_value());
    EXPECT_TRUE(c.procedure.isEmpty());
    EXPECT_TRUE(c.reviewCategory.isEmpty());
    EXPECT_TRUE(c.decidingQuestions.isEmpty());
    EXPECT_EQ(ruleIds(c), QStringList{QStringLiteral("nd.wellness")});
    EXPECT_EQ(fact("regulated"), FactValue(false));
    EXPECT_FALSE(m_facts->isKnown(m_rs->facts->slot(QStringLiteral("class"))));
    EXPECT_EQ(fact("procedure"), FactValue(QString()));
    // The imdrf category needs a significance other than none.
    EXPECT_FALSE(m_facts->isKnown(m_rs->facts->slot(QStringLiteral("imdrf_category"))));
}

TEST_F(Classify, AnUnknownAnswerThatCouldRaiseTheClassLeavesItOpen)
{
    const Classification c = run(profile({{"kind", QStringLiteral("hardware")},
                                          {"hardware.invasiveness", QStringLiteral("surgically_invasive")},
                                          {"hardware.active", QStringLiteral("none")},
                                          {"certification_standard", QStringLiteral("none")}}));
    EXPECT_EQ(c.regulated, std::optional<bool>(true));
    EXPECT_FALSE(c.deviceClass.has_value());
    EXPECT_FALSE(c.ruleClass.has_value());
    EXPECT_TRUE(c.decidingQuestions.contains(QStringLiteral("hardware.duration")))
        << test::str(c.decidingQuestions);
    // Only profile fields are questions: `class` is derived, not asked.
    EXPECT_FALSE(c.decidingQuestions.contains(QStringLiteral("class")));
    EXPECT_TRUE(c.procedure.isEmpty());
    EXPECT_FALSE(m_facts->isKnown(m_rs->facts->slot(QStringLiteral("class"))));
    EXPECT_FALSE(m_facts->isKnown(m_rs->facts->slot(QStringLiteral("procedure"))));

    // Answering it decides.
    const Classification d = run(profile({{"kind", QStringLiteral("hardware")},
                                          {"hardware.invasiveness", QStringLiteral("surgically_invasive")},
                                          {"hardware.duration", QStringLiteral("long_term")},
                                          {"hardware.active", QStringLiteral("none")},
                                          {"certification_standard", QStringLiteral("none")}}));
    EXPECT_EQ(d.deviceClass, std::optional<int>(3));
    EXPECT_EQ(d.procedure, QStringLiteral("approval"));
    // What is left open is the review category (novelty unanswered), not the class.
    EXPECT_FALSE(d.decidingQuestions.contains(QStringLiteral("hardware.duration")))
        << test::str(d.decidingQuestions);
    EXPECT_TRUE(d.decidingQuestions.contains(QStringLiteral("novelty"))) << test::str(d.decidingQuestions);
}

TEST_F(Classify, AnUnknownAnswerThatCannotRaiseTheClassDoesNotMatter)
{
    // Class IV already; the unknown duration and active answers could only propose lower classes.
    const Classification c = run(profile({{"kind", QStringLiteral("hardware")},
                                          {"hardware.invasiveness", QStringLiteral("implantable")},
                                          {"hardware.anatomy", QStringLiteral("central_circulatory")}}));
    EXPECT_EQ(c.deviceClass, std::optional<int>(4));
    EXPECT_FALSE(c.decidingQuestions.contains(QStringLiteral("hardware.duration")));
    EXPECT_FALSE(c.decidingQuestions.contains(QStringLiteral("hardware.active")));
}

TEST_F(Classify, KleeneFalseDecidesDespiteAnUnknownPartner)
{
    // hw.active.energy = active == therapeutic_energy && hazardous: with hazardous false it is false
    // whatever `active` is, so class I holds.
    const Classification known = run(profile({{"kind", QStringLiteral("hardware")},
                                              {"hardware.invasiveness", QStringLiteral("non_invasive")},
                                              {"hardware.hazardous_energy_or_vital_monitoring", false}}));
    EXPECT_EQ(known.deviceClass, std::optional<int>(1));
    EXPECT_TRUE(known.decidingQuestions.isEmpty()) << test::str(known.decidingQuestions);

    const Classification open = run(profile(
        {{"kind", QStringLiteral("hardware")}, {"hardware.invasiveness", QStringLiteral("non_invasive")}}));
    EXPECT_FALSE(open.deviceClass.has_value());
    EXPECT_TRUE(open.decidingQuestions.contains(QStringLiteral("hardware.active")))
        << test::str(open.decidingQuestions);
    EXPECT_TRUE(
        open.decidingQuestions.contains(QStringLiteral("hardware.hazardous_energy_or_vital_monitoring")));
}

TEST_F(Classify, UnknownKindLeavesTheClassOpen)
{
    const Classification c = run(profile({{"hardware.invasiveness", QStringLiteral("implantable")},
                                          {"hardware.anatomy", QStringLiteral("heart")}}));
    EXPECT_FALSE(c.deviceClass.has_value());
    EXPECT_TRUE(c.decidingQuestions.contains(QStringLiteral("kind"))) << test::str(c.decidingQuestions);
    EXPECT_TRUE(c.procedure.isEmpty());
}

TEST_F(Classify, UnknownSoftwareAnswersAskForTheImdrfInputs)
{
    // imdrf_category is derived: the questions behind it are asked instead.
    const Classification c = run(
        profile({{"kind", QStringLiteral("samd")}, {"software.significance", QStringLiteral("diagnose")}}));
    EXPECT_FALSE(c.regulated.has_value()) << "category I software would not be a device";
    EXPECT_FALSE(c.deviceClass.has_value());
    EXPECT_TRUE(c.decidingQuestions.contains(QStringLiteral("software.situation")))
        << test::str(c.decidingQuestions);
    EXPECT_FALSE(c.decidingQuestions.contains(QStringLiteral("imdrf_category")));
    EXPECT_FALSE(c.decidingQuestions.contains(QStringLiteral("software.significance")));
}

TEST_F(Classify, KnownClassOverridesWithAWarning)
{
    const Classification c = run(profile({{"kind", QStringLiteral("hardware")},
                                          {"hardware.invasiveness", QStringLiteral("non_invasive")},
                                          {"hardware.active", QStringLiteral("none")},
                                          {"known_class", 2},
                                          {"certification_standard", QStringLiteral("exists")}}));
    EXPECT_EQ(c.deviceClass, std::optional<int>(2));
    EXPECT_EQ(c.ruleClass, std::optional<int>(1));
    ASSERT_EQ(c.messages.size(), 1u);
    EXPECT_EQ(c.messages[0],
              (PlanMessage{msg::KnownClassDiffers, {QStringLiteral("2"), QStringLiteral("1")}}));
    ASSERT_EQ(c.warnings.size(), 1);
    EXPECT_EQ(c.warnings[0], QStringLiteral("The known class (2) overrides the class the rules give (1)."));
    EXPECT_EQ(fact("class"), FactValue(2.0));
    EXPECT_EQ(c.procedure, QStringLiteral("certification"));

    // Agreeing with the rules: no warning.
    const Classification agree = run(profile({{"kind", QStringLiteral("hardware")},
                                              {"hardware.invasiveness", QStringLiteral("non_invasive")},
                                              {"hardware.active", QStringLiteral("none")},
                                              {"known_class", 1}}));
    EXPECT_EQ(agree.deviceClass, std::optional<int>(1));
    EXPECT_TRUE(agree.warnings.isEmpty()) << test::str(agree.warnings);

    // Known class with open rules: the class is known, nothing to ask about it.
    const Classification open = run(profile({{"kind", QStringLiteral("hardware")},
                                             {"hardware.invasiveness", QStringLiteral("surgically_invasive")},
                                             {"known_class", 3},
                                             {"certification_standard", QStringLiteral("none")},
                                             {"novelty", QStringLiteral("new")}}));
    EXPECT_EQ(open.deviceClass, std::optional<int>(3));
    EXPECT_FALSE(open.ruleClass.has_value());
    EXPECT_TRUE(open.decidingQuestions.isEmpty()) << test::str(open.decidingQuestions);
    EXPECT_TRUE(open.warnings.isEmpty()) << test::str(open.warnings);
}

TEST_F(Classify, KnownClassOverridesANotDeviceRuleWithAWarning)
{
    const Classification c = run(profile({{"kind", QStringLiteral("samd")},
                                          {"software.significance", QStringLiteral("none")},
                                          {"known_class", 2}}));
    EXPECT_EQ(c.regulated, std::optional<bool>(true));
    EXPECT_EQ(c.deviceClass, std::optional<int>(2));
    ASSERT_EQ(c.messages.size(), 1u);
    EXPECT_EQ(c.messages[0], (PlanMessage{msg::KnownClassNotDevice, {QStringLiteral("2")}}));
    ASSERT_EQ(c.warnings.size(), 1);
    // A sentence, not a rule id.
    EXPECT_FALSE(c.warnings[0].contains(QStringLiteral("nd.wellness")));
    EXPECT_TRUE(c.warnings[0].contains(QStringLiteral("not a medical device")));
}

TEST_F(Classify, AnOpenRuleBeforeTheFirstMatchLeavesTheProcedureOpen)
{
    // Class II: proc.cert depends on the unanswered certification_standard, proc.approval holds.
    const Classification c = run(profile({{"kind", QStringLiteral("hardware")},
                                          {"hardware.invasiveness", QStringLiteral("surgically_invasive")},
                                          {"hardware.duration", QStringLiteral("transient")},
                                          {"hardware.active", QStringLiteral("none")},
                                          {"novelty", QStringLiteral("new")}}));
    EXPECT_EQ(c.deviceClass, std::optional<int>(2));
    EXPECT_TRUE(c.procedure.isEmpty());
    EXPECT_EQ(c.decidingQuestions, QStringList{QStringLiteral("certification_standard")});
    EXPECT_FALSE(m_facts->isKnown(m_rs->facts->slot(QStringLiteral("procedure"))));

    const Classification cert = run(profile({{"kind", QStringLiteral("hardware")},
                                             {"hardware.invasiveness", QStringLiteral("surgically_invasive")},
                                             {"hardware.duration", QStringLiteral("transient")},
                                             {"hardware.active", QStringLiteral("none")},
                                             {"certification_standard", QStringLiteral("exists")},
                                             {"novelty", QStringLiteral("new")}}));
    EXPECT_EQ(cert.procedure, QStringLiteral("certification"));
    EXPECT_TRUE(cert.reviewCategory.isEmpty()) << "certification has no review category";
    EXPECT_TRUE(ruleIds(cert).contains(QStringLiteral("proc.cert")));
}

TEST(ClassifyOutcome, AnOpenRuleWithTheSameOutcomeDoesNotMatter)
{
    RulesetBuilder b;
    b.classRule("hw.any", "hardware", 2, "kind == 'hardware'")
        .procedure("proc.maybe", "applicant.has_qms", "approval")
        .procedure("proc.always", "class >= 1", "approval");
    const auto rs = b.build();
    Facts facts = Facts::fromProfile(*rs->facts, profile({{"kind", QStringLiteral("hardware")}}));
    const Classification c = classify(*rs, facts);
    EXPECT_EQ(c.procedure, QStringLiteral("approval"));
    EXPECT_TRUE(c.decidingQuestions.isEmpty()) << test::str(c.decidingQuestions);
}

TEST_F(Classify, ReviewCategoryWaitsForItsQuestions)
{
    // clinical_data "unknown" is an unknown answer.
    const Classification c = run(profile({{"kind", QStringLiteral("hardware")},
                                          {"hardware.invasiveness", QStringLiteral("implantable")},
                                          {"hardware.anatomy", QStringLiteral("heart")},
                                          {"novelty", QStringLiteral("improved")},
                                          {"clinical_data", QStringLiteral("unknown")}}));
    EXPECT_EQ(c.procedure, QStringLiteral("approval"));
    EXPECT_TRUE(c.reviewCategory.isEmpty());
    EXPECT_EQ(c.decidingQuestions, QStringList{QStringLiteral("clinical_data")});

    const Classification d = run(profile({{"kind", QStringLiteral("hardware")},
                                          {"hardware.invasiveness", QStringLiteral("implantable")},
                                          {"hardware.anatomy", QStringLiteral("heart")},
                                          {"novelty", QStringLiteral("improved")},
                                          {"clinical_data", QStringLiteral("not_required")}}));
    EXPECT_EQ(d.reviewCategory, QStringLiteral("improved_nonclinical"));
    EXPECT_EQ(fact("review_category"), FactValue(QStringLiteral("improved_nonclinical")));
}

TEST_F(Classify, IvdUsesOnlyTheIvdRules)
{
    const Classification c = run(profile({{"kind", QStringLiteral("ivd")},
                                          {"novelty", QStringLiteral("generic")},
                                          {"hardware.invasiveness", QStringLiteral("implantable")},
                                          {"hardware.anatomy", QStringLiteral("heart")}}));
    EXPECT_EQ(c.deviceClass, std::optional<int>(1));
    EXPECT_EQ(ruleIds(c).front(), QStringLiteral("ivd.default"));
    EXPECT_EQ(c.procedure, QStringLiteral("notification"));
}

TEST_F(Classify, ReclassifyingTheSameFactsLeavesNothingStale)
{
    Facts facts =
        Facts::fromProfile(*m_rs->facts, profile({{"kind", QStringLiteral("hardware")},
                                                  {"hardware.invasiveness", QStringLiteral("non_invasive")},
                                                  {"hardware.active", QStringLiteral("none")}}));
    EXPECT_EQ(classify(*m_rs, facts).procedure, QStringLiteral("notification"));
    facts.set(QStringLiteral("hardware.invasiveness"), QStringLiteral("surgically_invasive"));
    const Classification c = classify(*m_rs, facts);
    EXPECT_FALSE(c.deviceClass.has_value()) << "duration is unanswered";
    EXPECT_TRUE(c.procedure.isEmpty());
    EXPECT_FALSE(facts.isKnown(m_rs->facts->slot(QStringLiteral("class"))));
    EXPECT_FALSE(facts.isKnown(m_rs->facts->slot(QStringLiteral("procedure"))));
}

TEST_F(Classify, RationaleIsInTheRequestedLanguage)
{
    const Profile p = profile({{"kind", QStringLiteral("hardware")},
                               {"hardware.invasiveness", QStringLiteral("non_invasive")},
                               {"hardware.active", QStringLiteral("none")}});
    const Classification ja = run(p, Lang::Ja);
    const Classification en = run(p, Lang::En);
    ASSERT_FALSE(ja.rationale.empty());
    EXPECT_EQ(ja.rationale[0].text, m_rs->classRules.front().text.ja);
    EXPECT_EQ(en.rationale[0].text, m_rs->classRules.front().text.en);
}

} // namespace
} // namespace shirube::core
