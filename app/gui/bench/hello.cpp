// A bare Qt Widgets window: the baseline of the start-up benchmark (tests/ui/bench/startup_bench.sh).
// With --quit-after-show it leaves as soon as the window has been shown, like `shirube --quit-after-show`.
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello"));
    label.resize(1366, 768);
    label.show();
    bool quitAfterShow = false;
    for (int i = 1; i < argc; ++i)
        quitAfterShow = quitAfterShow || std::strcmp(argv[i], "--quit-after-show") == 0;
    if (quitAfterShow) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("shown after %.1f ms from main(); at %lld ns since the epoch\n",
                        double(clock.nsecsElapsed()) / 1e6,
                        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                                   std::chrono::system_clock::now().time_since_epoch())
                                                   .count()));
            std::fflush(stdout);
            app.quit();
        });
    }
    return app.exec();
}
