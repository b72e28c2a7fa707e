// SPDX-License-Identifier: Apache-2.0
// Saving and opening project files: round trips, crash-safe writes, backups, refusing to overwrite a
// newer file.

#include "core/storage/ProjectFile.h"

#include "core/storage/AtomicWrite.h"
#include "core/storage/ProjectMigrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "tests/storage/StorageTestSupport.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;
using core::ProjectFile;
using core::RefusalReason;

namespace {

class ProjectFileTest : public ::testing::Test
{
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    QTemporaryDir m_dir;
};

TEST_F(ProjectFileTest, SchemaHasAtLeastTwoNumberedMigrations)
{
    const QStringList names = core::ProjectMigrator::migrationNames();
    ASSERT_GE(names.size(), 2);
    EXPECT_EQ(ProjectFile::schemaVersion(), names.size());
    for (int i = 0; i < names.size(); ++i)
        EXPECT_TRUE(names[i].startsWith(QStringLiteral("%1_").arg(i + 1, 4, 10, QLatin1Char('0'))))
            << names[i].toStdString();
}

TEST_F(ProjectFileTest, RoundTripKeepsEveryField)
{
    const core::Project project = test::sampleProject(25, 42);
    ASSERT_EQ(project.products.size(), 25u);
    ASSERT_FALSE(project.products[0].overrides.empty());
    ASSERT_FALSE(project.products[1].milestones.empty());
    ASSERT_TRUE(project.products[0].isPlanned());

    ASSERT_FALSE(ProjectFile::save(project, path("p.shirube")));
    const core::OpenResult opened = ProjectFile::open(path("p.shirube"));
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_EQ(opened.reason(), RefusalReason::None);
    EXPECT_EQ(opened.value().fileVersion, ProjectFile::schemaVersion());
    EXPECT_FALSE(opened.value().upgraded);
    EXPECT_TRUE(opened.value().savedBy.startsWith(QStringLiteral("Shirube ")));
    EXPECT_TRUE(opened.value().savedAt.isValid());
    EXPECT_TRUE(opened.value().project == project);
    // Field by field too, so a failure says where.
    const core::Project& back = opened.value().project;
    EXPECT_EQ(back.meta, project.meta);
    ASSERT_EQ(back.products.size(), project.products.size());
    for (size_t i = 0; i < project.products.size(); ++i) {
        const core::Product& a = project.products[i];
        const core::Product& b = back.products[i];
        EXPECT_EQ(b.id, a.id);
        EXPECT_EQ(b.name, a.name);
        EXPECT_TRUE(b.profile == a.profile) << b.profile.toJsonBytes().toStdString();
        EXPECT_EQ(b.selectedRoute, a.selectedRoute);
        EXPECT_TRUE(b.overrides == a.overrides);
        EXPECT_TRUE(b.milestones == a.milestones);
        EXPECT_EQ(b.notes, a.notes);
        EXPECT_EQ(b.rulesetId, a.rulesetId);
        EXPECT_EQ(b.rulesetVersion, a.rulesetVersion);
        EXPECT_TRUE(b.planSnapshot == a.planSnapshot);
        EXPECT_EQ(b.planSnapshot.object(), a.planSnapshot.object());
    }
}

TEST_F(ProjectFileTest, EmptyProjectAndOddTextRoundTrip)
{
    core::Project project;
    ASSERT_FALSE(ProjectFile::save(project, path("empty.shirube")));
    core::OpenResult opened = ProjectFile::open(path("empty.shirube"));
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_TRUE(opened.value().project == project);

    project.meta.title =
        QStringLiteral("NUL \0 inside, emoji 🩺, quotes ' \" and ; DROP TABLE product; --");
    project.meta.title.append(QChar(0));
    project.meta.clients = {QString(), QStringLiteral("  spaced  ")};
    core::Product p;
    p.profile.setName(QStringLiteral("x"));
    p.overrides.push_back(core::Override{QStringLiteral("a"), {}, core::ThreePoint{0, 0, 0}, 0, {}});
    p.overrides.push_back(
        core::Override{QStringLiteral("b"), {}, std::nullopt, std::nullopt, QStringLiteral("n")});
    p.overrides.push_back(core::Override{QStringLiteral("c"), {}, core::ThreePoint{1e-9, 1.5, 1e6}, -5, {}});
    project.addProduct(p);
    ASSERT_FALSE(ProjectFile::save(project, path("odd.shirube")));
    opened = ProjectFile::open(path("odd.shirube"));
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_TRUE(opened.value().project == project);
    EXPECT_EQ(opened.value().project.meta.title, project.meta.title);
}

TEST_F(ProjectFileTest, ProductIdsAndOrderSurvive)
{
    core::Project project = test::sampleProject(6, 7);
    project.takeProduct(2);
    project.moveProduct(6, 0);
    const qint64 copy = project.duplicateProduct(4);
    ASSERT_EQ(copy, 7);
    ASSERT_FALSE(ProjectFile::save(project, path("ids.shirube")));
    const core::OpenResult opened = ProjectFile::open(path("ids.shirube"));
    ASSERT_TRUE(opened.ok());
    std::vector<qint64> ids;
    for (const core::Product& p : opened.value().project.products)
        ids.push_back(p.id);
    EXPECT_EQ(ids, (std::vector<qint64>{6, 1, 3, 4, 7, 5}));
}

TEST_F(ProjectFileTest, SaveRefusesProductsWithoutIds)
{
    core::Project project;
    core::Product p;
    p.name = QStringLiteral("pushed directly");
    project.products.push_back(p);
    const std::optional<core::Error> e = ProjectFile::save(project, path("noid.shirube"));
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, core::ErrorCode::Usage);
    EXPECT_FALSE(QFile::exists(path("noid.shirube")));
}

