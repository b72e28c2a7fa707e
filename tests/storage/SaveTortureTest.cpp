// SPDX-License-Identifier: Apache-2.0
// Crash safety: a child process saves project after project to one file; it is killed with SIGKILL
// at random moments (seeded) and at chosen ones (inside a save, after a save), 120 times. After every kill
// the file must open, complete, with exactly the content of one generation the child saved — the last one
// before the kill or the one it was writing — and never an older one than before.

#include "core/storage/AtomicWrite.h"
#include "core/storage/ProjectFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>
#include <iostream>

#include "tests/storage/TortureContent.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;

namespace {

constexpr int kIterations = 120;
constexpr std::uint64_t kSeed = 0x5348524232303235ull;

// How one child is killed. Every third kill lands at a random moment; every third is made to land
// inside a save (the child stalls with half the content in its temporary file); every third lands
// after at least one completed save. So the test shows kills inside and between saves whatever the
// machine's speed, and the random ones cover the moments in between.
enum class KillAt
{
    Random,
    InsideASave,
    AfterASave
};

// Reads the child's lines until one starts with `prefix`; false when it ended or fell silent first.
bool waitForLine(QProcess& child, const QByteArray& prefix)
{
    while (child.state() == QProcess::Running) {
        if (!child.canReadLine() && !child.waitForReadyRead(30000))
            return false;
        while (child.canReadLine())
            if (child.readLine().startsWith(prefix))
                return true;
    }
    return false;
}

TEST(SaveTorture, SigkillDuringSavesLeavesOldOrNewCompleteContent)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("torture.shirube"));
    const QString tempPrefix = core::atomicWriteTempPrefix(file);
    ASSERT_FALSE(core::ProjectFile::save(test::tortureGeneration(0), file));
    auto temporaries = [&] {
        return QDir(dir.path()).entryList({tempPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    };

    test::Rng rng(kSeed);
    int lastGeneration = 0;
    int leftTemporary = 0; // kills that left a temporary file behind
    int advanced = 0;      // kills after which the file held a newer generation
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kIterations; ++i) {
        const KillAt at = static_cast<KillAt>(i % 3);
        const QString next = QString::number(lastGeneration + 1);
        QProcess child;
        child.start(
            QStringLiteral(SHIRUBE_SAVE_TORTURE),
            {at == KillAt::InsideASave ? QStringLiteral("save-and-stall") : QStringLiteral("save-loop"), file,
             next});
        ASSERT_TRUE(child.waitForStarted(10000));
        if (at == KillAt::InsideASave) {
            ASSERT_TRUE(waitForLine(child, "half-written")) << child.readAllStandardError().toStdString();
        } else {
            // Random: once the first save has begun. After a save: once the second one has begun.
            const QByteArray line =
                "saving " + QByteArray::number(lastGeneration + (at == KillAt::AfterASave ? 2 : 1));
            ASSERT_TRUE(waitForLine(child, line)) << child.readAllStandardError().toStdString();
            QThread::usleep(rng.below(80000));
        }
        child.kill();
        ASSERT_TRUE(child.waitForFinished(10000));
        ASSERT_EQ(child.exitStatus(), QProcess::CrashExit)
            << "the child stopped by itself: " << child.readAllStandardError().toStdString();

        const bool left = !temporaries().isEmpty();
        leftTemporary += left ? 1 : 0;
        if (at == KillAt::InsideASave) {
            EXPECT_TRUE(left) << "iteration " << i << ": the stalled save left no temporary file";
        }

        const core::OpenResult opened = core::ProjectFile::open(file);
        ASSERT_TRUE(opened.ok()) << "iteration " << i << ": " << opened.error().toString().toStdString();
        const int g = test::generationOf(opened.value().project);
        ASSERT_GE(g, lastGeneration) << "iteration " << i << ": the file went back to an older generation";
        ASSERT_TRUE(opened.value().project == test::tortureGeneration(g))
            << "iteration " << i << ": generation " << g << " is incomplete or mixed";
        if (at == KillAt::InsideASave) {
            EXPECT_EQ(g, lastGeneration) << "iteration " << i << ": a half-written save replaced the file";
        }
        if (at == KillAt::AfterASave) {
            EXPECT_GT(g, lastGeneration) << "iteration " << i << ": a completed save did not land";
        }
        advanced += g > lastGeneration ? 1 : 0;
        lastGeneration = g;
    }
    // The next save removes what killed saves left behind.
    const std::optional<core::Error> finalSave =
        core::ProjectFile::save(test::tortureGeneration(lastGeneration + 1), file);
    ASSERT_FALSE(finalSave) << finalSave->toString().toStdString();
    EXPECT_TRUE(temporaries().isEmpty());

    std::cout << "save torture: " << kIterations << " SIGKILLs in " << clock.elapsed() << " ms; "
              << leftTemporary << " left a temporary file, " << advanced
              << " after a completed save; last generation " << lastGeneration << '\n';
}

} // namespace
