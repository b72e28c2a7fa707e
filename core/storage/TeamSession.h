// SPDX-License-Identifier: Apache-2.0
#pragma once

// An open team project, for the GUI (issue 15): the project as last read from the server with its
// versions, and a save that sends only what changed since (changesBetween), lets the caller resolve
// each conflict (keep mine, take theirs, keep both), and reads the project again — with everyone
// else's saved changes — afterwards.

#include "core/common/Result.h"
#include "core/storage/ProjectStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>

class QSqlDriver;

namespace shirube::core {

// Someone else's save of a product this window has edited: who and when (unknown: empty and invalid),
// or that it was removed there.
struct OthersSave
{
    QString by;
    QDateTime at; // UTC
    bool removed = false;
};

// What TeamSession::refresh() brought in from the server (others' saved changes).
struct TeamRefresh
{
    Project project;                       // the window's project with those changes applied
    QList<qint64> added;                   // products someone else added
    QList<qint64> updated;                 // products someone else changed, that this window had not edited
    QList<qint64> removed;                 // products someone else removed, that this window had not edited
    QList<qint64> contested;               // changed there and edited here: resolved at the next save
    QHash<qint64, OthersSave> contestedBy; // for each contested product, the save there
    bool metaUpdated = false;              // the project's details were changed there and taken
    bool changed() const
    {
        return !added.isEmpty() || !updated.isEmpty() || !removed.isEmpty() || metaUpdated;
    }
};

class PostgresProjectStore;

class TeamSession
{
public:
    // How the user resolves a conflict: the change to save, or nullopt to take theirs.
    using Resolver = std::function<std::optional<ProductChange>(const SaveConflict&)>;

    static Result<std::unique_ptr<TeamSession>> open(const QString& url);
    // Opens the team project at `url` again for recovered unsaved edits `edited`, with `base`, the project
    // as read when those edits were made (the autosave's, teamBaseFromJson): its save then raises the
    // normal conflict for every edited product someone else changed meanwhile, never overwrites it.
    // Without a base (an older autosave), every product of `edited` that differs from the server's is
    // contested (kUnknownVersion), and so are the project's details when they differ.
    static Result<std::unique_ptr<TeamSession>> resume(const QString& url, const Project& edited,
                                                       std::optional<StoredProject> base);
    ~TeamSession();

    QString location() const;
    const StoredProject& stored() const { return m_base; }
    bool readOnly() const { return m_base.readOnly; }

    // Saves `edited`; returns the project as it is on the server afterwards. Conflicts go to `resolve`
    // (at most a few rounds, as others may save meanwhile); a conflict about the project's details keeps
    // theirs and says so in `notes`.
    Result<Project> save(const Project& edited, const Resolver& resolve, QStringList* notes = nullptr);
    // Reads the project again (others' saved changes).
    Result<Project> reload();
    // Brings others' saved changes into `edited` (the window's project, with its unsaved edits): a
    // product someone else changed or removed that was not edited here is replaced or removed; one
    // edited here keeps its edit and the version it was read at, so the next save shows the conflict.
    Result<TeamRefresh> refresh(const Project& edited);
    // The same with `server`, the project as read elsewhere (TeamBackgroundRead) since base generation
    // `generation`; an Error when the base changed meanwhile (a save, a reload: `server` may be older).
    Result<TeamRefresh> refreshWith(StoredProject server, const Project& edited, quint64 generation);
    // Changes whenever the base (stored()) is replaced; never the same for two sessions.
    quint64 baseGeneration() const { return m_generation; }

    // Every change, oldest first (PostgresProjectStore::history).
    Result<std::vector<HistoryEntry>> history(qint64 productId = 0);
    // Writes back the product as it was before history entry `historyId`, as a new version on the
    // server (the current one stays in the history).
    Result<StoreSaveResult> restore(qint64 historyId);

    // The PostgreSQL user of this session.
    QString userName() const;
    // Connects again when the connection was lost; an error when the server cannot be reached.
    std::optional<Error> checkConnection();
    // The connection's driver, for LISTEN (QSqlDriver::subscribeToNotification) on kNotifyChannel.
    QSqlDriver* driver();
    static constexpr const char* kNotifyChannel = "shirube_project";

private:
    explicit TeamSession(std::unique_ptr<PostgresProjectStore> store);
    TeamRefresh merge(StoredProject server, const Project& edited);
    void setBase(StoredProject base);

    std::unique_ptr<PostgresProjectStore> m_store;
    StoredProject m_base;
    quint64 m_generation = 0;
};

} // namespace shirube::core
