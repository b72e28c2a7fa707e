// SPDX-License-Identifier: Apache-2.0
// The validator on deliberately broken rulesets (tests/data/rulesets): each broken-*.json is the valid
// minimal.json with one problem (broken-many.json: several) and lists in "_expect" what must be reported.

#include "core/rules/RulesetLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

namespace shirube::core {
namespace {

using test::testData;

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString describe(const std::vector<RulesetIssue>& issues)
{
    QStringList lines;
    for (const RulesetIssue& i : issues)
        lines << i.toString();
    return lines.join(QLatin1Char('\n'));
}

TEST(RulesetValidator, MinimalRulesetHasNoIssues)
{
    const QByteArray json = readFile(testData("data/rulesets/minimal.json"));
    ASSERT_FALSE(json.isEmpty());
    std::vector<RulesetIssue> issues;
    const RulesetPtr rs = RulesetLoader::parse(json, issues);
    ASSERT_TRUE(rs);
    EXPECT_TRUE(issues.empty()) << describe(issues).toStdString();
}

std::vector<std::string> brokenFiles()
{
    std::vector<std::string> out;
    const QDir dir(testData("data/rulesets"));
    for (const QString& name : dir.entryList({QStringLiteral("broken-*.json")}, QDir::Files, QDir::Name))
        out.push_back(name.toStdString());
    return out;
}

class BrokenRuleset : public ::testing::TestWithParam<std::string>
{
};

TEST_P(BrokenRuleset, ReportsEveryProblemAndNothingElse)
{
    const QString path = testData("data/rulesets/") + QString::fromStdString(GetParam());
    const QByteArray json = readFile(path);
    ASSERT_FALSE(json.isEmpty()) << path.toStdString();
    const QJsonArray expected =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("_expect")).toArray();
    ASSERT_FALSE(expected.isEmpty()) << "the file lists no expected issue";

    std::vector<RulesetIssue> issues;
    const RulesetPtr rs = RulesetLoader::parse(json, issues);
    ASSERT_TRUE(rs);
    for (const QJsonValue& e : expected) {
        const QString locator = e[QStringLiteral("locator")].toString();
        const QString message = e[QStringLiteral("message")].toString();
        const bool found = std::any_of(issues.begin(), issues.end(), [&](const RulesetIssue& i) {
            return i.locator == locator && i.message.contains(message);
        });
        EXPECT_TRUE(found) << "expected `" << locator.toStdString() << ": …" << message.toStdString()
                           << "…` among:\n"
                           << describe(issues).toStdString();
    }
    EXPECT_EQ(issues.size(), std::size_t(expected.size())) << describe(issues).toStdString();
    for (const RulesetIssue& i : issues)
        EXPECT_GT(i.line, 0) << "no line for " << i.toString().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Files, BrokenRuleset, ::testing::ValuesIn(brokenFiles()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string name =
                                 param.param.substr(7, param.param.size() - 12); // broken-….json
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(RulesetValidator, ManyProblemsAreAllListedByLoad)
{
    const QString path = testData("data/rulesets/broken-many.json");
    const QByteArray json = readFile(path);
    const auto expected = QJsonDocument::fromJson(json).object().value(QStringLiteral("_expect")).toArray();
    ASSERT_GE(expected.size(), 10);

    const Result<RulesetPtr> r = RulesetLoader::loadFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::InvalidRuleset);
    EXPECT_EQ(r.error().path, path);
    const QStringList lines = r.error().message.split(QLatin1Char('\n'));
    EXPECT_EQ(lines.size(), expected.size()) << r.error().message.toStdString();
    for (const QJsonValue& e : expected) {
        const QString locator = e[QStringLiteral("locator")].toString();
        EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [&](const QString& l) {
            return l.contains(locator + QStringLiteral(": "));
        })) << locator.toStdString();
    }
}

// The checks run on the parsed ruleset, so they catch problems however the ruleset was made.
TEST(RulesetValidator, ChecksAParsedRulesetDirectly)
{
    std::vector<RulesetIssue> parseIssues;
    const RulesetPtr parsed =
        RulesetLoader::parse(readFile(testData("data/rulesets/minimal.json")), parseIssues);
    ASSERT_TRUE(parsed);
    ASSERT_TRUE(parseIssues.empty());

    Ruleset rs;
    rs.facts = std::make_unique<FactTable>();
    rs.schema = parsed->schema;
    rs.title = parsed->title;
    rs.sources = parsed->sources;
    rs.activities = parsed->activities;
    rs.states = parsed->states;
    rs.stageStates = parsed->stageStates;
    rs.targets = parsed->targets;
    rs.transitions = parsed->transitions;
    rs.classRules = parsed->classRules;
    rs.procedureRules = parsed->procedureRules;
    rs.reviewCategoryRules = parsed->reviewCategoryRules;
    rs.designations = parsed->designations;
    rs.funding = parsed->funding;
    rs.questions = parsed->questions;

    std::vector<RulesetIssue> issues;
    validateRuleset(rs, issues);
    EXPECT_TRUE(issues.empty()) << describe(issues).toStdString();

    // Two independent problems: a self-loop (a cycle of one) and a step whose likely exceeds its max.
    TransitionDef loop = rs.transitions.front();
    loop.id = QStringLiteral("loop");
    loop.to = loop.from;
    rs.transitions.push_back(loop);
    rs.transitions.front().steps.front().months = ThreePoint{1, 5, 4};
    issues.clear();
    validateRuleset(rs, issues);
    ASSERT_EQ(issues.size(), 2u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].locator, QStringLiteral("transitions[") + rs.transitions.front().id +
                                     QStringLiteral("].steps[0].months"));
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("inverted")));
    EXPECT_EQ(issues[1].locator, QStringLiteral("transitions[loop]"));
    EXPECT_TRUE(issues[1].message.contains(QStringLiteral("cycle")));
}

} // namespace
} // namespace shirube::core
