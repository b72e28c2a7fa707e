// SPDX-License-Identifier: Apache-2.0
#include "ui/project/TeamWatcher.h"

#include "core/storage/ProductOverrides.h"
#include "core/storage/TeamBackgroundRead.h"
#include "core/storage/TeamListener.h"
#include "ui/project/ProductListModel.h"
#include "ui/project/ProjectController.h"
#include "ui/project/ProjectDocument.h"
#include "ui/project/ProjectHost.h"

#include <QApplication>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace shirube::ui {

namespace {

constexpr int kDefaultPollMs = 15 * 1000;

} // namespace

TeamWatcher::TeamWatcher(ProjectController* controller)
    : QObject(controller)
    , m_controller(controller)
    , m_timer(new QTimer(this))
    , m_listener(new core::TeamListener(this))
    , m_reader(new core::TeamBackgroundRead(this))
{
    m_timer->setInterval(kDefaultPollMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const bool listening = isListening() && m_session == m_controller->teamSession();
        sync();
        // Without a subscription no notification comes: poll. Just after (re)subscribing, a save made
        // meanwhile may have gone unnoticed: look once.
        // A server that cannot be reached is asked less and less often (each read waits for its
        // timeout, on its own thread), up to every 8th check.
        if (m_skip > 0) {
            --m_skip;
            return;
        }
        if (m_controller->teamSession() && (!listening || m_pending))
            refreshInBackground();
    });
    m_timer->start();
    connect(m_listener, &core::TeamListener::othersSaved, this, &TeamWatcher::refreshInBackground);
    connect(m_reader, &core::TeamBackgroundRead::finished, this, &TeamWatcher::backgroundReadFinished);
    connect(controller, &ProjectController::fileChanged, this, [this] { sync(); });
    // Loaded again (opened, or saved and read back): the save resolved what was contested.
    connect(controller, &ProjectController::projectLoaded, this, [this] { m_contested.clear(); });
}

TeamWatcher::~TeamWatcher() = default;

void TeamWatcher::setPollInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

bool TeamWatcher::isListening() const
{
    return m_listener->isListening();
}

void TeamWatcher::sync()
{
    core::TeamSession* session = m_controller->teamSession();
    if (session != m_session) {
        m_session = session;
        m_readSession = nullptr; // a read still running is of the project before
        m_contested.clear();
        m_pending = false;
        m_failures = 0;
        m_skip = 0;
    }
    m_listener->listen(session ? session->driver() : nullptr);
}

bool TeamWatcher::refreshNow()
{
    core::TeamSession* session = m_controller->teamSession();
    if (!session || session != m_session)
        return false;
    // Not in the middle of a save (its conflict dialog) or of any other dialog: later.
    if (m_busy || QApplication::activeModalWidget()) {
        m_pending = true;
        QTimer::singleShot(500, this, [this] {
            if (m_pending)
                refreshNow();
        });
        return false;
    }
    m_pending = false;
    m_busy = true;
    const core::Project edited = m_controller->snapshot();
    core::Result<core::TeamRefresh> refresh = session->refresh(edited);
    m_busy = false;
    m_unreachable = !refresh.ok();
    if (!refresh.ok())
        return false; // offline: polling tries again; Save says so plainly
    m_failures = 0;
    apply(refresh.value());
    return refresh.value().changed();
}

bool TeamWatcher::isReading() const
{
    return m_reader->isRunning();
}

void TeamWatcher::deferRefresh()
{
    m_pending = true;
    QTimer::singleShot(500, this, [this] {
        if (m_pending)
            refreshInBackground();
    });
}

void TeamWatcher::refreshInBackground()
{
    core::TeamSession* session = m_controller->teamSession();
    if (!session || session != m_session)
        return;
    if (m_reader->isRunning()) {
        m_pending = true; // read again when this one is done
        return;
    }
    if (m_busy || QApplication::activeModalWidget()) {
        deferRefresh();
        return;
    }
    m_pending = false;
    m_readSession = session;
    m_readGeneration = session->baseGeneration();
    m_reader->start(session->location());
}

void TeamWatcher::backgroundReadFinished()
{
    core::TeamSession* session = m_controller->teamSession();
    const bool ours = session && session == m_session && session == m_readSession;
    m_readSession = nullptr;
    if (!ours || !m_reader->result())
        return; // another project meanwhile
    const core::Result<core::StoredProject>& read = *m_reader->result();
    m_unreachable = !read.ok();
    if (!read.ok()) {
        m_skip = std::min(8, 1 << std::min(m_failures++, 3));
        return; // offline: polling tries again; Save says so plainly
    }
    m_failures = 0;
    if (m_busy || QApplication::activeModalWidget() || session->baseGeneration() != m_readGeneration) {
        deferRefresh(); // a save or a dialog meanwhile: read again afterwards
        return;
    }
    if (m_pending)
        deferRefresh(); // asked again while this read ran
    core::Result<core::TeamRefresh> refresh =
        session->refreshWith(read.value(), m_controller->snapshot(), m_readGeneration);
    if (!refresh.ok())
        return;
    apply(refresh.value());
    // The server answers: a session connection lost meanwhile (a restart) is made again for LISTEN.
    if (!isListening() && !session->checkConnection())
        sync();
}

void TeamWatcher::apply(const core::TeamRefresh& refresh)
{
    ProjectDocument* document = m_controller->document();
    ProjectHost* host = m_controller->host();
    QStringList names;
    for (qint64 id : refresh.updated) {
        const core::Product* p = refresh.project.product(id);
        document->replace(id, *p);
        names << p->name;
        if (id == m_controller->currentProductId()) {
            // The questionnaire shows it: show theirs (not an undo step: nothing was edited here).
            host->setOverrides(core::stepOverrides(p->overrides));
            host->setProfile(p->profile, false);
            host->setSelectedRoute(p->selectedRoute);
        }
    }
    for (qint64 id : refresh.added) {
        const core::Product* p = refresh.project.product(id);
        document->insert(document->count(), *p);
        names << p->name;
    }
    for (qint64 id : refresh.removed) {
        const core::Product* p = document->product(id);
        if (!p || document->count() <= 1)
            continue; // the window always shows one product; it goes at the next save
        names << p->name;
        if (id == m_controller->currentProductId())
            m_controller->selectProduct(document->at(document->indexOf(id) == 0 ? 1 : 0).id);
        document->take(id);
    }
    if (refresh.metaUpdated)
        document->setMeta(refresh.project.meta);
    for (qint64 id : refresh.contested) {
        m_contested.insert(id);
        m_controller->productModel()->setContested(id, refresh.contestedBy.value(id));
    }

    QString message;
    if (!names.isEmpty())
        message = tr("Updated from the server: %1.").arg(QLocale().createSeparatedList(names));
    if (!refresh.contested.isEmpty()) {
        QStringList contested;
        for (qint64 id : refresh.contested)
            if (const core::Product* p = document->product(id))
                contested << p->name;
        if (!contested.isEmpty())
            message += (message.isEmpty() ? QString() : QStringLiteral(" ")) +
                       tr("Also changed by someone else while you edit it: %1 — you choose which to keep "
                          "when you save.")
                           .arg(QLocale().createSeparatedList(contested));
    }
    if (!message.isEmpty())
        emit refreshed(message);
}

} // namespace shirube::ui
