// SPDX-License-Identifier: Apache-2.0
#include "core/storage/ProjectLock.h"

#include "core/storage/AtomicWrite.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QSet>
#include <QSysInfo>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

namespace shirube::core {

namespace {

QMutex& heldMutex()
{
    static QMutex mutex;
    return mutex;
}

// The lock files this process holds (QLockFile is not recursive: a second lock() in the same process
// would wait for itself).
QSet<QString>& heldLocks()
{
    static QSet<QString> held;
    return held;
}

qint64 ageMs(const QString& file)
{
    return QFileInfo(file).lastModified().msecsTo(QDateTime::currentDateTime());
}

// Removes the lock file `file` when nobody can be holding it: it names no one and is older than a
// second (its writer was killed before writing), or it names a process of this host that is gone.
bool removeIfAbandoned(const QString& file)
{
    if (!QFileInfo::exists(file))
        return false;
    QLockFile probe(file);
    qint64 pid = 0;
    QString host;
    QString app;
    bool abandoned = false;
    if (!probe.getLockInfo(&pid, &host, &app))
        abandoned = ageMs(file) > 1000;
    else if (pid > 0 && (host.isEmpty() || host == QSysInfo::machineHostName()) && pid != qint64(::getpid()))
        abandoned = ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
    return abandoned && QFile::remove(file);
}

} // namespace

QString LockHolder::toString() const
{
    QString text = application.isEmpty() ? QStringLiteral("another program") : application;
    text += QStringLiteral(" (process ") + QString::number(pid);
    if (!hostname.isEmpty())
        text += QStringLiteral(" on host ") + hostname;
    return text + QLatin1Char(')');
}

ProjectLock::ProjectLock(const QString& projectPath)
    : m_projectPath(projectPath)
    , m_lockPath(lockPathFor(projectPath))
{}

ProjectLock::~ProjectLock()
{
    unlock();
}

QString ProjectLock::lockPathFor(const QString& projectPath)
{
    const Result<QString> target = resolveSymlinkChain(projectPath);
    const QFileInfo info(target.ok() ? target.value() : QFileInfo(projectPath).absoluteFilePath());
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

std::optional<Error> ProjectLock::lock(std::chrono::milliseconds wait)
{
    if (isLocked())
        return std::nullopt;
    {
        QMutexLocker locker(&heldMutex());
        if (heldLocks().contains(m_lockPath))
            return Error{ErrorCode::Io,
                         QStringLiteral("it is already locked by this process (an internal error)"),
                         m_projectPath, 0};
    }
    auto lockFile = std::make_unique<QLockFile>(m_lockPath);
    // Stale only when its process is gone (checked by QLockFile on this host), never by age: a long
    // import must not lose its lock.
    lockFile->setStaleLockTime(0);
    // QLockFile takes over a lock whose process died, but not when that process was killed between
    // creating a lock file and writing who it is: the file stays empty, names nobody and is never stale.
    // The same holds for the ".rmlock" file QLockFile uses while it removes a stale lock. Such files, a
    // second old, are removed here, and so is a lock whose process is gone from this host.
    QDeadlineTimer deadline(wait);
    bool locked = false;
    for (;;) {
        locked = lockFile->tryLock(int(qMin<qint64>(200, qMax<qint64>(0, deadline.remainingTime()))));
        if (locked || lockFile->error() != QLockFile::LockFailedError || deadline.hasExpired())
            break;
        if (removeIfAbandoned(m_lockPath + QStringLiteral(".rmlock")) || removeIfAbandoned(m_lockPath))
            continue;
    }
    if (!locked) {
        switch (lockFile->error()) {
        case QLockFile::LockFailedError: {
            const std::optional<LockHolder> who = holder(m_projectPath);
            const QString seconds = QString::number(double(wait.count()) / 1000.0);
            return Error{ErrorCode::Io,
                         QStringLiteral("it is open for writing in ") +
                             (who ? who->toString() : QStringLiteral("another program")) +
                             QStringLiteral("; waited ") + seconds +
                             QStringLiteral(" s for it to finish. Try again when it is done (if that "
                                            "process is gone for good, remove ") +
                             m_lockPath + QLatin1Char(')'),
                         m_projectPath, 0};
        }
        case QLockFile::PermissionError:
            return Error{ErrorCode::Io,
                         QStringLiteral("cannot create its lock file ") + m_lockPath +
                             QStringLiteral(": the folder is not writable"),
                         m_projectPath, 0};
        default:
            return Error{ErrorCode::Io,
                         QStringLiteral("cannot create its lock file ") + m_lockPath +
                             QStringLiteral(" (is the disk full?)"),
                         m_projectPath, 0};
        }
    }
    m_lock = std::move(lockFile);
    QMutexLocker locker(&heldMutex());
    heldLocks().insert(m_lockPath);
    return std::nullopt;
}

void ProjectLock::unlock()
{
    if (!m_lock)
        return;
    m_lock->unlock();
    m_lock.reset();
    QMutexLocker locker(&heldMutex());
    heldLocks().remove(m_lockPath);
}

bool ProjectLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

std::optional<LockHolder> ProjectLock::holder(const QString& projectPath)
{
    QLockFile probe(lockPathFor(projectPath));
    LockHolder h;
    if (!probe.getLockInfo(&h.pid, &h.hostname, &h.application))
        return std::nullopt;
    return h;
}

bool ProjectLock::heldByThisProcess(const QString& projectPath)
{
    QMutexLocker locker(&heldMutex());
    return heldLocks().contains(lockPathFor(projectPath));
}

} // namespace shirube::core
