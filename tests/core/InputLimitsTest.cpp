// SPDX-License-Identifier: Apache-2.0
// Hostile inputs to the engine (issue #16), each written from the attack: expressions nested or chained
// far past any real rule, ruleset numbers that overflow the planner, duplicate JSON keys, profiles that
// are empty, UTF-16 or carry a 10 MB key. Each must end in a clear error, in bounded memory and time;
// the crashers run in a child process (tests/support/BoundedRun.h) so a regression reports a signal
// instead of killing the runner.

#include "core/common/JsonScan.h"
#include "core/profile/Profile.h"
#include "core/rules/Expr.h"
#include "core/rules/Facts.h"
#include "core/rules/RulesetLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "tests/support/BoundedRun.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;
using namespace shirube::core;

namespace {

const FactTable& table()
{
    static const FactTable t{QStringList{}};
    return t;
}

// Parses `text` in a child; exit 0 when refused with a message containing `phrase`, 1 when accepted,
// 2 when refused with another message.
test::ChildRun parseInChild(const QString& text, const QString& phrase)
{
    return test::runInChild([&] {
        const Result<Expr> e = Expr::parse(text, table());
        if (e.ok())
            return 1;
        if (!e.error().message.contains(phrase)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.error().message.left(500)));
            return 2;
        }
        return e.error().message.size() < 2000 ? 0 : 3; // the message does not echo the whole text
    });
}

struct ExprAttack
{
    const char* name;
    QString text;
    const char* phrase;
};

// Names the case in test output instead of dumping its bytes.
void PrintTo(const ExprAttack& c, std::ostream* os)
{
    *os << c.name;
}

class ExprAttackTest : public ::testing::TestWithParam<ExprAttack>
{
};

TEST_P(ExprAttackTest, IsRefusedInBoundedMemoryWithoutCrashing)
{
    const ExprAttack& a = GetParam();
    const test::ChildRun r = parseInChild(a.text, QString::fromLatin1(a.phrase));
    EXPECT_EQ(r.signal, 0) << r.describe();
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_FALSE(r.timedOut);
    EXPECT_LE(r.maxRssKb, test::kMaxRssKb) << r.describe();
    EXPECT_LT(r.seconds, 20.0) << r.describe();
}

QString repeated(const char* piece, int n)
{
    return QString::fromLatin1(piece).repeated(n);
}

INSTANTIATE_TEST_SUITE_P(
    Attacks, ExprAttackTest,
    ::testing::Values(
        ExprAttack{"parentheses_15k", repeated("(", 15000) + QStringLiteral("true") + repeated(")", 15000),
                   "nests deeper than 200"},
        ExprAttack{"not_48k", repeated("!", 48000) + QStringLiteral("true"), "nests deeper than 200"},
        ExprAttack{"and_chain_265k", QStringLiteral("true") + repeated(" && true", 265000),
                   "characters, more than the limit"},
        ExprAttack{"and_chain_20k_short_terms", QStringLiteral("1") + repeated("&&1", 20000),
                   "more than 10000 terms"},
        ExprAttack{"or_chain_20k", QStringLiteral("false") + repeated(" || false", 20000),
                   "more than 10000 terms"},
        ExprAttack{"one_megabyte", QStringLiteral("true && ") + QString(1 << 20, QLatin1Char('x')),
                   "characters, more than the limit"}),
    [](const ::testing::TestParamInfo<ExprAttack>& p) { return std::string(p.param.name); });

TEST(ExprLimits, TheLongestAllowedChainsParseEvaluateAndFree)
{
    const test::ChildRun r = test::runInChild([] {
        // 10,000 terms in one && chain, and 200 levels of parentheses: both at the limit, both fine.
        const QString chain = QStringLiteral("true") + repeated(" && true", 9999);
        const QString nested = repeated("(", 199) + QStringLiteral("!false") + repeated(")", 199);
        for (const QString& text : {chain, nested}) {
            Result<Expr> e = Expr::parse(text, table());
            if (!e.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(e.error().message.left(300)));
                return 1;
            }
            const Facts facts = Facts::fromProfile(table(), Profile());
            if (e.value().evaluate(facts) != Tri::True)
                return 2;
        } // freed here
        return 0;
    });
    EXPECT_EQ(r.signal, 0) << r.describe();
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_LE(r.maxRssKb, test::kMaxRssKb) << r.describe();
}

