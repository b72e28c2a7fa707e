#include "core/storage/AtomicWrite.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace shirube::core {

namespace {

QString resolvedTarget(const QString& path)
{
    QFileInfo info(path);
    if (info.isSymLink()) {
        const QString target = info.symLinkTarget();
        if (!target.isEmpty())
            return target;
    }
    return info.absoluteFilePath();
}

#ifdef Q_OS_UNIX
QString errnoText(const char* what, const QString& file)
{
    return QString::fromLatin1(what) + QLatin1Char(' ') + file + QStringLiteral(": ") +
           QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const char* data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(qMin<qint64>(size, qint64(1) << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

// Removes ".NAME.saving-PID-…" files whose process no longer exists (a save that was killed).
void removeStaleTemporaries(const QString& dir, const QString& prefix)
{
    const QStringList names = QDir(dir).entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        const QString rest = name.mid(prefix.size());
        bool ok = false;
        const qint64 pid = rest.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == qint64(::getpid()))
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        QFile::remove(dir + QLatin1Char('/') + name);
    }
}
#endif

} // namespace

QString atomicWriteTempPrefix(const QString& path)
{
    // At most 50 characters of the name, so the temporary name stays within NAME_MAX (255 bytes).
    return QLatin1Char('.') + QFileInfo(path).fileName().left(50) + QStringLiteral(".saving-");
}

std::optional<QString> writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const QString target = resolvedTarget(path);
    const QFileInfo info(target);
    const QString dir = info.absolutePath();
#ifdef Q_OS_UNIX
    const QString prefix = atomicWriteTempPrefix(target);
    const QString temp = dir + QLatin1Char('/') + prefix + QString::number(qint64(::getpid())) +
                         QLatin1Char('-') + QString::number(QRandomGenerator::global()->generate(), 36);
    const QByteArray tempName = QFile::encodeName(temp);
    const QByteArray targetName = QFile::encodeName(target);

    struct stat existing
    {
    };
    const bool hasExisting = ::stat(targetName.constData(), &existing) == 0;
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        return errnoText("cannot create", temp);
    auto fail = [&](const char* what) {
        const QString message = errnoText(what, temp);
        ::close(fd);
        ::unlink(tempName.constData());
        return message;
    };
    if (hasExisting && ::fchmod(fd, existing.st_mode & 07777) != 0)
        return fail("cannot set the permissions of");
    if (!writeAll(fd, bytes.constData(), bytes.size()))
        return fail("cannot write");
    if (::fsync(fd) != 0)
        return fail("cannot flush");
    if (::close(fd) != 0) {
        const QString message = errnoText("cannot close", temp);
        ::unlink(tempName.constData());
        return message;
    }
    if (::rename(tempName.constData(), targetName.constData()) != 0) {
        const QString message = errnoText("cannot replace", target);
        ::unlink(tempName.constData());
        return message;
    }
    // Make the rename itself durable.
    const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    removeStaleTemporaries(dir, prefix);
    return std::nullopt;
#else
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot create ") + target + QStringLiteral(": ") + file.errorString();
    if (file.write(bytes) != bytes.size()) {
        const QString message =
            QStringLiteral("cannot write ") + target + QStringLiteral(": ") + file.errorString();
        file.cancelWriting();
        return message;
    }
    if (!file.commit())
        return QStringLiteral("cannot replace ") + target + QStringLiteral(": ") + file.errorString();
    return std::nullopt;
#endif
}

} // namespace shirube::core
