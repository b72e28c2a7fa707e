// SPDX-License-Identifier: Apache-2.0
// The engine's expressions, assumptions and reasons in words (core/rules/RuleText): what the app, the
// PDF report and the Markdown export show. Each case: the engine's text, the language, the words the
// built-in ruleset's questions give it. None may show a field path, an operator or an underscore id.

#include "core/rules/RuleText.h"

#include "core/rules/RulesetLoader.h"

#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;

namespace {

enum class Kind
{
    Condition,
    Assumption,
    Reason
};

struct Case
{
    const char* name;
    Kind kind;
    Lang lang;
    const char* engine;
    const char* words;
};

const Case kCases[] = {
    {"negated_flag", Kind::Condition, Lang::En, "! applicant.has_qms",
     "“Do you have a quality management system?”: No"},
    {"enum_list", Kind::Condition, Lang::En, "stage in ['idea', 'basic_research']",
     "“Current stage”: Idea or Basic research"},
    {"and_in_japanese", Kind::Condition, Lang::Ja, "software.situation == 'serious' && samd",
     "「対象となる病気・状態の重さ」：重大、かつ製品にソフトウェア（プログラム医療機器）を含む"},
    {"unreadable", Kind::Condition, Lang::En, "a ?? b", "in some cases, depending on the answers"},
    {"assumed_value", Kind::Assumption, Lang::En, "evidence.exploratory_data_only = true (unanswered)",
     "“Only exploratory efficacy data so far?”: Yes"},
    {"assumed_one_of", Kind::Assumption, Lang::En, "software.situation in [critical, serious] (unanswered)",
     "“How serious is the condition?”: Critical (life-threatening, urgent) or Serious"},
    {"assumed_guard", Kind::Assumption, Lang::En,
     "applicant.has_qms unanswered (assumed: ! applicant.has_qms)",
     "“Do you have a quality management system?”: No"},
    {"assumed_expression", Kind::Assumption, Lang::Ja,
     "stage == 'idea' (assumed; depends on unanswered questions)", "「今の段階」：アイデア"},
    {"stages_funded", Kind::Reason, Lang::En, "✓ Stages funded: idea, basic_research (stage = idea)",
     "✓ Stages funded: Idea, Basic research (“Current stage”: Idea)"},
    {"applicants_in_japanese", Kind::Reason, Lang::Ja, "✓ 対象者: startup, sme (applicant.type = startup)",
     "✓ 対象者: スタートアップ、中小企業（「申請者（開発者）の種類」：スタートアップ）"},
};

class RuleTextCases : public testing::TestWithParam<Case>
{
};

TEST_P(RuleTextCases, PutsTheEnginesTextInWords)
{
    static const Result<RulesetPtr> ruleset = RulesetLoader::loadBuiltin();
    ASSERT_TRUE(ruleset.ok());
    const Case& c = GetParam();
    const QString in = QString::fromUtf8(c.engine);
    const Ruleset* rs = ruleset.value().get();
    const QString out = c.kind == Kind::Condition    ? RuleText::condition(in, rs, c.lang)
                        : c.kind == Kind::Assumption ? RuleText::assumption(in, rs, c.lang)
                                                     : RuleText::reason(in, rs, c.lang);
    EXPECT_EQ(out, QString::fromUtf8(c.words));
    EXPECT_FALSE(out.contains(QLatin1Char('_'))) << "an identifier leaked: " << out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Cases, RuleTextCases, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& param) {
                             return std::string(param.param.name);
                         });

TEST(RuleText, IdentifiersWithoutALabelLoseTheirUnderscores)
{
    EXPECT_EQ(RuleText::activityName(QStringLiteral("made_up_step"), nullptr, Lang::En),
              QStringLiteral("made up step"));
    EXPECT_EQ(RuleText::procedureName(QStringLiteral("approval"), Lang::Ja),
              QStringLiteral("製造販売承認（PMDA審査）"));
    EXPECT_EQ(RuleText::deviceClass(3, Lang::En), QStringLiteral("Class III"));
    EXPECT_EQ(RuleText::deviceClass(std::nullopt, Lang::Ja), QStringLiteral("未確定"));
}

} // namespace
