// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the GUI team-project tests share (offscreen, against the real server): a window host and
// prompts that answer without modal dialogs, a client (controller and watcher), a seeded team project,
// and a bounded wait.

#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/storage/TeamSession.h"
#include "ui/project/ConflictDialog.h"
#include "ui/project/ProjectController.h"
#include "ui/project/ProjectHost.h"
#include "ui/project/ProjectPrompts.h"
#include "ui/project/TeamWatcher.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <gtest/gtest.h>

#include "tests/storage/StorageTestSupport.h"
#include "tests/ui/support/UiTestSupport.h"

namespace shirube::test {

class TeamHost final : public ui::ProjectHost
{
public:
    QWidget* window() const override { return m_window.get(); }
    QUndoStack* undoStack() const override { return m_stack.get(); }
    core::RulesetPtr ruleset() const override { return builtinRuleset(); }
    core::Lang language() const override { return core::Lang::En; }
    core::Profile currentProfile() const override { return m_profile; }
    void setProfile(const core::Profile& profile, bool resetHistory) override
    {
        if (resetHistory)
            m_stack->clear();
        m_profile = profile;
        if (resetHistory)
            m_stack->setClean();
    }
    QString selectedRoute() const override { return m_route; }
    void setSelectedRoute(const QString& routeId) override { m_route = routeId; }
    void setCurrentFile(const QString&) override {}
    void addRecentFile(const QString&) override {}
    void addDock(QDockWidget*) override {}

private:
    core::Profile m_profile;
    QString m_route;
    std::unique_ptr<QMainWindow> m_window = std::make_unique<QMainWindow>();
    std::unique_ptr<QUndoStack> m_stack = std::make_unique<QUndoStack>();
};

class TeamPrompts final : public ui::ProjectPrompts
{
public:
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
    RecoverChoice askRecover(QWidget*, const QString&) override { return RecoverChoice::Recover; }
    QString all() const { return errors.join(QLatin1Char('\n')); }
    QStringList errors;
};

struct TeamClient
{
    TeamHost* host = new TeamHost;
    TeamPrompts* prompts = new TeamPrompts;
    ui::ProjectController controller{host, prompts};
    ui::TeamWatcher watcher{&controller};
};

// Processes events until `done` holds or 20 s pass (a bound, not a timing assert).
inline bool waitFor(const std::function<bool()>& done)
{
    QDeadlineTimer deadline(20000);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

// A team project holding one product per name (sample profiles, planned: a save plans the products that
// are not, which would send them all).
inline void seedTeamProject(const QString& url, const QStringList& names)
{
    auto session = core::TeamSession::open(url);
    ASSERT_TRUE(session.ok()) << session.error().toString().toStdString();
    core::Project p = session.value()->stored().project;
    const core::RulesetPtr ruleset = builtinRuleset();
    const core::Planner planner(ruleset);
    core::PlanOptions options;
    options.lang = core::Lang::En;
    int n = 1;
    for (const QString& name : names) {
        Rng rng{std::uint64_t(n)};
        core::Product product;
        product.profile = sampleProfile(n++, rng);
        product.name = name;
        product.planSnapshot = core::planToJson(planner.plan(product.profile, options));
        product.rulesetId = ruleset->id;
        product.rulesetVersion = ruleset->version;
        p.addProduct(product);
    }
    ASSERT_TRUE(session.value()->save(p, nullptr).ok());
}

// Answers every conflict dialog shown while it lives with `answer` (given the dialog), and counts them.
class ConflictAnswerer
{
public:
    explicit ConflictAnswerer(std::function<QPushButton*(ui::ConflictDialog*)> answer)
        : m_answer(std::move(answer))
    {
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            if (auto* dialog = qobject_cast<ui::ConflictDialog*>(QApplication::activeModalWidget())) {
                summaries << dialog->summary()->text();
                busyWhileAsking = busyWhileAsking || QGuiApplication::overrideCursor();
                m_answer(dialog)->click();
            }
        });
        m_poll.start(20);
    }
    QStringList summaries;
    bool busyWhileAsking = false; // a wait cursor was shown over a question

private:
    std::function<QPushButton*(ui::ConflictDialog*)> m_answer;
    QTimer m_poll;
};

} // namespace shirube::test
