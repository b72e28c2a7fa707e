// SPDX-License-Identifier: Apache-2.0
#pragma once

// Other users' saved changes in an open team project, without reopening it (issue 15). The server
// sends NOTIFY shirube_project after each save; this LISTENs on the session's connection
// (QSqlDriver::subscribeToNotification) and, when the subscription is lost (the server restarted, the
// network dropped) or cannot be made, polls instead. The polls and the notifications read the server off
// the GUI thread (core::TeamBackgroundRead), so a server that cannot be reached never freezes the
// window. Each time it brings the changes in
// (core::TeamSession::refresh): products someone else changed that this window has not edited are
// updated in place (not an undo step, not an unsaved change); a product edited here and changed there
// keeps the edit, is listed in contested() and marked in the product list (ProductListModel) — the
// conflict dialog resolves it at the next save.

#include "core/storage/TeamSession.h"

#include <QObject>
#include <QSet>

class QTimer;

namespace shirube::core {
class TeamBackgroundRead;
class TeamListener;
} // namespace shirube::core

namespace shirube::ui {

class ProjectController;

class TeamWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamWatcher)

public:
    explicit TeamWatcher(ProjectController* controller);
    ~TeamWatcher() override;

    // How often it checks its subscription (and, without one, polls the server). Default 15 s.
    void setPollInterval(int milliseconds);
    // Subscribes to the open team project's notifications (done on every check; call it to start at
    // once after a project was opened).
    void sync();
    bool isListening() const;
    // Brings others' saved changes into the window now; false when nothing came or the server could not
    // be read. Deferred (true returned later) while a dialog is open.
    bool refreshNow();
    // The same without waiting: the server is read on another thread, the changes are brought in when
    // it answers. Deferred while a dialog is open or a read is running.
    void refreshInBackground();
    // A background read is running.
    bool isReading() const;
    // Products edited here and changed there since the project was last loaded (opened or saved).
    const QSet<qint64>& contested() const { return m_contested; }

signals:
    // Others' changes were brought in; `message` says which, in words.
    void refreshed(const QString& message);

private:
    void apply(const core::TeamRefresh& refresh);
    void deferRefresh();
    void backgroundReadFinished();

    ProjectController* m_controller;
    QTimer* m_timer;
    core::TeamSession* m_session = nullptr;
    core::TeamListener* m_listener;
    core::TeamBackgroundRead* m_reader;
    core::TeamSession* m_readSession = nullptr; // the session the background read is for (null: none)
    quint64 m_readGeneration = 0; // the session's base generation when the background read started
    QSet<qint64> m_contested;
    bool m_pending = false;
    bool m_busy = false;
    bool m_unreachable = false; // the last refresh could not read the server
    int m_failures = 0;         // refreshes failed in a row
    int m_skip = 0;             // checks to skip before the next attempt
};

} // namespace shirube::ui
