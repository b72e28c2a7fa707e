// SPDX-License-Identifier: Apache-2.0
#include "ui/MainWindow.h"

#include "core/planning/Plan.h"
#include "ui/AboutDialog.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/PlanController.h"
#include "ui/commands/SetAnswerCommand.h"
#include "ui/graph/GraphView.h"
#include "ui/help/HelpWindow.h"
#include "ui/jmdn/GenericNameImportDialog.h"
#include "ui/jmdn/GenericNamePicker.h"
#include "ui/models/DesignationModel.h"
#include "ui/models/FundingModel.h"
#include "ui/models/ProfileModel.h"
#include "ui/models/RouteTableModel.h"
#include "ui/settings/Settings.h"
#include "ui/timeline/RoadmapActions.h"
#include "ui/trainer/TrainerWindow.h"
#include "ui/widgets/ClassificationCard.h"
#include "ui/widgets/QuestionnaireWidget.h"
#include "ui/widgets/ResultTablePanel.h"
#include "ui/widgets/RouteTableView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shirube::ui {

namespace {

qint64 nowNs()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.nsecsElapsed();
}

} // namespace

MainWindow::MainWindow(core::RulesetPtr ruleset, QWidget* parent)
    : QMainWindow(parent)
    , m_ruleset(std::move(ruleset))
    , m_planner(std::make_shared<const core::Planner>(m_ruleset))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_undoStack = new QUndoStack(this);
    m_profileModel = new ProfileModel(m_undoStack, this);
    m_profileModel->setRuleset(m_ruleset);
    m_profileModel->setLanguage(Language::current());
    m_planController = new PlanController(m_planner, this);
    m_planController->setLanguage(Language::current());
    m_routeModel = new RouteTableModel(this);
    m_routeModel->setRuleset(m_ruleset);
    m_designationModel = new DesignationModel(this);
    m_designationModel->setRuleset(m_ruleset);
    m_fundingModel = new FundingModel(this);
    m_fundingModel->setRuleset(m_ruleset);

    createActions();
    createMenus();
    createCentral();
    m_roadmapActions = new RoadmapActions(this);

    connect(m_profileModel, &ProfileModel::profileChanged, this, &MainWindow::onProfileChanged);
    connect(m_planController, &PlanController::planReady, this, &MainWindow::onPlanReady);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);

    retranslate();
    readSettings();

    // The blank profile's plan runs while the window opens, in the background (isStarting()).
    m_planController->setBackground(true);
    QTimer::singleShot(kStartupGraceMs, this, &MainWindow::finishStarting);
    core::Profile blank;
    blank.setName(tr("Untitled product"));
    setProfile(blank);
}

MainWindow::~MainWindow()
{
    if (m_trainer)
        delete m_trainer.data();
    // Children outlive this destructor; QUndoStack::clear() in its own destructor must not call back.
    m_undoStack->disconnect(this);
    m_profileModel->disconnect(this);
    m_planController->disconnect(this);
}

// ---------------------------------------------------------------- construction

