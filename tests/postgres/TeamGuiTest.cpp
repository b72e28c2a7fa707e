// SPDX-License-Identifier: Apache-2.0
// File › Open Team Project in the GUI's project controller (issue 15), offscreen, against the real
// server: two users open the same team project, both rename the same product and save; the second
// gets the conflict dialog, keeps both, and the server holds both names.

#include "core/storage/TeamSession.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/project/ConflictDialog.h"
#include "ui/project/ProjectController.h"
#include "ui/project/ProjectDocument.h"
#include "ui/project/ProjectHost.h"
#include "ui/project/ProjectPrompts.h"
#include "ui/trainer/TrainerWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "tests/postgres/PgTestServer.h"
#include "tests/storage/StorageTestSupport.h"
#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

class Host final : public ui::ProjectHost
{
public:
    QWidget* window() const override { return m_window.get(); }
    QUndoStack* undoStack() const override { return m_stack.get(); }
    core::RulesetPtr ruleset() const override { return test::builtinRuleset(); }
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
    void setCurrentFile(const QString& fileName) override { m_file = fileName; }
    void addRecentFile(const QString&) override {}
    void addDock(QDockWidget*) override {}

    core::Profile m_profile;
    QString m_route;
    QString m_file;

private:
    std::unique_ptr<QMainWindow> m_window = std::make_unique<QMainWindow>();
    std::unique_ptr<QUndoStack> m_stack = std::make_unique<QUndoStack>();
};

class Prompts final : public ui::ProjectPrompts
{
public:
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
    QStringList errors;
};

TEST(TeamGui, TwoUsersRenameTheSameProductAndTheSecondKeepsBoth)
{
    QString why;
    std::optional<test::PgServer> server = test::sharedServer(&why);
    ASSERT_TRUE(server) << why.toStdString();
    const QString database = test::freshDatabase(*server, QStringLiteral("gui"));
    ASSERT_FALSE(database.isEmpty());
    const QString url = server->url(database);
    {
        auto seed = core::TeamSession::open(url);
        ASSERT_TRUE(seed.ok());
        core::Project p = seed.value()->stored().project;
        test::Rng rng{1};
        core::Product product;
        product.profile = test::sampleProfile(1, rng);
        product.name = QStringLiteral("Scanner");
        p.addProduct(product);
        ASSERT_TRUE(seed.value()->save(p, nullptr).ok());
    }

    auto* alicePrompts = new Prompts;
    auto* bobPrompts = new Prompts;
    auto* aliceHost = new Host;
    auto* bobHost = new Host;
    ui::ProjectController alice(aliceHost, alicePrompts);
    ui::ProjectController bob(bobHost, bobPrompts);
    ASSERT_TRUE(alice.openTeamProject(url)) << alicePrompts->errors.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(bob.openTeamProject(url));
    EXPECT_TRUE(alice.isTeamProject());
    EXPECT_EQ(aliceHost->m_file, url);
    ASSERT_EQ(alice.document()->count(), 1);
    const qint64 id = alice.document()->at(0).id;

    ASSERT_TRUE(alice.renameProduct(id, QStringLiteral("Scanner (Alice)")));
    ASSERT_TRUE(alice.save()) << alicePrompts->errors.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(bob.renameProduct(id, QStringLiteral("Scanner (Bob)")));

    QString seen;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::ConflictDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = dialog->summary()->text();
        dialog->keepBothButton()->click();
    });
    ASSERT_TRUE(bob.save()) << bobPrompts->errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(seen.contains(QStringLiteral("was changed by shirube_admin"))) << seen.toStdString();
    EXPECT_TRUE(bob.isTeamProject());
    EXPECT_FALSE(bob.isModified());
    // Bob's window now shows the server's project: Alice's rename and his as a copy.
    ASSERT_EQ(bob.document()->count(), 2);
    EXPECT_EQ(bob.document()->at(0).name, QStringLiteral("Scanner (Alice)"));
    EXPECT_EQ(bob.document()->at(1).name, QStringLiteral("Scanner (Bob) (mine)"));

    auto check = core::TeamSession::open(url);
    ASSERT_TRUE(check.ok());
    ASSERT_EQ(check.value()->stored().project.products.size(), 2u);

    // A server that cannot be reached is said, and nothing changes.
    Prompts* prompts = new Prompts;
    ui::ProjectController carol(new Host, prompts);
    EXPECT_FALSE(carol.openTeamProject(QStringLiteral("postgresql:///x?host=%1/nowhere").arg(server->dir)));
    ASSERT_EQ(prompts->errors.size(), 1);
    EXPECT_TRUE(prompts->errors.front().contains(QStringLiteral("cannot connect")))
        << prompts->errors.front().toStdString();
    EXPECT_FALSE(carol.isTeamProject());
}

TEST(TeamGui, TheFileMenuOffersOpenTeamProjectAfterOpen)
{
    auto window = test::makeWindow();
    ui::ProjectController::install(window.get(), new Prompts);
    auto* menu = window->findChild<QMenu*>(QStringLiteral("menuFile"));
    ASSERT_TRUE(menu);
    auto* team = window->findChild<QAction*>(QStringLiteral("actionOpenTeamProject"));
    ASSERT_TRUE(team);
    const QList<QAction*> actions = menu->actions();
    const qsizetype open = actions.indexOf(window->fileActions().open);
    ASSERT_GE(open, 0);
    EXPECT_EQ(actions.indexOf(team), open + 1);
    EXPECT_EQ(team->text(), QStringLiteral("Open &Team Project…"));
    ui::Language::instance().apply(QStringLiteral("ja"));
    EXPECT_EQ(team->text(), QStringLiteral("チームプロジェクトを開く(&T)…"));
    const QString shots = qEnvironmentVariable("SHIRUBE_SHOTS_DIR");
    if (!shots.isEmpty()) {
        menu->popup(QPoint(0, 0));
        QApplication::processEvents();
        menu->grab().save(shots + QStringLiteral("/file-menu-ja.png"));
        menu->hide();
    }
    ui::Language::instance().apply(QStringLiteral("en"));
}

} // namespace
