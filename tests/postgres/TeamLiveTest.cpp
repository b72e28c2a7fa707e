// SPDX-License-Identifier: Apache-2.0
// The GUI's team project beyond open and save (issue 15), offscreen, against real servers: another
// user's saved change appears in this window without reopening (LISTEN/NOTIFY); a product edited here
// and changed there keeps the edit and is resolved at save; the history dialog says what a change
// changed and restores an earlier version; a server that is gone is said plainly, the edits are kept
// in the recovery store, and the save succeeds once it is back; recent files list the URL; a read-only
// user's window says so and refuses to save before sending anything.

#include "core/profile/ProfileSchema.h"
#include "core/storage/RecoveryStore.h"
#include "core/storage/TeamSession.h"
#include "core/storage/postgres/PgAdmin.h"
#include "ui/project/ConflictDialog.h"
#include "ui/project/HistoryDialog.h"
#include "ui/project/ProjectController.h"
#include "ui/project/ProjectDocument.h"
#include "ui/project/ProjectHost.h"
#include "ui/project/ProjectPrompts.h"
#include "ui/project/TeamWatcher.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
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
    void setReadOnly(bool readOnly) override { m_readOnly = readOnly; }
    void addRecentFile(const QString& fileName) override { m_recent << fileName; }
    void addDock(QDockWidget*) override {}

    core::Profile m_profile;
    QString m_route;
    QString m_file;
    QStringList m_recent;
    bool m_readOnly = false;

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
    QString all() const { return errors.join(QLatin1Char('\n')); }
    QStringList errors;
};

// Processes events until `done` holds or 20 s pass (a bound, not a timing assert).
template <typename Done> bool waitFor(Done done)
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

core::Product product(const QString& name, int n)
{
    test::Rng rng{std::uint64_t(n)};
    core::Product p;
    p.profile = test::sampleProfile(n, rng);
    p.name = name;
    return p;
}

// A team project holding `names`, one product each.
void seed(const QString& url, const QStringList& names)
{
    auto session = core::TeamSession::open(url);
    ASSERT_TRUE(session.ok()) << session.error().toString().toStdString();
    core::Project p = session.value()->stored().project;
    int n = 1;
    for (const QString& name : names)
        p.addProduct(product(name, n++));
    ASSERT_TRUE(session.value()->save(p, nullptr).ok());
}

struct Client
{
    Host* host = new Host;
    Prompts* prompts = new Prompts;
    ui::ProjectController controller{host, prompts};
    ui::TeamWatcher watcher{&controller};
};

