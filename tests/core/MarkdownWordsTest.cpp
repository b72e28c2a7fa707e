// SPDX-License-Identifier: Apache-2.0
// The Markdown export is a document for people (issue 14): for every bundled example, in English and
// Japanese, no identifier of the engine shows — no `code`, no snake_case id, no field path compared to
// a value, no operator. Addresses (<https://…>) are left out of the check.

#include "core/planning/Planner.h"
#include "core/rules/RulesetLoader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;

namespace {

struct Example
{
    std::string file;
    Lang lang;
};

std::vector<Example> examples()
{
    std::vector<Example> out;
    const QDir dir(QStringLiteral(SHIRUBE_SOURCE_DIR "/resources/examples"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        out.push_back({name.toStdString(), Lang::En});
        out.push_back({name.toStdString(), Lang::Ja});
    }
    return out;
}

class MarkdownWords : public ::testing::TestWithParam<Example>
{
};

TEST_P(MarkdownWords, ShowNoIdentifierOfTheEngine)
{
    static const Result<RulesetPtr> ruleset = RulesetLoader::loadBuiltin();
    ASSERT_TRUE(ruleset.ok());
    QFile file(QStringLiteral(SHIRUBE_SOURCE_DIR "/resources/examples/") +
               QString::fromStdString(GetParam().file));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Result<Profile> profile = Profile::parse(file.readAll());
    ASSERT_TRUE(profile.ok()) << profile.error().message.toStdString();
    PlanOptions options;
    options.samples = 200;
    options.lang = GetParam().lang;
    options.asOfYear = 2025;
    options.asOfMonth = 4;
    const Planner planner(ruleset.value());
    QString md = planToMarkdown(planner.plan(profile.value(), options), ruleset.value().get());
    md.remove(QRegularExpression(QStringLiteral("<https?://[^>]*>")));

    static const QRegularExpression identifier(
        QStringLiteral("`|\\b[a-z0-9]+_[a-z0-9_]+\\b|\\b[a-z]+\\.[a-z]+\\.[a-z.]+\\b|\\b[a-z_]+\\.[a-z_.]+ "
                       "(?:=|==|!=|in) |&&|\\|\\||\\(if [a-z_.]+ ="));
    QStringList found;
    for (auto it = identifier.globalMatch(md); it.hasNext();)
        found << it.next().captured(0);
    EXPECT_TRUE(found.isEmpty()) << "identifiers in the Markdown: "
                                 << found.join(QStringLiteral(" · ")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Examples, MarkdownWords, ::testing::ValuesIn(examples()),
                         [](const ::testing::TestParamInfo<Example>& param) {
                             std::string n = param.param.file.substr(0, param.param.file.size() - 5) +
                                             (param.param.lang == Lang::Ja ? "_ja" : "_en");
                             for (char& c : n)
                                 c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                             return n;
                         });

} // namespace
