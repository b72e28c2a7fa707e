// A bare Qt Widgets window: the baseline of the start-up benchmark (tests/ui/bench/startup_bench.sh).
// With --quit-after-show it reports when its window is shown and when its first frame is painted, then
// leaves, like `shirube --quit-after-show` (StartupReport.h).
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>

#include <cstring>

#include "StartupReport.h"

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello"));
    label.resize(1366, 768);
    bool quitAfterShow = false;
    for (int i = 1; i < argc; ++i)
        quitAfterShow = quitAfterShow || std::strcmp(argv[i], "--quit-after-show") == 0;
    if (quitAfterShow)
        new shirube::bench::StartupReport(label, clock, [&app] { app.quit(); });
    label.show();
    return app.exec();
}
