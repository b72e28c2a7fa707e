// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/profile/Profile.h"
#include "core/rules/Ruleset.h"
#include "ui/trainer/TrainerWindow.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolBar;
class QUndoStack;

namespace shirube::ui {

class GenericNameImportDialog;
class ClassificationCard;
class DesignationModel;
class FundingModel;
class GraphView;
class PlanController;
class ProfileModel;
class QuestionnaireWidget;
class RoadmapActions;
class ResultTablePanel;
class RouteTableModel;
class RouteTableView;

// The window users live in: the questionnaire on the left, results that follow every answer on the
// right (classification card, route table, state graph, designations, funding), undo/redo, trainer
// mode, runtime ja ⇄ en. A shell: it owns no document. The project code (ui/project, installed by
// ProjectController::install) owns the document and gets from the window a File menu with
// New/Open/Save/Save As/Recent/Examples (fileActions(), not connected here), a left dock area
// (addProjectDock()), currentProfile()/setProfile(), undoStack(), registerFileOpener() so a file opened
// from anywhere (menu, recent files, command line) goes to it, and setCloseCheck() for its unsaved
// changes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct FileActions
    {
        QAction* newFile = nullptr;
        QAction* open = nullptr;
        QAction* save = nullptr;
        QAction* saveAs = nullptr;
        QMenu* recent = nullptr;
        QAction* examples = nullptr;
        QAction* exportMarkdown = nullptr;
        QAction* quit = nullptr;
    };

    explicit MainWindow(core::RulesetPtr ruleset, QWidget* parent = nullptr);
    ~MainWindow() override;

    // ---- The API ui/project builds on ----
    QUndoStack* undoStack() const { return m_undoStack; }
    core::Profile currentProfile() const;
    // Shows `profile`. With resetHistory the undo stack is cleared and marked clean (a document was
    // opened); without, the change is not undoable and the stack is left alone (the caller manages it).
    void setProfile(const core::Profile& profile, bool resetHistory = true);
    void addProjectDock(QDockWidget* dock);
    QMenu* fileMenu() const { return m_fileMenu; }
    const FileActions& fileActions() const { return m_fileActions; }
    // Files whose suffix (without dot, lower case: "shirube") is registered open through `opener`.
    void registerFileOpener(const QString& suffix, std::function<bool(const QString& fileName)> opener);
    QString currentFile() const { return m_currentFile; }
    // The document was opened read-only: the title says so.
    void setReadOnlyDocument(bool readOnly);
    // The shown product's own estimates, applied to its plans from the next request on.
    void setPlanOverrides(const std::vector<core::StepOverride>& overrides);
    void setCurrentFile(const QString& fileName);
    void addRecentFile(const QString& fileName);

    // ---- Documents (owned by the project code) ----
    // Opens through the opener registered for the file's suffix; false (and a message) when none.
    bool openFile(const QString& fileName);
    // Asked before the window closes; false keeps it open (unsaved changes the user wants to keep).
    void setCloseCheck(std::function<bool()> check) { m_closeCheck = std::move(check); }
    void showAbout();
    bool exportMarkdown(const QString& fileName);
    // File › Import Generic-Name List…: imports PMDA's list (CSV) into the user's data folder, refreshes
    // the generic-name search and the plan, and opens (not exec) the dialog with the outcome.
    GenericNameImportDialog* importGenericNames(const QString& csvFile);

    // ---- Results ----
    core::RulesetPtr ruleset() const { return m_ruleset; }
    const core::Plan& currentPlan() const { return m_plan; }
    bool hasPlan() const { return m_hasPlan; }
    QString selectedRouteId() const { return m_selectedRoute; }
    void setSelectedRoute(const QString& routeId);
    // Runs the event loop until the newest answer's plan is shown; false on timeout.
    bool waitForPlan(int timeoutMs = 60000);
    // True until the window has painted its first frame (or kStartupGraceMs have passed): its plans run
    // at idle priority and a plan that arrives once the window is shown waits for that frame.
    bool isStarting() const { return m_starting; }
    static constexpr int kStartupGraceMs = 250;

