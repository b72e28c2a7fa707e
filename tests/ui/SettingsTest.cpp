// SPDX-License-Identifier: Apache-2.0
// Typed settings: defaults, round trips, scopes, recent files. QStandardPaths test mode keeps the
// developer's real settings out of it.
#include "ui/settings/Settings.h"

#include <QFile>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

const ui::Setting<int> TestNumber{"test/number", 42};
const ui::Setting<QString> TestText{"test/text", QStringLiteral("default")};
const ui::Setting<double> TestState{"test/state", 1.5, ui::SettingScope::State};

TEST(SettingsTest, TypedSettingsHaveDefaultsAndRoundTrip)
{
    ASSERT_TRUE(QStandardPaths::isTestModeEnabled());
    TestNumber.reset();
    TestText.reset();
    EXPECT_EQ(TestNumber.value(), 42);
    EXPECT_FALSE(TestNumber.isSet());
    TestNumber.setValue(7);
    EXPECT_EQ(TestNumber.value(), 7);
    EXPECT_TRUE(TestNumber.isSet());
    TestText.setValue(QStringLiteral("日本語"));
    EXPECT_EQ(TestText.value(), QStringLiteral("日本語"));
    TestNumber.reset();
    EXPECT_EQ(TestNumber.value(), 42);
}

TEST(SettingsTest, StateLivesApartFromPreferences)
{
    EXPECT_NE(ui::settingsFileFor(ui::SettingScope::State),
              ui::settingsFileFor(ui::SettingScope::Preference));
    TestState.setValue(2.5);
    QSettings preferences(ui::settingsFileFor(ui::SettingScope::Preference), QSettings::IniFormat);
    EXPECT_FALSE(preferences.contains(QStringLiteral("test/state")));
    QSettings state(ui::settingsFileFor(ui::SettingScope::State), QSettings::IniFormat);
    EXPECT_EQ(state.value(QStringLiteral("test/state")).toDouble(), 2.5);
    TestState.reset();
}

TEST(SettingsTest, RecentFilesAreUniqueNewestFirstAndCapped)
{
    ui::settings::RecentFiles.reset();
    for (int i = 0; i < ui::settings::kMaxRecentFiles + 3; ++i)
        ui::settings::addRecentFile(QStringLiteral("/tmp/p%1.json").arg(i));
    ui::settings::addRecentFile(QStringLiteral("/tmp/p5.json"));
    const QStringList recent = ui::settings::RecentFiles.value();
    ASSERT_EQ(recent.size(), ui::settings::kMaxRecentFiles);
    EXPECT_EQ(recent.first(), QStringLiteral("/tmp/p5.json"));
    EXPECT_EQ(recent.count(QStringLiteral("/tmp/p5.json")), 1);
    EXPECT_FALSE(recent.contains(QStringLiteral("/tmp/p0.json")));
    ui::settings::removeRecentFile(QStringLiteral("/tmp/p5.json"));
    EXPECT_FALSE(ui::settings::RecentFiles.value().contains(QStringLiteral("/tmp/p5.json")));
    ui::settings::RecentFiles.reset();
}

} // namespace
