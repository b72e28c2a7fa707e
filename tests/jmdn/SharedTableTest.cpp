// SPDX-License-Identifier: Apache-2.0
// The table the app and shirube-cli share: one data folder whatever the application's name, the shared
// table reloaded after an import (search and plans see the imported names at once), the questions a
// picked generic name settles, and the name and code in the Markdown export.

#include "core/jmdn/GenericNameImporter.h"
#include "core/jmdn/SettledQuestions.h"
#include "core/jmdn/SharedGenericNames.h"
#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/rules/RulesetLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/jmdn/NameGenerator.h"
#include "tests/support/QtPrinters.h"

namespace shirube::core {
namespace {

// Restores an environment variable and the application name when a test ends.
class Environment
{
public:
    Environment()
        : m_dataDir(qgetenv("SHIRUBE_DATA_DIR"))
        , m_hadDataDir(qEnvironmentVariableIsSet("SHIRUBE_DATA_DIR"))
        , m_appName(QCoreApplication::applicationName())
    {}
    ~Environment()
    {
        if (m_hadDataDir)
            qputenv("SHIRUBE_DATA_DIR", m_dataDir);
        else
            qunsetenv("SHIRUBE_DATA_DIR");
        QCoreApplication::setApplicationName(m_appName);
    }

private:
    QByteArray m_dataDir;
    bool m_hadDataDir;
    QString m_appName;
};

TEST(JmdnDataFolder, IsTheSameForTheAppAndTheCli)
{
    Environment env;
    qunsetenv("SHIRUBE_DATA_DIR");
    QCoreApplication::setApplicationName(QStringLiteral("shirube-cli"));
    const QString cli = GenericNameTable::defaultDataDir();
    QCoreApplication::setApplicationName(QStringLiteral("Shirube"));
    const QString app = GenericNameTable::defaultDataDir();
    EXPECT_EQ(cli, app);
    EXPECT_EQ(QDir(app).dirName(), QStringLiteral("shirube"));
    EXPECT_EQ(QDir::cleanPath(app + QStringLiteral("/..")),
              QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    EXPECT_EQ(GenericNameTable::userTablePath(), app + QStringLiteral("/jmdn/generic-names.json"));
}

TEST(JmdnDataFolder, EnvironmentVariableOverridesIt)
{
    Environment env;
    qputenv("SHIRUBE_DATA_DIR", "/tmp/shirube-data-test");
    EXPECT_EQ(GenericNameTable::defaultDataDir(), QStringLiteral("/tmp/shirube-data-test"));
    EXPECT_EQ(GenericNameTable::userTablePath(),
              QStringLiteral("/tmp/shirube-data-test/jmdn/generic-names.json"));
}

TEST(JmdnSharedTable, ReloadAfterImportFindsTheImportedNames)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::vector<GenericName> rows = test::generateGenericNames(50);
    const QString csv = dir.filePath(QStringLiteral("pmda.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(test::pmdaCsv(rows));
    }
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    GenericNameTable::Options options;
    options.dataDir = dataDir;
    ASSERT_TRUE(reloadSharedGenericNames(options)) << "the shipped table alone";
    const std::shared_ptr<const GenericNameTable> before = sharedGenericNames();
    ASSERT_TRUE(before);
    EXPECT_FALSE(before->lookup(rows.front().code));

    const auto shipped = GenericNameTable::loadShipped();
    ASSERT_TRUE(shipped);
    ASSERT_TRUE(GenericNameImporter::importFile(csv, dataDir, shipped.value().names()));
    const auto reloaded = reloadSharedGenericNames(options);
    ASSERT_TRUE(reloaded) << reloaded.error().toString().toStdString();
    const std::shared_ptr<const GenericNameTable> after = sharedGenericNames();
    EXPECT_EQ(after, reloaded.value());
    ASSERT_TRUE(after->lookup(rows.front().code));
    EXPECT_EQ(after->lookup(rows.front().code)->nameJa, rows.front().nameJa);
    EXPECT_EQ(after->size(), shipped.value().size() + 50);
    const auto hits = after->search(rows.front().code, 5);
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front().name.code, rows.front().code);
    // A holder of the old table keeps it.
    EXPECT_FALSE(before->lookup(rows.front().code));

    // Back to the shipped rows for the other tests of this binary.
    GenericNameTable::Options none;
    none.loadUserTable = false;
    ASSERT_TRUE(reloadSharedGenericNames(none));
}

TEST(JmdnSettledQuestions, AreTheClassOnlyQuestionsOfTheBuiltinRuleset)
{
    const auto ruleset = RulesetLoader::loadBuiltin();
    ASSERT_TRUE(ruleset) << ruleset.error().toString().toStdString();
    const QStringList settled = questionsSettledByGenericName(*ruleset.value());
    for (const char* path : {"known_class", "certification_standard", "hardware.invasiveness",
                             "hardware.duration", "hardware.anatomy", "hardware.active",
                             "hardware.blood_or_fluid_contact", "hardware.medicinal_substance"})
        EXPECT_TRUE(settled.contains(QString::fromLatin1(path))) << path;
    // Read by designations, funding or routes too: still asked with a name picked.
    for (const char* path :
         {"kind", "novelty", "clinical_data", "hardware.life_sustaining", "software.significance",
          "software.situation", "software.user", "software.uses_ai", "software.will_update_after_approval",
          "intended_use", "stage"})
        EXPECT_FALSE(settled.contains(QString::fromLatin1(path))) << path;
}

TEST(JmdnPlan, MarkdownNamesTheGenericNameAndCode)
{
    GenericNameTable::Options none;
    none.loadUserTable = false;
    ASSERT_TRUE(reloadSharedGenericNames(none));
    const auto ruleset = RulesetLoader::loadBuiltin();
    ASSERT_TRUE(ruleset);
    const Planner planner(ruleset.value());
    auto profile =
        Profile::fromJson(QJsonObject{{QStringLiteral("schema"), QStringLiteral("shirube.profile/1")},
                                      {QStringLiteral("name"), QStringLiteral("CT")},
                                      {QStringLiteral("kind"), QStringLiteral("hardware")},
                                      {QStringLiteral("jmdn_code"), QStringLiteral("37618010")}});
    ASSERT_TRUE(profile) << profile.error().toString().toStdString();
    for (const Lang lang : {Lang::En, Lang::Ja}) {
        PlanOptions options;
        options.lang = lang;
        options.samples = 50;
        const Plan plan = planner.plan(profile.value(), options);
        EXPECT_EQ(plan.classification.deviceClass, 2);
        const QString md = planToMarkdown(plan);
        EXPECT_TRUE(md.contains(QStringLiteral("37618010"))) << md.toStdString();
        EXPECT_TRUE(md.contains(QString::fromUtf8("全身用X線CT診断装置"))) << md.toStdString();
    }
}

} // namespace
} // namespace shirube::core