    // ---- Language ----
    void setLanguage(core::Lang lang);
    core::Lang language() const;

    // ---- Trainer ----
    TrainerWindow* openTrainer(bool fullScreen = true);
    TrainerWindow* trainer() const { return m_trainer; }

    // ---- Parts (tests, screenshots, ui/project) ----
    PlanController* planController() const { return m_planController; }
    ProfileModel* profileModel() const { return m_profileModel; }
    RouteTableModel* routeModel() const { return m_routeModel; }
    DesignationModel* designationModel() const { return m_designationModel; }
    FundingModel* fundingModel() const { return m_fundingModel; }
    QuestionnaireWidget* questionnaire() const { return m_questionnaire; }
    ClassificationCard* classificationCard() const { return m_card; }
    QTableView* routeTable() const;
    QTabWidget* resultTabs() const { return m_tabs; }
    QWidget* graphWidget() const;
    GraphView* graphView() const { return m_graph; }
    // The Timeline tab, File › Export Roadmap, Print / Print Preview (ui/timeline).
    RoadmapActions* roadmapActions() const { return m_roadmapActions; }
    // Shows one results tab: 0 graph, 1 designations, 2 funding.
    void showResultTab(int index);

signals:
    // After every widget shows a new plan.
    void planApplied(const shirube::core::Plan& plan);
    void selectedRouteChanged(const QString& routeId);
    // After every change of the profile (answer, undo, redo, load).
    void profileChanged();
    void languageChanged(shirube::core::Lang lang);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentral();
    void retranslate();
    void updateTitle();
    void updateUndoActions();
    void onProfileChanged();
    void onPlanReady(const core::Plan& plan);
    void applyPlan(const core::Plan& plan);
    void finishStarting();
    void selectRouteRow(const QString& routeId);
    void fitRouteColumns();
    void readSettings();
    void writeSettings();
    void showError(const QString& title, const QString& message);
    QString dialogDirectory() const;

    core::RulesetPtr m_ruleset;
    std::shared_ptr<const core::Planner> m_planner;
    QUndoStack* m_undoStack = nullptr;
    ProfileModel* m_profileModel = nullptr;
    PlanController* m_planController = nullptr;
    RouteTableModel* m_routeModel = nullptr;
    DesignationModel* m_designationModel = nullptr;
    FundingModel* m_fundingModel = nullptr;

    core::Plan m_plan;
    bool m_hasPlan = false;
    bool m_starting = true;
    std::optional<core::Plan> m_planAfterFirstFrame;
    QString m_selectedRoute;
    QString m_currentFile;
    std::function<bool()> m_closeCheck;
    bool m_readOnlyDocument = false;
    QHash<QString, std::function<bool(const QString&)>> m_openers;
    qint64 m_planStartedNs = 0;

    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_resultsSplitter = nullptr;
    QSplitter* m_topSplitter = nullptr;
    QuestionnaireWidget* m_questionnaire = nullptr;
    ClassificationCard* m_card = nullptr;
    QLabel* m_routesTitle = nullptr;
    RouteTableView* m_routeTable = nullptr;
    QTabWidget* m_tabs = nullptr;
    GraphView* m_graph = nullptr;
    RoadmapActions* m_roadmapActions = nullptr;
    ResultTablePanel* m_designationsPanel = nullptr;
    ResultTablePanel* m_fundingPanel = nullptr;
    QLabel* m_statusPlan = nullptr;
    QLabel* m_statusLegend = nullptr;
    QPointer<TrainerWindow> m_trainer;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    FileActions m_fileActions;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_trainerAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomFitAction = nullptr;
    QAction* m_focusQuestionsAction = nullptr;
    QAction* m_focusRoutesAction = nullptr;
    QAction* m_focusGraphAction = nullptr;
    QAction* m_english = nullptr;
    QAction* m_japanese = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_importGenericNamesAction = nullptr;
};

} // namespace shirube::ui
