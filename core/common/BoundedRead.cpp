// SPDX-License-Identifier: Apache-2.0
#include "core/common/BoundedRead.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace shirube::core {

namespace {

constexpr qint64 kChunk = 64 << 10;

Error ioError(const QString& path, const QString& why)
{
    return Error{ErrorCode::Io, why, path, 0};
}

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("a directory (folder)");
    if (S_ISFIFO(mode))
        return QStringLiteral("a named pipe (FIFO)");
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a regular file");
}

QString tooLarge(qint64 size, qint64 cap, const QString& what, bool atLeast)
{
    return QStringLiteral("it has ") + (atLeast ? QStringLiteral("more than ") : QString()) +
           QString::number(size) + QStringLiteral(" bytes, more than the ") + capText(cap) +
           QStringLiteral(" limit for ") + what;
}

FileIdentity identityOf(const struct stat& st)
{
    FileIdentity id;
    id.exists = true;
    id.device = quint64(st.st_dev);
    id.inode = quint64(st.st_ino);
    id.size = qint64(st.st_size);
    id.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    id.ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    return id;
}

// Opens `path` for reading without ever blocking (a FIFO with no writer would block a plain open) and
// checks that it is a regular file no larger than `cap`. Returns the descriptor, or -1 and `error`.
int openRegular(const QString& path, qint64 cap, const QString& what, Error& error, struct stat& st)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int e = errno;
        if (e == ENOENT)
            error = ioError(path, QStringLiteral("there is no such file"));
        else if (e == ELOOP)
            error = ioError(path, QStringLiteral("it is a loop of symbolic links (links that point back to "
                                                 "each other), not a file"));
        else
            error =
                ioError(path, QStringLiteral("cannot open it: ") + QString::fromLocal8Bit(std::strerror(e)));
        return -1;
    }
    if (::fstat(fd, &st) != 0) {
        error = ioError(path, QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        error = ioError(path, QStringLiteral("it is ") + kindOf(st.st_mode) +
                                  QStringLiteral(", not a regular file; Shirube reads ") + what +
                                  QStringLiteral(" only from a regular file (or '-' for standard input)"));
        ::close(fd);
        return -1;
    }
    if (qint64(st.st_size) > cap) {
        error = ioError(path, tooLarge(qint64(st.st_size), cap, what, false));
        ::close(fd);
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

// read(2) retried on EINTR.
ssize_t readSome(int fd, char* buffer, size_t size)
{
    for (;;) {
        const ssize_t n = ::read(fd, buffer, size);
        if (n >= 0 || errno != EINTR)
            return n;
    }
}

// Reads everything from `fd` up to `cap` bytes; false when there is more (`bytes` then holds cap + 1).
bool readUpTo(int fd, qint64 cap, QByteArray& bytes, int& error)
{
    error = 0;
    for (;;) {
        const qint64 want = qMin<qint64>(kChunk, cap + 1 - bytes.size());
        if (want <= 0)
            return false;
        const qsizetype old = bytes.size();
        bytes.resize(old + want);
        const ssize_t n = readSome(fd, bytes.data() + old, size_t(want));
        if (n < 0) {
            error = errno;
            bytes.resize(old);
            return true;
        }
        bytes.resize(old + n);
        if (n == 0)
            return true;
    }
}

} // namespace

FileIdentity fileIdentity(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return identityOf(st);
}

QString capText(qint64 bytes)
{
    if (bytes >= (qint64(1) << 30) && bytes % (qint64(1) << 30) == 0)
        return QString::number(bytes >> 30) + QStringLiteral(" GiB");
    if (bytes >= (qint64(1) << 20) && bytes % (qint64(1) << 20) == 0)
        return QString::number(bytes >> 20) + QStringLiteral(" MiB");
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QString::number(bytes >> 10) + QStringLiteral(" KiB");
    return QString::number(bytes) + QStringLiteral(" bytes");
}

Result<FileBytes> readRegularFile(const QString& path, qint64 cap, const QString& what)
{
    Error error;
    struct stat st
    {
    };
    const int fd = openRegular(path, cap, what, error, st);
    if (fd < 0)
        return error;
    FileBytes out;
    out.identity = identityOf(st);
    out.bytes.reserve(qsizetype(st.st_size));
    int readError = 0;
    const bool complete = readUpTo(fd, cap, out.bytes, readError);
    ::close(fd);
    if (readError != 0)
        return ioError(path,
                       QStringLiteral("cannot read it: ") + QString::fromLocal8Bit(std::strerror(readError)));
    if (!complete)
        return ioError(path, tooLarge(cap, cap, what, true));
    return out;
}

Result<QByteArray> readStdin(qint64 cap, const QString& what)
{
    QByteArray bytes;
    int readError = 0;
    const bool complete = readUpTo(STDIN_FILENO, cap, bytes, readError);
    const QString name = QStringLiteral("-");
    if (readError != 0)
        return ioError(name, QStringLiteral("cannot read standard input: ") +
                                 QString::fromLocal8Bit(std::strerror(readError)));
    if (!complete)
        return ioError(name, QStringLiteral("standard input has more than ") + capText(cap) +
                                 QStringLiteral(", the limit for ") + what);
    return bytes;
}

std::optional<Error> forEachLine(const QString& path, qint64 lineCap, qint64 fileCap, const QString& what,
                                 const std::function<void(InputLine&&)>& onLine)
{
    const bool isStdin = path == QLatin1String("-");
    int fd = STDIN_FILENO;
    if (!isStdin) {
        Error error;
        struct stat st
        {
        };
        fd = openRegular(path, fileCap, what, error, st);
        if (fd < 0)
            return error;
    }
    QByteArray chunk(kChunk, Qt::Uninitialized);
    InputLine line;
    line.number = 1;
    qint64 total = 0;
    std::optional<Error> result;
    auto deliver = [&] {
        if (line.tooLong)
            line.text.clear();
        onLine(std::move(line));
        const int next = line.number + 1;
        line = InputLine{};
        line.number = next;
    };
    for (;;) {
        const ssize_t n = readSome(fd, chunk.data(), size_t(chunk.size()));
        if (n < 0) {
            result = ioError(path, QStringLiteral("cannot read it: ") +
                                       QString::fromLocal8Bit(std::strerror(errno)));
            break;
        }
        if (n == 0) {
            if (line.length > 0)
                deliver();
            break;
        }
        total += n;
        if (total > fileCap) {
            result =
                ioError(path, (isStdin ? QStringLiteral("standard input has") : QStringLiteral("it has")) +
                                  QStringLiteral(" more than ") + capText(fileCap) +
                                  QStringLiteral(", the limit for ") + what);
            break;
        }
        const char* p = chunk.constData();
        const char* end = p + n;
        while (p < end) {
            const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
            const char* stop = nl ? nl : end;
            const qint64 piece = qint64(stop - p);
            line.length += piece;
            if (!line.tooLong) {
                if (line.length > lineCap) {
                    line.tooLong = true;
                    line.text = QByteArray();
                } else {
                    line.text.append(p, qsizetype(piece));
                }
            }
            if (!nl)
                break;
            deliver();
            p = nl + 1;
        }
    }
    if (!isStdin)
        ::close(fd);
    return result;
}

} // namespace shirube::core
