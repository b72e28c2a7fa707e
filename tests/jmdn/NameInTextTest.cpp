// SPDX-License-Identifier: Apache-2.0
// The generic name a product's own name contains (core/jmdn/NameInText): the most specific one, by
// Japanese name or English words, and no guess where equally specific names disagree.

#include "core/jmdn/NameInText.h"

#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;

namespace {

GenericName row(const char* code, const char* ja, const char* en, int cls, bool standard)
{
    GenericName n;
    n.code = QString::fromLatin1(code);
    n.nameJa = QString::fromUtf8(ja);
    n.nameEn = QString::fromUtf8(en);
    n.deviceClass = cls;
    if (standard)
        n.certificationStandard = CertificationStandard{QStringLiteral("平成17年厚生労働省告示第112号"), {}};
    return n;
}

const std::vector<GenericName>& names()
{
    static const std::vector<GenericName> rows = {
        row("36035004", "冠動脈ステント", "", 4, false),
        row("17672000", "胆管用ステント", "", 3, false),
        row("37618010", "全身用X線CT診断装置", "", 2, true),
        row("40937000", "核医学装置ワークステーション", "Nuclear medicine system workstation", 2, true),
        row("10729100", "中心静脈用カテーテル", "", 4, false),
        row("34917002", "短期的使用泌尿器用フォーリーカテーテル", "", 2, false),
        row("11111111", "体温計", "", 2, true),
        row("22222222", "電子体温計", "", 2, true),
        row("33333333", "テスト機器甲", "", 2, true),
        row("44444444", "テスト機器乙", "", 3, false),
    };
    return rows;
}

struct Case
{
    const char* name;
    const char* text;
    const char* code; // "" for no guess
};

const Case kCases[] = {
    {"japanese_name_inside_a_product_name", "冠動脈ステント NovaFlex（試作）", "36035004"},
    {"the_longest_name_wins", "小児用 電子体温計", "22222222"},
    {"full_width_letters_are_normalised", "ポータブル全身用Ｘ線ＣＴ診断装置", "37618010"},
    {"english_name_as_whole_words", "Nuclear Medicine System Workstation Pro", "40937000"},
    {"english_name_inside_a_word_is_no_match", "XNuclear medicine system workstations", ""},
    {"a_family_word_alone_is_no_match", "カテーテル", ""},
    {"equally_specific_names_that_disagree", "テスト機器甲とテスト機器乙のセット", ""},
    {"nothing_matches", "Coronary stent", ""},
    {"empty", "", ""},
};

class NameInTextCases : public testing::TestWithParam<Case>
{
};

TEST_P(NameInTextCases, GuessesOnlyAnUnambiguousGenericName)
{
    const Case& c = GetParam();
    const std::optional<GenericName> found = genericNameInText(names(), QString::fromUtf8(c.text));
    if (*c.code == '\0') {
        EXPECT_FALSE(found.has_value()) << found->code.toStdString();
    } else {
        ASSERT_TRUE(found.has_value());
        EXPECT_EQ(found->code, QString::fromLatin1(c.code));
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, NameInTextCases, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& param) {
                             return std::string(param.param.name);
                         });

} // namespace
