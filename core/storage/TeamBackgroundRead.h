// SPDX-License-Identifier: Apache-2.0
#pragma once

// A team project read off the caller's thread (issue 15), for the checks nobody asked for (the
// watcher's polling): a server that cannot be reached — a refused port, a blackholed address, a
// listener that never answers — must not freeze the window. Each read runs on a thread of its own with a
// connection of its own (a QSqlDatabase connection may only be used in the thread that made it), a
// short connect timeout and a TCP user timeout; finished() comes on the thread that started it. What
// the user asks for (open, save) keeps the session's connection and its longer timeout.

#include "core/common/Result.h"
#include "core/storage/ProjectStore.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace shirube::core {

class TeamBackgroundRead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamBackgroundRead)

public:
    explicit TeamBackgroundRead(QObject* parent = nullptr);
    // Waits a few seconds for a read still running (its timeouts end it), then lets it finish alone.
    ~TeamBackgroundRead() override;

    // Starts reading the team project at `url` (TeamSession::location()); false when a read is still
    // running.
    bool start(const QString& url);
    bool isRunning() const { return m_thread != nullptr; }
    // The result of the last read, once finished() was emitted; nullopt before.
    const std::optional<Result<StoredProject>>& result() const { return m_result; }

    // The libpq options of a background connection (replacing those of the URL).
    static QStringList connectionOptions();

signals:
    void finished();

private:
    QThread* m_thread = nullptr;
    std::optional<Result<StoredProject>> m_result;
};

} // namespace shirube::core
