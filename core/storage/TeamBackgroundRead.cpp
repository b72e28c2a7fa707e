// SPDX-License-Identifier: Apache-2.0
#include "core/storage/TeamBackgroundRead.h"

#include "core/storage/postgres/PgUrl.h"
#include "core/storage/postgres/PostgresProjectStore.h"

#include <QThread>

#include <algorithm>

namespace shirube::core {

namespace {

using Slot = std::shared_ptr<std::optional<Result<StoredProject>>>;

Result<StoredProject> readOnThisThread(const QString& url)
{
    Result<pg::Target> target = pg::parseUrl(url);
    if (!target.ok())
        return target.error();
    pg::Target t = std::move(target).value();
    const QStringList ours = TeamBackgroundRead::connectionOptions();
    t.options.removeIf([&](const QString& option) {
        return std::any_of(ours.begin(), ours.end(), [&](const QString& o) {
            return option.section(QLatin1Char('='), 0, 0) == o.section(QLatin1Char('='), 0, 0);
        });
    });
    t.options += ours;
    PostgresProjectStore store(t); // its connection is made, used and removed on this thread
    return store.read();
}

} // namespace

TeamBackgroundRead::TeamBackgroundRead(QObject* parent)
    : QObject(parent)
{}

TeamBackgroundRead::~TeamBackgroundRead()
{
    if (!m_thread)
        return;
    disconnect(m_thread, nullptr, this, nullptr);
    if (!m_thread->wait(QDeadlineTimer(8000)))
        return; // still waiting for the server: it deletes itself when done (connected at start)
    delete m_thread;
}

QStringList TeamBackgroundRead::connectionOptions()
{
    // connect_timeout: libpq's least is 2 s. tcp_user_timeout (ms): data not acknowledged in that time
    // (a network gone) ends the read instead of waiting for TCP's own minutes.
    return {QStringLiteral("connect_timeout=3"), QStringLiteral("tcp_user_timeout=5000")};
}

bool TeamBackgroundRead::start(const QString& url)
{
    if (m_thread)
        return false;
    Slot slot = std::make_shared<std::optional<Result<StoredProject>>>();
    m_thread = QThread::create([url, slot] { *slot = readOnThisThread(url); });
    m_thread->setObjectName(QStringLiteral("shirube-team-read"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this, slot] {
        m_thread = nullptr; // deleted later by the connection above
        m_result = std::move(*slot);
        emit finished();
    });
    m_thread->start();
    return true;
}

} // namespace shirube::core
