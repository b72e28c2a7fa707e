// SPDX-License-Identifier: Apache-2.0
// Crash safety: a child process saves project after project to one file; it is killed with SIGKILL
// at random moments (seeded), at least 100 times. After every kill the file must open, complete, with
// exactly the content of one generation the child saved — the last one before the kill or the one it
// was writing — and never an older one than before.

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

TEST(SaveTorture, SigkillDuringSavesLeavesOldOrNewCompleteContent)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("torture.shirube"));
    const QString tempPrefix = core::atomicWriteTempPrefix(file);
    ASSERT_FALSE(core::ProjectFile::save(test::tortureGeneration(0), file));

    test::Rng rng(kSeed);
    int lastGeneration = 0;
    int leftTemporary = 0; // kills that landed while a temporary file was being written
    int advanced = 0;      // kills after which the file held a newer generation
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kIterations; ++i) {
        QProcess child;
        child.start(QStringLiteral(SHIRUBE_SAVE_TORTURE),
                    {QStringLiteral("save-loop"), file, QString::number(lastGeneration + 1)});
        ASSERT_TRUE(child.waitForStarted(10000));
        // Wait until the first save has begun, then kill at a random moment within the next saves.
        bool saving = false;
        while (!saving && child.state() == QProcess::Running) {
            if (!child.canReadLine() && !child.waitForReadyRead(5000))
                break;
            saving = child.readLine().startsWith("saving");
        }
        ASSERT_TRUE(saving) << child.readAllStandardError().toStdString();
        QThread::usleep(rng.below(80000));
        child.kill();
        ASSERT_TRUE(child.waitForFinished(10000));
        ASSERT_EQ(child.exitStatus(), QProcess::CrashExit)
            << "the child stopped by itself: " << child.readAllStandardError().toStdString();

        const QStringList temporaries =
            QDir(dir.path()).entryList({tempPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
        leftTemporary += temporaries.isEmpty() ? 0 : 1;

        const core::OpenResult opened = core::ProjectFile::open(file);
        ASSERT_TRUE(opened.ok()) << "iteration " << i << ": " << opened.error().toString().toStdString();
        const int g = test::generationOf(opened.value().project);
        ASSERT_GE(g, lastGeneration) << "iteration " << i << ": the file went back to an older generation";
        ASSERT_TRUE(opened.value().project == test::tortureGeneration(g))
            << "iteration " << i << ": generation " << g << " is incomplete or mixed";
        advanced += g > lastGeneration ? 1 : 0;
        lastGeneration = g;
    }
    // The next save removes what killed saves left behind.
    const std::optional<core::Error> finalSave =
        core::ProjectFile::save(test::tortureGeneration(lastGeneration + 1), file);
    ASSERT_FALSE(finalSave) << finalSave->toString().toStdString();
    EXPECT_TRUE(
        QDir(dir.path()).entryList({tempPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden).isEmpty());

    std::cout << "save torture: " << kIterations << " SIGKILLs in " << clock.elapsed() << " ms; "
              << leftTemporary << " landed while a temporary file was being written, " << advanced
              << " after a completed save; last generation " << lastGeneration << '\n';
    // Not a timing check: it shows the kills did land inside saves, so the test is not vacuous.
    EXPECT_GT(leftTemporary, 0);
    EXPECT_GT(advanced, 0);
}

} // namespace