TEST(ExprLimits, FlatChainsKeepKleeneLogic)
{
    FactTable t{QStringList{}};
    const Facts f = Facts::fromProfile(t, Profile());
    const auto eval = [&](const char* text) {
        Result<Expr> e = Expr::parse(QString::fromLatin1(text), t);
        EXPECT_TRUE(e.ok()) << text;
        return e.ok() ? e.value().evaluate(f) : Tri::Unknown;
    };
    EXPECT_EQ(eval("true && true && true"), Tri::True);
    EXPECT_EQ(eval("true && null && false"), Tri::False);
    EXPECT_EQ(eval("true && null && true"), Tri::Unknown);
    EXPECT_EQ(eval("false || null || true"), Tri::True);
    EXPECT_EQ(eval("false || null || false"), Tri::Unknown);
    EXPECT_EQ(eval("false || false && true || false"), Tri::False);
    EXPECT_EQ(eval("(true && false) || (true && true)"), Tri::True);
}

// ---- rulesets ----

QJsonObject minimalRuleset()
{
    QFile f(test::testData("data/rulesets/minimal.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// minimal.json with transitions[0].steps[0].KEY = value.
QByteArray withStepValue(const char* key, const QJsonValue& value)
{
    QJsonObject root = minimalRuleset();
    QJsonArray transitions = root.value(QStringLiteral("transitions")).toArray();
    QJsonObject t = transitions[0].toObject();
    QJsonArray steps = t.value(QStringLiteral("steps")).toArray();
    QJsonObject step = steps[0].toObject();
    step.insert(QLatin1String(key), value);
    steps[0] = step;
    t.insert(QStringLiteral("steps"), steps);
    transitions[0] = t;
    root.insert(QStringLiteral("transitions"), transitions);
    return QJsonDocument(root).toJson();
}

// The bytes are made when the case runs, not when the cases are registered: every test process
// registers every case, and some attacks are megabytes long.
using MakeBytes = QByteArray (*)();

struct RulesetAttack
{
    const char* name;
    MakeBytes json;
    const char* phrase;
};

// Names the case in test output instead of dumping its bytes.
void PrintTo(const RulesetAttack& c, std::ostream* os)
{
    *os << c.name;
}

class RulesetAttackTest : public ::testing::TestWithParam<RulesetAttack>
{
};

TEST_P(RulesetAttackTest, IsRefusedNamingTheProblem)
{
    const RulesetAttack& a = GetParam();
    const test::ChildRun r = test::runInChild([&] {
        const Result<RulesetPtr> rs = RulesetLoader::loadBytes(a.json(), QStringLiteral("attack.json"));
        if (rs.ok())
            return 1;
        if (!rs.error().message.contains(QString::fromLatin1(a.phrase))) {
            std::fprintf(stderr, "%s\n", qPrintable(rs.error().message.left(1000)));
            return 2;
        }
        return 0;
    });
    EXPECT_EQ(r.signal, 0) << r.describe();
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_LE(r.maxRssKb, test::kMaxRssKb) << r.describe();
}

INSTANTIATE_TEST_SUITE_P(
    Attacks, RulesetAttackTest,
    ::testing::Values(
        RulesetAttack{"cost_9_3e18", [] { return withStepValue("cost_jpy", 9.3e18); }, "yen are at most"},
        RulesetAttack{"cost_range_overflow",
                      [] {
                          return withStepValue("cost_jpy", QJsonArray{1, 2, 1e19});
                      },
                      "yen are at most"},
        RulesetAttack{"months_1e300", [] { return withStepValue("months", 1e300); },
                      "months are at most 600"},
        RulesetAttack{"months_601",
                      [] {
                          return withStepValue("months", QJsonArray{1, 2, 601});
                      },
                      "months are at most 600"},
        RulesetAttack{"when_nested_15k",
                      [] {
                          return withStepValue("when", QString(repeated("(", 15000) + QStringLiteral("true") +
                                                               repeated(")", 15000)));
                      },
                      "nests deeper than 200"},
        RulesetAttack{"when_chain_265k",
                      [] {
                          return withStepValue(
                              "when", QString(QStringLiteral("true") + repeated(" && true", 265000)));
                      },
                      "characters, more than the limit"},
        RulesetAttack{"duplicate_key",
                      [] {
                          const QJsonObject root = minimalRuleset();
                          return root.isEmpty() ? QByteArray()
                                                : QJsonDocument(root).toJson().replace(
                                                      "\"id\": \"", "\"id\": \"dup\", \"id\": \"");
                      },
                      "the key 'id' appears twice in one object"}),
    [](const ::testing::TestParamInfo<RulesetAttack>& p) { return std::string(p.param.name); });

// ---- profiles ----

struct ProfileCase
{
    const char* name;
    MakeBytes json;
    const char* path;   // Error::path expected ("" = none)
    const char* phrase; // in the message
};

// Names the case in test output instead of dumping its bytes.
void PrintTo(const ProfileCase& c, std::ostream* os)
{
    *os << c.name;
}

class ProfileMessageTest : public ::testing::TestWithParam<ProfileCase>
{
};

TEST_P(ProfileMessageTest, SaysWhatIsWrong)
{
    const ProfileCase& c = GetParam();
    const Result<Profile> p = Profile::parse(c.json());
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().path, QString::fromUtf8(c.path));
    EXPECT_TRUE(p.error().message.contains(QString::fromUtf8(c.phrase))) << p.error().message.toStdString();
    EXPECT_LT(p.error().toString().size(), 1000) << "the message echoes the input";
    EXPECT_FALSE(p.error().message.contains(QStringLiteral("illegal value")));
}

QByteArray profileWith(const QByteArray& extra)
{
    return R"({"schema": "shirube.profile/1", "name": "X")" +
           (extra.isEmpty() ? QByteArray() : ", " + extra) + "}";
}

QByteArray utf16(const QByteArray& utf8)
{
    const QString s = QString::fromUtf8(utf8);
    QByteArray out("\xFF\xFE");
    out.append(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
    return out;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ProfileMessageTest,
    ::testing::Values(
        ProfileCase{"empty", [] { return QByteArray(); }, "", "the profile is empty"},
        ProfileCase{"blank", [] { return QByteArray("  \n\t\n"); }, "", "only white space"},
        ProfileCase{"utf16_bom", [] { return utf16(profileWith({})); }, "", "UTF-16"},
        ProfileCase{"utf16_no_bom", [] { return utf16(profileWith({})).mid(2); }, "", "UTF-16"},
        ProfileCase{"duplicate_name", [] { return profileWith(R"("name": "Y")"); }, "name",
                    "appears twice in one object"},
        ProfileCase{
            "duplicate_in_group",
            [] {
                return profileWith(
                    R"("kind": "hardware", "hardware": {"duration": "transient", "duration": "long_term"})");
            },
            "duration", "appears twice"},
        ProfileCase{"budget_1e308", [] { return profileWith(R"("budget_jpy": 1e308)"); }, "budget_jpy",
                    "is too large"},
        ProfileCase{"budget_negative", [] { return profileWith(R"("budget_jpy": -5)"); }, "budget_jpy",
                    "is negative"},
        ProfileCase{"number_as_written", [] { return profileWith(R"("kind": 4294967296)"); }, "kind",
                    "4294967296 is not allowed"},
        ProfileCase{
            "ten_megabyte_key", [] { return profileWith("\"" + QByteArray(10 << 20, 'k') + "\": 1"); },
            "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk… (10485760 "
            "characters)",
            "unknown field"}),
    [](const ::testing::TestParamInfo<ProfileCase>& p) { return std::string(p.param.name); });

TEST(JsonScan, FindsDuplicatesAtAnyDepthAndEscapedSpellings)
{
    EXPECT_FALSE(findDuplicateKey(R"({"a": 1, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]})"));
    EXPECT_FALSE(findDuplicateKey(R"({"a": "\"a\": 1, \"a\""})"));
    const auto dup = findDuplicateKey(R"({"x": {"y": [1, {"k": 1, "\u006b": 2}]}})");
    ASSERT_TRUE(dup);
    EXPECT_EQ(dup->key, QStringLiteral("k"));
    // Deeper than any recursive parser would survive: the scanner keeps a stack, not frames.
    QByteArray deep = QByteArray("[").repeated(200000) + QByteArray("]").repeated(200000);
    EXPECT_FALSE(findDuplicateKey(deep));
}

} // namespace
