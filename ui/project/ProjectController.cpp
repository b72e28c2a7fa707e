#include "ui/project/ProjectController.h"

#include "core/storage/PlanDiff.h"
#include "core/storage/ProductOverrides.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectLock.h"
#include "core/storage/RecoveryStore.h"
#include "core/storage/TeamSession.h"
#include "ui/ExamplesGallery.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/models/ProfileModel.h"
#include "ui/project/CompareDialog.h"
#include "ui/project/ConflictDialog.h"
#include "ui/project/ProductListModel.h"
#include "ui/project/ProductListWidget.h"
#include "ui/project/ProjectDocument.h"
#include "ui/project/ProjectHost.h"
#include "ui/project/ProjectPrompts.h"
#include "ui/project/TeamActions.h" // team projects (issue 15)
#include "ui/project/TeamConnectDialog.h"
#include "ui/project/commands/AddProductCommand.h"
#include "ui/project/commands/RemoveProductCommand.h"
#include "ui/project/commands/RenameProductCommand.h"
#include "ui/project/commands/ReplanProductCommand.h"
#include "ui/project/commands/SwitchProductCommand.h"
#include "ui/settings/Settings.h"
#include "ui/trainer/TrainerWindow.h" // MainWindow.h needs it complete (QPointer<TrainerWindow>)

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace shirube::ui {

namespace {

constexpr int kDefaultAutosaveMs = 60 * 1000;

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

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

ProjectController::ProjectController(ProjectHost* host, ProjectPrompts* prompts, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_prompts(prompts ? prompts : new ProjectPrompts)
    , m_document(new ProjectDocument(this))
    , m_model(new ProductListModel(m_document, host->undoStack(), this))
    , m_autosaveTimer(new QTimer(this))
    , m_store(std::make_unique<core::RecoveryStore>())
{
    m_autosaveTimer->setInterval(kDefaultAutosaveMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ProjectController::autosaveNow);
    m_autosaveTimer->start();

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
    core::Product first = blankProduct(QString());
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
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
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

// ---------------------------------------------------------------- documents

core::Product ProjectController::blankProduct(const QString& name) const
{
    core::Product p;
    p.name = name;
    p.profile.setName(name);
    return p;
}

QString ProjectController::uniqueProductName(const QString& base) const
{
    const auto taken = [this](const QString& name) {
        for (const core::Product& p : m_document->project().products)
            if (p.name == name)
                return true;
        return false;
    };
    if (!base.isEmpty() && !taken(base))
        return base;
    for (int n = m_document->count() + 1;; ++n) {
        const QString name =
            base.isEmpty() ? tr("Product %1").arg(n) : QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!taken(name))
            return name;
    }
}

bool ProjectController::maybeSave()
{
    if (!isModified())
        return true;
    switch (m_prompts->askSaveChanges(m_host->window(), displayName())) {
    case ProjectPrompts::SaveChoice::Save:
        return save();
    case ProjectPrompts::SaveChoice::Discard:
        return true;
    case ProjectPrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

bool ProjectController::newProject()
{
    if (!maybeSave())
        return false;
    clearRecovery();
    core::Project project;
    core::Product first = blankProduct(tr("Product 1"));
    first.id = 1;
    project.products.push_back(first);
    loadProject(project, QString());
    return true;
}

void ProjectController::loadProject(core::Project project, const QString& path)
{
    m_team.reset();
    if (project.products.empty()) {
        core::Product first = blankProduct(tr("Product 1"));
        first.id = 1;
        project.products.push_back(first);
    }
    m_touched.clear();
    m_base = project;
    m_stamp = {};
    if (path.isEmpty())
        m_lock.reset();
    setReadOnly(false);
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
    m_filePath = path;
    m_autosavedIndex = -1;
    m_host->setCurrentFile(path);
    emit currentProductChanged(m_current);
    emit fileChanged(path);
    emit projectLoaded();
}

QString ProjectController::refusalMessage(const QString& path, int reason, const QString& detail) const
{
    const QString name = QFileInfo(path).fileName();
    QString why;
    switch (core::RefusalReason(reason)) {
    case core::RefusalReason::NotFound:
        return tr("“%1” does not exist (any more).").arg(name);
    case core::RefusalReason::Unreadable:
        return tr("“%1” cannot be read. Check that it is a file and that you may read it.").arg(name);
    case core::RefusalReason::Empty:
        why = tr("“%1” is empty: it holds no project.").arg(name);
        break;
    case core::RefusalReason::TooLarge:
        why = tr("“%1” is far larger than any Shirube project.").arg(name);
        break;
    case core::RefusalReason::NotSqlite:
        why = tr("“%1” is not a Shirube project; it is another kind of file.").arg(name);
        break;
    case core::RefusalReason::Truncated:
        why = tr("“%1” is cut short (truncated), perhaps by an interrupted copy or download.").arg(name);
        break;
    case core::RefusalReason::Corrupt:
        why = tr("“%1” is damaged: its contents fail the integrity check.").arg(name);
        break;
    case core::RefusalReason::WrongApplicationId:
        why = tr("“%1” is a database of another application, not a Shirube project.").arg(name);
        break;
    case core::RefusalReason::NewerVersion:
        why = tr("“%1” was saved by a newer version of Shirube. Update Shirube to open it.").arg(name);
        break;
    case core::RefusalReason::Malicious:
        why = tr("“%1” contains database triggers or views, which Shirube projects never have. It was "
                 "refused for your safety.")
                  .arg(name);
        break;
    case core::RefusalReason::SchemaMismatch:
        why = tr("“%1” says it is a Shirube project, but its tables are not those of a Shirube project.")
                  .arg(name);
        break;
    case core::RefusalReason::None:
        why = tr("“%1” could not be opened.").arg(name);
        break;
    }
    QString text = why + QLatin1Char(' ') + tr("The file was not changed.");
    if (!detail.isEmpty())
        text += QStringLiteral("\n\n") + tr("Details: %1").arg(detail);
    return text;
}

bool ProjectController::open(const QString& requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString dir =
            m_filePath.isEmpty() ? settings::LastDirectory.value() : QFileInfo(m_filePath).absolutePath();
        path = m_prompts->askOpenFileName(m_host->window(), dir);
        if (path.isEmpty())
            return false;
    }
    if (!path.endsWith(QLatin1String(".shirube"), Qt::CaseInsensitive)) {
        // A single product profile joins the open project (undoable), as the examples gallery's do.
        if (!importProfile(path))
            return false;
        m_host->addRecentFile(QFileInfo(path).absoluteFilePath());
        return true;
    }
    if (!maybeSave())
        return false;

    bool readOnly = false;
    std::unique_ptr<core::ProjectLock> lock;
    if (!core::ProjectLock::heldByThisProcess(path)) {
        lock = std::make_unique<core::ProjectLock>(path);
        if (lock->lock(
                std::chrono::milliseconds(0))) { // another program has it open (a stale lock is taken over)
            lock.reset();
            const std::optional<core::LockHolder> holder = core::ProjectLock::holder(path);
            const QString who = holder ? holder->toString() : tr("another program");
            if (m_prompts->askOpenLocked(m_host->window(), QFileInfo(path).fileName(), who) ==
                ProjectPrompts::LockedChoice::Cancel)
                return false;
            readOnly = true;
        }
    } else if (QFileInfo(path).absoluteFilePath() != m_filePath) {
        // Another window of this program has it: one writer per file in a process as well.
        m_prompts->showError(
            m_host->window(), tr("Project already open"),
            tr("“%1” is already open in another Shirube window.").arg(QFileInfo(path).fileName()));
        return false;
    }
    core::OpenResult opened = core::ProjectFile::open(path, core::OpenOptions{!readOnly});
    if (!opened) {
        m_prompts->showError(m_host->window(), tr("Could not open the project"),
                             refusalMessage(path, int(opened.reason()), opened.error().message));
        return false;
    }
    clearRecovery();
    core::OpenedProject result = std::move(opened).value();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (lock || readOnly)
        m_lock = std::move(lock); // the file's lock, or none when another program holds it
    loadProject(std::move(result.project), readOnly ? QString() : absolute);
    if (readOnly) {
        m_filePath = absolute;
        m_host->setCurrentFile(absolute);
        emit fileChanged(absolute);
    } else {
        m_stamp = result.stamp;
    }
    setReadOnly(readOnly);
    m_host->addRecentFile(absolute);
    settings::LastDirectory.setValue(QFileInfo(absolute).absolutePath());
    if (result.upgraded) {
        QString text = tr("“%1” was made by an older version of Shirube and has been upgraded.")
                           .arg(QFileInfo(path).fileName());
        if (!result.backupPath.isEmpty())
            text += QLatin1Char(' ') + tr("A copy of the original was kept as “%1”.")
                                           .arg(QDir::toNativeSeparators(result.backupPath));
        if (!result.upgradeWarning.isEmpty())
            text += QLatin1Char('\n') + result.upgradeWarning;
        m_prompts->showInformation(m_host->window(), tr("Project upgraded"), text);
    }
    if (!productsPlannedWithOtherRuleset().isEmpty())
        offerReplan();
    return true;
}

bool ProjectController::importProfile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompts->showError(
            m_host->window(), tr("Could not add the product"),
            tr("“%1” cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    auto profile = core::Profile::parse(file.readAll());
    if (!profile) {
        m_prompts->showError(m_host->window(), tr("Could not add the product"),
                             tr("“%1” is not a valid product profile.\n%2")
                                 .arg(QFileInfo(path).fileName(), profile.error().toString()));
        return false;
    }
    flushCurrentProfile();
    core::Product product = blankProduct(QString());
    product.profile = profile.value();
    product.name =
        profile.value().name().isEmpty() ? QFileInfo(path).completeBaseName() : profile.value().name();
    // Nothing typed yet (an untitled project with one blank product): the profile takes its place.
    if (!isModified() && m_filePath.isEmpty() && m_document->count() == 1) {
        QJsonObject answers = m_document->at(0).profile.toJson();
        answers.remove(QStringLiteral("schema"));
        answers.remove(QStringLiteral("name"));
        if (answers.isEmpty()) {
            clearRecovery();
            core::Project project;
            product.id = 1;
            project.products.push_back(product);
            loadProject(project, QString());
            return true;
        }
    }
    product.name = uniqueProductName(product.name);
    QUndoStack* stack = m_host->undoStack();
    stack->beginMacro(tr("Add product “%1”").arg(product.name));
    auto* add = new AddProductCommand(m_document, product, m_document->count(), QString());
    const qint64 id = add->productId();
    stack->push(add);
    stack->push(new SwitchProductCommand(this, m_current, id, QString()));
    stack->endMacro();
    return true;
}

void ProjectController::refreshPlans(core::Project& project)
{
    const core::RulesetPtr ruleset = m_host->ruleset();
    if (!ruleset)
        return;
    core::PlanOptions options;
    options.lang = m_host->language();
    for (core::Product& p : project.products) {
        if (p.isPlanned() && !m_touched.contains(p.id))
            continue; // keep the plan it was made with (a re-plan is the user's choice)
        options.overrides = core::stepOverrides(p.overrides);
        const core::Plan plan = planner().plan(p.profile, options);
        p.rulesetId = ruleset->id;
        p.rulesetVersion = ruleset->version;
        p.planSnapshot = core::planToJson(plan);
        m_document->replace(p.id, p, false);
    }
}

bool ProjectController::writeTo(const QString& path)
{
    flushCurrentProfile();
    core::Project project = m_document->project();
    refreshPlans(project);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool sameFile = absolute == m_filePath && !m_readOnly && m_stamp.exists();
    if (sameFile || !QFileInfo::exists(path)) {
        // The file as opened (or none yet): merged with whatever another writer saved meanwhile.
        core::Result<core::SaveOutcome> outcome =
            sameFile ? core::ProjectFile::saveChecked(project, path, m_base, m_stamp)
                     : core::ProjectFile::saveChecked(project, path, core::Project{}, core::FileStamp{});
        if (!outcome.ok()) {
            m_prompts->showError(m_host->window(), tr("Could not save"),
                                 tr("“%1” could not be saved: %2\n\nYour changes are still here; nothing was "
                                    "lost. Save them under another name to keep both versions.")
                                     .arg(QFileInfo(path).fileName(), outcome.error().message));
            return false;
        }
        core::SaveOutcome saved = std::move(outcome).value();
        if (saved.merged) {
            const qint64 current = m_current;
            loadProject(saved.project, absolute);
            if (m_document->product(current))
                showProduct(current);
            m_prompts->showInformation(
                m_host->window(), tr("Merged with changes saved elsewhere"),
                tr("“%1” was changed by another program while you had it open. Both sets of changes are "
                   "saved:\n%2")
                    .arg(QFileInfo(path).fileName(), saved.mergeNotes.join(QLatin1Char('\n'))));
        }
        m_base = std::move(saved.project);
        m_stamp = saved.stamp;
    } else {
        // Save As over another existing file, the user having confirmed the replacement.
        if (const std::optional<core::Error> error = core::ProjectFile::save(project, path)) {
            m_prompts->showError(
                m_host->window(), tr("Could not save"),
                tr("“%1” could not be saved: %2").arg(QFileInfo(path).fileName(), error->message));
            return false;
        }
        core::OpenResult reread = core::ProjectFile::open(path, core::OpenOptions{false});
        m_base = project;
        m_stamp = reread ? reread.value().stamp : core::FileStamp{};
    }
    m_touched.clear();
    m_team.reset(); // saved as a file: the team project is left
    if (absolute != m_filePath || m_readOnly) {
        setReadOnly(false);
        holdLockOn(absolute);
    }
    m_filePath = absolute;
    m_host->undoStack()->setClean();
    m_host->setCurrentFile(absolute);
    m_host->addRecentFile(absolute);
    settings::LastDirectory.setValue(QFileInfo(absolute).absolutePath());
    clearRecovery();
    m_autosavedIndex = -1;
    emit fileChanged(absolute);
    return true;
}

bool ProjectController::save()
{
    if (m_team)
        return saveTeam();
    if (m_filePath.isEmpty() || m_readOnly)
        return saveAs();
    return writeTo(m_filePath);
}

bool ProjectController::openTeamProject(const QString& requestedUrl)
{
    if (!maybeSave())
        return false;
    QString url = requestedUrl;
    if (url.isEmpty()) {
        TeamConnectDialog dialog(m_host->window());
        if (dialog.exec() != QDialog::Accepted || dialog.url().isEmpty())
            return false;
        url = dialog.url();
    }
    core::Result<std::unique_ptr<core::TeamSession>> session = core::TeamSession::open(url);
    if (!session.ok()) {
        m_prompts->showError(
            m_host->window(), tr("Could not open the team project"),
            tr("The team project at %1 could not be opened: %2").arg(url, session.error().message));
        return false;
    }
    clearRecovery();
    loadProject(session.value()->stored().project, QString());
    m_team = std::move(session).value();
    m_host->setCurrentFile(m_team->location());
    // Team project hooks (issue 15): recent files list its URL (never a password); a read-only role's
    // title says so.
    m_host->addRecentFile(m_team->location());
    setReadOnly(m_team->readOnly());
    emit fileChanged(m_team->location());
    return true;
}

bool ProjectController::saveTeam()
{
    // Team project hook (issue 15): a read-only role's save is refused before anything is sent.
    if (m_team->readOnly()) {
        m_prompts->showError(m_host->window(), tr("Read-only team project"),
                             tr("You may read this team project but not change it, so nothing was "
                                "saved. Ask the project's administrator for the editor role, or use Save "
                                "As to keep your changes in a file."));
        return false;
    }
    flushCurrentProfile();
    core::Project project = m_document->project();
    refreshPlans(project);
    QWidget* window = m_host->window();
    QStringList notes;
    core::Result<core::Project> saved = m_team->save(
        project,
        [window](const core::SaveConflict& conflict) -> std::optional<core::ProductChange> {
            ConflictDialog dialog(conflict, window);
            dialog.exec();
            if (dialog.choice() == ConflictDialog::Choice::None)
                return core::keepBothAsCopy(conflict); // closed without choosing: lose nothing
            return dialog.change();
        },
        &notes);
    if (!saved.ok()) {
        // Team project hook (issue 15): offline, the edits stay in the recovery store until the next Save.
        if (m_team->checkConnection()) {
            m_autosavedIndex = -1;
            const bool kept = autosaveNow();
            m_prompts->showError(
                window, tr("The server cannot be reached"),
                (kept ? tr("The team project's server cannot be reached, so your changes were not sent. "
                           "They are kept on this computer (with the autosave), and nothing is lost: save "
                           "again once the server is back.")
                      : tr("The team project's server cannot be reached, so your changes were not sent. "
                           "Keep this window open and save again once the server is back.")));
            return false;
        }
        m_prompts->showError(window, tr("Could not save"),
                             tr("The team project could not be saved: %1").arg(saved.error().message));
        return false;
    }
    // Reload what the server holds now (with everyone's saved changes), keeping the session.
    std::unique_ptr<core::TeamSession> team = std::move(m_team);
    loadProject(std::move(saved).value(), QString());
    m_team = std::move(team);
    m_host->setCurrentFile(m_team->location());
    emit fileChanged(m_team->location()); // team project hook (issue 15): the watcher follows
    clearRecovery();
    m_autosavedIndex = -1;
    return true;
}

bool ProjectController::saveAs(const QString& requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        QString suggested = m_filePath;
        if (suggested.isEmpty()) {
            const QString dir = settings::LastDirectory.value().isEmpty() ? QDir::homePath()
                                                                          : settings::LastDirectory.value();
            suggested = dir + QLatin1Char('/') + displayName() + QStringLiteral(".shirube");
        }
        path = m_prompts->askSaveFileName(m_host->window(), suggested);
        if (path.isEmpty())
            return false;
    }
    return writeTo(path);
}

// ---------------------------------------------------------------- products

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
        m_touched.insert(m_current);
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

void ProjectController::selectProduct(qint64 id)
{
    if (id == m_current || !m_document->product(id))
        return;
    showProduct(id); // not an undo step: each answer's undo shows its own product again
}

qint64 ProjectController::addProduct(const QString& name)
{
    flushCurrentProfile();
    const core::Product product = blankProduct(uniqueProductName(name));
    QUndoStack* stack = m_host->undoStack();
    stack->beginMacro(tr("Add product “%1”").arg(product.name));
    auto* add = new AddProductCommand(m_document, product, m_document->count(), QString());
    const qint64 id = add->productId();
    stack->push(add);
    stack->push(new SwitchProductCommand(this, m_current, id, QString()));
    stack->endMacro();
    return id;
}

qint64 ProjectController::duplicateProduct(qint64 id)
{
    flushCurrentProfile();
    const core::Product* original = m_document->product(id);
    if (!original)
        return 0;
    core::Product copy = *original;
    copy.id = 0;
    copy.name = uniqueProductName(tr("%1 (copy)").arg(original->name));
    auto* add = new AddProductCommand(m_document, copy, m_document->indexOf(id) + 1,
                                      tr("Duplicate product “%1”").arg(original->name));
    const qint64 newId = add->productId();
    m_host->undoStack()->push(add);
    return newId;
}

bool ProjectController::renameProduct(qint64 id, const QString& name)
{
    const core::Product* p = m_document->product(id);
    const QString trimmed = name.trimmed();
    if (!p || trimmed.isEmpty() || trimmed == p->name)
        return false;
    m_host->undoStack()->push(new RenameProductCommand(
        m_document, id, p->name, trimmed, tr("Rename product “%1” to “%2”").arg(p->name, trimmed)));
    return true;
}

bool ProjectController::removeProduct(qint64 id)
{
    const core::Product* p = m_document->product(id);
    if (!p || m_document->count() <= 1)
        return false; // a project always keeps one product for the questionnaire to show
    flushCurrentProfile();
    const QString name = p->name;
    QUndoStack* stack = m_host->undoStack();
    stack->beginMacro(tr("Delete product “%1”").arg(name));
    if (id == m_current) {
        const int index = m_document->indexOf(id);
        const int neighbour = index + 1 < m_document->count() ? index + 1 : index - 1;
        stack->push(new SwitchProductCommand(this, id, m_document->at(neighbour).id, QString()));
    }
    stack->push(new RemoveProductCommand(m_document, id, QString()));
    stack->endMacro();
    return true;
}

// ---------------------------------------------------------------- compare and re-plan

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

QList<qint64> ProjectController::productsPlannedWithOtherRuleset() const
{
    QList<qint64> out;
    const core::RulesetPtr ruleset = m_host->ruleset();
    if (!ruleset)
        return out;
    for (const core::Product& p : m_document->project().products)
        if (p.plannedWithOtherRuleset(ruleset->id, ruleset->version))
            out << p.id;
    return out;
}

namespace {

QString jsonText(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return Labels::unknown();
    if (v.isBool())
        return v.toBool() ? Labels::yes() : Labels::no();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

QString describeChange(const core::PlanChange& c)
{
    using Kind = core::PlanChange::Kind;
    const QString subject = c.label.isEmpty() ? c.subject : c.label;
    const auto monthsOf = [](const QJsonValue& v) {
        return v.isDouble() ? Labels::months(v.toDouble()) : Labels::unknown();
    };
    const auto yenOf = [](const QJsonValue& v) {
        return v.isDouble() ? Labels::yen(v.toDouble()) : Labels::unknown();
    };
    const auto classOf = [](const QJsonValue& v) {
        return Labels::deviceClass(v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt);
    };
    switch (c.kind) {
    case Kind::Ruleset:
        return ProjectController::tr("Ruleset: %1 → %2").arg(jsonText(c.before), jsonText(c.after));
    case Kind::Regulated:
        return ProjectController::tr("Regulated as a medical device: %1 → %2")
            .arg(jsonText(c.before), jsonText(c.after));
    case Kind::DeviceClass:
        return ProjectController::tr("Class: %1 → %2").arg(classOf(c.before), classOf(c.after));
    case Kind::Procedure:
        return ProjectController::tr("Procedure: %1 → %2")
            .arg(Labels::procedure(c.before.toString()), Labels::procedure(c.after.toString()));
    case Kind::ReviewCategory:
        return ProjectController::tr("Review category: %1 → %2")
            .arg(Labels::reviewCategory(c.before.toString()), Labels::reviewCategory(c.after.toString()));
    case Kind::RouteAdded:
        return ProjectController::tr("New route: %1 (P80 %2)").arg(subject, monthsOf(c.after));
    case Kind::RouteRemoved:
        return ProjectController::tr("Route no longer possible: %1 (was P80 %2)")
            .arg(subject, monthsOf(c.before));
    case Kind::RouteMonths:
        return ProjectController::tr("Route %1: P80 %2 → %3")
            .arg(subject, monthsOf(c.before), monthsOf(c.after));
    case Kind::RouteCost:
        return ProjectController::tr("Route %1: P80 cost %2 → %3")
            .arg(subject, yenOf(c.before), yenOf(c.after));
    case Kind::Designation:
        return ProjectController::tr("Designation %1: %2 → %3")
            .arg(subject, Labels::eligibility(c.before.toString()), Labels::eligibility(c.after.toString()));
    case Kind::FundingAdded:
        return ProjectController::tr("New funding match: %1 (%2)")
            .arg(subject, Labels::fit(c.after.toString()));
    case Kind::FundingRemoved:
        return ProjectController::tr("Funding no longer matching: %1").arg(subject);
    }
    return c.toString();
}

} // namespace

QString ProjectController::replanChangesHtml(qint64 id) const
{
    const core::Product* p = m_document->product(id);
    if (!p || !m_host->ruleset())
        return {};
    core::PlanOptions options;
    options.lang = m_host->language();
    options.overrides = core::stepOverrides(p->overrides);
    const QJsonObject now = core::planToJson(planner().plan(p->profile, options));
    const core::PlanDiff diff = core::diffPlans(p->planSnapshot, now);
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(p->name));
    html += QStringLiteral("<p>") +
            esc(tr("Planned with ruleset %1 %2.").arg(p->rulesetId, p->rulesetVersion)) +
            QStringLiteral("</p>");
    if (!diff.changesOutcome()) {
        html += QStringLiteral("<p>") + esc(tr("The new ruleset gives the same outcome.")) +
                QStringLiteral("</p>");
        return html;
    }
    html += QStringLiteral("<ul>");
    for (const core::PlanChange& c : diff.changes)
        if (c.kind != core::PlanChange::Kind::Ruleset)
            html += QStringLiteral("<li>") + esc(describeChange(c)) + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    return html;
}

bool ProjectController::offerReplan()
{
    flushCurrentProfile();
    const QList<qint64> ids = productsPlannedWithOtherRuleset();
    const core::RulesetPtr ruleset = m_host->ruleset();
    if (ids.isEmpty() || !ruleset)
        return false;
    QString html;
    for (qint64 id : ids)
        html += replanChangesHtml(id);
    const QString summary =
        tr("%n product(s) of this project were planned with another version of the ruleset. The current "
           "ruleset is %1 %2. Re-plan them to see their routes under today's rules?",
           nullptr, int(ids.size()))
            .arg(ruleset->id, ruleset->version);
    if (!m_prompts->askReplan(m_host->window(), summary, html))
        return false;

    core::PlanOptions options;
    options.lang = m_host->language();
    QUndoStack* stack = m_host->undoStack();
    stack->beginMacro(tr("Re-plan with ruleset %1").arg(ruleset->version));
    for (qint64 id : ids) {
        const core::Product before = *m_document->product(id);
        core::Product after = before;
        after.rulesetId = ruleset->id;
        after.rulesetVersion = ruleset->version;
        options.overrides = core::stepOverrides(before.overrides);
        after.planSnapshot = core::planToJson(planner().plan(before.profile, options));
        stack->push(new ReplanProductCommand(m_document, before, after, QString()));
    }
    stack->endMacro();
    return true;
}

// ---------------------------------------------------------------- autosave and recovery

void ProjectController::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->setInterval(milliseconds);
}

int ProjectController::autosaveInterval() const
{
    return m_autosaveTimer->interval();
}

void ProjectController::setRecoveryDirectory(const QString& directory)
{
    m_session.reset();
    m_store = std::make_unique<core::RecoveryStore>(directory);
}

void ProjectController::clearRecovery()
{
    if (m_session)
        m_session->clear();
}

bool ProjectController::autosaveNow()
{
    if (!isModified() || m_host->undoStack()->index() == m_autosavedIndex)
        return false;
    if (!m_session)
        m_session = std::make_unique<core::RecoverySession>(*m_store);
    // A team project's autosave keeps its URL (issue 15), so its recovery opens the team project again.
    const QString original = m_team ? m_team->location() : m_filePath;
    if (const std::optional<core::Error> error = m_session->autosave(snapshot(), original)) {
        if (auto* window = qobject_cast<MainWindow*>(m_host->window()))
            window->statusBar()->showMessage(tr("Autosave failed: %1").arg(error->message), 5000);
        return false;
    }
    m_autosavedIndex = m_host->undoStack()->index();
    return true;
}

bool ProjectController::offerRecovery()
{
    const std::vector<core::RecoveryEntry> entries = m_store->orphaned();
    if (entries.empty())
        return false;
    const core::RecoveryEntry& entry = entries.front(); // the newest
    const QString where = entry.originalPath.isEmpty() ? tr("an untitled project")
                                                       : QDir::toNativeSeparators(entry.originalPath);
    const QString description =
        tr("%1, autosaved %2, with %n product(s).", nullptr, entry.productCount)
            .arg(where, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
    switch (m_prompts->askRecover(m_host->window(), description)) {
    case ProjectPrompts::RecoverChoice::Discard:
        m_store->discard(entry);
        return false;
    case ProjectPrompts::RecoverChoice::Later:
        return false;
    case ProjectPrompts::RecoverChoice::Recover:
        break;
    }
    core::OpenResult restored = m_store->restore(entry);
    if (!restored) {
        m_prompts->showError(m_host->window(), tr("Could not recover"),
                             refusalMessage(entry.file, int(restored.reason()), restored.error().message));
        return false;
    }
    if (core::isTeamProjectUrl(entry.originalPath)) {
        // Team project hook (issue 15): the team project again, with the recovered work as unsaved edits.
        core::Result<std::unique_ptr<core::TeamSession>> session =
            core::TeamSession::open(entry.originalPath);
        loadProject(std::move(restored).value().project, QString());
        if (session.ok()) {
            m_team = std::move(session).value();
            m_host->setCurrentFile(m_team->location());
            setReadOnly(m_team->readOnly());
            emit fileChanged(m_team->location());
        }
    } else {
        loadProject(std::move(restored).value().project, entry.originalPath);
        holdLockOn(entry.originalPath);
    }
    // Recovered work is unsaved work: the window shows it modified until it is saved.
    m_host->undoStack()->resetClean();
    // Keep it in this session's autosave before the old entry goes, so a second crash loses nothing.
    autosaveNow();
    m_store->discard(entry);
    return true;
}

bool ProjectController::holdsLock() const
{
    return m_lock && m_lock->isLocked();
}

void ProjectController::holdLockOn(const QString& path)
{
    if (!path.isEmpty() && core::ProjectLock::heldByThisProcess(path))
        return; // this window's lock already (the same file under another name)
    m_lock.reset();
    if (path.isEmpty())
        return;
    auto lock = std::make_unique<core::ProjectLock>(path);
    if (!lock->lock(std::chrono::milliseconds(0))) // held by someone else: saves still merge
        m_lock = std::move(lock);
}

void ProjectController::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_host->setReadOnly(readOnly);
}

void ProjectController::discardRecovery()
{
    clearRecovery();
    m_autosavedIndex = -1;
}

} // namespace shirube::ui