TEST(TeamLive, AnotherUsersSavedChangeAppearsWithoutReopening)
{
    QString why;
    std::optional<test::PgServer> server = test::sharedServer(&why);
    ASSERT_TRUE(server) << why.toStdString();
    const QString database = test::freshDatabase(*server, QStringLiteral("live"));
    ASSERT_FALSE(database.isEmpty());
    const QString url = server->url(database);
    seed(url, {QStringLiteral("Scanner"), QStringLiteral("Pump")});

    Client alice;
    Client bob;
    alice.watcher.setPollInterval(600000); // only the notification can bring the change in time
    ASSERT_TRUE(alice.controller.openTeamProject(url)) << alice.prompts->all().toStdString();
    ASSERT_TRUE(bob.controller.openTeamProject(url)) << bob.prompts->all().toStdString();
    EXPECT_TRUE(alice.watcher.isListening());
    ASSERT_EQ(alice.controller.document()->count(), 2);
    const qint64 scanner = alice.controller.document()->at(0).id;
    const qint64 pump = alice.controller.document()->at(1).id;

    // Alice edits the pump (unsaved); Bob renames the scanner and the pump and saves.
    ASSERT_TRUE(alice.controller.renameProduct(pump, QStringLiteral("Pump (Alice)")));
    ASSERT_TRUE(bob.controller.renameProduct(scanner, QStringLiteral("Scanner 2")));
    ASSERT_TRUE(bob.controller.renameProduct(pump, QStringLiteral("Pump (Bob)")));
    QString message;
    QObject::connect(&alice.watcher, &ui::TeamWatcher::refreshed, [&](const QString& m) { message = m; });
    ASSERT_TRUE(bob.controller.save()) << bob.prompts->all().toStdString();

    // The scanner, not edited here, is updated in place; the pump keeps Alice's edit and is marked.
    ASSERT_TRUE(waitFor([&] {
        return alice.controller.document()->product(scanner)->name == QStringLiteral("Scanner 2");
    })) << "still "
        << alice.controller.document()->product(scanner)->name.toStdString();
    EXPECT_EQ(alice.controller.document()->product(pump)->name, QStringLiteral("Pump (Alice)"));
    EXPECT_TRUE(alice.watcher.contested().contains(pump));
    EXPECT_TRUE(message.contains(QStringLiteral("Updated from the server: Scanner 2.")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Pump (Alice)"))) << message.toStdString();
    EXPECT_TRUE(alice.controller.isModified()); // her rename, still unsaved

    // Bob adds a product: it appears too.
    bob.controller.addProduct(QStringLiteral("Monitor"));
    ASSERT_TRUE(bob.controller.save()) << bob.prompts->all().toStdString();
    ASSERT_TRUE(waitFor([&] { return alice.controller.document()->count() == 3; }));
    EXPECT_EQ(alice.controller.document()->at(2).name, QStringLiteral("Monitor"));

    // Alice saves: the pump is the one conflict (she keeps hers); the scanner is not sent back.
    int conflicts = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* dialog = qobject_cast<ui::ConflictDialog*>(QApplication::activeModalWidget())) {
            ++conflicts;
            dialog->keepMineButton()->click();
        }
    });
    poll.start(20);
    ASSERT_TRUE(alice.controller.save()) << alice.prompts->all().toStdString();
    poll.stop();
    EXPECT_EQ(conflicts, 1);
    auto check = core::TeamSession::open(url);
    ASSERT_TRUE(check.ok());
    const core::Project& now = check.value()->stored().project;
    ASSERT_EQ(now.products.size(), 3u);
    EXPECT_EQ(now.product(scanner)->name, QStringLiteral("Scanner 2"));
    EXPECT_EQ(now.product(pump)->name, QStringLiteral("Pump (Alice)"));
}

TEST(TeamLive, HistoryDialogSaysWhatChangedAndRestoresAnEarlierVersion)
{
    QString why;
    std::optional<test::PgServer> server = test::sharedServer(&why);
    ASSERT_TRUE(server) << why.toStdString();
    const QString database = test::freshDatabase(*server, QStringLiteral("hist"));
    ASSERT_FALSE(database.isEmpty());
    const QString url = server->url(database);
    seed(url, {QStringLiteral("Scanner")});

    Client alice;
    ASSERT_TRUE(alice.controller.openTeamProject(url));
    const qint64 id = alice.controller.document()->at(0).id;
    ASSERT_TRUE(alice.controller.renameProduct(id, QStringLiteral("Scanner v2")));
    ASSERT_TRUE(alice.controller.save()) << alice.prompts->all().toStdString();

    ui::HistoryDialog dialog(alice.controller.teamSession(), test::builtinRuleset(), core::Lang::En);
    ASSERT_EQ(dialog.entryCount(), 2); // created, changed
    EXPECT_EQ(dialog.table()->item(0, 3)->text(), QStringLiteral("changed"));
    EXPECT_EQ(dialog.table()->item(0, 1)->text(), QStringLiteral("shirube_admin"));
    EXPECT_EQ(dialog.table()->item(1, 3)->text(), QStringLiteral("added"));
    dialog.table()->selectRow(0);
    const QString details = dialog.details()->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("Name: “Scanner” → “Scanner v2”"))) << details.toStdString();
    ASSERT_TRUE(dialog.restoreButton()->isEnabled());
    dialog.table()->selectRow(1);
    EXPECT_FALSE(dialog.restoreButton()->isEnabled()); // "added": nothing before it

    dialog.table()->selectRow(0);
    if (const QString shots = qEnvironmentVariable("SHIRUBE_SHOTS_DIR"); !shots.isEmpty()) {
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(shots + QStringLiteral("/team-history.png"));
    }
    ASSERT_TRUE(dialog.restoreSelected()) << dialog.status()->text().toStdString();
    EXPECT_TRUE(dialog.status()->text().contains(QStringLiteral("“Scanner” is restored")))
        << dialog.status()->text().toStdString();
    ASSERT_EQ(dialog.entryCount(), 3);
    EXPECT_EQ(dialog.table()->item(0, 3)->text(), QStringLiteral("restored an earlier version"));
    auto check = core::TeamSession::open(url);
    ASSERT_TRUE(check.ok());
    EXPECT_EQ(check.value()->stored().project.product(id)->name, QStringLiteral("Scanner"));
    // The window brings the restore in (it had not edited the product since).
    EXPECT_TRUE(alice.watcher.refreshNow());
    EXPECT_EQ(alice.controller.document()->product(id)->name, QStringLiteral("Scanner"));
    EXPECT_FALSE(alice.controller.isModified());
}

