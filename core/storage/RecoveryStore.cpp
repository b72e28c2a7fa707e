// SPDX-License-Identifier: Apache-2.0
#include "core/storage/RecoveryStore.h"

#include "core/storage/AtomicWrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace shirube::core {

namespace {

const QString kProjectSuffix = QStringLiteral(".shirube");
const QString kInfoSuffix = QStringLiteral(".json");
const QString kLockSuffix = QStringLiteral(".lock");
const QString kBaseSuffix = QStringLiteral(".base.json");
constexpr qint64 kMaxBaseBytes = qint64(1) << 30;
const QString kInfoSchema = QStringLiteral("shirube.recovery/1");

QString pathOf(const QString& dir, const QString& id, const QString& suffix)
{
    return dir + QLatin1Char('/') + id + suffix;
}

// True when the session `id` is still running (its lock is held by a live process).
bool isLive(const QString& dir, const QString& id)
{
    QLockFile lock(pathOf(dir, id, kLockSuffix));
    lock.setStaleLockTime(0); // never stale by age: only when its process is gone
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

} // namespace

RecoveryStore::RecoveryStore(const QString& directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : QDir(directory).absolutePath())
{}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

std::vector<RecoveryEntry> RecoveryStore::orphaned() const
{
    std::vector<RecoveryEntry> entries;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QLatin1Char('*') + kProjectSuffix}, QDir::Files);
    for (const QString& name : files) {
        const QString id = name.chopped(kProjectSuffix.size());
        if (id.isEmpty() || isLive(m_directory, id))
            continue;
        RecoveryEntry e;
        e.id = id;
        e.file = pathOf(m_directory, id, kProjectSuffix);
        e.savedAt = QFileInfo(e.file).lastModified().toUTC();
        QFile info(pathOf(m_directory, id, kInfoSuffix));
        if (info.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(info.read(1 << 20)).object();
            if (o.value(QStringLiteral("schema")).toString() == kInfoSchema) {
                e.originalPath = o.value(QStringLiteral("original_path")).toString();
                e.title = o.value(QStringLiteral("title")).toString();
                e.productCount = o.value(QStringLiteral("products")).toInt();
                const QDateTime at =
                    QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
                if (at.isValid())
                    e.savedAt = at.toUTC();
            }
        }
        entries.push_back(std::move(e));
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry& a, const RecoveryEntry& b) { return a.savedAt > b.savedAt; });
    return entries;
}

OpenResult RecoveryStore::restore(const RecoveryEntry& entry) const
{
    OpenOptions options;
    options.upgradeFile = false;
    return ProjectFile::open(entry.file, options);
}

std::optional<QByteArray> RecoveryStore::teamBase(const RecoveryEntry& entry) const
{
    QFile file(pathOf(m_directory, entry.id, kBaseSuffix));
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBaseBytes)
        return std::nullopt;
    return file.readAll();
}

bool RecoveryStore::discard(const RecoveryEntry& entry) const
{
    if (isLive(m_directory, entry.id))
        return false;
    QFile::remove(pathOf(m_directory, entry.id, kInfoSuffix));
    QFile::remove(pathOf(m_directory, entry.id, kBaseSuffix));
    const QString project = pathOf(m_directory, entry.id, kProjectSuffix);
    return !QFile::exists(project) || QFile::remove(project);
}

RecoverySession::RecoverySession(const RecoveryStore& store)
    : m_directory(store.directory())
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (!QDir().mkpath(m_directory))
        return;
    m_lock = std::make_unique<QLockFile>(pathOf(m_directory, m_id, kLockSuffix));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        m_lock.reset();
}

RecoverySession::~RecoverySession() = default; // QLockFile's destructor unlocks

bool RecoverySession::isValid() const
{
    return m_lock && m_lock->isLocked();
}

std::optional<Error> RecoverySession::autosave(const Project& project, const QString& originalPath,
                                               const QByteArray& teamBase)
{
    if (!isValid())
        return Error{ErrorCode::Io, QStringLiteral("the recovery folder cannot be used"), m_directory, 0};
    if (std::optional<Error> e = ProjectFile::save(project, pathOf(m_directory, m_id, kProjectSuffix)))
        return e;
    // After the project: a base cut off from it names another project's digest and is not used.
    const QString basePath = pathOf(m_directory, m_id, kBaseSuffix);
    if (teamBase.isEmpty())
        QFile::remove(basePath);
    else if (std::optional<QString> e = writeFileAtomically(basePath, teamBase))
        return Error{ErrorCode::Io, *e, m_directory, 0};
    QJsonObject info;
    info.insert(QStringLiteral("schema"), kInfoSchema);
    info.insert(QStringLiteral("original_path"), originalPath);
    info.insert(QStringLiteral("title"), project.meta.title);
    info.insert(QStringLiteral("products"), int(project.products.size()));
    info.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (std::optional<QString> e = writeFileAtomically(pathOf(m_directory, m_id, kInfoSuffix),
                                                       QJsonDocument(info).toJson(QJsonDocument::Indented)))
        return Error{ErrorCode::Io, *e, m_directory, 0};
    return std::nullopt;
}

bool RecoverySession::hasAutosave() const
{
    return QFile::exists(pathOf(m_directory, m_id, kProjectSuffix));
}

void RecoverySession::clear()
{
    QFile::remove(pathOf(m_directory, m_id, kProjectSuffix));
    QFile::remove(pathOf(m_directory, m_id, kInfoSuffix));
    QFile::remove(pathOf(m_directory, m_id, kBaseSuffix));
}

} // namespace shirube::core
