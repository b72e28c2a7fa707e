// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Expr.h"

#include "core/profile/Profile.h"
#include "core/rules/Facts.h"

#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;

namespace {

class ExprTest : public ::testing::Test
{
protected:
    FactTable table{QStringList{QStringLiteral("sakigake")}};

    Tri eval(const char* text, const Facts& facts)
    {
        auto e = Expr::parse(QString::fromUtf8(text), table);
        EXPECT_TRUE(e.ok()) << e.error().toString().toStdString();
        return e.ok() ? e.value().evaluate(facts) : Tri::Unknown;
    }

    Facts facts()
    {
        auto p = Profile::parse(R"({"schema":"shirube.profile/1","name":"X","kind":"samd",
            "software":{"significance":"diagnose","uses_ai":true},"markets":["JP","VN"],
            "populations":{"patients_in_japan_estimate":30000},"clinical_data":"unknown"})");
        EXPECT_TRUE(p.ok());
        return Facts::fromProfile(table, p.value());
    }
};

TEST_F(ExprTest, ComparesKnownFacts)
{
    const Facts f = facts();
    EXPECT_EQ(eval("kind == 'samd'", f), Tri::True);
    EXPECT_EQ(eval("kind != 'samd'", f), Tri::False);
    EXPECT_EQ(eval("kind in ['hardware', 'samd']", f), Tri::True);
    EXPECT_EQ(eval("kind in ['hardware', 'ivd']", f), Tri::False);
    EXPECT_EQ(eval("populations.patients_in_japan_estimate < 50000", f), Tri::True);
    EXPECT_EQ(eval("populations.patients_in_japan_estimate >= 50000", f), Tri::False);
    EXPECT_EQ(eval("software.uses_ai", f), Tri::True);
    EXPECT_EQ(eval("!software.uses_ai", f), Tri::False);
    EXPECT_EQ(eval("'VN' in markets", f), Tri::True);
    EXPECT_EQ(eval("'US' in markets", f), Tri::False);
    EXPECT_EQ(eval("overseas && samd", f), Tri::True);
}

TEST_F(ExprTest, UnknownFollowsKleeneLogic)
{
    const Facts f = facts();
    EXPECT_EQ(eval("software.situation == 'serious'", f), Tri::Unknown);
    EXPECT_EQ(eval("clinical_data == 'required'", f), Tri::Unknown)
        << "an explicit 'unknown' answer is unknown";
    EXPECT_EQ(eval("kind == 'ivd' && software.situation == 'serious'", f), Tri::False);
    EXPECT_EQ(eval("kind == 'samd' && software.situation == 'serious'", f), Tri::Unknown);
    EXPECT_EQ(eval("kind == 'samd' || software.situation == 'serious'", f), Tri::True);
    EXPECT_EQ(eval("kind == 'ivd' || software.situation == 'serious'", f), Tri::Unknown);
    EXPECT_EQ(eval("!(software.situation == 'serious')", f), Tri::Unknown);
    EXPECT_EQ(eval("designation.sakigake != 'no'", f), Tri::Unknown);
}

TEST_F(ExprTest, ReportsTheFactsItUsed)
{
    const Facts f = facts();
    auto e = Expr::parse(QStringLiteral("kind == 'samd' && (software.situation == 'critical' || class >= 3)"),
                         table);
    ASSERT_TRUE(e.ok());
    std::vector<int> used;
    EXPECT_EQ(e.value().evaluate(f, used), Tri::Unknown);
    QStringList names;
    for (int s : used)
        names << table.name(s);
    EXPECT_EQ(names, (QStringList{QStringLiteral("kind"), QStringLiteral("software.situation"),
                                  QStringLiteral("class")}));
    EXPECT_EQ(e.value().identifiers(), names);
}

TEST_F(ExprTest, RejectsUnknownIdentifiersAndBadSyntax)
{
    auto bad = Expr::parse(QStringLiteral("hardware.durration == 'transient'"), table);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("hardware.durration")));
    for (const char* text :
         {"kind ==", "(kind == 'samd'", "kind = 'samd'", "kind in 'samd'", "'open", "kind == 'a' &&"}) {
        EXPECT_FALSE(Expr::parse(QString::fromUtf8(text), table).ok()) << text;
    }
    EXPECT_FALSE(Expr::parse(QString(), table).ok());
}

TEST_F(ExprTest, DerivedFactsCanBeSet)
{
    Facts f = facts();
    f.set(QStringLiteral("class"), 3.0);
    f.set(QStringLiteral("procedure"), QStringLiteral("approval"));
    EXPECT_EQ(eval("class >= 3 && procedure == 'approval'", f), Tri::True);
    EXPECT_EQ(eval("class == 2", f), Tri::False);
    EXPECT_EQ(f.describe(table.slot(QStringLiteral("class"))), QStringLiteral("class = 3"));
}

} // namespace
