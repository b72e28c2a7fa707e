// SPDX-License-Identifier: Apache-2.0
// shirube-cli's project commands, run as a user would: import, export, list, show, plan PROJECT, and
// exit code 5 with the reason for every refused fixture (tests/data/projects/refusals.tsv).

#include "core/profile/Profile.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/storage/StorageTestSupport.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral(SHIRUBE_CLI), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString fixture(const char* name)
{
    return test::testData("data/projects/") + QString::fromUtf8(name);
}

QList<QByteArray> lines(const QByteArray& text)
{
    QList<QByteArray> out = text.split('\n');
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

class ProjectCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::Rng rng(99);
        for (int i = 0; i < 4; ++i) {
            m_profiles += test::sampleProfile(i, rng).toJsonBytes(true);
            m_profiles += '\n';
        }
        ASSERT_TRUE(test::writeAll(path("in.jsonl"), m_profiles));
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    QTemporaryDir m_dir;
    QByteArray m_profiles;
};

TEST_F(ProjectCli, ImportCreatesTheFileAndExportGivesTheProfilesBack)
{
    const CliRun imported =
        cli({QStringLiteral("project"), QStringLiteral("import"), path("p.shirube"), path("in.jsonl")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains("added 4 products")) << imported.out.toStdString();
    const CliRun exported = cli({QStringLiteral("project"), QStringLiteral("export"), path("p.shirube")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.out, m_profiles);

    // Importing again appends, with new ids.
    const CliRun again =
        cli({QStringLiteral("project"), QStringLiteral("import"), path("p.shirube"), QStringLiteral("-")},
            lines(m_profiles).first() + '\n');
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const CliRun listed = cli({QStringLiteral("project"), QStringLiteral("list"), path("p.shirube")});
    ASSERT_EQ(listed.exitCode, 0);
    const QList<QByteArray> rows = lines(listed.out);
    ASSERT_EQ(rows.size(), 5);
    for (int i = 0; i < rows.size(); ++i) {
        const QList<QByteArray> cols = rows[i].split('\t');
        ASSERT_EQ(cols.size(), 3) << rows[i].toStdString();
        EXPECT_EQ(cols[0].toInt(), i + 1);
        EXPECT_EQ(cols[2], QByteArray("not planned"));
    }
    EXPECT_EQ(rows[4].split('\t')[1], rows[0].split('\t')[1]);
}

TEST_F(ProjectCli, ImportReportsBadLinesByNumberAndKeepsTheGoodOnes)
{
    QByteArray input = lines(m_profiles)[0] +
                       "\n\n{\"schema\": \"shirube.profile/1\", \"name\": \"x\", \"kind\": \"rocket\"}\n" +
                       "not json\n" + lines(m_profiles)[1] + '\n';
    ASSERT_TRUE(test::writeAll(path("mixed.jsonl"), input));
    const CliRun r =
        cli({QStringLiteral("project"), QStringLiteral("import"), path("p.shirube"), path("mixed.jsonl")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(path("mixed.jsonl") + QStringLiteral(":3: kind: \"rocket\" is not allowed")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(path("mixed.jsonl") + QStringLiteral(":4: "))) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("added 2 products")) << r.out.toStdString();
    const CliRun listed = cli({QStringLiteral("project"), QStringLiteral("list"), path("p.shirube")});
    EXPECT_EQ(lines(listed.out).size(), 2);
}

TEST_F(ProjectCli, ImportOfOnlyBadLinesCreatesNothing)
{
    ASSERT_TRUE(test::writeAll(path("bad.jsonl"), "{}\n"));
    const CliRun r =
        cli({QStringLiteral("project"), QStringLiteral("import"), path("p.shirube"), path("bad.jsonl")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_FALSE(QFile::exists(path("p.shirube")));
}

TEST_F(ProjectCli, ShowByIdOrNameAsTextOrJson)
{
    const QString file = fixture("v1.shirube");
    const QByteArray before = test::readAll(file);
    CliRun r = cli({QStringLiteral("project"), QStringLiteral("show"), file, QStringLiteral("7")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = QString::fromUtf8(r.out);
    for (const char* expected :
         {"Product 7: Gram-stain image AI", "Selected route: standard",
          "clinical_performance_study: 4 / 6.5 / 9 months", "CRO quote", "2024-05-20",
          "\"significance\": \"diagnose\"", "first product", "Hokkaido Medical Devices KK"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();

    r = cli({QStringLiteral("project"), QStringLiteral("show"), file, QStringLiteral("EUS-HGS stent"),
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QStringLiteral("id")).toInt(), 3);
    EXPECT_EQ(o.value(QStringLiteral("milestones")).toArray().size(), 1);
    EXPECT_TRUE(core::Profile::fromJson(o.value(QStringLiteral("profile")).toObject()).ok());

    r = cli({QStringLiteral("project"), QStringLiteral("show"), file, QStringLiteral("no such product")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("7 \"Gram-stain image AI\""))) << r.err.toStdString();

    // Reading an older file never upgrades it or writes a backup.
    EXPECT_EQ(test::readAll(file), before);
    EXPECT_FALSE(QFile::exists(file + QStringLiteral(".v1.bak")));
}

TEST_F(ProjectCli, PlanPlansEveryProduct)
{
    ASSERT_EQ(cli({QStringLiteral("project"), QStringLiteral("import"), path("p.shirube"), path("in.jsonl")})
                  .exitCode,
              0);
    const QStringList common = {QStringLiteral("plan"),      path("p.shirube"),
                                QStringLiteral("--as-of"),   QStringLiteral("2025-04"),
                                QStringLiteral("--samples"), QStringLiteral("300")};

    const CliRun json = cli(common);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QList<QByteArray> plans = lines(json.out);
    ASSERT_EQ(plans.size(), 4);
    for (int i = 0; i < plans.size(); ++i) {
        const QJsonObject plan = QJsonDocument::fromJson(plans[i]).object();
        EXPECT_EQ(plan.value(QStringLiteral("schema")).toString(), QStringLiteral("shirube.plan/1"));
        EXPECT_EQ(plan.value(QStringLiteral("product_id")).toInt(), i + 1);
        EXPECT_EQ(plan.value(QStringLiteral("as_of")).toString(), QStringLiteral("2025-04"));
    }
    EXPECT_EQ(cli(common).out, json.out) << "the same input and --as-of give the same output";

    const CliRun csv = cli(common + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QList<QByteArray> rows = lines(csv.out);
    ASSERT_GE(rows.size(), 2);
    EXPECT_TRUE(rows[0].startsWith("profile,")) << rows[0].toStdString();
    EXPECT_EQ(rows.count(rows[0]), 1) << "one header";

    const CliRun md = cli(common + QStringList{QStringLiteral("--format"), QStringLiteral("markdown")});
    ASSERT_EQ(md.exitCode, 0);
    EXPECT_EQ(md.out.count("\n---\n"), 3);

    EXPECT_EQ(cli(common + QStringList{QStringLiteral("--as-of"), QStringLiteral("April")}).exitCode, 2);
    EXPECT_EQ(cli(common + QStringList{QStringLiteral("--routes"), QStringLiteral("0")}).exitCode, 2);
}

TEST_F(ProjectCli, PlanOfAProjectPlannedWithAnOlderRulesetSaysWhatChanged)
{
    const CliRun r = cli({QStringLiteral("plan"), fixture("v1.shirube"), QStringLiteral("--as-of"),
                          QStringLiteral("2025-04"), QStringLiteral("--samples"), QStringLiteral("300")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(lines(r.out).size(), 2);
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("product 7 (\"Gram-stain image AI\") was planned with jp-pmd 2024.2")))
        << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("product 3"))) << "never planned: nothing to compare";
}

TEST_F(ProjectCli, MissingFileAndUsageErrors)
{
    EXPECT_EQ(cli({QStringLiteral("project"), QStringLiteral("list"), path("absent.shirube")}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("project")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("project"), QStringLiteral("frobnicate"), path("p.shirube")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("project"), QStringLiteral("list")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("project"), QStringLiteral("--help")}).exitCode, 0);
}

// Every refused fixture: exit 5, the file and the reason on stderr, the file untouched — for list,
// show, export, plan, and import (which would write).
TEST_F(ProjectCli, RefusedFilesExitWithFiveAndStayUntouched)
{
    const QByteArray tsv = test::readAll(fixture("refusals.tsv"));
    int cases = 0;
    for (const QByteArray& raw : tsv.split('\n')) {
        if (raw.trimmed().isEmpty() || raw.startsWith('#'))
            continue;
        const QList<QByteArray> cols = raw.split('\t');
        ASSERT_EQ(cols.size(), 3);
        const QString name = QString::fromUtf8(cols[0]);
        const QString phrase = QString::fromUtf8(cols[2]);
        const QString file = m_dir.filePath(name);
        const QByteArray original = test::readAll(fixture(cols[0].constData()));
        ASSERT_TRUE(test::writeAll(file, original));
        const QList<QStringList> commands = {
            {QStringLiteral("project"), QStringLiteral("list"), file},
            {QStringLiteral("project"), QStringLiteral("show"), file, QStringLiteral("1")},
            {QStringLiteral("project"), QStringLiteral("export"), file},
            {QStringLiteral("project"), QStringLiteral("import"), file, path("in.jsonl")},
            {QStringLiteral("plan"), file},
        };
        for (const QStringList& args : commands) {
            const CliRun r = cli(args);
            EXPECT_EQ(r.exitCode, 5) << args.join(QLatin1Char(' ')).toStdString() << "\n"
                                     << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(file)) << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(phrase))
                << r.err.toStdString() << "\nexpected: " << phrase.toStdString();
            EXPECT_TRUE(r.out.isEmpty());
        }
        EXPECT_EQ(test::readAll(file), original) << name.toStdString() << " was modified";
        QFile::remove(file);
        ++cases;
    }
    EXPECT_GE(cases, 9);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("in.jsonl")})
        << "nothing may be created beside a refused file";
}

} // namespace
