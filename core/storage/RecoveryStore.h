// SPDX-License-Identifier: Apache-2.0
#pragma once

// Autosave of unsaved work, and recovery after a crash or a kill.
//
// Each open document has a RecoverySession: it holds a lock file (QLockFile, released by the OS
// when the process dies) and autosaves the project into the store as a complete project file
// (crash-safe, like ProjectFile::save). When the document is saved or closed cleanly, the ui calls
// clear(). At start-up, RecoveryStore::orphaned() lists the autosaves whose session is gone without
// clearing them — the work to offer back — but never one whose process is still running (a second
// window or instance).
//
// Layout of the store folder: <id>.shirube (the project), <id>.json (original path, title, time),
// <id>.lock (held while the session lives), and for a team project <id>.base.json (the base its edits
// were made on, TeamBase.h).

#include "core/common/Result.h"
#include "core/storage/ProjectFile.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QLockFile;

namespace shirube::core {

struct RecoveryEntry
{
    QString id;           // the session's id
    QString file;         // the autosaved project file in the store
    QString originalPath; // where the project was last opened or saved; empty if never saved
    QString title;        // the project's title at the autosave
    int productCount = 0;
    QDateTime savedAt; // UTC
};

class RecoveryStore
{
public:
    // `directory` empty: defaultDirectory().
    explicit RecoveryStore(const QString& directory = {});

    // QStandardPaths::AppDataLocation + "/recovery".
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Autosaves left by sessions that ended without clear() (a crash, a kill), newest first.
    // Sessions that are still running are not listed.
    std::vector<RecoveryEntry> orphaned() const;
    // Opens an entry's project (checked like any project file; the store is not modified).
    OpenResult restore(const RecoveryEntry& entry) const;
    // The team-project base autosaved with an entry (teamBaseFromJson reads it); nullopt when it has none.
    std::optional<QByteArray> teamBase(const RecoveryEntry& entry) const;
    // Deletes an entry (after it was restored, or when the user declines). False if it was in use.
    bool discard(const RecoveryEntry& entry) const;

private:
    QString m_directory;
};

// One document's autosave. Not copyable; one per open project.
class RecoverySession
{
public:
    explicit RecoverySession(const RecoveryStore& store);
    ~RecoverySession(); // releases the lock; an autosave not cleared stays for the next start
    RecoverySession(const RecoverySession&) = delete;
    RecoverySession& operator=(const RecoverySession&) = delete;

    QString id() const { return m_id; }
    // False when the store folder cannot be created or locked (autosave() then fails too).
    bool isValid() const;
    // Writes the project into the store (replacing this session's previous autosave).
    // `originalPath`: the document's file, empty for an untitled one. `teamBase`: for a team project, the
    // base of its edits (teamBaseToJson), written after the project; empty: none.
    std::optional<Error> autosave(const Project& project, const QString& originalPath,
                                  const QByteArray& teamBase = {});
    bool hasAutosave() const;
    // Removes this session's autosave: call after a successful save and when the document closes cleanly.
    void clear();

private:
    QString m_directory;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace shirube::core
