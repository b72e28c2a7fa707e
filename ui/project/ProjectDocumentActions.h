// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/Project.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectStore.h"

#include <QSet>
#include <QString>

#include <memory>

namespace shirube::core {
class ProjectLock;
class TeamSession;
} // namespace shirube::core

namespace shirube::ui {

class ProjectController;

// The project as a document: New, Open, Save, Save As, the unsaved-changes question, the file's lock,
// read-only opening, and team projects (open from and save to a PostgreSQL server). Part of
// ProjectController, which owns it and forwards its public functions to it.
class ProjectDocumentActions final
{
public:
    explicit ProjectDocumentActions(ProjectController& owner);
    ~ProjectDocumentActions();
    ProjectDocumentActions(const ProjectDocumentActions&) = delete;
    ProjectDocumentActions& operator=(const ProjectDocumentActions&) = delete;

    bool newProject();
    bool open(const QString& requestedPath = {});
    bool save();
    bool saveAs(const QString& requestedPath = {});
    bool openTeamProject(const QString& requestedUrl = {});
    bool maybeSave();

    QString filePath() const { return m_filePath; }
    bool isReadOnly() const { return m_readOnly; }
    bool holdsLock() const;
    bool isTeamProject() const { return bool(m_team); }
    core::TeamSession* teamSession() const { return m_team.get(); }

    // Shows `project` as the open document of `path` (empty: untitled), its first product current, with
    // a fresh undo history; leaves any team project.
    void load(core::Project project, const QString& path);
    // Takes the lock of `path` (not waiting) for as long as it is this window's file; releases it
    // for an empty path. Another holder is no error: saves merge (ProjectFile::saveChecked).
    void holdLockOn(const QString& path);
    // Recovery of a team project's autosave (issue 15): `project` as unsaved edits on the team project at
    // `url`, reconnected when the server answers, on `base`, the project as read when they were made
    // (core::TeamSession::resume; nullopt: unknown, every differing product is asked about at save).
    void reopenTeam(core::Project project, const QString& url, std::optional<core::StoredProject> base);
    // A product's answers changed since it was last planned: the next save plans it again.
    void markTouched(qint64 id) { m_touched.insert(id); }
    // Why `path` could not be opened (core::RefusalReason `reason`), as a sentence for the user.
    static QString refusalMessage(const QString& path, int reason, const QString& detail);

private:
    bool writeTo(const QString& path);
    bool saveTeam();
    void refreshPlans(core::Project& project);
    void setReadOnly(bool readOnly);

    ProjectController& m_owner;
    QString m_filePath;
    // The file as it was read or last written (its stamp and its products), for saveChecked(): a save
    // merges what another writer saved meanwhile instead of overwriting it.
    core::FileStamp m_stamp;
    core::Project m_base;
    std::unique_ptr<core::ProjectLock> m_lock;
    bool m_readOnly = false;
    std::unique_ptr<core::TeamSession> m_team; // the open team project, if one is open
    QSet<qint64> m_touched;                    // products edited since they were last planned
};

} // namespace shirube::ui
