// SPDX-License-Identifier: Apache-2.0
#include "ui/project/ProjectDocumentActions.h"

#include "core/storage/ProductOverrides.h"
#include "core/storage/ProjectLock.h"
#include "core/storage/TeamSession.h"
#include "ui/project/ConflictDialog.h"
#include "ui/project/ProductActions.h"
#include "ui/project/ProjectAutosave.h"
#include "ui/project/ProjectController.h"
#include "ui/project/ProjectDocument.h"
#include "ui/project/ProjectHost.h"
#include "ui/project/ProjectPrompts.h"
#include "ui/project/ReplanOffer.h"
#include "ui/project/TeamConnectDialog.h"
#include "ui/settings/Settings.h"
#include "ui/widgets/BusyCursor.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace shirube::ui {

ProjectDocumentActions::ProjectDocumentActions(ProjectController& owner)
    : m_owner(owner)
{}

ProjectDocumentActions::~ProjectDocumentActions() = default;

bool ProjectDocumentActions::maybeSave()
{
    if (!m_owner.isModified())
        return true;
    switch (m_owner.prompts()->askSaveChanges(m_owner.host()->window(), m_owner.displayName())) {
    case ProjectPrompts::SaveChoice::Save:
        return save();
    case ProjectPrompts::SaveChoice::Discard:
        return true;
    case ProjectPrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

bool ProjectDocumentActions::newProject()
{
    if (!maybeSave())
        return false;
    m_owner.m_autosave->clear();
    core::Project project;
    core::Product first = ProductActions::blankProduct(ProjectController::tr("Product 1"));
    first.id = 1;
    project.products.push_back(first);
    load(project, QString());
    return true;
}

void ProjectDocumentActions::load(core::Project project, const QString& path)
{
    m_team.reset();
    if (project.products.empty()) {
        core::Product first = ProductActions::blankProduct(ProjectController::tr("Product 1"));
        first.id = 1;
        project.products.push_back(first);
    }
    m_touched.clear();
    m_base = project;
    m_stamp = {};
    if (path.isEmpty())
        m_lock.reset();
    setReadOnly(false);
    m_owner.resetDocument(std::move(project));
    m_filePath = path;
    m_owner.m_autosave->forgetLastAutosave();
    m_owner.host()->setCurrentFile(path);
    emit m_owner.currentProductChanged(m_owner.currentProductId());
    emit m_owner.fileChanged(path);
    emit m_owner.projectLoaded();
}

QString ProjectDocumentActions::refusalMessage(const QString& path, int reason, const QString& detail)
{
    const QString name = QFileInfo(path).fileName();
    QString why;
    switch (core::RefusalReason(reason)) {
    case core::RefusalReason::NotFound:
        return ProjectController::tr("“%1” does not exist (any more).").arg(name);
    case core::RefusalReason::Unreadable:
        return ProjectController::tr("“%1” cannot be read. Check that it is a file and that you may read it.")
            .arg(name);
    case core::RefusalReason::Empty:
        why = ProjectController::tr("“%1” is empty: it holds no project.").arg(name);
        break;
    case core::RefusalReason::TooLarge:
        why = ProjectController::tr("“%1” is far larger than any Shirube project.").arg(name);
        break;
    case core::RefusalReason::NotSqlite:
        why = ProjectController::tr("“%1” is not a Shirube project; it is another kind of file.").arg(name);
        break;
    case core::RefusalReason::Truncated:
        why = ProjectController::tr(
                  "“%1” is cut short (truncated), perhaps by an interrupted copy or download.")
                  .arg(name);
        break;
    case core::RefusalReason::Corrupt:
        why = ProjectController::tr("“%1” is damaged: its contents fail the integrity check.").arg(name);
        break;
    case core::RefusalReason::WrongApplicationId:
        why = ProjectController::tr("“%1” is a database of another application, not a Shirube project.")
                  .arg(name);
        break;
    case core::RefusalReason::NewerVersion:
        why =
            ProjectController::tr("“%1” was saved by a newer version of Shirube. Update Shirube to open it.")
                .arg(name);
        break;
    case core::RefusalReason::Malicious:
        why = ProjectController::tr(
                  "“%1” contains database triggers or views, which Shirube projects never have. It was "
                  "refused for your safety.")
                  .arg(name);
        break;
    case core::RefusalReason::SchemaMismatch:
        why = ProjectController::tr(
                  "“%1” says it is a Shirube project, but its tables are not those of a Shirube project.")
                  .arg(name);
        break;
    case core::RefusalReason::None:
        why = ProjectController::tr("“%1” could not be opened.").arg(name);
        break;
    }
    QString text = why + QLatin1Char(' ') + ProjectController::tr("The file was not changed.");
    if (!detail.isEmpty())
        text += QStringLiteral("\n\n") + ProjectController::tr("Details: %1").arg(detail);
    return text;
}

bool ProjectDocumentActions::open(const QString& requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString dir =
            m_filePath.isEmpty() ? settings::LastDirectory.value() : QFileInfo(m_filePath).absolutePath();
        path = m_owner.prompts()->askOpenFileName(m_owner.host()->window(), dir);
        if (path.isEmpty())
            return false;
    }
    if (!path.endsWith(QLatin1String(".shirube"), Qt::CaseInsensitive)) {
        // A single product profile joins the open project (undoable), as the examples gallery's do.
        if (!m_owner.m_products->importProfile(path))
            return false;
        m_owner.host()->addRecentFile(QFileInfo(path).absoluteFilePath());
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
            const QString who = holder ? holder->toString() : ProjectController::tr("another program");
            if (m_owner.prompts()->askOpenLocked(m_owner.host()->window(), QFileInfo(path).fileName(), who) ==
                ProjectPrompts::LockedChoice::Cancel)
                return false;
            readOnly = true;
        }
    } else if (QFileInfo(path).absoluteFilePath() != m_filePath) {
        // Another window of this program has it: one writer per file in a process as well.
        m_owner.prompts()->showError(m_owner.host()->window(), ProjectController::tr("Project already open"),
                                     ProjectController::tr("“%1” is already open in another Shirube window.")
                                         .arg(QFileInfo(path).fileName()));
        return false;
    }
    // A file made read-only on purpose (no write bit, as the core checks it, root included) opens
    // read-only: Save then asks for another name instead of failing.
    if (!readOnly) {
        const QFileInfo real(QFileInfo(path).canonicalFilePath());
        const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (real.exists() && (!(real.permissions() & writeBits) || !real.isWritable())) {
            readOnly = true;
            lock.reset();
        }
    }
    core::OpenResult opened = core::ProjectFile::open(path, core::OpenOptions{!readOnly});
    if (!opened) {
        m_owner.prompts()->showError(m_owner.host()->window(),
                                     ProjectController::tr("Could not open the project"),
                                     refusalMessage(path, int(opened.reason()), opened.error().message));
        return false;
    }
    m_owner.m_autosave->clear();
    core::OpenedProject result = std::move(opened).value();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (lock || readOnly)
        m_lock = std::move(lock); // the file's lock, or none when another program holds it
    load(std::move(result.project), readOnly ? QString() : absolute);
    if (readOnly) {
        m_filePath = absolute;
        m_owner.host()->setCurrentFile(absolute);
        emit m_owner.fileChanged(absolute);
    } else {
        m_stamp = result.stamp;
    }
    setReadOnly(readOnly);
    m_owner.host()->addRecentFile(absolute);
    settings::LastDirectory.setValue(QFileInfo(absolute).absolutePath());
    if (result.upgraded) {
        QString text =
            ProjectController::tr("“%1” was made by an older version of Shirube and has been upgraded.")
                .arg(QFileInfo(path).fileName());
        if (!result.backupPath.isEmpty())
            text += QLatin1Char(' ') + ProjectController::tr("A copy of the original was kept as “%1”.")
                                           .arg(QDir::toNativeSeparators(result.backupPath));
        if (!result.upgradeWarning.isEmpty())
            text += QLatin1Char('\n') + result.upgradeWarning;
        m_owner.prompts()->showInformation(m_owner.host()->window(),
                                           ProjectController::tr("Project upgraded"), text);
    }
    if (!m_owner.m_replan->productsPlannedWithOtherRuleset().isEmpty())
        m_owner.m_replan->offer();
    return true;
}

