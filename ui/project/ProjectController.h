// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/planning/Planner.h"
#include "core/storage/Project.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QDockWidget;

namespace shirube::core {
class TeamSession;
} // namespace shirube::core

namespace shirube::ui {

class CompareDialog;
class MainWindow;
class ProductListModel;
class ProductListWidget;
class ProjectDocument;
class ProductActions;
class ProjectAutosave;
class ProjectDocumentActions;
class ProjectHost;
class ProjectPrompts;
class ReplanOffer;

// The open project (.shirube) in a window: owns the ProjectDocument, the product list and the seams to
// the window (ProjectHost) and to the user (ProjectPrompts), keeps the questionnaire and the current
// product in step ("modified" is the undo stack's clean state), and wires the parts that do the work:
// ProjectDocumentActions (New/Open/Save/Save As, lock, read-only, team projects), ProductActions (add,
// duplicate, rename, delete, import — each an undo command), ReplanOffer (products planned with another
// ruleset version) and ProjectAutosave (autosave and the recovery offer at start-up). Its functions
// below forward to them; their texts are translated in this class's context.
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

    QString filePath() const;
    // Opened read-only (another program had it open and the user chose to look only): Save asks for
    // another name.
    bool isReadOnly() const;
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
    bool isTeamProject() const;
    // The open team project's session (TeamWatcher, HistoryDialog), or null.
    core::TeamSession* teamSession() const;
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
    // Flushes the questionnaire into the current product and shows `id` (the switch commands of an add
    // or a delete call it).
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
    friend class ProductActions;
    friend class ProjectAutosave;
    friend class ProjectDocumentActions;
    friend class ReplanOffer;

    ProjectPrompts* prompts() const { return m_prompts.get(); }
    // Writes the questionnaire's profile and selected route into the current product.
    void flushCurrentProfile();
    // Replaces the document by `project` and shows its first product with a fresh undo history.
    void resetDocument(core::Project project);
    const core::Planner& planner() const;

    std::unique_ptr<ProjectHost> m_host;
    std::unique_ptr<ProjectPrompts> m_prompts;
    ProjectDocument* m_document;
    ProductListModel* m_model;
    ProductListWidget* m_list = nullptr;
    QDockWidget* m_dock = nullptr;
    QPointer<CompareDialog> m_compare;
    mutable std::unique_ptr<core::Planner> m_planner;
    bool m_switching = false;
    qint64 m_current = 0;
    QHash<qint64, QString> m_generatedNames; // names the controller made up ("Product 1"), not the user

    std::unique_ptr<ProjectDocumentActions> m_documentActions;
    std::unique_ptr<ProductActions> m_products;
    std::unique_ptr<ReplanOffer> m_replan;
    ProjectAutosave* m_autosave; // a child QObject (its timer's slot)
};

} // namespace shirube::ui
