// SPDX-License-Identifier: Apache-2.0
// Recovery of a team project after a crash (issue 15), offscreen, against the real server: the autosave
// keeps the base the edits were made on, so the save after the recovery raises the conflict for a
// product someone else changed meanwhile instead of overwriting it; a product only this user edited is
// saved, one only the other user changed is theirs. An older autosave without its base loses nothing
// either: every product that differs from the server's is asked about.

#include "core/storage/RecoveryStore.h"
#include "core/storage/TeamSession.h"
#include "ui/project/ProjectDocument.h"

#include <QDir>
#include <QTemporaryDir>

#include "tests/postgres/PgTestServer.h"
#include "tests/postgres/TeamGuiSupport.h"

using namespace shirube;

namespace {

struct Ids
{
    qint64 scanner = 0; // edited by both
    qint64 pump = 0;    // edited by Alice only
    qint64 monitor = 0; // edited by Bob only
};

// Alice edits the scanner and the pump, autosaves and crashes; Bob then changes the scanner and the
// monitor and saves. Returns the ids.
Ids aliceCrashesAndBobSaves(const QString& url, const QString& recovery)
{
    Ids ids;
    {
        auto alice = std::make_unique<test::TeamClient>();
        alice->controller.setRecoveryDirectory(recovery);
        EXPECT_TRUE(alice->controller.openTeamProject(url)) << alice->prompts->all().toStdString();
        ui::ProjectDocument* doc = alice->controller.document();
        EXPECT_EQ(doc->count(), 3);
        if (doc->count() != 3)
            return ids;
        ids = {doc->at(0).id, doc->at(1).id, doc->at(2).id};
        EXPECT_TRUE(alice->controller.renameProduct(ids.scanner, QStringLiteral("Scanner (Alice)")));
        EXPECT_TRUE(alice->controller.renameProduct(ids.pump, QStringLiteral("Pump (Alice)")));
        EXPECT_TRUE(alice->controller.autosaveNow());
        // The crash: the window goes without saving and without clearing its autosave.
    }
    test::TeamClient bob;
    EXPECT_TRUE(bob.controller.openTeamProject(url));
    EXPECT_TRUE(bob.controller.renameProduct(ids.scanner, QStringLiteral("Scanner (Bob)")));
    EXPECT_TRUE(bob.controller.renameProduct(ids.monitor, QStringLiteral("Monitor (Bob)")));
    EXPECT_TRUE(bob.controller.save()) << bob.prompts->all().toStdString();
    return ids;
}

QString nameOn(const QString& url, qint64 id)
{
    auto check = core::TeamSession::open(url);
    if (!check.ok())
        return QStringLiteral("(cannot read: %1)").arg(check.error().toString());
    const core::Product* p = check.value()->stored().project.product(id);
    return p ? p->name : QStringLiteral("(gone)");
}

QString teamUrl(const char* stem)
{
    QString why;
    std::optional<test::PgServer> server = test::sharedServer(&why);
    EXPECT_TRUE(server) << why.toStdString();
    if (!server)
        return {};
    const QString database = test::freshDatabase(*server, QString::fromLatin1(stem));
    EXPECT_FALSE(database.isEmpty());
    return database.isEmpty() ? QString() : server->url(database);
}

TEST(TeamRecovery, SaveAfterRecoveryRaisesTheConflictAndOverwritesNothing)
{
    const QString url = teamUrl("recover");
    ASSERT_FALSE(url.isEmpty());
    test::seedTeamProject(url,
                          {QStringLiteral("Scanner"), QStringLiteral("Pump"), QStringLiteral("Monitor")});
    QTemporaryDir recovery;
    ASSERT_TRUE(recovery.isValid());
    const Ids ids = aliceCrashesAndBobSaves(url, recovery.path());
    ASSERT_FALSE(HasFailure());
    EXPECT_EQ(QDir(recovery.path()).entryList({QStringLiteral("*.base.json")}, QDir::Files).size(), 1);

    test::TeamClient alice;
    alice.controller.setRecoveryDirectory(recovery.path());
    ASSERT_TRUE(alice.controller.offerRecovery()) << alice.prompts->all().toStdString();
    ASSERT_TRUE(alice.controller.isTeamProject());
    EXPECT_TRUE(alice.controller.isModified());
    EXPECT_EQ(alice.controller.document()->product(ids.scanner)->name, QStringLiteral("Scanner (Alice)"));

    test::ConflictAnswerer answer([](ui::ConflictDialog* d) { return d->takeTheirsButton(); });
    ASSERT_TRUE(alice.controller.save()) << alice.prompts->all().toStdString();
    ASSERT_EQ(answer.summaries.size(), 1) << answer.summaries.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(answer.busyWhileAsking);
    EXPECT_EQ(QGuiApplication::overrideCursor(), nullptr); // the save's wait cursor is gone
    EXPECT_TRUE(answer.summaries.front().contains(QStringLiteral("“Scanner (Bob)” was changed by")))
        << answer.summaries.front().toStdString();
    EXPECT_EQ(nameOn(url, ids.scanner), QStringLiteral("Scanner (Bob)"));
    EXPECT_EQ(nameOn(url, ids.pump), QStringLiteral("Pump (Alice)"));
    EXPECT_EQ(nameOn(url, ids.monitor), QStringLiteral("Monitor (Bob)"));
    EXPECT_EQ(alice.controller.document()->product(ids.monitor)->name, QStringLiteral("Monitor (Bob)"));
    EXPECT_FALSE(alice.controller.isModified());
}

TEST(TeamRecovery, AnAutosaveWithoutItsBaseAsksAboutEveryProductThatDiffers)
{
    const QString url = teamUrl("recover_old");
    ASSERT_FALSE(url.isEmpty());
    test::seedTeamProject(url,
                          {QStringLiteral("Scanner"), QStringLiteral("Pump"), QStringLiteral("Monitor")});
    QTemporaryDir recovery;
    ASSERT_TRUE(recovery.isValid());
    const Ids ids = aliceCrashesAndBobSaves(url, recovery.path());
    ASSERT_FALSE(HasFailure());
    // As an older version of Shirube left it: the project and its URL, no base.
    for (const QString& f : QDir(recovery.path()).entryList({QStringLiteral("*.base.json")}, QDir::Files))
        ASSERT_TRUE(QFile::remove(recovery.filePath(f)));

    test::TeamClient alice;
    alice.controller.setRecoveryDirectory(recovery.path());
    ASSERT_TRUE(alice.controller.offerRecovery()) << alice.prompts->all().toStdString();
    ASSERT_TRUE(alice.controller.isTeamProject());
    // Alice keeps her pump; the scanner and the (stale) monitor are Bob's.
    test::ConflictAnswerer answer([&](ui::ConflictDialog* d) {
        return d->summary()->text().contains(QStringLiteral("Pump")) ? d->keepMineButton()
                                                                     : d->takeTheirsButton();
    });
    ASSERT_TRUE(alice.controller.save()) << alice.prompts->all().toStdString();
    EXPECT_EQ(answer.summaries.size(), 3) << answer.summaries.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(nameOn(url, ids.scanner), QStringLiteral("Scanner (Bob)"));
    EXPECT_EQ(nameOn(url, ids.pump), QStringLiteral("Pump (Alice)"));
    EXPECT_EQ(nameOn(url, ids.monitor), QStringLiteral("Monitor (Bob)"));
}

TEST(TeamRecovery, ARecoveryWhileTheServerCannotBeReachedKeepsTheEntry)
{
    QTemporaryDir recovery;
    ASSERT_TRUE(recovery.isValid());
    const QString nowhere = QStringLiteral("postgresql:///x?host=%1/nowhere").arg(recovery.path());
    {
        core::RecoveryStore store(recovery.path());
        core::RecoverySession session(store);
        core::Project project;
        test::Rng rng{1};
        core::Product p;
        p.profile = test::sampleProfile(1, rng);
        p.name = QStringLiteral("Scanner (offline edit)");
        project.addProduct(p);
        ASSERT_FALSE(session.autosave(project, nowhere));
    } // the crash
    test::TeamClient alice;
    alice.controller.setRecoveryDirectory(recovery.path());
    ASSERT_TRUE(alice.controller.offerRecovery()) << alice.prompts->all().toStdString();
    EXPECT_FALSE(alice.controller.isTeamProject());
    EXPECT_TRUE(alice.controller.isModified());
    EXPECT_EQ(alice.controller.document()->at(0).name, QStringLiteral("Scanner (offline edit)"));
    ASSERT_EQ(alice.prompts->errors.size(), 1);
    EXPECT_TRUE(alice.prompts->errors.front().startsWith(QStringLiteral("The server cannot be reached: ")))
        << alice.prompts->all().toStdString();
    // The entry, with the team project's URL, is offered again at the next start.
    const std::vector<core::RecoveryEntry> left = core::RecoveryStore(recovery.path()).orphaned();
    ASSERT_EQ(left.size(), 1u);
    EXPECT_EQ(left.front().originalPath, nowhere);
}

} // namespace
