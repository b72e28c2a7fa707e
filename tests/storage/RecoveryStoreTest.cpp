// SPDX-License-Identifier: Apache-2.0
// Autosave and recovery: an autosave left by a process killed with SIGKILL is offered back; one of a
// session that is still running, or that was cleared, is not.

#include "core/storage/RecoveryStore.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/storage/StorageTestSupport.h"
#include "tests/storage/TortureContent.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;

namespace {

// Starts the helper that autosaves a project titled `title` into `dir` and then waits to be killed.
bool startAutosaver(QProcess& child, const QString& dir, const QString& title)
{
    child.start(QStringLiteral(SHIRUBE_SAVE_TORTURE), {QStringLiteral("autosave-and-wait"), dir, title});
    if (!child.waitForStarted(10000))
        return false;
    while (child.state() == QProcess::Running) {
        if (child.canReadLine() && child.readLine().trimmed() == "autosaved")
            return true;
        child.waitForReadyRead(200);
    }
    return false;
}

TEST(RecoveryStore, DefaultDirectoryIsUnderAppData)
{
    EXPECT_TRUE(QStandardPaths::isTestModeEnabled());
    EXPECT_EQ(core::RecoveryStore::defaultDirectory(),
              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  QStringLiteral("/recovery"));
    EXPECT_EQ(core::RecoveryStore().directory(), core::RecoveryStore::defaultDirectory());
}

TEST(RecoveryStore, LiveAndClearedSessionsAreNotOffered)
{
    QTemporaryDir dir;
    core::RecoveryStore store(dir.path());
    {
        core::RecoverySession session(store);
        ASSERT_TRUE(session.isValid());
        EXPECT_FALSE(session.hasAutosave());
        ASSERT_FALSE(session.autosave(test::sampleProject(2, 1), QStringLiteral("/tmp/a.shirube")));
        EXPECT_TRUE(session.hasAutosave());
        EXPECT_TRUE(store.orphaned().empty()) << "the session is alive (this process holds its lock)";
        session.clear();
        EXPECT_FALSE(session.hasAutosave());
    }
    EXPECT_TRUE(store.orphaned().empty()) << "a cleared session leaves nothing to recover";
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(RecoveryStore, AutosaveReplacesThePreviousOne)
{
    QTemporaryDir dir;
    core::RecoveryStore store(dir.path());
    auto session = std::make_unique<core::RecoverySession>(store);
    ASSERT_FALSE(session->autosave(test::sampleProject(2, 1), {}));
    const core::Project latest = test::sampleProject(5, 2);
    ASSERT_FALSE(session->autosave(latest, QStringLiteral("/work/x.shirube")));
    // The session ends without clear(): as after a crash, its autosave is offered.
    session.reset();
    const std::vector<core::RecoveryEntry> entries = store.orphaned();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].originalPath, QStringLiteral("/work/x.shirube"));
    EXPECT_EQ(entries[0].productCount, 5);
    const core::OpenResult restored = store.restore(entries[0]);
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    EXPECT_TRUE(restored.value().project == latest);
    EXPECT_TRUE(store.discard(entries[0]));
    EXPECT_TRUE(store.orphaned().empty());
}

TEST(RecoveryStore, AutosaveOfAKilledProcessIsOfferedBack)
{
    QTemporaryDir dir;
    core::RecoveryStore store(dir.path());
    QProcess child;
    ASSERT_TRUE(startAutosaver(child, dir.path(), QStringLiteral("unsaved work")))
        << child.readAllStandardError().toStdString();

    // While the process lives, its autosave is not offered to anyone else.
    EXPECT_TRUE(store.orphaned().empty());

    child.kill(); // SIGKILL: no destructor runs
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

    const std::vector<core::RecoveryEntry> entries = store.orphaned();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].title, QStringLiteral("unsaved work"));
    EXPECT_EQ(entries[0].originalPath, QStringLiteral("/home/user/unsaved.shirube"));
    EXPECT_TRUE(entries[0].savedAt.isValid());
    const core::OpenResult restored = store.restore(entries[0]);
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    core::Project expected = test::tortureGeneration(3);
    expected.meta.title = QStringLiteral("unsaved work");
    EXPECT_TRUE(restored.value().project == expected);

    // Another start offers it again until it is discarded.
    EXPECT_EQ(core::RecoveryStore(dir.path()).orphaned().size(), 1u);
    EXPECT_TRUE(store.discard(entries[0]));
    EXPECT_TRUE(store.orphaned().empty());
}

TEST(RecoveryStore, ABrokenAutosaveIsRefusedLikeAnyFile)
{
    QTemporaryDir dir;
    core::RecoveryStore store(dir.path());
    {
        core::RecoverySession session(store);
        ASSERT_FALSE(session.autosave(test::sampleProject(1, 1), {}));
    }
    std::vector<core::RecoveryEntry> entries = store.orphaned();
    ASSERT_EQ(entries.size(), 1u);
    QByteArray bytes = test::readAll(entries[0].file);
    ASSERT_TRUE(test::writeAll(entries[0].file, bytes.left(bytes.size() / 2 + 1)));
    const core::OpenResult r = store.restore(entries[0]);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.reason(), core::RefusalReason::Truncated);
}

} // namespace
