// SPDX-License-Identifier: Apache-2.0
// Older project files keep opening after the schema changes: the version-1 fixture (written by
// migration 0001 only, never regenerated) is upgraded in memory, and on disk after a backup.

#include "core/storage/AtomicWrite.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectMigrator.h"
#include "core/storage/Sqlite.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cerrno>
#include <gtest/gtest.h>
#include <unistd.h>

#include "tests/storage/StorageTestSupport.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;
using core::ProjectFile;

namespace {

QString v1Fixture()
{
    return test::testData("data/projects/v1.shirube");
}

int headerVersion(const QByteArray& bytes)
{
    if (bytes.size() < 100)
        return -1;
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData()) + 60;
    return int((quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]));
}

// What version 1 stored, as version 2 must present it.
void expectVersion1Content(const core::Project& project)
{
    EXPECT_EQ(project.meta.title, QStringLiteral("Clinic AI portfolio"));
    EXPECT_EQ(project.meta.owner, QStringLiteral("K. Tanaka"));
    // Version 1 had one client text; version 2 has a list (trimmed; empty means none).
    EXPECT_EQ(project.meta.clients, QStringList{QStringLiteral("Hokkaido Medical Devices KK")});
    EXPECT_EQ(project.meta.notes, QStringLiteral("written by schema version 1"));
    ASSERT_EQ(project.products.size(), 2u);

    const core::Product& gram = project.products[0];
    EXPECT_EQ(gram.id, 7);
    EXPECT_EQ(gram.name, QStringLiteral("Gram-stain image AI"));
    EXPECT_EQ(gram.profile.text(QStringLiteral("software.significance")), QStringLiteral("diagnose"));
    EXPECT_EQ(gram.profile.flag(QStringLiteral("software.uses_ai")), true);
    EXPECT_EQ(gram.selectedRoute, QStringLiteral("standard"));
    EXPECT_EQ(gram.rulesetVersion, QStringLiteral("2024.2"));
    EXPECT_EQ(gram.planSnapshot.value(QStringLiteral("class")).toInt(), 2);
    ASSERT_EQ(gram.overrides.size(), 2u);
    EXPECT_EQ(gram.overrides[0].activity, QStringLiteral("clinical_performance_study"));
    EXPECT_TRUE(gram.overrides[0].transition.isEmpty()); // new in version 2: empty for old rows
    ASSERT_TRUE(gram.overrides[0].months.has_value());
    EXPECT_EQ(gram.overrides[0].months->likely, 6.5);
    EXPECT_EQ(gram.overrides[0].costJpy, 12000000);
    EXPECT_FALSE(gram.overrides[1].months.has_value());
    EXPECT_EQ(gram.overrides[1].costJpy, 3500000);
    ASSERT_EQ(gram.milestones.size(), 1u);
    EXPECT_EQ(gram.milestones[0].date, QDate(2024, 5, 20));
    EXPECT_TRUE(gram.milestones[0].state.isEmpty()); // new in version 2

    const core::Product& stent = project.products[1];
    EXPECT_EQ(stent.id, 3);
    EXPECT_FALSE(stent.isPlanned());
    ASSERT_EQ(stent.milestones.size(), 1u);
    EXPECT_FALSE(stent.milestones[0].date.isValid());
}

TEST(Migration, Version1FixtureIsStillVersion1)
{
    const QByteArray bytes = test::readAll(v1Fixture());
    ASSERT_EQ(headerVersion(bytes), 1);
    ASSERT_GT(ProjectFile::schemaVersion(), 1) << "the migration test needs a later schema than the fixture";
}

TEST(Migration, OpensVersion1UpgradesOnDiskAfterBackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.shirube"));
    const QByteArray original = test::readAll(v1Fixture());
    ASSERT_TRUE(test::writeAll(path, original));

    const core::OpenResult r = ProjectFile::open(path);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r.value().fileVersion, 1);
    EXPECT_TRUE(r.value().upgraded);
    EXPECT_TRUE(r.value().upgradeWarning.isEmpty()) << r.value().upgradeWarning.toStdString();
    EXPECT_EQ(r.value().savedBy, QStringLiteral("Shirube 0.1.0 (schema 1)"));
    expectVersion1Content(r.value().project);

    // The backup is the original, byte for byte, beside the file.
    EXPECT_EQ(r.value().backupPath, ProjectFile::backupPath(path, 1));
    EXPECT_EQ(r.value().backupPath, path + QStringLiteral(".v1.bak"));
    EXPECT_EQ(test::readAll(r.value().backupPath), original);
    // The file itself now has the current schema, and the same content.
    EXPECT_EQ(headerVersion(test::readAll(path)), ProjectFile::schemaVersion());
    const core::OpenResult again = ProjectFile::open(path);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.value().upgraded);
    EXPECT_TRUE(again.value().project == r.value().project);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              (QStringList{QStringLiteral("clinic.shirube"), QStringLiteral("clinic.shirube.v1.bak")}));
    // The backup is itself a version-1 project that opens.
    EXPECT_TRUE(ProjectFile::openBytes(test::readAll(r.value().backupPath)).ok());
}

