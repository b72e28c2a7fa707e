#pragma once

#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/profile/Profile.h"

#include <QFutureWatcher>
#include <QObject>

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

    // Asks for a plan of `profile`; returns at once.
    void request(const core::Profile& profile);
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
    struct Run
    {
        QFutureWatcher<core::Plan>* watcher = nullptr;
        quint64 number = 0;
    };

    void start(const core::Profile& profile, quint64 number);
    void onFinished(QFutureWatcher<core::Plan>* watcher);

    std::shared_ptr<const core::Planner> m_planner;
    core::PlanOptions m_options;
    std::vector<Run> m_runs; // in flight
    std::optional<core::Profile> m_pending;
    quint64 m_pendingNumber = 0;
    quint64 m_requested = 0;
    quint64 m_delivered = 0;
    core::Plan m_last;
};

} // namespace shirube::ui
