// SPDX-License-Identifier: Apache-2.0
#pragma once
// The moments the start-up benchmark (tests/ui/bench/startup_bench.sh) compares, reported the same way
// by `shirube --quit-after-show` and by the bare hello-world `shirube_hello --quit-after-show`:
//  - "shown": show() has returned and the event loop has run once (the window is mapped, not yet drawn);
//  - "first frame": the window system exposed the window and Qt painted and flushed its first frame,
//    which is when a user sees it. That frame has every visible widget laid out and drawn with its fonts
//    loaded, in both programs; the hello-world loads its font there too.
// Each prints "<moment> after <ms> ms from main(); at <ns> ns since the epoch"; `done` runs after the
// first frame (or after `quitAfterMs`, should the window never be exposed).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <chrono>
#include <cstdio>
#include <functional>

namespace shirube::bench {

inline void reportMoment(const char* moment, const QElapsedTimer& sinceMain)
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    std::printf("%s after %.1f ms from main(); at %lld ns since the epoch\n", moment,
                double(sinceMain.nsecsElapsed()) / 1e6,
                static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
    std::fflush(stdout);
}

// Watches `window` (call before show()) and reports both moments; `done` runs after the first frame.
class StartupReport final : public QObject
{
public:
    StartupReport(QWidget& window, const QElapsedTimer& sinceMain, std::function<void()> done,
                  int quitAfterMs = 5000)
        : QObject(&window)
        , m_sinceMain(sinceMain)
        , m_done(std::move(done))
    {
        window.winId(); // the native window, to watch its expose event
        window.windowHandle()->installEventFilter(this);
        QTimer::singleShot(0, this, [this] { reportMoment("shown", m_sinceMain); });
        QTimer::singleShot(quitAfterMs, this, [this] { finish(); });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Qt paints and flushes the whole window while it handles its first expose event; the queued call
        // runs once that is done.
        if (!m_exposed && event->type() == QEvent::Expose && static_cast<QWindow*>(watched)->isExposed()) {
            m_exposed = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    reportMoment("first frame", m_sinceMain);
                    finish();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_done();
    }

    const QElapsedTimer& m_sinceMain;
    std::function<void()> m_done;
    bool m_exposed = false;
    bool m_finished = false;
};

} // namespace shirube::bench
