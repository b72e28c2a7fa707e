// SPDX-License-Identifier: Apache-2.0
#include "core/storage/AtomicWrite.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace shirube::core {

namespace {

struct WriteFault
{
    std::function<bool(const QString&)> shouldFail;
    int error = 0;
};

WriteFault& writeFault()
{
    static WriteFault fault;
    return fault;
}

std::function<void(const QString&)>& halfWrittenObserver()
{
    static std::function<void(const QString&)> observer;
    return observer;
}

// Symlinks followed before a chain is called a loop (Linux's own limit is 40).
constexpr int kMaxSymlinkHops = 40;

#ifdef Q_OS_UNIX
QString errnoString(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
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

// Why a write into `dir` failed, naming the project (not the temporary file): a full disk says how much
// the save needs and how much is free.
QString writeFailure(int error, const QString& target, const QString& dir, qint64 needed)
{
    if (error == ENOSPC || error == EDQUOT) {
        QString text = QStringLiteral("the disk holding ") + target + QStringLiteral(" is full") +
                       (error == EDQUOT ? QStringLiteral(" (your quota is used up)") : QString()) +
                       QStringLiteral(": the save needs ") + sizeText(needed);
        struct statvfs fs
        {
        };
        if (::statvfs(QFile::encodeName(dir).constData(), &fs) == 0)
            text += QStringLiteral(" and ") + sizeText(qint64(fs.f_bavail) * qint64(fs.f_frsize)) +
                    QStringLiteral(" are free");
        return text + QStringLiteral("; free some space and save again (the file was not changed)");
    }
    return QStringLiteral("cannot write a new copy of ") + target + QStringLiteral(" beside it: ") +
           errnoString(error) + QStringLiteral(" (the file was not changed)");
}

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

Result<QString> resolveSymlinkChain(const QString& path)
{
#ifdef Q_OS_UNIX
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hop = 0; hop <= kMaxSymlinkHops; ++hop) {
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(current).constData(), &st) != 0 || !S_ISLNK(st.st_mode))
            return QDir::cleanPath(current); // the file itself, or the name a new file will get
        QByteArray target(PATH_MAX, '\0');
        const ssize_t n =
            ::readlink(QFile::encodeName(current).constData(), target.data(), size_t(target.size()));
        if (n < 0)
            return Error{ErrorCode::Io,
                         QStringLiteral("cannot read the symbolic link: ") + errnoString(errno), current, 0};
        target.truncate(qsizetype(n));
        const QString next = QFile::decodeName(target);
        current =
            QDir::isAbsolutePath(next) ? next : QFileInfo(current).absolutePath() + QLatin1Char('/') + next;
    }
    return Error{ErrorCode::Io,
                 QStringLiteral("it is a loop of symbolic links (more than ") +
                     QString::number(kMaxSymlinkHops) +
                     QStringLiteral(" links, or links that point back to each other)"),
                 path, 0};
#else
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
#endif
}

void setWriteFaultForTesting(std::function<bool(const QString& target)> shouldFail, int error)
{
    writeFault() = WriteFault{std::move(shouldFail), error};
}

void setHalfWrittenObserverForTesting(std::function<void(const QString& target)> observer)
{
    halfWrittenObserver() = std::move(observer);
}

QString atomicWriteTempPrefix(const QString& path)
{
    // At most 50 characters of the name, so the temporary name stays within NAME_MAX (255 bytes).
    return QLatin1Char('.') + QFileInfo(path).fileName().left(50) + QStringLiteral(".saving-");
}

void removeStaleSaveTemporaries(const QString& path)
{
#ifdef Q_OS_UNIX
    const Result<QString> target = resolveSymlinkChain(path);
    if (!target.ok())
        return;
    removeStaleTemporaries(QFileInfo(target.value()).absolutePath(), atomicWriteTempPrefix(target.value()));
#else
    Q_UNUSED(path);
#endif
}

std::optional<QString> writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const Result<QString> resolved = resolveSymlinkChain(path);
    if (!resolved.ok())
        return path + QStringLiteral(": ") + resolved.error().message;
    const QString target = resolved.value();
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
    if (hasExisting) {
        if (!S_ISREG(existing.st_mode))
            return target + QStringLiteral(" is not a regular file; not overwritten");
        // Checked on the mode bits as well as with access(), so that root, whom access() lets write
        // anything, respects a file made read-only on purpose too.
        if ((existing.st_mode & 0222) == 0 || ::access(targetName.constData(), W_OK) != 0)
            return target + QStringLiteral(" is read-only (permissions ") +
                   QString::number(existing.st_mode & 0777, 8) +
                   QStringLiteral(
                       "); not overwritten. Make it writable (chmod u+w) or save under another name");
        if (existing.st_nlink > 1)
            return target + QStringLiteral(" has ") + QString::number(qint64(existing.st_nlink)) +
                   QStringLiteral(" hard links (other names for the same file); a safe save writes a new "
                                  "file and would split them, so it was not saved. Save under another "
                                  "name, or remove the other links");
    }
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        return writeFailure(errno, target, dir, bytes.size());
    auto fail = [&] {
        const int error = errno;
        ::close(fd);
        ::unlink(tempName.constData());
        return writeFailure(error, target, dir, bytes.size());
    };
    if (hasExisting && ::fchmod(fd, existing.st_mode & 07777) != 0)
        return fail();
    if (const WriteFault& fault = writeFault(); fault.shouldFail && fault.shouldFail(target)) {
        errno = fault.error;
        return fail();
    }
    const qsizetype half = bytes.size() / 2;
    if (!writeAll(fd, bytes.constData(), half))
        return fail();
    if (const auto& observer = halfWrittenObserver())
        observer(target);
    if (!writeAll(fd, bytes.constData() + half, bytes.size() - half))
        return fail();
    if (::fsync(fd) != 0)
        return fail();
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(tempName.constData());
        return writeFailure(error, target, dir, bytes.size());
    }
    if (::rename(tempName.constData(), targetName.constData()) != 0) {
        const QString message =
            QStringLiteral("cannot replace ") + target + QStringLiteral(": ") + errnoString(errno);
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
