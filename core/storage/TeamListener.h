// SPDX-License-Identifier: Apache-2.0
#pragma once

// LISTEN on a team project's connection (issue 15): the server sends NOTIFY shirube_project after each
// save (PostgresProjectStore::save); this turns another client's notification into othersSaved().
// A reconnect (a server restart, a dropped network) loses the subscription: listen() makes it again.

#include <QObject>
#include <QPointer>

class QSqlDriver;

namespace shirube::core {

class TeamListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamListener)

public:
    explicit TeamListener(QObject* parent = nullptr);
    ~TeamListener() override;

    // Subscribes on `driver` (the session's connection), when it is open and not subscribed yet.
    // True when subscribed afterwards.
    bool listen(QSqlDriver* driver);
    bool isListening() const;

signals:
    // Another client saved (this connection's own saves are not reported).
    void othersSaved();

private:
    QPointer<QSqlDriver> m_driver;
};

} // namespace shirube::core
