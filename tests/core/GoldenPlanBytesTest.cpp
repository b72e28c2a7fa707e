// SPDX-License-Identifier: Apache-2.0
// The bundled examples' full plans, byte for byte: tests/golden/plans/<example>.json holds what
// `shirube-cli plan EXAMPLE --as-of 2025-04` prints (P50/P80 included). A change to any number, text
// or order shows here; tests/golden/plans/regenerate.sh rewrites the files after a deliberate change.

#include "core/planning/Planner.h"
#include "core/rules/RulesetLoader.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::vector<std::string> examples()
{
    std::vector<std::string> out;
    const QDir dir(QStringLiteral(SHIRUBE_SOURCE_DIR "/resources/examples"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out.push_back(name.toStdString());
    return out;
}

class GoldenPlanBytes : public ::testing::TestWithParam<std::string>
{
};

TEST_P(GoldenPlanBytes, EqualsTheCommittedPlan)
{
    const QString name = QString::fromStdString(GetParam());
    const QByteArray expected = readAll(QStringLiteral(SHIRUBE_TEST_DATA_DIR "/golden/plans/") + name);
    ASSERT_FALSE(expected.isEmpty()) << "no expected plan for " << GetParam()
                                     << ": run tests/golden/plans/regenerate.sh";
    auto profile = Profile::parse(readAll(QStringLiteral(SHIRUBE_SOURCE_DIR "/resources/examples/") + name));
    ASSERT_TRUE(profile) << profile.error().message.toStdString();
    auto ruleset = RulesetLoader::loadBuiltin();
    ASSERT_TRUE(ruleset) << ruleset.error().message.toStdString();
    const Planner planner(std::move(ruleset).value());
    PlanOptions options; // as the CLI's defaults: 5 routes, 10,000 samples, English
    options.asOfYear = 2025;
    options.asOfMonth = 4;
    const QByteArray actual = planToJsonBytes(planner.plan(profile.value(), options), false);
    EXPECT_EQ(actual.size(), expected.size());
    EXPECT_TRUE(actual == expected) << "the plan of " << GetParam()
                                    << " changed; if deliberate, run tests/golden/plans/regenerate.sh";
}

INSTANTIATE_TEST_SUITE_P(Examples, GoldenPlanBytes, ::testing::ValuesIn(examples()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string n = param.param.substr(0, param.param.size() - 5);
                             for (char& c : n)
                                 c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                             return n;
                         });

TEST(GoldenPlanBytes, EveryExampleHasAnExpectedPlan)
{
    EXPECT_EQ(examples().size(), 13u);
    const QDir dir(QStringLiteral(SHIRUBE_TEST_DATA_DIR "/golden/plans"));
    EXPECT_EQ(dir.entryList({QStringLiteral("*.json")}, QDir::Files).size(), qsizetype(examples().size()));
}

} // namespace
