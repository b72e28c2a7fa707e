#pragma once

#include "core/planning/Planner.h"
#include "core/storage/Project.h"
#include "core/storage/ProjectFile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>

class QDockWidget;
class QTimer;

namespace shirube::core {
class ProjectLock;
class RecoverySession;
class RecoveryStore;
class TeamSession;
} // namespace shirube::core

namespace shirube::ui {

class CompareDialog;
class MainWindow;
class ProductListModel;
class ProductListWidget;
class ProjectDocument;
class ProjectHost;
class ProjectPrompts;

// The open project (.shirube): New/Open/Save/Save As, the product list (add, duplicate, rename,
// delete — each an undo command on the window's stack), which product the questionnaire shows,
// "modified" from the undo stack's clean state, autosave of unsaved work to the recovery store, the
// recovery offer at start-up, the compare dialog, and the re-plan offer for products planned with
// another ruleset version.
class ProjectController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectController)

public:
    // `prompts` may be null (the default dialogs are used); the controller owns it.
    ProjectController(ProjectHost* host, ProjectPrompts* prompts = nullptr, QObject* parent = nullptr);
    ~ProjectController() override;

    // Creates a controller for `window`, docks the product list, takes over the File menu's
    // New/Open/Save/Save As and opens ".shirube" files. The window owns the controller.
    static ProjectController* install(MainWindow* window, ProjectPrompts* prompts = nullptr);

    ProjectHost* host() const { return m_host.get(); }
    ProjectDocument* document() const { return m_document; }
    ProductListModel* productModel() const { return m_model; }
    ProductListWidget* productList() const { return m_list; }
    QDockWidget* dock() const { return m_dock; }
    void setPrompts(ProjectPrompts* prompts); // takes ownership

    QString filePath() const { return m_filePath; }
    // Opened read-only (another program had it open and the user chose to look only): Save asks for
    // another name.
    bool isReadOnly() const { return m_readOnly; }
    // True while this window holds the project file's lock (ProjectLock), so that other writers wait
    // and another Shirube window asks before opening it.
    bool holdsLock() const;
    QString displayName() const;
    bool isModified() const;
    qint64 currentProductId() const { return m_current; }
    // The project as it would be saved now (the questionnaire's answers flushed into it).
    core::Project snapshot();

    // ---- Documents (each asks to save unsaved changes first, where it would lose them) ----
    bool newProject();
    bool open(const QString& path = {});
    bool save();
    bool saveAs(const QString& path = {});
    // File › Open Team Project: asks for the server (TeamConnectDialog) unless `url` is given, reads the
    // team project, and from then on Save sends the changed products to the server; a product someone
    // else saved meanwhile is shown in a ConflictDialog (keep mine / take theirs / keep both). Save As
    // writes a .shirube file and leaves the team project.
    bool openTeamProject(const QString& url = {});
    bool isTeamProject() const { return bool(m_team); }
    // The open team project's session (TeamWatcher, HistoryDialog), or null.
    core::TeamSession* teamSession() const { return m_team.get(); }
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // A product profile (shirube.profile/1 JSON, or an example resource) as a new product of this project
    // (undoable) — or, when the project is untitled and holds only one blank product, in its place.
    bool importProfile(const QString& path);

    // ---- Products (undoable) ----
    qint64 addProduct(const QString& name = {});
    qint64 duplicateProduct(qint64 id);
    bool renameProduct(qint64 id, const QString& name);
    bool removeProduct(qint64 id);
    // Shows another product in the questionnaire. Not an undo step: each answer's undo shows the
    // product it was made on first (ProfileModel::setDocument).
    void selectProduct(qint64 id);
    // For SwitchProductCommand: flushes the questionnaire into the current product and shows `id`.
    void showProduct(qint64 id);

    // ---- Compare and re-plan ----
    CompareDialog* compareProducts(qint64 left = 0, qint64 right = 0);
    // Products planned with another ruleset id/version than the current one.
    QList<qint64> productsPlannedWithOtherRuleset() const;
    // Shows what re-planning those products changes and, if accepted, re-plans them (one undo step).
    // Returns true when products were re-planned.
    bool offerReplan();
    // The human summary of what a re-plan of `id` changes (HTML); empty when nothing.
    QString replanChangesHtml(qint64 id) const;

    // ---- Autosave and recovery ----
    void setAutosaveInterval(int milliseconds);
    // The recovery store's folder (default: core::RecoveryStore::defaultDirectory()).
    void setRecoveryDirectory(const QString& directory);
    int autosaveInterval() const;
    // Writes the unsaved project to the recovery store now (when modified); true when written.
    bool autosaveNow();
    // At start-up: if the recovery store holds unsaved work of a session that did not end cleanly,
    // asks whether to recover it. Returns true when work was recovered.
    bool offerRecovery();
    // On a clean close: drops this session's recovery entry.
    void discardRecovery();

public slots:
    // The questionnaire changed (answer, undo, redo): keep the product list's name in step.
    void onProfileChanged();

signals:
    void currentProductChanged(qint64 id);
    void fileChanged(const QString& path);
    void projectLoaded();
    void modifiedChanged(bool modified);

private:
    void loadProject(core::Project project, const QString& path);
    void flushCurrentProfile();
    void refreshPlans(core::Project& project);
    bool writeTo(const QString& path);
    // Takes the lock of `path` (not waiting) for as long as it is this window's file; releases it
    // for an empty path. Another holder is no error: saves merge (ProjectFile::saveChecked).
    void holdLockOn(const QString& path);
    void setReadOnly(bool readOnly);
    bool saveTeam();
    core::Product blankProduct(const QString& name) const;
    QString uniqueProductName(const QString& base) const;
    QString refusalMessage(const QString& path, int reason, const QString& detail) const;
    void clearRecovery();
    const core::Planner& planner() const;

    std::unique_ptr<ProjectHost> m_host;
    std::unique_ptr<ProjectPrompts> m_prompts;
    ProjectDocument* m_document;
    ProductListModel* m_model;
    ProductListWidget* m_list = nullptr;
    QDockWidget* m_dock = nullptr;
    QTimer* m_autosaveTimer;
    QPointer<CompareDialog> m_compare;
    mutable std::unique_ptr<core::Planner> m_planner;
    std::unique_ptr<core::RecoveryStore> m_store;
    // Made by the first autosave (its lock file marks the session live before any of its files exist):
    // creating it takes a folder, a lock file and its hostname lookup, nothing the start-up needs.
    std::unique_ptr<core::RecoverySession> m_session;
    std::unique_ptr<core::TeamSession> m_team; // the open team project, if one is open
    bool m_switching = false;

    QString m_filePath;
    // The file as it was read or last written (its stamp and its products), for saveChecked(): a save
    // merges what another writer saved meanwhile instead of overwriting it.
    core::FileStamp m_stamp;
    core::Project m_base;
    std::unique_ptr<core::ProjectLock> m_lock;
    bool m_readOnly = false;
    qint64 m_current = 0;
    QHash<qint64, QString> m_generatedNames; // names the controller made up ("Product 1"), not the user
    QSet<qint64> m_touched;                  // products edited since they were last planned
    int m_autosavedIndex = -1;               // undo index at the last autosave (-1: none)
};

} // namespace shirube::ui
