// SPDX-License-Identifier: Apache-2.0
#include "ui/PlanController.h"

#include "core/jmdn/NameInText.h"
#include "core/jmdn/SharedGenericNames.h"

#include <QCoreApplication>
#include <QDate>
#include <QDeadlineTimer>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
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
    if (std::optional<core::Plan> renamed = renamedLastPlan(profile)) {
        const quint64 number = m_requested;
        // Delivered from the event loop, as a planned one would be; a newer request outdates it.
        QMetaObject::invokeMethod(
            this,
            [this, number, profile, plan = std::move(*renamed)] {
                if (number != m_requested || number <= m_delivered)
                    return;
                m_last = plan;
                m_lastProfile = profile;
                m_delivered = number;
                emit planReady(m_last);
            },
            Qt::QueuedConnection);
        return;
    }
    if (int(m_runs.size()) < kMaxInFlight) {
        m_pending.reset();
        start(profile, m_requested, m_background);
        return;
    }
    m_pending = profile; // replaces any older waiting request
    m_pendingNumber = m_requested;
}

std::optional<core::Plan> PlanController::renamedLastPlan(const core::Profile& profile) const
{
    // Only with nothing in flight or waiting: the last delivered plan is then the previous request's.
    if (!m_runs.empty() || m_pending || m_delivered + 1 != m_requested || !m_lastProfile ||
        !(m_lastOptions == m_options))
        return std::nullopt;
    core::Profile unnamed = profile;
    unnamed.setName(m_lastProfile->name());
    if (!(unnamed == *m_lastProfile))
        return std::nullopt;
    // A name can carry a generic name the planner assumes (core/jmdn/NameInText.h): the same one, or
    // none in both, for the renamed plan to stand.
    if (const auto table = core::sharedGenericNames()) {
        const auto before = core::genericNameInText(table->names(), m_lastProfile->name());
        const auto after = core::genericNameInText(table->names(), profile.name());
        if (before.has_value() != after.has_value() || (before && before->code != after->code))
            return std::nullopt;
    }
    if (m_options.asOfYear <= 0) { // planned "as of this month": still this month?
        const QDate today = QDate::currentDate();
        if (m_last.asOf != QStringLiteral("%1-%2")
                               .arg(today.year(), 4, 10, QLatin1Char('0'))
                               .arg(today.month(), 2, 10, QLatin1Char('0')))
            return std::nullopt;
    }
    core::Plan plan = m_last;
    plan.profileName = profile.name();
    return plan;
}

core::Plan PlanController::planNow(const core::Profile& profile) const
{
    return m_planner->plan(profile, m_options);
}

void PlanController::setBackground(bool background)
{
    if (m_background == background)
        return;
    m_background = background;
    if (!background) // the run keeps its progress: it gets both cores once the window is idle
        QTimer::singleShot(kBackgroundRescueMs, this, &PlanController::rescueBackgroundRun);
}

void PlanController::rescueBackgroundRun()
{
    if (m_background)
        return;
    const auto waiting = std::find_if(m_runs.begin(), m_runs.end(), [this](const Run& r) {
        return r.background && r.number == m_requested && r.number > m_delivered;
    });
    if (waiting != m_runs.end()) {
        const core::Profile profile = waiting->profile;
        start(profile, m_requested, false);
    }
}

void PlanController::start(const core::Profile& profile, quint64 number, bool background)
{
    QThreadPool* pool = QThreadPool::globalInstance();
    if (background) {
        if (!m_backgroundPool) {
            m_backgroundPool = new QThreadPool(this);
            m_backgroundPool->setMaxThreadCount(1);
            m_backgroundPool->setThreadPriority(QThread::IdlePriority);
        }
        pool = m_backgroundPool;
    }
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] { onFinished(watcher); });
    m_runs.push_back({watcher, number, profile, m_options, background});
    const std::shared_ptr<const core::Planner> planner = m_planner;
    const core::PlanOptions options = m_options;
    watcher->setFuture(QtConcurrent::run(pool, [planner, profile, options] {
        return Result{planner->plan(profile, options), QThread::currentThread()->priority()};
    }));
}

void PlanController::onFinished(QFutureWatcher<Result>* watcher)
{
    const auto it =
        std::find_if(m_runs.begin(), m_runs.end(), [watcher](const Run& r) { return r.watcher == watcher; });
    if (it == m_runs.end())
        return;
    const quint64 number = it->number;
    const core::Profile profile = it->profile;
    const core::PlanOptions options = it->options;
    m_runs.erase(it);
    watcher->deleteLater();
    if (m_pending && int(m_runs.size()) < kMaxInFlight) {
        const core::Profile next = *m_pending;
        m_pending.reset();
        start(next, m_pendingNumber, m_background);
    }
    // Only the newest request's plan is shown; older ones are outdated by the time they finish.
    if (number == m_requested && number > m_delivered) {
        Result result = watcher->result();
        m_last = std::move(result.plan);
        m_lastProfile = profile;
        m_lastOptions = options;
        m_deliveredPriority = result.priority;
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