void MainWindow::createActions()
{
    auto make = [this](const char* name, QKeySequence shortcut = {}) {
        auto* a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        return a;
    };
    m_fileActions.newFile = make("actionNew", QKeySequence::New);
    m_fileActions.open = make("actionOpen", QKeySequence::Open);
    m_fileActions.save = make("actionSave", QKeySequence::Save);
    m_fileActions.saveAs = make("actionSaveAs", QKeySequence::SaveAs);
    m_fileActions.examples = make("actionExamples", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileActions.exportMarkdown = make("actionExportMarkdown");
    m_fileActions.quit = make("actionQuit", QKeySequence::Quit);
    m_undoAction = make("actionUndo", QKeySequence::Undo);
    m_redoAction = make("actionRedo", QKeySequence::Redo);
    // Ctrl+Shift+Z and Ctrl+Y on every platform (Windows users' habit; the platform's own first).
    {
        QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
        for (const QKeySequence& k :
             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
            if (!redo.contains(k))
                redo << k;
        m_redoAction->setShortcuts(redo);
    }
    m_trainerAction = make("actionTrainer", QKeySequence(Qt::Key_F5));
    m_zoomInAction = make("actionZoomIn", QKeySequence::ZoomIn);
    m_zoomOutAction = make("actionZoomOut", QKeySequence::ZoomOut);
    m_zoomFitAction = make("actionZoomFit", QKeySequence(Qt::CTRL | Qt::Key_0));
    m_focusQuestionsAction = make("actionFocusQuestions", QKeySequence(Qt::CTRL | Qt::Key_1));
    m_focusRoutesAction = make("actionFocusRoutes", QKeySequence(Qt::CTRL | Qt::Key_2));
    m_focusGraphAction = make("actionFocusGraph", QKeySequence(Qt::CTRL | Qt::Key_3));
    m_english = make("actionEnglish");
    m_japanese = make("actionJapanese");
    m_aboutAction = make("actionAbout");
    m_aboutQtAction = make("actionAboutQt");
    m_clearRecentAction = make("actionClearRecent");
    m_importGenericNamesAction = make("actionImportGenericNames");
    m_fileActions.quit->setMenuRole(QAction::QuitRole);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    m_languageGroup = new QActionGroup(this);
    for (QAction* a : {m_english, m_japanese}) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
    }
    // The language names are shown in their own language, whatever the UI language.
    m_english->setText(QStringLiteral("English"));
    m_japanese->setText(QStringLiteral("日本語"));

    connect(m_fileActions.exportMarkdown, &QAction::triggered, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Export plan"), dialogDirectory(), tr("Markdown (*.md)"));
        if (!file.isEmpty())
            exportMarkdown(file);
    });
    connect(m_importGenericNamesAction, &QAction::triggered, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Import Generic-Name List"), dialogDirectory(),
                                         tr("PMDA list of generic names, CSV UTF-8 (*.csv)"));
        if (!file.isEmpty())
            importGenericNames(file)->open();
    });
    connect(m_fileActions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_trainerAction, &QAction::triggered, this, [this] { openTrainer(true); });
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_graph->zoomIn(); });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_graph->zoomOut(); });
    connect(m_zoomFitAction, &QAction::triggered, this, [this] { m_graph->zoomToFit(); });
    connect(m_focusQuestionsAction, &QAction::triggered, this, [this] {
        const QString path =
            m_questionnaire->helpPath().isEmpty() ? QStringLiteral("name") : m_questionnaire->helpPath();
        m_questionnaire->focusQuestion(path);
    });
    connect(m_focusRoutesAction, &QAction::triggered, this, [this] { m_routeTable->setFocus(); });
    connect(m_focusGraphAction, &QAction::triggered, this, [this] {
        showResultTab(0);
        m_graph->setFocus();
    });
    connect(m_english, &QAction::triggered, this, [this] { setLanguage(core::Lang::En); });
    connect(m_japanese, &QAction::triggered, this, [this] { setLanguage(core::Lang::Ja); });
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_clearRecentAction, &QAction::triggered, this, [] { settings::RecentFiles.reset(); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu->addAction(m_fileActions.newFile);
    m_fileMenu->addAction(m_fileActions.open);
    m_fileActions.recent = m_fileMenu->addMenu(QString());
    m_fileActions.recent->setObjectName(QStringLiteral("menuRecent"));
    m_fileMenu->addAction(m_fileActions.examples);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_fileActions.save);
    m_fileMenu->addAction(m_fileActions.saveAs);
    m_fileMenu->addAction(m_fileActions.exportMarkdown);
    m_fileMenu->addAction(m_importGenericNamesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_fileActions.quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addAction(m_trainerAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_focusQuestionsAction);
    m_viewMenu->addAction(m_focusRoutesAction);
    m_viewMenu->addAction(m_focusGraphAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomFitAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    m_languageMenu->addAction(m_english);
    m_languageMenu->addAction(m_japanese);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
    // User guide (F1) and glossary, with the help of the question the user is on.
    HelpWindow::install(this, m_helpMenu, [this]() -> std::pair<QString, QString> {
        const QString path = m_questionnaire ? m_questionnaire->helpPath() : QString();
        if (path.isEmpty())
            return {};
        return {m_profileModel->questionLabel(path), m_profileModel->help(path)};
    });

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_fileActions.newFile);
    m_toolBar->addAction(m_fileActions.open);
    m_toolBar->addAction(m_fileActions.save);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_fileActions.examples);
    m_toolBar->addAction(m_trainerAction);
}

