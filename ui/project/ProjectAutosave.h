// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace shirube::core {
class RecoverySession;
class RecoveryStore;
} // namespace shirube::core

namespace shirube::ui {

class ProjectController;

// Unsaved work kept safe: a timer writes the modified project to the recovery store, and at start-up
// the work of a session that did not end cleanly is offered back. Part of ProjectController, which
// owns it and forwards to it.
class ProjectAutosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectAutosave)

public:
    explicit ProjectAutosave(ProjectController& owner);
    ~ProjectAutosave() override;

    void setInterval(int milliseconds);
    int interval() const;
    void setDirectory(const QString& directory);

    // Writes the unsaved project to the recovery store now (when modified since the last autosave).
    bool autosaveNow();
    bool offerRecovery();
    // Drops this session's recovery entry (saved, or a new document) and forgets the last autosave.
    void discard();
    // Drops this session's recovery entry.
    void clear();
    // The document was loaded or saved: the next change is autosaved afresh.
    void forgetLastAutosave() { m_autosavedIndex = -1; }

private:
    ProjectController& m_owner;
    QTimer* m_timer;
    std::unique_ptr<core::RecoveryStore> m_store;
    // Made by the first autosave (its lock file marks the session live before any of its files exist):
    // creating it takes a folder, a lock file and its hostname lookup, nothing the start-up needs.
    std::unique_ptr<core::RecoverySession> m_session;
    int m_autosavedIndex = -1; // undo index at the last autosave (-1: none)
};

} // namespace shirube::ui
