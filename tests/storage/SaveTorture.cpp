// The child process of the SIGKILL tests (SaveTortureTest.cpp, RecoveryStoreTest.cpp). Modes:
//
//   shirube_save_torture save-loop FILE FIRST
//       saves generation FIRST, FIRST+1, … of tortureGeneration() to FILE forever, printing
//       "saving N" before each save; the parent kills it with SIGKILL at a random moment.
//   shirube_save_torture autosave-and-wait STORE_DIR TITLE
//       autosaves a project titled TITLE in a recovery session, prints "autosaved", then waits to be
//       killed (it never clears the autosave).

#include "core/storage/ProjectFile.h"
#include "core/storage/RecoveryStore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

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
    std::fprintf(stderr,
                 "usage: shirube_save_torture save-loop FILE FIRST | autosave-and-wait STORE_DIR TITLE\n");
    return 2;
}
