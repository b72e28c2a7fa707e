// SPDX-License-Identifier: Apache-2.0
// `shirube-cli` with team projects (issue 15): push/pull round trip, every project verb on a URL,
// history and restore, admin init and a read-only user's refused import.

#include "core/storage/ProjectFile.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/postgres/PgTestServer.h"
#include "tests/storage/StorageTestSupport.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SHIRUBE_CLI), args);
    p.waitForFinished(120000);
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                  QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

core::Project sampleProject()
{
    core::Project project;
    project.meta.title = QStringLiteral("Portfolio ' of \"Client\"");
    project.meta.owner = QStringLiteral("Consultant 山田");
    project.meta.clients = {QStringLiteral("Client A"), QStringLiteral("Client B; DROP TABLE client")};
    project.meta.notes = QStringLiteral("notes\nwith lines");
    for (int i = 1; i <= 4; ++i) {
        test::Rng rng{std::uint64_t(i)};
        core::Product p;
        p.profile = test::sampleProfile(i, rng);
        p.name = p.profile.name();
        p.selectedRoute = QStringLiteral("standard");
        p.notes = QStringLiteral("product %1").arg(i);
        p.overrides.push_back(core::Override{QStringLiteral("clinical_trial"), QStringLiteral("t_%1").arg(i),
                                             core::ThreePoint{1.5, 2.25, 3.125}, std::nullopt,
                                             QStringLiteral("n")});
        p.overrides.push_back(
            core::Override{QStringLiteral("qms_audit"), {}, std::nullopt, 123456789012, {}});
        p.milestones.push_back(
            core::Milestone{{}, QStringLiteral("approved"), QDate(2026, 1, i), QStringLiteral("m")});
        p.milestones.push_back(core::Milestone{QStringLiteral("x"), {}, QDate(), {}});
        if (i % 2 == 0) {
            p.rulesetId = QStringLiteral("jp-pmd");
            p.rulesetVersion = QStringLiteral("2025.1");
            p.planSnapshot = test::samplePlan(p.name, 2, rng);
        }
        project.addProduct(p);
    }
    return project;
}

class TeamCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        std::optional<test::PgServer> server = test::sharedServer(&why);
        ASSERT_TRUE(server) << why.toStdString();
        m_server = *server;
        const QString stem =
            QStringLiteral("cli_") +
            QString::fromUtf8(::testing::UnitTest::GetInstance()->current_test_info()->name())
                .toLower()
                .left(30);
        m_database = test::freshDatabase(m_server, stem);
        ASSERT_FALSE(m_database.isEmpty());
        ASSERT_TRUE(m_dir.isValid());
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    test::PgServer m_server;
    QString m_database;
    QTemporaryDir m_dir;
};

