// SPDX-License-Identifier: Apache-2.0
#include "core/profile/Profile.h"

#include "core/profile/ProfileSchema.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;

namespace {

Result<Profile> parse(const char* json)
{
    return Profile::parse(QByteArray(json));
}

TEST(ProfileTest, RoundTripsEveryField)
{
    auto p = parse(R"({"schema":"shirube.profile/1","name":"Stent","kind":"hardware","novelty":"new",
        "known_class":3,"hardware":{"invasiveness":"implantable","duration":"long_term","life_sustaining":false},
        "software":{"significance":"none"},"populations":{"patients_in_japan_estimate":1200},
        "applicant":{"type":"academia"},"stage":"clinical","markets":["JP","VN"],
        "goals":{"insurance_coverage":true,"target_date":"2027-04"},"budget_jpy":50000000})");
    ASSERT_TRUE(p.ok()) << p.error().toString().toStdString();
    const Profile& profile = p.value();
    EXPECT_EQ(profile.name(), QStringLiteral("Stent"));
    EXPECT_EQ(profile.text(QStringLiteral("hardware.duration")), QStringLiteral("long_term"));
    EXPECT_EQ(profile.integer(QStringLiteral("known_class")), 3);
    EXPECT_EQ(profile.flag(QStringLiteral("hardware.life_sustaining")), false);
    EXPECT_FALSE(profile.value(QStringLiteral("hardware.anatomy")).has_value());

    auto again = Profile::fromJson(profile.toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), profile);
    EXPECT_EQ(again.value().toJsonBytes(true), profile.toJsonBytes(true));
}

TEST(ProfileTest, NullMeansUnknown)
{
    auto p = parse(R"({"schema":"shirube.profile/1","name":"X","known_class":null,"hardware":null,
        "goals":{"target_date":null}})");
    ASSERT_TRUE(p.ok()) << p.error().toString().toStdString();
    EXPECT_FALSE(p.value().value(QStringLiteral("known_class")).has_value());
    EXPECT_FALSE(p.value().toJson().contains(QStringLiteral("goals")));
}

struct BadCase
{
    const char* json;
    const char* path;
    const char* mentions;
};

class ProfileErrorTest : public ::testing::TestWithParam<BadCase>
{
};

TEST_P(ProfileErrorTest, NamesTheField)
{
    const BadCase c = GetParam();
    auto p = parse(c.json);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, ErrorCode::InvalidProfile);
    EXPECT_EQ(p.error().path, QString::fromUtf8(c.path)) << p.error().toString().toStdString();
    EXPECT_TRUE(p.error().message.contains(QString::fromUtf8(c.mentions)))
        << p.error().toString().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Bad, ProfileErrorTest,
    ::testing::Values(
        BadCase{R"({"schema":"shirube.profile/1","name":"X","hardware":{"duration":"forever"}})",
                "hardware.duration", "transient, short_term, long_term"},
        BadCase{R"({"schema":"shirube.profile/1","name":"X","hardware":{"durration":"transient"}})",
                "hardware.durration", "unknown field"},
        BadCase{R"({"schema":"shirube.profile/1","name":"X","colour":"red"})", "colour", "unknown field"},
        BadCase{R"({"schema":"shirube.profile/1","name":"X","known_class":5})", "known_class", "1, 2, 3, 4"},
        BadCase{R"({"schema":"shirube.profile/1","name":"X","software":{"uses_ai":"yes"}})",
                "software.uses_ai", "true or false"},
        BadCase{R"({"schema":"shirube.profile/1","name":"X","markets":["jp"]})", "markets[0]", "alpha-2"},
        BadCase{R"({"schema":"shirube.profile/1","name":"X","goals":{"target_date":"2027/04"}})",
                "goals.target_date", "YYYY-MM"},
        BadCase{R"({"schema":"shirube.profile/1","name":"X","budget_jpy":-5})", "budget_jpy", "whole number"},
        BadCase{R"({"schema":"shirube.profile/2","name":"X"})", "schema", "shirube.profile/1"},
        BadCase{R"({"name":"X"})", "schema", "required"},
        BadCase{R"({"schema":"shirube.profile/1"})", "name", "required"},
        BadCase{R"({"schema":"shirube.profile/1","name":"X","kind":"drug"})", "kind",
                "hardware, samd, ivd"}));

TEST(ProfileTest, SyntaxErrorsNameTheLine)
{
    auto p =
        Profile::parse("{\n  \"schema\": \"shirube.profile/1\",\n  \"name\": \"X\"\n  \"kind\": \"samd\"\n}");
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().line, 4);
}

TEST(ProfileTest, JsonLinesReportEachBadLine)
{
    const QByteArray lines = "{\"schema\":\"shirube.profile/1\",\"name\":\"A\"}\n"
                             "\n"
                             "{\"schema\":\"shirube.profile/1\",\"name\":\"B\",\"kind\":\"x\"}\n"
                             "not json\n"
                             "{\"schema\":\"shirube.profile/1\",\"name\":\"C\"}";
    const auto parsed = parseProfileLines(lines);
    ASSERT_EQ(parsed.size(), 4u);
    EXPECT_TRUE(parsed[0].profile.ok());
    EXPECT_EQ(parsed[1].line, 3);
    EXPECT_FALSE(parsed[1].profile.ok());
    EXPECT_EQ(parsed[1].profile.error().path, QStringLiteral("kind"));
    EXPECT_EQ(parsed[2].line, 4);
    EXPECT_EQ(parsed[2].profile.error().line, 4);
    EXPECT_EQ(parsed[3].profile.value().name(), QStringLiteral("C"));
}

TEST(ProfileTest, SchemaTableMatchesTheSpecEnums)
{
    const FieldSpec* stage = findField(QStringLiteral("stage"));
    ASSERT_NE(stage, nullptr);
    EXPECT_EQ(stage->allowed.size(), 7);
    EXPECT_EQ(findField(QStringLiteral("hardware.nope")), nullptr);
    EXPECT_EQ(profileFields().size(), 49u);
    // What a blank answer means: goals are opt-in, markets default to Japan, the rare hazards do not apply.
    EXPECT_EQ(findField(QStringLiteral("goals.insurance_coverage"))->absent, QJsonValue(false));
    EXPECT_EQ(findField(QStringLiteral("markets"))->absent, QJsonValue(QJsonArray{QStringLiteral("JP")}));
    EXPECT_TRUE(findField(QStringLiteral("hardware.medicinal_substance"))->hazardChecklist);
    EXPECT_TRUE(findField(QStringLiteral("novelty"))->absent.isUndefined());
}

} // namespace