void ProjectDocumentActions::refreshPlans(core::Project& project)
{
    const core::RulesetPtr ruleset = m_owner.host()->ruleset();
    if (!ruleset)
        return;
    core::PlanOptions options;
    options.lang = m_owner.host()->language();
    for (core::Product& p : project.products) {
        if (p.isPlanned() && !m_touched.contains(p.id))
            continue; // keep the plan it was made with (a re-plan is the user's choice)
        options.overrides = core::stepOverrides(p.overrides);
        const core::Plan plan = m_owner.planner().plan(p.profile, options);
        p.rulesetId = ruleset->id;
        p.rulesetVersion = ruleset->version;
        p.planSnapshot = core::planToJson(plan);
        m_owner.document()->replace(p.id, p, false);
    }
}

bool ProjectDocumentActions::writeTo(const QString& path)
{
    m_owner.flushCurrentProfile();
    core::Project project = m_owner.document()->project();
    refreshPlans(project);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool sameFile = absolute == m_filePath && !m_readOnly && m_stamp.exists();
    if (sameFile || !QFileInfo::exists(path)) {
        // The file as opened (or none yet): merged with whatever another writer saved meanwhile.
        core::Result<core::SaveOutcome> outcome =
            sameFile ? core::ProjectFile::saveChecked(project, path, m_base, m_stamp)
                     : core::ProjectFile::saveChecked(project, path, core::Project{}, core::FileStamp{});
        if (!outcome.ok()) {
            m_owner.prompts()->showError(
                m_owner.host()->window(), ProjectController::tr("Could not save"),
                ProjectController::tr(
                    "“%1” could not be saved: %2\n\nYour changes are still here; nothing was "
                    "lost. Save them under another name to keep both versions.")
                    .arg(QFileInfo(path).fileName(), outcome.error().message));
            return false;
        }
        core::SaveOutcome saved = std::move(outcome).value();
        if (saved.merged) {
            const qint64 current = m_owner.currentProductId();
            load(saved.project, absolute);
            if (m_owner.document()->product(current))
                m_owner.showProduct(current);
            m_owner.prompts()->showInformation(
                m_owner.host()->window(), ProjectController::tr("Merged with changes saved elsewhere"),
                ProjectController::tr(
                    "“%1” was changed by another program while you had it open. Both sets of changes are "
                    "saved:\n%2")
                    .arg(QFileInfo(path).fileName(), saved.mergeNotes.join(QLatin1Char('\n'))));
        }
        m_base = std::move(saved.project);
        m_stamp = saved.stamp;
    } else {
        // Save As over another existing file, the user having confirmed the replacement.
        if (const std::optional<core::Error> error = core::ProjectFile::save(project, path)) {
            m_owner.prompts()->showError(m_owner.host()->window(), ProjectController::tr("Could not save"),
                                         ProjectController::tr("“%1” could not be saved: %2")
                                             .arg(QFileInfo(path).fileName(), error->message));
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
    m_owner.host()->undoStack()->setClean();
    m_owner.host()->setCurrentFile(absolute);
    m_owner.host()->addRecentFile(absolute);
    settings::LastDirectory.setValue(QFileInfo(absolute).absolutePath());
    m_owner.m_autosave->clear();
    m_owner.m_autosave->forgetLastAutosave();
    emit m_owner.fileChanged(absolute);
    return true;
}

bool ProjectDocumentActions::save()
{
    if (m_team)
        return saveTeam();
    if (m_filePath.isEmpty() || m_readOnly)
        return saveAs();
    return writeTo(m_filePath);
}

bool ProjectDocumentActions::openTeamProject(const QString& requestedUrl)
{
    if (!maybeSave())
        return false;
    QString url = requestedUrl;
    if (url.isEmpty()) {
        TeamConnectDialog dialog(m_owner.host()->window());
        if (dialog.exec() != QDialog::Accepted || dialog.url().isEmpty())
            return false;
        url = dialog.url();
    }
    std::optional<BusyCursor> busy(std::in_place); // the server may take its connect timeout
    core::Result<std::unique_ptr<core::TeamSession>> session = core::TeamSession::open(url);
    busy.reset();
    if (!session.ok()) {
        m_owner.prompts()->showError(m_owner.host()->window(),
                                     ProjectController::tr("Could not open the team project"),
                                     ProjectController::tr("The team project at %1 could not be opened: %2")
                                         .arg(url, session.error().message));
        return false;
    }
    m_owner.m_autosave->clear();
    load(session.value()->stored().project, QString());
    m_team = std::move(session).value();
    m_owner.host()->setCurrentFile(m_team->location());
    // Team project hooks (issue 15): recent files list its URL (never a password); a read-only role's
    // title says so.
    m_owner.host()->addRecentFile(m_team->location());
    setReadOnly(m_team->readOnly());
    emit m_owner.fileChanged(m_team->location());
    return true;
}

void ProjectDocumentActions::reopenTeam(core::Project project, const QString& url,
                                        std::optional<core::StoredProject> base)
{
    std::optional<BusyCursor> busy(std::in_place);
    core::Result<std::unique_ptr<core::TeamSession>> session =
        core::TeamSession::resume(url, project, std::move(base));
    busy.reset();
    load(std::move(project), QString());
    if (session.ok()) {
        m_team = std::move(session).value();
        m_owner.host()->setCurrentFile(m_team->location());
        setReadOnly(m_team->readOnly());
        emit m_owner.fileChanged(m_team->location());
    }
}

bool ProjectDocumentActions::saveTeam()
{
    // Team project hook (issue 15): a read-only role's save is refused before anything is sent.
    if (m_team->readOnly()) {
        m_owner.prompts()->showError(
            m_owner.host()->window(), ProjectController::tr("Read-only team project"),
            ProjectController::tr("You may read this team project but not change it, so nothing was "
                                  "saved. Ask the project's administrator for the editor role, or use Save "
                                  "As to keep your changes in a file."));
        return false;
    }
    m_owner.flushCurrentProfile();
    core::Project project = m_owner.document()->project();
    refreshPlans(project);
    QWidget* window = m_owner.host()->window();
    QStringList notes;
    std::optional<BusyCursor> busy(std::in_place); // the server may take its connect timeout
    core::Result<core::Project> saved = m_team->save(
        project,
        [window, &busy](const core::SaveConflict& conflict) -> std::optional<core::ProductChange> {
            BusyCursor::Paused asking(*busy);
            ConflictDialog dialog(conflict, window);
            dialog.exec();
            if (dialog.choice() == ConflictDialog::Choice::None)
                return core::keepBothAsCopy(conflict); // closed without choosing: lose nothing
            return dialog.change();
        },
        &notes);
    if (!saved.ok()) {
        // Team project hook (issue 15): offline, the edits stay in the recovery store until the next Save.
        const std::optional<core::Error> unreachable = m_team->checkConnection();
        busy.reset();
        if (unreachable) {
            m_owner.m_autosave->forgetLastAutosave();
            const bool kept = m_owner.m_autosave->autosaveNow();
            m_owner.prompts()->showError(
                window, ProjectController::tr("The server cannot be reached"),
                (kept ? ProjectController::tr(
                            "The team project's server cannot be reached, so your changes were not sent. "
                            "They are kept on this computer (with the autosave), and nothing is lost: save "
                            "again once the server is back.")
                      : ProjectController::tr(
                            "The team project's server cannot be reached, so your changes were not sent. "
                            "Keep this window open and save again once the server is back.")));
            return false;
        }
        m_owner.prompts()->showError(
            window, ProjectController::tr("Could not save"),
            ProjectController::tr("The team project could not be saved: %1").arg(saved.error().message));
        return false;
    }
    // Reload what the server holds now (with everyone's saved changes), keeping the session.
    std::unique_ptr<core::TeamSession> team = std::move(m_team);
    load(std::move(saved).value(), QString());
    m_team = std::move(team);
    m_owner.host()->setCurrentFile(m_team->location());
    emit m_owner.fileChanged(m_team->location()); // team project hook (issue 15): the watcher follows
    m_owner.m_autosave->clear();
    m_owner.m_autosave->forgetLastAutosave();
    return true;
}

bool ProjectDocumentActions::saveAs(const QString& requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        QString suggested = m_filePath;
        if (suggested.isEmpty()) {
            const QString dir = settings::LastDirectory.value().isEmpty() ? QDir::homePath()
                                                                          : settings::LastDirectory.value();
            suggested = dir + QLatin1Char('/') + m_owner.displayName() + QStringLiteral(".shirube");
        }
        path = m_owner.prompts()->askSaveFileName(m_owner.host()->window(), suggested);
        if (path.isEmpty())
            return false;
    }
    return writeTo(path);
}

bool ProjectDocumentActions::holdsLock() const
{
    return m_lock && m_lock->isLocked();
}

void ProjectDocumentActions::holdLockOn(const QString& path)
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

void ProjectDocumentActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_owner.host()->setReadOnly(readOnly);
}

} // namespace shirube::ui
