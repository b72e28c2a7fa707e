#include "ui/PlanController.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace shirube::ui {

PlanController::PlanController(std::shared_ptr<const core::Planner> planner, QObject* parent)
    : QObject(parent)
    , m_planner(std::move(planner))
{
    qRegisterMetaType<core::Plan>();
}

PlanController::~PlanController()
{
    for (const Run& run : m_runs)
        run.watcher->waitForFinished();
}

void PlanController::request(const core::Profile& profile)
{
    ++m_requested;
    if (int(m_runs.size()) < kMaxInFlight) {
        m_pending.reset();
        start(profile, m_requested);
        return;
    }
    m_pending = profile; // replaces any older waiting request
    m_pendingNumber = m_requested;
}

core::Plan PlanController::planNow(const core::Profile& profile) const
{
    return m_planner->plan(profile, m_options);
}

void PlanController::start(const core::Profile& profile, quint64 number)
{
    auto* watcher = new QFutureWatcher<core::Plan>(this);
    connect(watcher, &QFutureWatcher<core::Plan>::finished, this, [this, watcher] { onFinished(watcher); });
    m_runs.push_back({watcher, number});
    const std::shared_ptr<const core::Planner> planner = m_planner;
    const core::PlanOptions options = m_options;
    watcher->setFuture(
        QtConcurrent::run([planner, profile, options] { return planner->plan(profile, options); }));
}

void PlanController::onFinished(QFutureWatcher<core::Plan>* watcher)
{
    const auto it =
        std::find_if(m_runs.begin(), m_runs.end(), [watcher](const Run& r) { return r.watcher == watcher; });
    if (it == m_runs.end())
        return;
    const quint64 number = it->number;
    m_runs.erase(it);
    watcher->deleteLater();
    if (m_pending && int(m_runs.size()) < kMaxInFlight) {
        const core::Profile next = *m_pending;
        m_pending.reset();
        start(next, m_pendingNumber);
    }
    // Only the newest request's plan is shown; older ones are outdated by the time they finish.
    if (number == m_requested && number > m_delivered) {
        m_last = watcher->result();
        m_delivered = number;
        emit planReady(m_last);
    }
}

bool PlanController::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_delivered < m_requested) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::yieldCurrentThread();
    }
    return true;
}

} // namespace shirube::ui