TEST(TeamLive, ChangesOfAnAnswerAreSaidWithTheQuestion)
{
    const core::RulesetPtr ruleset = test::builtinRuleset();
    const core::QuestionDef* question = nullptr;
    for (const core::FieldSpec& field : core::profileFields())
        if (field.type == core::FieldType::Bool)
            if (const core::QuestionDef* q = ruleset->question(field.path); q && !q->label.isEmpty()) {
                question = q;
                break;
            }
    ASSERT_TRUE(question);
    core::Product before;
    before.name = QStringLiteral("A");
    before.profile.setValue(question->path, false);
    core::Product after = before;
    after.profile.setValue(question->path, true);
    after.notes = QStringLiteral("checked with the client");
    const QStringList lines = ui::HistoryDialog::describeChange(before, after, ruleset.get(), core::Lang::En);
    ASSERT_EQ(lines.size(), 2) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(lines[0], question->label.in(core::Lang::En) + QStringLiteral(": no → yes"));
    EXPECT_EQ(lines[1], QStringLiteral("Notes: “” → “checked with the client”"));
    EXPECT_TRUE(ui::HistoryDialog::describeChange(before, before, ruleset.get(), core::Lang::En).isEmpty());
}

class ServerGuard
{
public:
    explicit ServerGuard(QString info)
        : m_info(std::move(info))
    {}
    ~ServerGuard() { test::runScript({QStringLiteral("stop"), m_info}); }

private:
    QString m_info;
};