TEST(Migration, ReadOnlyOpenUpgradesInMemoryOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.shirube"));
    const QByteArray original = test::readAll(v1Fixture());
    ASSERT_TRUE(test::writeAll(path, original));
    core::OpenOptions options;
    options.upgradeFile = false;
    const core::OpenResult r = ProjectFile::open(path, options);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.value().upgraded);
    EXPECT_TRUE(r.value().backupPath.isEmpty());
    expectVersion1Content(r.value().project);
    EXPECT_EQ(test::readAll(path), original);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("clinic.shirube")});
}

TEST(Migration, SavingOverAnOlderFileKeepsABackupAndNeverOverwritesADifferentBackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shirube"));
    const QByteArray original = test::readAll(v1Fixture());
    ASSERT_TRUE(test::writeAll(path, original));
    // A different file already has the first backup name.
    ASSERT_TRUE(test::writeAll(ProjectFile::backupPath(path, 1), "someone else's backup"));
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(2, 5), path));
    EXPECT_EQ(test::readAll(ProjectFile::backupPath(path, 1)), QByteArray("someone else's backup"));
    EXPECT_EQ(test::readAll(ProjectFile::backupPath(path, 1, 2)), original);
    EXPECT_EQ(ProjectFile::backupPath(path, 1, 2), path + QStringLiteral(".v1.2.bak"));
}

TEST(Migration, UpgradeThatCannotBeWrittenStillOpens)
{
    // The write of the upgraded file fails (injected, so this runs as root too, where a read-only
    // folder would still be writable); the backup beside it may be written.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.shirube"));
    const QByteArray original = test::readAll(v1Fixture());
    ASSERT_TRUE(test::writeAll(path, original));
    const QString target = QFileInfo(path).absoluteFilePath();
    core::setWriteFaultForTesting([&](const QString& file) { return file == target; }, EIO);
    const core::OpenResult r = ProjectFile::open(path);
    core::setWriteFaultForTesting({}, 0);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r.value().upgradeWarning.isEmpty());
    EXPECT_TRUE(r.value().upgradeWarning.contains(QStringLiteral("clinic.shirube")))
        << r.value().upgradeWarning.toStdString();
    expectVersion1Content(r.value().project);
    EXPECT_EQ(test::readAll(path), original);
    EXPECT_TRUE(
        QDir(dir.path())
            .entryList({core::atomicWriteTempPrefix(path) + QLatin1Char('*')}, QDir::Files | QDir::Hidden)
            .isEmpty());
}

// Every version's schema, built step by step, upgrades to the latest and matches a fresh file.
TEST(Migration, EveryVersionUpgradesToTheLatest)
{
    const int latest = core::ProjectMigrator::latestVersion();
    for (int from = 1; from < latest; ++from) {
        QString error;
        std::optional<core::sqlite::Database> db = core::sqlite::Database::createInMemory(&error);
        ASSERT_TRUE(db);
        ASSERT_FALSE(core::ProjectMigrator::migrate(*db, 0, from));
        EXPECT_EQ(db->queryInt(QStringLiteral("PRAGMA user_version")), from);
        ASSERT_FALSE(core::ProjectMigrator::migrate(*db, from, latest)) << "from " << from;
        EXPECT_EQ(db->queryInt(QStringLiteral("PRAGMA user_version")), latest);
    }
}

TEST(Migration, AFailingMigrationChangesNothing)
{
    QString error;
    std::optional<core::sqlite::Database> db = core::sqlite::Database::createInMemory(&error);
    ASSERT_TRUE(db);
    ASSERT_FALSE(core::ProjectMigrator::migrate(*db, 0, 1));
    // Make migration 2 fail half-way: the table it creates already exists.
    ASSERT_TRUE(db->exec(QStringLiteral("CREATE TABLE client (x)")));
    const std::optional<core::Error> e = core::ProjectMigrator::migrate(*db, 1, 2);
    ASSERT_TRUE(e);
    EXPECT_EQ(db->queryInt(QStringLiteral("PRAGMA user_version")), 1);
    EXPECT_EQ(db->queryInt(
                  QStringLiteral("SELECT count(*) FROM pragma_table_info('project') WHERE name = 'client'")),
              1)
        << "the column migration 2 drops is still there";
    EXPECT_TRUE(core::ProjectMigrator::migrate(*db, 0, core::ProjectMigrator::latestVersion() + 1));
}

} // namespace
