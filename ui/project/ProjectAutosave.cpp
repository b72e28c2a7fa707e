// SPDX-License-Identifier: Apache-2.0
#include "ui/project/ProjectAutosave.h"

#include "core/storage/ProjectStore.h"
#include "core/storage/RecoveryStore.h"
#include "core/storage/TeamBase.h"
#include "core/storage/TeamSession.h"
#include "ui/project/ProjectController.h"
#include "ui/project/ProjectDocumentActions.h"
#include "ui/project/ProjectHost.h"
#include "ui/project/ProjectPrompts.h"

#include <QDir>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace shirube::ui {

namespace {

constexpr int kDefaultAutosaveMs = 60 * 1000;

} // namespace

ProjectAutosave::ProjectAutosave(ProjectController& owner)
    : QObject(&owner)
    , m_owner(owner)
    , m_timer(new QTimer(this))
    , m_store(std::make_unique<core::RecoveryStore>())
{
    m_timer->setInterval(kDefaultAutosaveMs);
    connect(m_timer, &QTimer::timeout, this, &ProjectAutosave::autosaveNow);
    m_timer->start();
}

ProjectAutosave::~ProjectAutosave() = default;

void ProjectAutosave::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

int ProjectAutosave::interval() const
{
    return m_timer->interval();
}

void ProjectAutosave::setDirectory(const QString& directory)
{
    m_session.reset();
    m_store = std::make_unique<core::RecoveryStore>(directory);
}

void ProjectAutosave::clear()
{
    if (m_session)
        m_session->clear();
}

bool ProjectAutosave::autosaveNow()
{
    if (!m_owner.isModified() || m_owner.host()->undoStack()->index() == m_autosavedIndex)
        return false;
    if (!m_session)
        m_session = std::make_unique<core::RecoverySession>(*m_store);
    // A team project's autosave keeps its URL (issue 15), so its recovery opens the team project again,
    // and the base its edits were made on, so that the save after a recovery overwrites nobody's work.
    core::TeamSession* team = m_owner.teamSession();
    const QString original = team ? team->location() : m_owner.filePath();
    const core::Project project = m_owner.snapshot();
    const QByteArray base = team ? core::teamBaseToJson(team->stored(), project) : QByteArray();
    if (const std::optional<core::Error> error = m_session->autosave(project, original, base)) {
        if (auto* window = qobject_cast<QMainWindow*>(m_owner.host()->window()))
            window->statusBar()->showMessage(ProjectController::tr("Autosave failed: %1").arg(error->message),
                                             5000);
        return false;
    }
    m_autosavedIndex = m_owner.host()->undoStack()->index();
    return true;
}

bool ProjectAutosave::offerRecovery()
{
    const std::vector<core::RecoveryEntry> entries = m_store->orphaned();
    if (entries.empty())
        return false;
    const core::RecoveryEntry& entry = entries.front(); // the newest
    const QString where = entry.originalPath.isEmpty() ? ProjectController::tr("an untitled project")
                                                       : QDir::toNativeSeparators(entry.originalPath);
    const QString description =
        ProjectController::tr("%1, autosaved %2, with %n product(s).", nullptr, entry.productCount)
            .arg(where, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
    switch (m_owner.prompts()->askRecover(m_owner.host()->window(), description)) {
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
        m_owner.prompts()->showError(m_owner.host()->window(), ProjectController::tr("Could not recover"),
                                     ProjectDocumentActions::refusalMessage(
                                         entry.file, int(restored.reason()), restored.error().message));
        return false;
    }
    if (core::isTeamProjectUrl(entry.originalPath)) {
        // Team project hook (issue 15): the team project again, with the recovered work as unsaved edits
        // on the base they were made on (none, or one that does not match: every differing product is
        // asked about at save).
        core::Project project = std::move(restored).value().project;
        std::optional<core::StoredProject> base;
        if (const std::optional<QByteArray> json = m_store->teamBase(entry)) {
            core::Result<core::StoredProject> read = core::teamBaseFromJson(*json, project);
            if (read.ok())
                base = std::move(read).value();
        }
        m_owner.m_documentActions->reopenTeam(std::move(project), entry.originalPath, std::move(base));
        if (!m_owner.isTeamProject()) {
            // The server cannot be reached: the work is shown untitled, and its entry (the team project's
            // URL and base) stays, to be recovered onto the team project once the server is back.
            m_owner.host()->undoStack()->resetClean();
            m_owner.prompts()->showError(
                m_owner.host()->window(), ProjectController::tr("The server cannot be reached"),
                ProjectController::tr(
                    "The team project's server cannot be reached, so the recovered work is shown as an "
                    "untitled project. It also stays in the recovery store: once the server is back, start "
                    "Shirube again and recover it to save it to the team project, where you choose what to "
                    "keep wherever someone else changed the same product."));
            return true;
        }
    } else {
        m_owner.m_documentActions->load(std::move(restored).value().project, entry.originalPath);
        m_owner.m_documentActions->holdLockOn(entry.originalPath);
    }
    // Recovered work is unsaved work: the window shows it modified until it is saved.
    m_owner.host()->undoStack()->resetClean();
    // Keep it in this session's autosave before the old entry goes, so a second crash loses nothing.
    autosaveNow();
    m_store->discard(entry);
    return true;
}

void ProjectAutosave::discard()
{
    clear();
    m_autosavedIndex = -1;
}

} // namespace shirube::ui
