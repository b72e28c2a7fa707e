// SPDX-License-Identifier: Apache-2.0
#include "ui/project/ProjectController.h"

#include "core/storage/ProductOverrides.h"
#include "core/storage/ProjectStore.h"
#include "ui/ExamplesGallery.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/models/ProfileModel.h"
#include "ui/project/CompareDialog.h"
#include "ui/project/ProductActions.h"
#include "ui/project/ProductListModel.h"
#include "ui/project/ProductListWidget.h"
#include "ui/project/ProjectAutosave.h"
#include "ui/project/ProjectDocument.h"
#include "ui/project/ProjectDocumentActions.h"
#include "ui/project/ProjectHost.h"
#include "ui/project/ProjectPrompts.h"
#include "ui/project/ReplanOffer.h"
#include "ui/project/TeamActions.h" // team projects (issue 15)
#include "ui/settings/Settings.h"
#include "ui/trainer/TrainerWindow.h" // MainWindow.h needs it complete (QPointer<TrainerWindow>)

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QUndoStack>

namespace shirube::ui {

namespace {

// ProjectHost over the main window.
class MainWindowHost final : public ProjectHost
{
public:
    explicit MainWindowHost(MainWindow* window)
        : m_window(window)
    {}

    QWidget* window() const override { return m_window; }
    QUndoStack* undoStack() const override { return m_window->undoStack(); }
    core::RulesetPtr ruleset() const override { return m_window->ruleset(); }
    core::Lang language() const override { return m_window->language(); }
    core::Profile currentProfile() const override { return m_window->currentProfile(); }
    void setProfile(const core::Profile& profile, bool resetHistory) override
    {
        m_window->setProfile(profile, resetHistory);
    }
    void setOverrides(const std::vector<core::StepOverride>& overrides) override
    {
        m_window->setPlanOverrides(overrides);
    }
    QString selectedRoute() const override { return m_window->selectedRouteId(); }
    void setSelectedRoute(const QString& routeId) override { m_window->setSelectedRoute(routeId); }
    void setCurrentFile(const QString& fileName) override { m_window->setCurrentFile(fileName); }
    void setReadOnly(bool readOnly) override { m_window->setReadOnlyDocument(readOnly); }
    void setDocumentKey(qint64 id, std::function<void(qint64)> show) override
    {
        m_window->profileModel()->setDocument(id, std::move(show));
    }
    void addRecentFile(const QString& fileName) override { m_window->addRecentFile(fileName); }
    void addDock(QDockWidget* dock) override
    {
        // Where the user left it last time (the window's saved state), else the window's project area.
        if (!m_window->restoreDockWidget(dock)) {
            m_window->addProjectDock(dock);
            dock->show();
        }
    }

private:
    QPointer<MainWindow> m_window;
};

} // namespace

ProjectController::ProjectController(ProjectHost* host, ProjectPrompts* prompts, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_prompts(prompts ? prompts : new ProjectPrompts)
    , m_document(new ProjectDocument(this))
    , m_model(new ProductListModel(m_document, host->undoStack(), this))
    , m_documentActions(std::make_unique<ProjectDocumentActions>(*this))
    , m_products(std::make_unique<ProductActions>(*this))
    , m_replan(std::make_unique<ReplanOffer>(*this))
    , m_autosave(new ProjectAutosave(*this))
{
    connect(host->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    // A product the document lost (undo of an add, a delete) cannot stay current.
    connect(m_document, &ProjectDocument::productRemoved, this, [this](int, qint64 id) {
        if (id == m_current)
            m_current = 0;
    });

    if (QWidget* window = host->window()) {
        m_list = new ProductListWidget(this, window);
        m_dock = new QDockWidget(window);
        m_dock->setObjectName(QStringLiteral("productsDock"));
        m_dock->setWidget(m_list);
        m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                            QDockWidget::DockWidgetClosable);
        m_dock->setWindowTitle(tr("Products"));
        host->addDock(m_dock);
    }

    // Start with the profile the window shows, as the one product of an untitled project.
    core::Project project;
    core::Product first = ProductActions::blankProduct(QString());
    first.profile = host->currentProfile();
    first.name = first.profile.name().isEmpty() ? tr("Product 1") : first.profile.name();
    if (first.profile.name().isEmpty())
        m_generatedNames.insert(1, first.name);
    first.id = 1;
    project.products.push_back(first);
    m_document->reset(project);
    m_current = 1;
    m_model->setCurrentProductId(m_current);
}

ProjectController::~ProjectController() = default;

ProjectController* ProjectController::install(MainWindow* window, ProjectPrompts* prompts)
{
    auto* controller = new ProjectController(new MainWindowHost(window), prompts, window);
    // Projects, and single profiles (as a new untitled project holding that product), from anywhere:
    // the File menu, recent files, the command line.
    for (const QString& suffix : {QStringLiteral("shirube"), QStringLiteral("json")})
        window->registerFileOpener(suffix,
                                   [controller](const QString& path) { return controller->open(path); });

    // The File menu works on the project: New, Open (a project, or a profile to import), Save (As).
    const MainWindow::FileActions& actions = window->fileActions();
    if (actions.newFile)
        connect(actions.newFile, &QAction::triggered, controller, [controller] { controller->newProject(); });
    if (actions.open)
        connect(actions.open, &QAction::triggered, controller, [controller] { controller->open(); });
    // File › Open Team Project… (issue 15), after Open.
    if (auto* fileMenu = window->findChild<QMenu*>(QStringLiteral("menuFile")); fileMenu && actions.recent) {
        auto* team = new QAction(window);
        team->setObjectName(QStringLiteral("actionOpenTeamProject"));
        const auto retranslate = [team] {
            team->setText(tr("Open &Team Project…"));
            team->setToolTip(tr("Open a project your team keeps on a PostgreSQL server"));
        };
        retranslate();
        connect(&Language::instance(), &Language::changed, team, retranslate);
        fileMenu->insertAction(actions.recent->menuAction(), team);
        connect(team, &QAction::triggered, controller, [controller] { controller->openTeamProject(); });
    }
    TeamActions::install(window, controller); // team projects: others' changes, history (issue 15)
    if (actions.save)
        connect(actions.save, &QAction::triggered, controller, [controller] { controller->save(); });
    if (actions.saveAs)
        connect(actions.saveAs, &QAction::triggered, controller, [controller] { controller->saveAs(); });
    // An example opens as a new product of the project (undoable), not over the current one.
    if (actions.examples)
        connect(actions.examples, &QAction::triggered, controller, [controller, window] {
            ExamplesGallery gallery(window);
            connect(&gallery, &ExamplesGallery::exampleChosen, controller,
                    [controller](const QString& resource) { controller->importProfile(resource); });
            gallery.exec();
        });
    // Recent files: projects and profiles, opened as File › Open does.
    if (QMenu* recent = actions.recent) {
        connect(recent, &QMenu::aboutToShow, controller, [controller, recent, window] {
            recent->clear();
            const QStringList files = settings::RecentFiles.value();
            for (const QString& f : files) {
                const bool team = core::isTeamProjectUrl(f); // a team project: its URL (issue 15)
                QAction* a = recent->addAction(team ? f : QFileInfo(f).fileName());
                a->setToolTip(f);
                a->setStatusTip(f);
                connect(a, &QAction::triggered, controller, [controller, f, team] {
                    team ? controller->openTeamProject(f) : controller->open(f);
                });
            }
            if (files.isEmpty())
                recent->addAction(tr("No recent files"))->setEnabled(false);
            recent->addSeparator();
            if (auto* clear = window->findChild<QAction*>(QStringLiteral("actionClearRecent")))
                recent->addAction(clear);
        });
    }
    // View > Products brings the dock back after it was closed.
    if (auto* view = window->findChild<QMenu*>(QStringLiteral("menuView")); view && controller->dock()) {
        QAction* toggle = controller->dock()->toggleViewAction();
        toggle->setObjectName(QStringLiteral("actionShowProducts"));
        view->addSeparator();
        view->addAction(toggle);
    }
    // Closing the window asks to save the project's unsaved changes; a clean close drops the autosave.
    window->setCloseCheck([controller] {
        if (!controller->maybeSave())
            return false;
        controller->discardRecovery();
        return true;
    });
    connect(window, &MainWindow::profileChanged, controller, &ProjectController::onProfileChanged);
    return controller;
}

void ProjectController::setPrompts(ProjectPrompts* prompts)
{
    m_prompts.reset(prompts ? prompts : new ProjectPrompts);
}

QString ProjectController::displayName() const
{
    if (!filePath().isEmpty())
        return QFileInfo(filePath()).fileName();
    if (!m_document->project().meta.title.isEmpty())
        return m_document->project().meta.title;
    return tr("Untitled project");
}

bool ProjectController::isModified() const
{
    return m_host->undoStack() && !m_host->undoStack()->isClean();
}

core::Project ProjectController::snapshot()
{
    flushCurrentProfile();
    return m_document->project();
}

QString ProjectController::filePath() const
{
    return m_documentActions->filePath();
}

bool ProjectController::isReadOnly() const
{
    return m_documentActions->isReadOnly();
}

bool ProjectController::holdsLock() const
{
    return m_documentActions->holdsLock();
}

core::TeamSession* ProjectController::teamSession() const
{
    return m_documentActions->teamSession();
}

bool ProjectController::isTeamProject() const
{
    return m_documentActions->isTeamProject();
}

// ---------------------------------------------------------------- the questionnaire and the current product

void ProjectController::flushCurrentProfile()
{
    if (m_switching)
        return;
    const core::Product* p = m_document->product(m_current);
    if (!p)
        return;
    const core::Profile profile = m_host->currentProfile();
    const QString route = m_host->selectedRoute();
    if (p->profile == profile && p->selectedRoute == route && p->profile.name() == profile.name())
        return;
    core::Product updated = *p;
    if (!(p->profile == profile) || p->profile.name() != profile.name())
        m_documentActions->markTouched(m_current);
    // A product whose list name followed its profile's name keeps following it.
    const bool followName = updated.name.isEmpty() || updated.name == p->profile.name() ||
                            m_generatedNames.value(m_current) == updated.name;
    updated.profile = profile;
    updated.selectedRoute = route;
    if (followName && !profile.name().isEmpty() && profile.name() != updated.name) {
        updated.name = profile.name();
        m_document->replace(m_current, updated, true);
    } else {
        m_document->replace(m_current, updated, false);
    }
}

void ProjectController::onProfileChanged()
{
    flushCurrentProfile();
}

void ProjectController::showProduct(qint64 id)
{
    flushCurrentProfile();
    const core::Product* p = m_document->product(id);
    if (!p)
        return;
    const core::Product product = *p;
    m_current = id;
    m_model->setCurrentProductId(id);
    m_switching = true; // the window echoes the new profile back: nothing to flush
    m_host->setOverrides(core::stepOverrides(product.overrides));
    m_host->setProfile(product.profile, false);
    m_host->setSelectedRoute(product.selectedRoute);
    m_host->setDocumentKey(id, [this](qint64 other) { showProduct(other); });
    m_switching = false;
    emit currentProductChanged(id);
}

void ProjectController::resetDocument(core::Project project)
{
    m_document->reset(std::move(project));
    const core::Product& first = m_document->at(0);
    m_current = first.id;
    m_model->setCurrentProductId(m_current);
    m_switching = true;
    m_host->setOverrides(core::stepOverrides(first.overrides));
    m_host->setProfile(first.profile, true); // clears the undo stack and marks it clean
    m_host->setSelectedRoute(first.selectedRoute);
    m_host->setDocumentKey(first.id, [this](qint64 other) { showProduct(other); });
    m_switching = false;
}

const core::Planner& ProjectController::planner() const
{
    if (!m_planner || &m_planner->ruleset() != m_host->ruleset().get())
        m_planner = std::make_unique<core::Planner>(m_host->ruleset());
    return *m_planner;
}

CompareDialog* ProjectController::compareProducts(qint64 left, qint64 right)
{
    flushCurrentProfile();
    if (m_document->count() == 0)
        return nullptr;
    if (left == 0)
        left = m_current;
    if (right == 0)
        for (const core::Product& p : m_document->project().products)
            if (p.id != left) {
                right = p.id;
                break;
            }
    if (right == 0)
        right = left;
    if (!m_compare) {
        m_compare = new CompareDialog(m_host->window());
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_compare->setPlanner(m_host->ruleset(), m_host->language());
    m_compare->setProject(m_document->project());
    m_compare->setProducts(left, right);
    m_compare->show();
    m_compare->raise();
    return m_compare;
}

// ---------------------------------------------------------------- forwarded to the parts

bool ProjectController::newProject()
{
    return m_documentActions->newProject();
}

bool ProjectController::open(const QString& path)
{
    return m_documentActions->open(path);
}

bool ProjectController::save()
{
    return m_documentActions->save();
}

bool ProjectController::saveAs(const QString& path)
{
    return m_documentActions->saveAs(path);
}

bool ProjectController::openTeamProject(const QString& url)
{
    return m_documentActions->openTeamProject(url);
}

bool ProjectController::maybeSave()
{
    return m_documentActions->maybeSave();
}

bool ProjectController::importProfile(const QString& path)
{
    return m_products->importProfile(path);
}

qint64 ProjectController::addProduct(const QString& name)
{
    return m_products->addProduct(name);
}

qint64 ProjectController::duplicateProduct(qint64 id)
{
    return m_products->duplicateProduct(id);
}

bool ProjectController::renameProduct(qint64 id, const QString& name)
{
    return m_products->renameProduct(id, name);
}

bool ProjectController::removeProduct(qint64 id)
{
    return m_products->removeProduct(id);
}

void ProjectController::selectProduct(qint64 id)
{
    m_products->selectProduct(id);
}

QList<qint64> ProjectController::productsPlannedWithOtherRuleset() const
{
    return m_replan->productsPlannedWithOtherRuleset();
}

bool ProjectController::offerReplan()
{
    return m_replan->offer();
}

QString ProjectController::replanChangesHtml(qint64 id) const
{
    return m_replan->changesHtml(id);
}

void ProjectController::setAutosaveInterval(int milliseconds)
{
    m_autosave->setInterval(milliseconds);
}

int ProjectController::autosaveInterval() const
{
    return m_autosave->interval();
}

void ProjectController::setRecoveryDirectory(const QString& directory)
{
    m_autosave->setDirectory(directory);
}

bool ProjectController::autosaveNow()
{
    return m_autosave->autosaveNow();
}

bool ProjectController::offerRecovery()
{
    return m_autosave->offerRecovery();
}

void ProjectController::discardRecovery()
{
    m_autosave->discard();
}

} // namespace shirube::ui