TEST(TeamLive, OfflineSaveSaysSoKeepsTheEditsAndSavesWhenTheServerIsBack)
{
    // Its own cluster: stopping the shared one would disturb the other tests.
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString info = tmp.filePath(QStringLiteral("server.info"));
    QString output;
    ASSERT_EQ(test::runScript({QStringLiteral("start"), info}, &output), 0) << output.toStdString();
    ServerGuard guard(info);
    QString why;
    std::optional<test::PgServer> server = test::readInfo(info, &why);
    ASSERT_TRUE(server) << why.toStdString();
    const QString database = test::freshDatabase(*server, QStringLiteral("offline"));
    ASSERT_FALSE(database.isEmpty());
    const QString url = server->url(database);
    seed(url, {QStringLiteral("Scanner")});

    const QString recovery = tmp.filePath(QStringLiteral("recovery"));
    Client alice;
    alice.controller.setRecoveryDirectory(recovery);
    ASSERT_TRUE(alice.controller.openTeamProject(url));
    const qint64 id = alice.controller.document()->at(0).id;

    ASSERT_EQ(test::runScript({QStringLiteral("kill"), info}, &output), 0) << output.toStdString();
    ASSERT_TRUE(alice.controller.renameProduct(id, QStringLiteral("Scanner (offline edit)")));
    EXPECT_FALSE(alice.controller.save());
    ASSERT_EQ(alice.prompts->errors.size(), 1);
    EXPECT_TRUE(alice.prompts->errors.front().startsWith(QStringLiteral("The server cannot be reached: ")))
        << alice.prompts->errors.front().toStdString();
    EXPECT_TRUE(alice.prompts->errors.front().contains(QStringLiteral("nothing is lost")));
    EXPECT_TRUE(alice.controller.isModified());
    EXPECT_TRUE(alice.controller.isTeamProject());
    EXPECT_EQ(alice.controller.document()->product(id)->name, QStringLiteral("Scanner (offline edit)"));
    // The edit is in the recovery store, under the team project's URL.
    const QStringList autosaves = QDir(recovery).entryList({QStringLiteral("*.shirube")}, QDir::Files);
    ASSERT_EQ(autosaves.size(), 1);
    core::OpenResult kept = core::ProjectFile::open(recovery + QLatin1Char('/') + autosaves.front());
    ASSERT_TRUE(kept);
    ASSERT_EQ(kept.value().project.products.size(), 1u);
    EXPECT_EQ(kept.value().project.products[0].name, QStringLiteral("Scanner (offline edit)"));
    QFile meta(recovery + QLatin1Char('/') + QFileInfo(autosaves.front()).completeBaseName() +
               QStringLiteral(".json"));
    ASSERT_TRUE(meta.open(QIODevice::ReadOnly));
    EXPECT_TRUE(meta.readAll().contains(url.toUtf8()));

    ASSERT_EQ(test::runScript({QStringLiteral("restart"), info}, &output), 0) << output.toStdString();
    ASSERT_TRUE(alice.controller.save()) << alice.prompts->all().toStdString();
    EXPECT_FALSE(alice.controller.isModified());
    EXPECT_TRUE(QDir(recovery).entryList({QStringLiteral("*.shirube")}, QDir::Files).isEmpty());
    auto check = core::TeamSession::open(url);
    ASSERT_TRUE(check.ok()) << check.error().toString().toStdString();
    EXPECT_EQ(check.value()->stored().project.product(id)->name, QStringLiteral("Scanner (offline edit)"));
}

TEST(TeamLive, RecentFilesListTheUrlAndAReadOnlyUsersWindowSaysSoAndRefusesToSave)
{
    QString why;
    std::optional<test::PgServer> server = test::sharedServer(&why);
    ASSERT_TRUE(server) << why.toStdString();
    const QString database = test::freshDatabase(*server, QStringLiteral("ro"));
    ASSERT_FALSE(database.isEmpty());
    core::pg::RoleNames roles;
    roles.reader = QStringLiteral("ro_") + database;
    roles.editor = QStringLiteral("ed_") + database;
    QStringList report;
    std::optional<core::Error> init = core::pg::initTeamProject(server->url(database), roles, &report);
    ASSERT_FALSE(init) << init->toString().toStdString();
    seed(server->url(database), {QStringLiteral("Scanner")});
    test::AdminSql sql(*server);
    const QString trainee = QStringLiteral("trainee_") + database;
    bool ok = false;
    sql.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(trainee, roles.reader), &ok);
    ASSERT_TRUE(ok) << sql.error().toStdString();

    Client editor;
    ASSERT_TRUE(editor.controller.openTeamProject(server->url(database)));
    EXPECT_EQ(editor.host->m_recent, QStringList{server->url(database)});
    EXPECT_FALSE(editor.host->m_readOnly);

    Client reader;
    const QString url = server->url(database, trainee);
    ASSERT_TRUE(reader.controller.openTeamProject(url)) << reader.prompts->all().toStdString();
    EXPECT_TRUE(reader.host->m_readOnly);
    EXPECT_EQ(reader.host->m_recent, QStringList{url});
    const qint64 id = reader.controller.document()->at(0).id;
    ASSERT_TRUE(reader.controller.renameProduct(id, QStringLiteral("trainee was here")));
    EXPECT_FALSE(reader.controller.save());
    ASSERT_EQ(reader.prompts->errors.size(), 1);
    EXPECT_TRUE(reader.prompts->errors.front().startsWith(QStringLiteral("Read-only team project: ")))
        << reader.prompts->errors.front().toStdString();
    auto check = core::TeamSession::open(server->url(database));
    ASSERT_TRUE(check.ok());
    EXPECT_EQ(check.value()->stored().project.product(id)->name, QStringLiteral("Scanner"));
}

} // namespace
