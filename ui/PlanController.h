// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/profile/Profile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThread>

class QThreadPool;

#include <memory>
#include <optional>
#include <vector>

namespace shirube::ui {

// Runs Planner::plan off the GUI thread (QtConcurrent) and coalesces rapid edits. A new answer starts
// planning at once, even while an older (now outdated) plan is still running, so a slow plan never
// delays the next answer's results; at most kMaxInFlight plans run, and beyond that only the newest
// request waits. Outdated results are dropped, never shown: planReady() is emitted on the GUI thread
// for the newest profile only.
class PlanController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanController)

public:
    explicit PlanController(std::shared_ptr<const core::Planner> planner, QObject* parent = nullptr);
    ~PlanController() override;

    void setOptions(const core::PlanOptions& options) { m_options = options; }
    const core::PlanOptions& options() const { return m_options; }
    void setLanguage(core::Lang lang) { m_options.lang = lang; }
    // The next request plans afresh even for the same profile (the generic-name table changed).
    void forgetLastPlan() { m_lastProfile.reset(); }

    // Asks for a plan of `profile`; returns at once. When only the product's name changed since the plan
    // last delivered (and nothing is being planned), that plan is delivered again under the new name
    // without planning: the planner uses the name for nothing else.
    void request(const core::Profile& profile);

    // Background mode, for the plans asked for while the window opens: they run on a thread of idle
    // priority, which gets a core only when the window being built, the display server and every other
    // program leave one free, so planning never slows the first frame. After leaving background mode,
    // a request still running there after kBackgroundRescueMs is planned again at normal priority
    // (whichever run finishes first answers it), so a busy machine cannot hold the results back.
    void setBackground(bool background);
    bool isBackground() const { return m_background; }
    static constexpr int kBackgroundRescueMs = 200;
    // The pool background plans run on (by default one thread of idle priority, made on first use); a
    // test can pass its own to hold them back.
    void setBackgroundPool(QThreadPool* pool) { m_backgroundPool = pool; }
    // The priority of the thread that computed the plan last delivered.
    QThread::Priority deliveredPriority() const { return m_deliveredPriority; }
    // Plans on the calling thread (for tests, screenshots and benchmarks that need a result now).
    core::Plan planNow(const core::Profile& profile) const;

    static constexpr int kMaxInFlight = 2;

    bool isBusy() const { return !m_runs.empty(); }
    // Requests made, and plans delivered (a delivered plan answers the request of the same number).
    quint64 requested() const { return m_requested; }
    quint64 delivered() const { return m_delivered; }
    const core::Plan& lastPlan() const { return m_last; }
    const core::Planner& planner() const { return *m_planner; }
    std::shared_ptr<const core::Planner> plannerPtr() const { return m_planner; }

    // Blocks (running the event loop) until the newest request has been delivered; false on timeout.
    bool waitForIdle(int timeoutMs = 60000);

signals:
    void planReady(const shirube::core::Plan& plan);

private:
    struct Result
    {
        core::Plan plan;
        QThread::Priority priority = QThread::InheritPriority;
    };
    struct Run
    {
        QFutureWatcher<Result>* watcher = nullptr;
        quint64 number = 0;
        core::Profile profile;
        core::PlanOptions options;
        bool background = false;
    };

    void start(const core::Profile& profile, quint64 number, bool background);
    void onFinished(QFutureWatcher<Result>* watcher);
    void rescueBackgroundRun();
    // The plan last delivered, renamed, when `profile` differs from its profile in the name only.
    std::optional<core::Plan> renamedLastPlan(const core::Profile& profile) const;

    std::shared_ptr<const core::Planner> m_planner;
    core::PlanOptions m_options;
    std::vector<Run> m_runs; // in flight
    std::optional<core::Profile> m_pending;
    quint64 m_pendingNumber = 0;
    quint64 m_requested = 0;
    quint64 m_delivered = 0;
    core::Plan m_last;
    std::optional<core::Profile> m_lastProfile; // what m_last was planned for, with m_lastOptions
    core::PlanOptions m_lastOptions;
    bool m_background = false;
    QThread::Priority m_deliveredPriority = QThread::InheritPriority;
    QThreadPool* m_backgroundPool = nullptr; // made on first use
};

} // namespace shirube::ui
