// SPDX-License-Identifier: Apache-2.0
#pragma once

// The lock beside an open project file, so two writers (two `shirube-cli project import`s, the GUI and
// the CLI) never save over each other's work. It is a QLockFile ".NAME.lock" in the folder of the
// project's real file (symlinks followed, so every path to one file shares one lock). The lock file
// records who holds it (pid, host, application name). A lock whose process is gone on this host is
// stale and taken over; a lock held from another host is never broken automatically.
//
// The GUI's read-only/lock dialog uses holder() to say who has the project open; the CLI's writers
// wait for the lock (bounded) and then give up naming the holder.

#include "core/common/Result.h"

#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QLockFile;

namespace shirube::core {

// Who holds a project's lock.
struct LockHolder
{
    qint64 pid = 0;
    QString hostname;
    QString application; // QCoreApplication::applicationName() of the holder, e.g. "shirube-cli"

    // "shirube-cli (process 1234 on host build-7)".
    QString toString() const;
};

class ProjectLock
{
public:
    // How long writers wait for a lock held by someone else before giving up.
    static constexpr std::chrono::milliseconds kDefaultWait{10000};

    explicit ProjectLock(const QString& projectPath);
    ~ProjectLock(); // unlocks
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    // ".NAME.lock" beside the real file of `projectPath` (symlinks followed).
    static QString lockPathFor(const QString& projectPath);

    // Takes the lock, waiting up to `wait` while another live process holds it. An Error (code Io)
    // names the holder when the wait runs out ("… is open in shirube-cli (process 1234 on host h);
    // waited 10 s"), or says why the lock file cannot be made (a read-only folder…).
    std::optional<Error> lock(std::chrono::milliseconds wait = kDefaultWait);
    void unlock();
    bool isLocked() const;

    // Who holds the lock of `projectPath` now; nullopt when nobody (or the lock file is unreadable).
    static std::optional<LockHolder> holder(const QString& projectPath);
    // True when this process holds the lock of `projectPath` (through any ProjectLock).
    static bool heldByThisProcess(const QString& projectPath);

private:
    QString m_projectPath;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace shirube::core
