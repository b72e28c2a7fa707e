// SPDX-License-Identifier: Apache-2.0
// The child process of the SIGKILL tests (SaveTortureTest.cpp, RecoveryStoreTest.cpp). Modes:
//
//   shirube_save_torture save-loop FILE FIRST
//       saves generation FIRST, FIRST+1, … of tortureGeneration() to FILE forever, printing
//       "saving N" before each save; the parent kills it with SIGKILL at a random moment.
//   shirube_save_torture save-and-stall FILE N
//       saves generation N to FILE but stops when half of it is in the temporary file, printing
//       "half-written N" and waiting there to be killed: a kill inside the save, on purpose.
//   shirube_save_torture autosave-and-wait STORE_DIR TITLE
//       autosaves a project titled TITLE in a recovery session, prints "autosaved", then waits to be
//       killed (it never clears the autosave).
//   shirube_save_torture add-loop FILE COUNT TAG
//       COUNT times: opens FILE, adds one product named "TAG #i", and saves with saveChecked() against
//       the stamp of that open, without holding the lock in between (as the GUI does), so concurrent
//       writers exercise the changed-since-opened merge (tests/storage/bench/concurrent_writers.sh).

#include "core/storage/AtomicWrite.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectLock.h"
#include "core/storage/RecoveryStore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

#include "tests/storage/StorageTestSupport.h"
#include "tests/storage/TortureContent.h"

using namespace shirube;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args[1] == QLatin1String("save-loop")) {
        const QString file = args[2];
        for (int g = args[3].toInt();; ++g) {
            const core::Project project = test::tortureGeneration(g);
            std::printf("saving %d\n", g);
            std::fflush(stdout);
            if (std::optional<core::Error> e = core::ProjectFile::save(project, file)) {
                std::fprintf(stderr, "%s\n", qPrintable(e->toString()));
                return 1;
            }
        }
    }
    if (args.size() == 4 && args[1] == QLatin1String("save-and-stall")) {
        const int g = args[3].toInt();
        core::setHalfWrittenObserverForTesting([g](const QString&) {
            std::printf("half-written %d\n", g);
            std::fflush(stdout);
            for (;;)
                QThread::sleep(1);
        });
        const std::optional<core::Error> e = core::ProjectFile::save(test::tortureGeneration(g), args[2]);
        std::fprintf(stderr, "the save was not stopped half-way: %s\n", e ? qPrintable(e->toString()) : "");
        return 1;
    }
    if (args.size() == 4 && args[1] == QLatin1String("autosave-and-wait")) {
        core::RecoveryStore store(args[2]);
        core::RecoverySession session(store);
        core::Project project = test::tortureGeneration(3);
        project.meta.title = args[3];
        if (std::optional<core::Error> e =
                session.autosave(project, QStringLiteral("/home/user/unsaved.shirube"))) {
            std::fprintf(stderr, "%s\n", qPrintable(e->toString()));
            return 1;
        }
        std::printf("autosaved\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    if (args.size() == 5 && args[1] == QLatin1String("add-loop")) {
        const QString file = args[2];
        const int count = args[3].toInt();
        test::Rng rng(qHash(args[4]));
        int merged = 0;
        for (int i = 0; i < count; ++i) {
            core::OpenOptions options;
            options.upgradeFile = false;
            const core::OpenResult opened = core::ProjectFile::open(file, options);
            if (!opened.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
                return 1;
            }
            core::Project project = opened.value().project;
            core::Product p;
            p.profile = test::sampleProfile(i, rng);
            p.name = args[4] + QStringLiteral(" #") + QString::number(i);
            project.addProduct(p);
            const core::Result<core::SaveOutcome> saved =
                core::ProjectFile::saveChecked(project, file, opened.value().project, opened.value().stamp);
            if (!saved.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
                return 1;
            }
            merged += saved.value().merged ? 1 : 0;
        }
        std::printf("%d saves, %d merged with another writer's\n", count, merged);
        return 0;
    }
    std::fprintf(stderr, "usage: shirube_save_torture save-loop FILE FIRST | save-and-stall FILE N | "
                         "autosave-and-wait STORE_DIR TITLE | "
                         "add-loop FILE COUNT TAG\n");
    return 2;
}