TEST_F(TeamCliTest, PushThenPullGivesTheSameProjectAndEveryVerbTakesAUrl)
{
    const core::Project original = sampleProject();
    ASSERT_FALSE(core::ProjectFile::save(original, path("a.shirube")));
    const QString url = m_server.url(m_database);

    CliRun push = cli({QStringLiteral("project"), QStringLiteral("push"), path("a.shirube"), url});
    ASSERT_EQ(push.code, 0) << push.err.toStdString();
    EXPECT_TRUE(push.out.contains(QStringLiteral("4 products"))) << push.out.toStdString();
    CliRun again = cli({QStringLiteral("project"), QStringLiteral("push"), path("a.shirube"), url});
    EXPECT_EQ(again.code, 5);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds 4 products"))) << again.err.toStdString();

    CliRun pull = cli({QStringLiteral("project"), QStringLiteral("pull"), url, path("b.shirube")});
    ASSERT_EQ(pull.code, 0) << pull.err.toStdString();
    core::OpenResult pulled = core::ProjectFile::open(path("b.shirube"));
    ASSERT_TRUE(pulled.ok()) << pulled.error().toString().toStdString();
    EXPECT_EQ(pulled.value().project, original);
    CliRun overwrite = cli({QStringLiteral("project"), QStringLiteral("pull"), url, path("b.shirube")});
    EXPECT_EQ(overwrite.code, 1);
    EXPECT_TRUE(overwrite.err.contains(QStringLiteral("never overwrites")));

    const CliRun listFile = cli({QStringLiteral("project"), QStringLiteral("list"), path("a.shirube")});
    const CliRun listUrl = cli({QStringLiteral("project"), QStringLiteral("list"), url});
    ASSERT_EQ(listUrl.code, 0) << listUrl.err.toStdString();
    EXPECT_EQ(listUrl.out, listFile.out);
    const CliRun exportFile = cli({QStringLiteral("project"), QStringLiteral("export"), path("a.shirube")});
    const CliRun exportUrl = cli({QStringLiteral("project"), QStringLiteral("export"), url});
    EXPECT_EQ(exportUrl.out, exportFile.out);
    const CliRun showFile =
        cli({QStringLiteral("project"), QStringLiteral("show"), path("a.shirube"), QStringLiteral("2")});
    const CliRun showUrl = cli({QStringLiteral("project"), QStringLiteral("show"), url, QStringLiteral("2")});
    EXPECT_EQ(showUrl.out, showFile.out);
    const CliRun planFile =
        cli({QStringLiteral("plan"), path("a.shirube"), QStringLiteral("--format"), QStringLiteral("csv")});
    const CliRun planUrl =
        cli({QStringLiteral("plan"), url, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(planUrl.code, 0) << planUrl.err.toStdString();
    EXPECT_EQ(planUrl.out, planFile.out);
    EXPECT_GT(planUrl.out.count(QLatin1Char('\n')), 4);

    // import adds to the team project; history lists who did what; restore brings a version back.
    QFile jsonl(path("more.jsonl"));
    ASSERT_TRUE(jsonl.open(QIODevice::WriteOnly));
    jsonl.write(original.products[0].profile.toJsonBytes(true) + "\nnot json\n");
    jsonl.close();
    CliRun import = cli({QStringLiteral("project"), QStringLiteral("import"), url, path("more.jsonl")});
    EXPECT_EQ(import.code, 3) << import.err.toStdString(); // one bad line
    EXPECT_TRUE(import.out.contains(QStringLiteral("added 1 product (id 5); 5 in the project")))
        << import.out.toStdString();
    EXPECT_TRUE(import.err.contains(QStringLiteral("more.jsonl:2:"))) << import.err.toStdString();
    CliRun history = cli({QStringLiteral("project"), QStringLiteral("history"), url});
    ASSERT_EQ(history.code, 0) << history.err.toStdString();
    EXPECT_EQ(history.out.count(QStringLiteral("\tcreated")), 5) << history.out.toStdString();
    EXPECT_TRUE(history.out.contains(QStringLiteral("shirube_admin")));
    CliRun noEarlier = cli({QStringLiteral("project"), QStringLiteral("restore"), url, QStringLiteral("1")});
    EXPECT_EQ(noEarlier.code, 2);
    EXPECT_TRUE(noEarlier.err.contains(QStringLiteral("no earlier version"))) << noEarlier.err.toStdString();
}

TEST_F(TeamCliTest, AdminInitCreatesRolesAndAReadOnlyUsersImportIsRefused)
{
    const QString reader = QStringLiteral("r_") + m_database.right(40);
    const QString editor = QStringLiteral("e_") + m_database.right(40);
    CliRun init = cli({QStringLiteral("admin"), QStringLiteral("init"), m_server.url(m_database),
                       QStringLiteral("--reader-role"), reader, QStringLiteral("--editor-role"), editor});
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(QStringLiteral("role ") + reader + QStringLiteral(" created")))
        << init.out.toStdString();
    CliRun twice = cli({QStringLiteral("admin"), QStringLiteral("init"), m_server.url(m_database),
                        QStringLiteral("--reader-role"), reader, QStringLiteral("--editor-role"), editor});
    ASSERT_EQ(twice.code, 0) << twice.err.toStdString();
    EXPECT_TRUE(twice.out.contains(QStringLiteral("role ") + reader + QStringLiteral(" exists")));
    CliRun badRole = cli({QStringLiteral("admin"), QStringLiteral("init"), m_server.url(m_database),
                          QStringLiteral("--reader-role"), QStringLiteral("x; DROP DATABASE postgres")});
    EXPECT_EQ(badRole.code, 2);
    EXPECT_TRUE(badRole.err.contains(QStringLiteral("is not allowed"))) << badRole.err.toStdString();

    test::AdminSql sql(m_server);
    const QString trainee = QStringLiteral("t_") + m_database.right(40);
    bool ok = false;
    sql.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(trainee, reader), &ok);
    ASSERT_TRUE(ok) << sql.error().toStdString();
    QFile jsonl(path("one.jsonl"));
    ASSERT_TRUE(jsonl.open(QIODevice::WriteOnly));
    jsonl.write(sampleProject().products[0].profile.toJsonBytes(true) + '\n');
    jsonl.close();
    const QString asTrainee = m_server.url(m_database, trainee);
    CliRun list = cli({QStringLiteral("project"), QStringLiteral("list"), asTrainee});
    EXPECT_EQ(list.code, 0) << list.err.toStdString();
    CliRun refused = cli({QStringLiteral("project"), QStringLiteral("import"), asTrainee, path("one.jsonl")});
    EXPECT_EQ(refused.code, 5);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("may read this team project but not change it")))
        << refused.err.toStdString();
    EXPECT_FALSE(refused.err.contains(QStringLiteral("permission denied")));
}

TEST_F(TeamCliTest, AnUnreachableServerIsNamed)
{
    // A port nothing listens on (the cluster's own port + 1 is not it, so ask the server's folder for a
    // socket that does not exist).
    CliRun r =
        cli({QStringLiteral("project"), QStringLiteral("list"),
             QStringLiteral("postgresql:///x?host=%1/nowhere&port=%2").arg(m_server.dir).arg(m_server.port)});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot connect to the team project's PostgreSQL server")))
        << r.err.toStdString();
}

} // namespace
