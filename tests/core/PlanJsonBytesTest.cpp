// SPDX-License-Identifier: Apache-2.0
// The streaming writer planToJsonBytes() must produce exactly what QJsonDocument makes of planToJson():
// the CLI uses the former, the project files and the GUI the latter.
#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/profile/Profile.h"
#include "core/rules/RulesetLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;

namespace {

TEST(PlanJsonBytes, EqualsQJsonDocumentForEveryExampleInBothLanguages)
{
    auto ruleset = RulesetLoader::loadBuiltin();
    ASSERT_TRUE(ruleset.ok()) << ruleset.error().toString().toStdString();
    const Planner planner(ruleset.value());
    const QDir examples(shirube::test::sourcePath("resources/examples"));
    const QStringList files = examples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 10);

    // One profile with nothing answered exercises scenarios and assumptions.
    std::vector<Profile> profiles;
    Profile blank;
    blank.setName(QStringLiteral("Nothing answered \"yet\" \\ 未回答"));
    profiles.push_back(blank);
    for (const QString& name : files) {
        QFile f(examples.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        auto p = Profile::parse(f.readAll());
        ASSERT_TRUE(p.ok()) << name.toStdString();
        profiles.push_back(p.value());
    }
    for (const Profile& profile : profiles) {
        for (Lang lang : {Lang::En, Lang::Ja}) {
            PlanOptions options;
            options.samples = 500;
            options.asOfYear = 2025;
            options.asOfMonth = 4;
            options.lang = lang;
            const Plan plan = planner.plan(profile, options);
            const QJsonDocument doc(planToJson(plan));
            EXPECT_EQ(planToJsonBytes(plan, true), doc.toJson(QJsonDocument::Compact))
                << profile.name().toStdString();
            EXPECT_EQ(planToJsonBytes(plan, false), doc.toJson(QJsonDocument::Indented))
                << profile.name().toStdString();
        }
    }
}

TEST(PlanJsonBytes, EncodesEveryKindOfCharacterAsQJsonDocumentDoes)
{
    // The writer encodes UTF-16 to UTF-8 itself: one, two, three and four bytes (a surrogate pair),
    // control characters, quotes, and lone surrogates (which QString::toUtf8() replaces).
    auto ruleset = RulesetLoader::loadBuiltin();
    ASSERT_TRUE(ruleset.ok());
    const Planner planner(ruleset.value());
    QString lone = QStringLiteral("lone ");
    lone += QChar(char16_t(0xd83e));
    lone += QStringLiteral(" high, low ");
    lone += QChar(char16_t(0xdd7a));
    lone += QStringLiteral(" end");
    QString trailingHigh = QStringLiteral("ends in a high surrogate ");
    trailingHigh += QChar(char16_t(0xd800));
    const QStringList names = {
        QStringLiteral("ascii \"quoted\" back\\slash tab\t nl\n cr\r bell\x01 del\x7f"),
        QStringLiteral("two bytes: é ß Ω ӕ \u07ff"),
        QStringLiteral("three bytes: 日本語 \u0800 \uffff \ue000"),
        QString::fromUtf8("four bytes: \xf0\x9f\xa9\xba \xf0\x9d\x84\x9e \xf4\x8f\xbf\xbf"),
        lone,
        trailingHigh,
    };
    for (const QString& name : names) {
        Profile profile;
        profile.setName(name);
        PlanOptions options;
        options.samples = 64;
        options.asOfYear = 2025;
        options.asOfMonth = 4;
        const Plan plan = planner.plan(profile, options);
        const QJsonDocument doc(planToJson(plan));
        EXPECT_EQ(planToJsonBytes(plan, true), doc.toJson(QJsonDocument::Compact)) << name.toStdString();
        EXPECT_EQ(planToJsonBytes(plan, false), doc.toJson(QJsonDocument::Indented)) << name.toStdString();
    }
}

} // namespace