TEST_F(ProjectFileTest, SaveReplacesAtomicallyAndLeavesNoTemporaryFiles)
{
    const core::Project first = test::sampleProject(3, 1);
    const core::Project second = test::sampleProject(9, 2);
    ASSERT_FALSE(ProjectFile::save(first, path("a.shirube")));
    ::chmod(QFile::encodeName(path("a.shirube")).constData(), 0640);
    ASSERT_FALSE(ProjectFile::save(second, path("a.shirube")));
    EXPECT_EQ(entries(), QStringList{QStringLiteral("a.shirube")});
    struct stat st
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(path("a.shirube")).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0640u) << "the permissions of the replaced file are kept";
    const core::OpenResult opened = ProjectFile::open(path("a.shirube"));
    ASSERT_TRUE(opened.ok());
    EXPECT_TRUE(opened.value().project == second);
}

TEST_F(ProjectFileTest, SaveRemovesTemporariesOfDeadSavesOnly)
{
    const QString prefix = core::atomicWriteTempPrefix(path("a.shirube"));
    // PID 2^22+1 is above Linux's pid_max default; a live pid is ours.
    const QString dead = m_dir.filePath(prefix + QStringLiteral("4194305-abc"));
    const QString live =
        m_dir.filePath(prefix + QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-x"));
    ASSERT_TRUE(test::writeAll(dead, "half a project"));
    ASSERT_TRUE(test::writeAll(live, "another save in progress"));
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(1, 1), path("a.shirube")));
    EXPECT_FALSE(QFile::exists(dead));
    EXPECT_TRUE(QFile::exists(live));
}

TEST_F(ProjectFileTest, SaveWorksForTheLongestFileNames)
{
    // 80 three-byte characters + ".shirube": 248 bytes, near NAME_MAX.
    const QString name = QString(80, QChar(0x88FD)) + QStringLiteral(".shirube");
    ASSERT_LE(name.toUtf8().size(), 255);
    const core::Project project = test::sampleProject(2, 3);
    ASSERT_FALSE(ProjectFile::save(project, m_dir.filePath(name)));
    ASSERT_FALSE(ProjectFile::save(project, m_dir.filePath(name)));
    const core::OpenResult opened = ProjectFile::open(m_dir.filePath(name));
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_TRUE(opened.value().project == project);
    EXPECT_EQ(entries(), QStringList{name});
}

TEST_F(ProjectFileTest, SaveFollowsSymlinks)
{
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(1, 1), path("real.shirube")));
    ASSERT_TRUE(QFile::link(path("real.shirube"), path("link.shirube")));
    const core::Project second = test::sampleProject(2, 2);
    ASSERT_FALSE(ProjectFile::save(second, path("link.shirube")));
    EXPECT_TRUE(QFileInfo(path("link.shirube")).isSymLink());
    const core::OpenResult opened = ProjectFile::open(path("real.shirube"));
    ASSERT_TRUE(opened.ok());
    EXPECT_TRUE(opened.value().project == second);
}

TEST_F(ProjectFileTest, SaveIntoMissingFolderFailsWithIoError)
{
    const std::optional<core::Error> e =
        ProjectFile::save(test::sampleProject(1, 1), path("no/such/dir/p.shirube"));
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, core::ErrorCode::Io);
}

TEST_F(ProjectFileTest, SaveRefusesToOverwriteANewerFile)
{
    QByteArray newer = test::readAll(test::testData("data/projects/newer.shirube"));
    ASSERT_FALSE(newer.isEmpty());
    ASSERT_TRUE(test::writeAll(path("newer.shirube"), newer));
    const std::optional<core::Error> e = ProjectFile::save(test::sampleProject(1, 1), path("newer.shirube"));
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, core::ErrorCode::ProjectRefused);
    EXPECT_TRUE(e->message.contains(QStringLiteral("newer"))) << e->message.toStdString();
    EXPECT_EQ(test::readAll(path("newer.shirube")), newer);
}

TEST_F(ProjectFileTest, OpenMissingFileIsAnIoError)
{
    const core::OpenResult r = ProjectFile::open(path("absent.shirube"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.reason(), RefusalReason::NotFound);
    EXPECT_EQ(r.error().code, core::ErrorCode::Io);
    EXPECT_EQ(r.error().path, path("absent.shirube"));
    EXPECT_TRUE(entries().isEmpty());
}

TEST_F(ProjectFileTest, OpenFolderIsUnreadable)
{
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral("d.shirube")));
    const core::OpenResult r = ProjectFile::open(path("d.shirube"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.reason(), RefusalReason::Unreadable);
}

TEST_F(ProjectFileTest, ToBytesIsWhatSaveWrites)
{
    const core::Project project = test::sampleProject(4, 9);
    const core::Result<QByteArray> bytes = ProjectFile::toBytes(project);
    ASSERT_TRUE(bytes.ok());
    const core::OpenResult fromBytes = ProjectFile::openBytes(bytes.value(), QStringLiteral("memory"));
    ASSERT_TRUE(fromBytes.ok()) << fromBytes.error().toString().toStdString();
    EXPECT_TRUE(fromBytes.value().project == project);
}

} // namespace