namespace shirube::core {
namespace {

TEST(JmdnImportIssues, SayTheProblemInJapaneseToo)
{
    std::vector<GenericName> rows = test::generateGenericNames(3);
    rows[1].code = rows[0].code; // a duplicate
    QByteArray csv = test::pmdaCsv(rows);
    std::vector<ImportIssue> issues;
    ASSERT_FALSE(GenericNameImporter::parseCsv(csv, QStringLiteral("dup.csv"), &issues));
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_TRUE(issues.front().text(Lang::En).contains(QStringLiteral("duplicate code")));
    EXPECT_TRUE(issues.front().text(Lang::Ja).contains(QString::fromUtf8("重複")))
        << issues.front().messageJa.toStdString();
    EXPECT_TRUE(issues.front().text(Lang::Ja).contains(rows[0].code));

    issues.clear();
    ASSERT_FALSE(GenericNameImporter::parseCsv(
        test::pmdaCsv(test::generateGenericNames(2), QString::fromUtf8("クラス分類")),
        QStringLiteral("nocol.csv"), &issues));
    ASSERT_FALSE(issues.empty());
    for (const ImportIssue& i : issues) {
        EXPECT_FALSE(i.messageJa.isEmpty()) << i.toString().toStdString();
        EXPECT_NE(i.text(Lang::Ja), i.text(Lang::En));
    }
}

} // namespace
} // namespace shirube::core