void MainWindow::createCentral()
{
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);

    m_questionnaire = new QuestionnaireWidget(m_profileModel, m_mainSplitter);
    m_questionnaire->setMinimumWidth(300);
    m_mainSplitter->addWidget(m_questionnaire);

    m_resultsSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_resultsSplitter->setObjectName(QStringLiteral("resultsSplitter"));
    m_resultsSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_resultsSplitter);

    m_topSplitter = new QSplitter(Qt::Horizontal, m_resultsSplitter);
    m_topSplitter->setObjectName(QStringLiteral("topSplitter"));
    m_topSplitter->setChildrenCollapsible(false);
    m_card = new ClassificationCard(m_profileModel, m_topSplitter);
    m_card->setRuleset(m_ruleset);
    m_card->setMinimumWidth(260);
    connect(m_card, &ClassificationCard::questionRequested, m_questionnaire,
            &QuestionnaireWidget::focusQuestion);

    auto* routesBox = new QWidget(m_topSplitter);
    routesBox->setObjectName(QStringLiteral("routesPanel"));
    auto* routesLayout = new QVBoxLayout(routesBox);
    routesLayout->setContentsMargins(0, 0, 0, 0);
    m_routesTitle = new QLabel(routesBox);
    m_routesTitle->setObjectName(QStringLiteral("routesTitle"));
    QFont bold = m_routesTitle->font();
    bold.setBold(true);
    m_routesTitle->setFont(bold);
    routesLayout->addWidget(m_routesTitle);
    m_routeTable = new RouteTableView(routesBox);
    m_routeTable->setObjectName(QStringLiteral("routeTable"));
    m_routeTable->setModel(m_routeModel);
    m_routeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_routeTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_routeTable->setWordWrap(false);
    m_routeTable->setTextElideMode(Qt::ElideRight);
    m_routeTable->verticalHeader()->hide();
    m_routeTable->horizontalHeader()->setStretchLastSection(true);
    m_routeTable->horizontalHeader()->setHighlightSections(false);
    m_routeTable->installEventFilter(this);
    routesLayout->addWidget(m_routeTable, 1);
    connect(m_routeTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    setSelectedRoute(m_routeModel->routeIdAt(current.row()));
            });
    m_topSplitter->addWidget(m_card);
    m_topSplitter->addWidget(routesBox);
    m_topSplitter->setStretchFactor(0, 2);
    m_topSplitter->setStretchFactor(1, 3);

    m_tabs = new QTabWidget(m_resultsSplitter);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_graph = new GraphView(m_tabs);
    m_graph->setObjectName(QStringLiteral("graphView"));
    m_graph->setLanguage(Language::current());
    m_graph->setRuleset(m_ruleset);
    m_designationsPanel = new ResultTablePanel(m_designationModel, DesignationModel::DetailsRole, m_tabs);
    m_designationsPanel->setObjectName(QStringLiteral("designationsPanel"));
    m_fundingPanel = new ResultTablePanel(m_fundingModel, FundingModel::DetailsRole, m_tabs);
    m_fundingPanel->setObjectName(QStringLiteral("fundingPanel"));
    m_tabs->addTab(m_graph, QString());
    m_tabs->addTab(m_designationsPanel, QString());
    m_tabs->addTab(m_fundingPanel, QString());

    m_resultsSplitter->addWidget(m_topSplitter);
    m_resultsSplitter->addWidget(m_tabs);
    m_resultsSplitter->setStretchFactor(0, 1);
    m_resultsSplitter->setStretchFactor(1, 1);
    m_resultsSplitter->setSizes({340, 420});
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({340, 1020});
    setCentralWidget(m_mainSplitter);

    m_statusPlan = new QLabel(this);
    m_statusPlan->setObjectName(QStringLiteral("statusPlan"));
    m_statusLegend = new QLabel(this);
    m_statusLegend->setObjectName(QStringLiteral("statusLegend"));
    statusBar()->addWidget(m_statusPlan, 1);
    statusBar()->addPermanentWidget(m_statusLegend);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("&Language"));
    m_fileActions.recent->setTitle(tr("Open &Recent"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));

    m_fileActions.newFile->setText(tr("&New"));
    m_fileActions.newFile->setToolTip(tr("Start a new product profile"));
    m_fileActions.open->setText(tr("&Open…"));
    m_fileActions.open->setToolTip(tr("Open a product profile (JSON) or a project"));
    m_fileActions.save->setText(tr("&Save"));
    m_fileActions.save->setToolTip(tr("Save the product profile"));
    m_fileActions.saveAs->setText(tr("Save &As…"));
    m_fileActions.examples->setText(tr("E&xamples…"));
    m_fileActions.examples->setToolTip(tr("Open one of the bundled example products"));
    m_fileActions.exportMarkdown->setText(tr("&Export Plan as Markdown…"));
    m_fileActions.quit->setText(tr("&Quit"));
    m_trainerAction->setText(tr("&Trainer Mode"));
    m_trainerAction->setToolTip(tr("Step through the selected route full screen, for a room"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomFitAction->setText(tr("&Fit Graph"));
    m_focusQuestionsAction->setText(tr("Go to &Questions"));
    m_focusRoutesAction->setText(tr("Go to &Routes"));
    m_focusGraphAction->setText(tr("Go to &Graph"));
    m_aboutAction->setText(tr("&About Shirube"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_clearRecentAction->setText(tr("&Clear Menu"));
    m_importGenericNamesAction->setText(tr("&Import Generic-Name List…"));
    m_importGenericNamesAction->setToolTip(tr("Load PMDA's list of Japanese generic names so that the "
                                              "questionnaire's search finds every name"));
    updateUndoActions();

    m_routesTitle->setText(tr("Routes"));
    m_routeTable->setAccessibleName(tr("Routes"));
    m_routeTable->setToolTip(tr("★ marks routes that no other route beats on both time and cost (P80). "
                                "Select a route to see it everywhere."));
    m_tabs->setTabText(0, tr("State graph"));
    m_tabs->setTabText(1, tr("Designations"));
    m_tabs->setTabText(2, tr("Funding"));
    m_tabs->setAccessibleName(tr("Results"));
    m_designationsPanel->setEmptyText(tr("No designation applies."));
    m_fundingPanel->setEmptyText(tr("No funding scheme fits this product."));
    m_designationsPanel->setTableNames(QStringLiteral("designationTable"), tr("Designations"));
    m_fundingPanel->setTableNames(QStringLiteral("fundingTable"), tr("Funding"));
    m_statusLegend->setText(tr("Confidence: %1").arg(Labels::confidenceLegend()));
    m_statusLegend->setToolTip(tr("Every number carries the confidence of its ruleset source."));
    m_routeModel->retranslate();
    m_designationModel->retranslate();
    m_fundingModel->retranslate();
    m_questionnaire->retranslate();
    m_card->retranslate();
    const bool ja = Language::current() == core::Lang::Ja;
    m_japanese->setChecked(ja);
    m_english->setChecked(!ja);
    if (m_hasPlan)
        applyPlan(m_plan);
    updateTitle();
}

// ---------------------------------------------------------------- profile and plan

core::Profile MainWindow::currentProfile() const
{
    return m_profileModel->profile();
}

void MainWindow::setProfile(const core::Profile& profile, bool resetHistory)
{
    if (resetHistory)
        m_undoStack->clear();
    m_profileModel->setProfile(profile); // emits profileChanged -> onProfileChanged
    if (resetHistory)
        m_undoStack->setClean();
    setWindowModified(!m_undoStack->isClean());
}

void MainWindow::onProfileChanged()
{
    updateTitle();
    m_planStartedNs = nowNs();
    m_statusPlan->setText(tr("Planning…"));
    m_planController->request(m_profileModel->profile());
    emit profileChanged();
}

void MainWindow::onPlanReady(const core::Plan& plan)
{
    // Once shown, the window's first frame comes first: results that are ready before it follow it.
    if (m_starting && isVisible())
        m_planAfterFirstFrame = plan;
    else
        applyPlan(plan);
}

// The first frame is painted (or the start-up grace period is over): plans run at normal priority
// from now on, and results that waited for the frame are shown.
void MainWindow::finishStarting()
{
    if (!m_starting)
        return;
    m_starting = false;
    m_planController->setBackground(false);
    if (m_planAfterFirstFrame) {
        const core::Plan plan = std::move(*m_planAfterFirstFrame);
        m_planAfterFirstFrame.reset();
        applyPlan(plan);
    }
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    // Painted before its children, in the same frame: the queued call runs once the frame is on screen.
    if (m_starting)
        QMetaObject::invokeMethod(this, &MainWindow::finishStarting, Qt::QueuedConnection);
}

void MainWindow::applyPlan(const core::Plan& plan)
{
    m_plan = plan;
    m_hasPlan = true;
    m_card->setPlan(plan);
    m_routeModel->setPlan(plan);
    m_designationModel->setDesignations(plan.designations);
    m_fundingModel->setFunding(plan.funding, plan.asOf);
    m_graph->setPlan(plan);

    QString keep = m_selectedRoute;
    if (m_routeModel->rowOf(keep) < 0)
        keep = plan.routes.empty() ? QString() : plan.routes.front().id;
    const bool changed = keep != m_selectedRoute;
    m_selectedRoute = keep;
    selectRouteRow(keep);
    m_graph->setSelectedRoute(keep);
    fitRouteColumns();

    const double ms = double(nowNs() - m_planStartedNs) / 1e6;
    m_statusPlan->setText(tr("%n route(s) · updated in %1 ms", nullptr, int(plan.routes.size()))
                              .arg(QLocale().toString(ms, 'f', 1)));
    if (!plan.warnings.isEmpty())
        m_statusPlan->setToolTip(plan.warnings.join(QLatin1Char('\n')));
    else
        m_statusPlan->setToolTip(QString());
    if (changed)
        emit selectedRouteChanged(keep);
    emit planApplied(plan);
}

QTableView* MainWindow::routeTable() const
{
    return m_routeTable;
}

void MainWindow::fitRouteColumns()
{
    // Numbers fit their contents; the route label shows one alternative a line rather than hiding what
    // tells two routes apart; the key steps take the rest, elided (all of it is in the tooltips). Only
    // the columns that are fitted are measured, and the rows only by their route label: with dozens of
    // routes (a partly answered profile) measuring every key-step text took longer than planning.
    if (m_routeTable->fitCompact())
        return; // too narrow for every column: stacked in the route cell
    for (int c = 0; c < RouteTableModel::StepsColumn; ++c)
        m_routeTable->resizeColumnToContents(c);
    const int width = m_routeTable->viewport()->width();
    m_routeTable->setColumnWidth(
        RouteTableModel::RouteColumn,
        qMin(m_routeTable->columnWidth(RouteTableModel::RouteColumn), qMax(230, width * 3 / 5)));
    m_routeTable->setColumnWidth(
        RouteTableModel::DesignationsColumn,
        qMin(m_routeTable->columnWidth(RouteTableModel::DesignationsColumn), qMax(120, width / 5)));
    int used = 0;
    for (int c = 0; c < RouteTableModel::StepsColumn; ++c)
        used += m_routeTable->columnWidth(c);
    m_routeTable->setColumnWidth(RouteTableModel::StepsColumn,
                                 qMax(width - used, m_routeTable->fontMetrics().averageCharWidth() * 16));
    m_routeTable->fitRowsTo(RouteTableModel::RouteColumn, RouteTableModel::P50Column);
}

void MainWindow::selectRouteRow(const QString& routeId)
{
    const int row = m_routeModel->rowOf(routeId);
    QItemSelectionModel* sel = m_routeTable->selectionModel();
    if (row < 0) {
        sel->clear();
        return;
    }
    if (sel->currentIndex().row() != row || !sel->isRowSelected(row, {}))
        sel->setCurrentIndex(m_routeModel->index(row, 0),
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::setSelectedRoute(const QString& routeId)
{
    const bool changed = routeId != m_selectedRoute;
    m_selectedRoute = routeId;
    selectRouteRow(routeId);
    m_graph->setSelectedRoute(routeId);
    if (!changed)
        return;
    if (m_trainer)
        m_trainer->selectRoute(routeId);
    emit selectedRouteChanged(routeId);
}

bool MainWindow::waitForPlan(int timeoutMs)
{
    finishStarting(); // at normal priority, and shown at once
    return m_planController->waitForIdle(timeoutMs);
}

QWidget* MainWindow::graphWidget() const
{
    return m_graph;
}

void MainWindow::showResultTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

// ---------------------------------------------------------------- documents

void MainWindow::addProjectDock(QDockWidget* dock)
{
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    // A list of product names needs little room; the questionnaire and the results need it all.
    resizeDocks({dock}, {qMax(170, width() / 8)}, Qt::Horizontal);
}

void MainWindow::registerFileOpener(const QString& suffix, std::function<bool(const QString&)> opener)
{
    m_openers.insert(suffix.toLower(), std::move(opener));
}

void MainWindow::setCurrentFile(const QString& fileName)
{
    m_currentFile = fileName;
    updateTitle();
}

void MainWindow::addRecentFile(const QString& fileName)
{
    settings::addRecentFile(fileName);
}

void MainWindow::setPlanOverrides(const std::vector<core::StepOverride>& overrides)
{
    core::PlanOptions options = m_planController->options();
    options.overrides = overrides;
    m_planController->setOptions(options);
}

void MainWindow::setReadOnlyDocument(bool readOnly)
{
    m_readOnlyDocument = readOnly;
    updateTitle();
}

void MainWindow::updateTitle()
{
    // The product shown, then the file it belongs to: "AIM4CRC — clients.shirube".
    QString name = m_profileModel->profile().name();
    if (name.isEmpty())
        name = tr("Untitled product");
    if (!m_currentFile.isEmpty())
        name += QStringLiteral(" — ") + QFileInfo(m_currentFile).fileName();
    if (m_readOnlyDocument)
        name += QLatin1Char(' ') + tr("(read-only)");
    setWindowTitle(name + QStringLiteral("[*] — Shirube"));
}

void MainWindow::updateUndoActions()
{
    auto label = [this](int index) {
        const QUndoCommand* c = m_undoStack->command(index);
        if (const auto* answer = dynamic_cast<const SetAnswerCommand*>(c))
            return tr("answer “%1”").arg(m_profileModel->questionLabel(answer->path()));
        return c ? c->text() : QString();
    };
    const int i = m_undoStack->index();
    m_undoAction->setEnabled(m_undoStack->canUndo());
    m_redoAction->setEnabled(m_undoStack->canRedo());
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(label(i - 1)) : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(label(i)) : tr("&Redo"));
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
}

bool MainWindow::openFile(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (const auto it = m_openers.constFind(suffix); it != m_openers.constEnd())
        return it.value()(fileName);
    showError(tr("Could not open the file"),
              tr("“%1” is neither a Shirube project (.shirube) nor a product profile (.json).")
                  .arg(QFileInfo(fileName).fileName()));
    return false;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_ruleset, this);
    dialog.exec();
}

bool MainWindow::exportMarkdown(const QString& fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(core::planToMarkdown(m_plan, m_ruleset.get()).toUtf8()) < 0 || !file.commit()) {
        showError(tr("Could not export"), file.errorString());
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(fileName).fileName()), 4000);
    return true;
}

GenericNameImportDialog* MainWindow::importGenericNames(const QString& csvFile)
{
    GenericNameImportDialog* dialog = GenericNameImportDialog::importFile(csvFile, this);
    if (dialog->succeeded()) {
        m_questionnaire->genericNamePicker()->refresh();
        m_planController->forgetLastPlan(); // the profile's generic name may mean something else now
        m_planController->request(m_profileModel->profile());
    }
    return dialog;
}

void MainWindow::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

QString MainWindow::dialogDirectory() const
{
    const QString last = settings::LastDirectory.value();
    return last.isEmpty() ? QDir::homePath() : last;
}

// ---------------------------------------------------------------- language

core::Lang MainWindow::language() const
{
    return Language::current();
}

void MainWindow::setLanguage(core::Lang lang)
{
    Language::instance().apply(lang);
    settings::Language.setValue(Language::codeOf(lang));
    m_profileModel->setLanguage(lang);
    m_planController->setLanguage(lang);
    m_graph->setLanguage(lang);
    retranslate();
    if (m_trainer)
        m_trainer->setLanguage(lang);
    // Plans carry texts (route labels, reasons, rationale) in the plan's language: plan again.
    m_planStartedNs = nowNs();
    m_planController->request(m_profileModel->profile());
    emit languageChanged(lang);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Filters run before the view's own resize handling: fit once the viewport has its new width.
    if (watched == m_routeTable && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &MainWindow::fitRouteColumns, Qt::QueuedConnection);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

// ---------------------------------------------------------------- trainer

TrainerWindow* MainWindow::openTrainer(bool fullScreen)
{
    if (m_trainer) {
        m_trainer->raise();
        m_trainer->activateWindow();
        return m_trainer;
    }
    // The window's plan is reused when it is the current profile's (no answer is still being planned).
    const bool upToDate = m_hasPlan && m_planController->delivered() == m_planController->requested();
    m_trainer = new TrainerWindow(m_planner, m_profileModel->profile(), m_selectedRoute,
                                  upToDate ? &m_plan : nullptr);
    connect(m_trainer, &TrainerWindow::languageRequested, this, &MainWindow::setLanguage);
    if (fullScreen)
        m_trainer->showFullScreen();
    else
        m_trainer->show();
    m_trainer->activateWindow();
    m_trainer->setFocus();
    return m_trainer;
}

// ---------------------------------------------------------------- settings

void MainWindow::readSettings()
{
    const QByteArray geometry = settings::MainWindowGeometry.value();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect screen = QGuiApplication::primaryScreen()
                                 ? QGuiApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1366, 768);
        resize(qMin(1366, screen.width()), qMin(768, screen.height()));
    }
    restoreState(settings::MainWindowState.value());
    m_mainSplitter->restoreState(settings::MainSplitterState.value());
    m_resultsSplitter->restoreState(settings::ResultsSplitterState.value());
}

void MainWindow::writeSettings()
{
    settings::MainWindowGeometry.setValue(saveGeometry());
    settings::MainWindowState.setValue(saveState());
    settings::MainSplitterState.setValue(m_mainSplitter->saveState());
    settings::ResultsSplitterState.setValue(m_resultsSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closeCheck && !m_closeCheck()) {
        event->ignore();
        return;
    }
    writeSettings();
    if (m_trainer)
        m_trainer->close();
    event->accept();
}

} // namespace shirube::ui
