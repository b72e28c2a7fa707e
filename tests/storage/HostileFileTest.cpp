// SPDX-License-Identifier: Apache-2.0
// Project files and inputs attacked as a hostile or careless user would (issue #16), each test written
// from the attack and asserting a clear error within bounded memory (<= 512 MB, measured with wait4 on
// the child) and time: zip-bomb plan snapshots, /dev/zero, FIFOs, a 1 GB line, symlink chains and
// loops, read-only and hard-linked files, killed saves, a full disk, trailing garbage, a flipped header
// byte, an altered table, two writers at once.

#include "core/storage/AtomicWrite.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectLock.h"
#include "core/storage/ProjectMerge.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>

#include <cerrno>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "tests/storage/StorageTestSupport.h"
#include "tests/support/BoundedRun.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;
using core::ProjectFile;
using core::RefusalReason;

namespace {

QByteArray profileLines(int count, std::uint64_t seed)
{
    test::Rng rng(seed);
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += test::sampleProfile(i, rng).toJsonBytes(true) + '\n';
    return out;
}

class HostileFileTest : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString path(const char* name) const { return path(QString::fromUtf8(name)); }

    test::ChildRun cli(const QStringList& args, int timeoutMs = 60000, const QString& stdinFile = {})
    {
        return test::runProgram(QStringLiteral(SHIRUBE_CLI), args, timeoutMs, stdinFile);
    }

    static void expectBounded(const test::ChildRun& r, double maxSeconds = 30)
    {
        EXPECT_EQ(r.signal, 0) << r.describe();
        EXPECT_FALSE(r.timedOut) << r.describe();
        EXPECT_LE(r.maxRssKb, test::kMaxRssKb) << r.describe();
        EXPECT_LT(r.seconds, maxSeconds) << r.describe();
    }

    QTemporaryDir m_dir;
};

// ---- saves: symlinks, permissions, hard links, killed saves, full disk ----

TEST_F(HostileFileTest, SaveFollowsTheWholeSymlinkChain)
{
    ASSERT_TRUE(QDir().mkpath(path("real")));
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(1, 1), path("real/data.shirube")));
    ASSERT_TRUE(QFile::link(path("real/data.shirube"), path("mid")));
    ASSERT_TRUE(QFile::link(path("mid"), path("top")));
    const core::Project second = test::sampleProject(2, 2);
    ASSERT_FALSE(ProjectFile::save(second, path("top")));
    EXPECT_TRUE(QFileInfo(path("top")).isSymLink());
    EXPECT_TRUE(QFileInfo(path("mid")).isSymLink()) << "the save turned the middle link into a file";
    const core::OpenResult opened = ProjectFile::open(path("real/data.shirube"));
    ASSERT_TRUE(opened.ok());
    EXPECT_TRUE(opened.value().project == second);
    EXPECT_EQ(QDir(path("real")).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("data.shirube")});
}

TEST_F(HostileFileTest, ImportThroughADanglingSymlinkChainCreatesItsTarget)
{
    ASSERT_TRUE(QDir().mkpath(path("real")));
    ASSERT_TRUE(QFile::link(path("real/new.shirube"), path("mid")));
    ASSERT_TRUE(QFile::link(path("mid"), path("top")));
    ASSERT_TRUE(test::writeAll(path("two.jsonl"), profileLines(2, 4)));
    const test::ChildRun r =
        cli({QStringLiteral("project"), QStringLiteral("import"), path("top"), path("two.jsonl")});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(QFileInfo(path("top")).isSymLink());
    EXPECT_TRUE(QFileInfo(path("mid")).isSymLink());
    const core::OpenResult opened = ProjectFile::open(path("real/new.shirube"));
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    EXPECT_EQ(opened.value().project.products.size(), 2u);
}

TEST_F(HostileFileTest, ASymlinkLoopIsNamedOnOpenAndSave)
{
    ASSERT_TRUE(QFile::link(path("b"), path("a")));
    ASSERT_TRUE(QFile::link(path("a"), path("b")));
    const core::OpenResult r = ProjectFile::open(path("a"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("loop of symbolic links")))
        << r.error().toString().toStdString();
    EXPECT_NE(r.reason(), RefusalReason::NotFound);
    const std::optional<core::Error> e = ProjectFile::save(test::sampleProject(1, 1), path("a"));
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->message.contains(QStringLiteral("loop of symbolic links"))) << e->toString().toStdString();
}

TEST_F(HostileFileTest, SaveRefusesAReadOnlyFileEvenAsRoot)
{
    const QString file = path("ro.shirube");
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(1, 1), file));
    const QByteArray before = test::readAll(file);
    ASSERT_EQ(::chmod(QFile::encodeName(file).constData(), 0444), 0);
    const std::optional<core::Error> e = ProjectFile::save(test::sampleProject(2, 2), file);
    ASSERT_TRUE(e) << "a chmod 444 project was replaced";
    EXPECT_TRUE(e->message.contains(QStringLiteral("read-only"))) << e->toString().toStdString();
    EXPECT_EQ(test::readAll(file), before);

    // And through the CLI: exit non-zero, nothing added.
    ASSERT_TRUE(test::writeAll(path("one.jsonl"), profileLines(1, 3)));
    const test::ChildRun r =
        cli({QStringLiteral("project"), QStringLiteral("import"), file, path("one.jsonl")});
    EXPECT_NE(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.err.contains("read-only")) << r.describe();
    EXPECT_EQ(test::readAll(file), before);
}

TEST_F(HostileFileTest, SaveRefusesToSplitHardLinks)
{
    const QString file = path("linked.shirube");
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(1, 1), file));
    ASSERT_EQ(::link(QFile::encodeName(file).constData(), QFile::encodeName(path("other-name")).constData()),
              0);
    const std::optional<core::Error> e = ProjectFile::save(test::sampleProject(2, 2), file);
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->message.contains(QStringLiteral("hard links"))) << e->toString().toStdString();
    struct stat a
    {
    };
    struct stat b
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(file).constData(), &a), 0);
    ASSERT_EQ(::stat(QFile::encodeName(path("other-name")).constData(), &b), 0);
    EXPECT_EQ(a.st_ino, b.st_ino) << "the links were split";
}

TEST_F(HostileFileTest, TemporariesOfKilledSavesAreRemovedAtTheNextOpen)
{
    const QString file = path("p.shirube");
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(1, 1), file));
    // PID 4194305 is above Linux's pid_max default: a process that no longer exists.
    const QString stale = path(core::atomicWriteTempPrefix(file) + QStringLiteral("4194305-x"));
    ASSERT_TRUE(test::writeAll(stale, "half a project"));
    ASSERT_TRUE(ProjectFile::open(file).ok());
    EXPECT_FALSE(QFile::exists(stale));
}

TEST_F(HostileFileTest, AFullDiskNamesTheProjectAndTheSpaceNeeded)
{
    const QString file = path("full.shirube");
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(1, 1), file));
    const QByteArray before = test::readAll(file);
    core::setWriteFaultForTesting([](const QString&) { return true; }, ENOSPC);
    const std::optional<core::Error> e = ProjectFile::save(test::sampleProject(30, 2), file);
    core::setWriteFaultForTesting({}, 0);
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->message.contains(QStringLiteral("the disk holding ") + QFileInfo(file).absoluteFilePath() +
                                    QStringLiteral(" is full")))
        << e->toString().toStdString();
    EXPECT_TRUE(e->message.contains(QStringLiteral("the save needs "))) << e->toString().toStdString();
    EXPECT_TRUE(e->message.contains(QStringLiteral(" are free"))) << e->toString().toStdString();
    EXPECT_FALSE(e->message.contains(QStringLiteral(".saving-"))) << "names the temporary file";
    EXPECT_EQ(test::readAll(file), before);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("full.shirube")});
}

// ---- opening damaged or crafted files ----

TEST_F(HostileFileTest, TrailingBytesAfterTheDatabaseAreRefused)
{
    const QString file = path("p.shirube");
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(2, 1), file));
    QByteArray bytes = test::readAll(file);
    bytes += QByteArray(1 << 20, '\0');
    const core::OpenResult r = ProjectFile::openBytes(bytes, file);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.reason(), RefusalReason::Corrupt);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("were appended after it")))
        << r.error().toString().toStdString();
}

TEST_F(HostileFileTest, AFlippedVersionByteIsDamageNotANewerShirube)
{
    const QString file = path("p.shirube");
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(2, 1), file));
    QByteArray bytes = test::readAll(file);
    bytes[60] = char(bytes[60] ^ 0x40); // PRAGMA user_version, high byte
    const core::OpenResult r = ProjectFile::openBytes(bytes, file);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.reason(), RefusalReason::Corrupt) << r.error().toString().toStdString();
    EXPECT_FALSE(r.error().message.contains(QStringLiteral("Update Shirube")))
        << r.error().toString().toStdString();
}

TEST_F(HostileFileTest, AnAlteredTableNamesItsExtraColumn)
{
    const QString file = path("p.shirube");
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(2, 1), file));
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE product ADD COLUMN sneaky TEXT", nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    const core::OpenResult r = ProjectFile::open(file);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.reason(), RefusalReason::SchemaMismatch);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("its table \"product\" is defined differently")))
        << r.error().toString().toStdString();
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("extra column \"sneaky\"")))
        << r.error().toString().toStdString();
}

// A plan snapshot in qCompress() form claiming 100 bytes that inflates to `gigabytes` GiB of zeros.
QByteArray zipBomb(int gigabytes)
{
    z_stream z{};
    deflateInit(&z, 9);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out("\x00\x00\x00\x64", 4);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (int i = 0; i < gigabytes * 1024; ++i) {
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.constData()));
        z.avail_in = uInt(zeros.size());
        const bool last = i + 1 == gigabytes * 1024;
        do {
            z.next_out = reinterpret_cast<Bytef*>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

TEST_F(HostileFileTest, AZipBombPlanSnapshotStopsAtItsCap)
{
    const QString file = path("bomb.shirube");
    core::Project project = test::sampleProject(1, 7);
    const QByteArray bomb = zipBomb(1);
    ASSERT_LT(bomb.size(), 2 << 20);
    project.products[0].planSnapshot = core::PlanSnapshot::fromCompressed(bomb);
    project.products[0].rulesetId = QStringLiteral("jp-pmd");
    ASSERT_FALSE(ProjectFile::save(project, file));
    for (const QStringList& args :
         {QStringList{QStringLiteral("project"), QStringLiteral("list"), file},
          QStringList{QStringLiteral("project"), QStringLiteral("show"), file, QStringLiteral("1")},
          QStringList{QStringLiteral("plan"), file, QStringLiteral("--as-of"), QStringLiteral("2025-04"),
                      QStringLiteral("--samples"), QStringLiteral("200")}}) {
        const test::ChildRun r = cli(args);
        expectBounded(r);
        EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << ": " << r.describe();
        EXPECT_FALSE(r.err.contains("qUncompress")) << r.describe();
    }
}

// ---- inputs that are not files, or far too large ----

TEST_F(HostileFileTest, DevZeroIsRefusedBeforeAnyRead)
{
    for (const QStringList& args :
         {QStringList{QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("/dev/zero")},
          QStringList{QStringLiteral("plan"), QStringLiteral("/dev/zero")},
          QStringList{QStringLiteral("plan"), QStringLiteral("--batch"), QStringLiteral("/dev/zero")},
          QStringList{QStringLiteral("ruleset"), QStringLiteral("check"), QStringLiteral("/dev/zero")},
          QStringList{QStringLiteral("project"), QStringLiteral("import"), path("p.shirube"),
                      QStringLiteral("/dev/zero")}}) {
        const test::ChildRun r = cli(args, 20000);
        expectBounded(r, 10);
        EXPECT_NE(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains("character device"))
            << args.join(QLatin1Char(' ')).toStdString() << r.describe();
    }
    EXPECT_FALSE(QFile::exists(path("p.shirube")));
}

TEST_F(HostileFileTest, AFifoIsRefusedAtOnceInsteadOfHanging)
{
    const QString fifo = path("pipe");
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QStringList& args : {QStringList{QStringLiteral("project"), QStringLiteral("list"), fifo},
                                    QStringList{QStringLiteral("plan"), fifo},
                                    QStringList{QStringLiteral("plan"), QStringLiteral("--batch"), fifo},
                                    QStringList{QStringLiteral("ruleset"), QStringLiteral("check"), fifo}}) {
        const test::ChildRun r = cli(args, 10000);
        expectBounded(r, 5);
        EXPECT_NE(r.exitCode, 0);
        EXPECT_TRUE(r.err.contains("named pipe (FIFO)")) << r.describe();
    }
}

TEST_F(HostileFileTest, AGigabyteLineIsRefusedInBoundedMemory)
{
    // A sparse file: one 1,000,000,000-byte line of NULs, then a valid profile (no disk space used).
    const QString big = path("big.jsonl");
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(1000000000));
        ASSERT_TRUE(f.seek(1000000000));
        test::Rng rng(5);
        f.write("\n" + test::sampleProfile(1, rng).toJsonBytes(true) + "\n");
    }
    const test::ChildRun batch =
        cli({QStringLiteral("plan"), QStringLiteral("--batch"), big, QStringLiteral("--as-of"),
             QStringLiteral("2025-04"), QStringLiteral("--samples"), QStringLiteral("100")},
            120000);
    expectBounded(batch, 60);
    EXPECT_EQ(batch.exitCode, 3) << batch.describe();
    const QList<QByteArray> lines = batch.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2) << batch.describe();
    EXPECT_TRUE(lines[0].contains("more than the 1 MiB limit")) << lines[0].left(300).toStdString();
    EXPECT_TRUE(lines[1].contains("shirube.plan/1"));

    const test::ChildRun single = cli({QStringLiteral("plan"), big}, 20000);
    expectBounded(single, 5);
    EXPECT_NE(single.exitCode, 0);
    EXPECT_TRUE(single.err.contains("more than the 1 MiB limit for a profile")) << single.describe();

    const test::ChildRun import =
        cli({QStringLiteral("project"), QStringLiteral("import"), path("p.shirube"), big}, 120000);
    expectBounded(import, 60);
    EXPECT_EQ(import.exitCode, 3) << import.describe();
    EXPECT_TRUE(import.err.contains(":1: the line has 1000000000 bytes")) << import.describe();
}

TEST_F(HostileFileTest, ATooLargeProjectFileIsRefusedBySizeAlone)
{
    const QString file = path("huge.shirube");
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(ProjectFile::kMaxFileSize + 4096)); // sparse
    f.close();
    const test::ChildRun r = cli({QStringLiteral("project"), QStringLiteral("list"), file}, 20000);
    expectBounded(r, 5);
    EXPECT_EQ(r.exitCode, 5) << r.describe();
    EXPECT_TRUE(r.err.contains("limit for a project file")) << r.describe();
}

// ---- names from a file reach the terminal escaped ----

TEST_F(HostileFileTest, ProjectListEscapesControlCharacters)
{
    const QString file = path("names.shirube");
    core::Project project = test::sampleProject(1, 3);
    project.products[0].name = QStringLiteral("evil\x1b[2J\nforged\t99\x7f");
    ASSERT_FALSE(ProjectFile::save(project, file));
    const test::ChildRun r = cli({QStringLiteral("project"), QStringLiteral("list"), file});
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.out.count('\n'), 1) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains('\x1b'));
    EXPECT_TRUE(r.out.contains("evil\\e[2J\\nforged\\t99\\x7f")) << r.out.toStdString();
}

// ---- two writers ----

TEST_F(HostileFileTest, TwoConcurrentImportsOf2000ProfilesKeepAll4010Products)
{
    const QString file = path("shared.shirube");
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(10, 1), file));
    ASSERT_TRUE(test::writeAll(path("a.jsonl"), profileLines(2000, 11)));
    ASSERT_TRUE(test::writeAll(path("b.jsonl"), profileLines(2000, 22)));
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(SHIRUBE_CLI),
            {QStringLiteral("project"), QStringLiteral("import"), file, path("a.jsonl")});
    b.start(QStringLiteral(SHIRUBE_CLI),
            {QStringLiteral("project"), QStringLiteral("import"), file, path("b.jsonl")});
    ASSERT_TRUE(a.waitForFinished(120000));
    ASSERT_TRUE(b.waitForFinished(120000));
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();
    const core::OpenResult r = ProjectFile::open(file);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r.value().project.products.size(), 4010u);
    EXPECT_FALSE(QFile::exists(core::ProjectLock::lockPathFor(file))) << "the lock was left behind";
}

TEST_F(HostileFileTest, AWriterWaitsForTheLockThenNamesItsHolder)
{
    const QString file = path("locked.shirube");
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(1, 1), file));
    const QByteArray before = test::readAll(file);
    core::ProjectLock lock(file);
    ASSERT_FALSE(lock.lock());
    const std::optional<core::LockHolder> holder = core::ProjectLock::holder(file);
    ASSERT_TRUE(holder);
    EXPECT_EQ(holder->pid, qint64(::getpid()));
    EXPECT_EQ(holder->application, QCoreApplication::applicationName());
    EXPECT_TRUE(core::ProjectLock::heldByThisProcess(path("locked.shirube")));

    ASSERT_TRUE(test::writeAll(path("one.jsonl"), profileLines(1, 9)));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHIRUBE_LOCK_WAIT_MS"), QStringLiteral("300"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHIRUBE_CLI),
            {QStringLiteral("project"), QStringLiteral("import"), file, path("one.jsonl")});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_EQ(p.exitCode(), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("process ") + QString::number(::getpid()))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("waited 0.3 s"))) << err.toStdString();
    EXPECT_EQ(test::readAll(file), before);

    // A save from this process goes through: it holds the lock.
    EXPECT_FALSE(ProjectFile::save(test::sampleProject(2, 2), file));
    lock.unlock();
    EXPECT_FALSE(core::ProjectLock::holder(file));
}

TEST_F(HostileFileTest, ALockLeftByADeadProcessIsTakenOver)
{
    const QString file = path("p.shirube");
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(1, 1), file));
    // QLockFile's format: pid, application name, host name.
    ASSERT_TRUE(test::writeAll(core::ProjectLock::lockPathFor(file),
                               "4194305\nshirube-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
    core::ProjectLock lock(file);
    EXPECT_FALSE(lock.lock(std::chrono::milliseconds(2000)));
}

TEST_F(HostileFileTest, ASaveAfterAnOutsideChangeLosesNothing)
{
    const QString file = path("p.shirube");
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(3, 1), file));
    const core::OpenResult opened = ProjectFile::open(file);
    ASSERT_TRUE(opened.ok());
    const core::Project base = opened.value().project;

    // Someone else adds two products and renames product 1, without the lock.
    core::Project theirs = base;
    test::Rng rng(44);
    for (int i = 0; i < 2; ++i) {
        core::Product p;
        p.profile = test::sampleProfile(100 + i, rng);
        theirs.addProduct(p);
    }
    theirs.products[0].name = QStringLiteral("renamed elsewhere");
    ASSERT_FALSE(ProjectFile::save(theirs, file));

    // We add one product and change notes of product 2.
    core::Project ours = base;
    core::Product mine;
    mine.profile = test::sampleProfile(200, rng);
    ours.addProduct(mine);
    ours.products[1].notes = QStringLiteral("changed here");

    const core::Result<core::SaveOutcome> saved =
        ProjectFile::saveChecked(ours, file, base, opened.value().stamp);
    ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    EXPECT_TRUE(saved.value().merged);
    const core::OpenResult now = ProjectFile::open(file);
    ASSERT_TRUE(now.ok());
    const core::Project& p = now.value().project;
    EXPECT_EQ(p.products.size(), 6u);
    EXPECT_EQ(p.products[0].name, QStringLiteral("renamed elsewhere"));
    EXPECT_EQ(p.products[1].notes, QStringLiteral("changed here"));
    EXPECT_TRUE(p == saved.value().project);

    // The stamp returned is the file's: a second save finds no outside change.
    const core::Result<core::SaveOutcome> again = ProjectFile::saveChecked(p, file, p, saved.value().stamp);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.value().merged);
}

TEST_F(HostileFileTest, ConflictingChangesAreRefusedAndTheFileKept)
{
    const QString file = path("p.shirube");
    ASSERT_FALSE(ProjectFile::save(test::sampleProject(2, 1), file));
    const core::OpenResult opened = ProjectFile::open(file);
    ASSERT_TRUE(opened.ok());
    const core::Project base = opened.value().project;
    core::Project theirs = base;
    theirs.products[0].notes = QStringLiteral("theirs");
    ASSERT_FALSE(ProjectFile::save(theirs, file));
    const QByteArray before = test::readAll(file);
    core::Project ours = base;
    ours.products[0].notes = QStringLiteral("ours");
    const core::Result<core::SaveOutcome> saved =
        ProjectFile::saveChecked(ours, file, base, opened.value().stamp);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, core::ErrorCode::ProjectRefused);
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("changed both here and in the file")))
        << saved.error().toString().toStdString();
    EXPECT_EQ(test::readAll(file), before);
}

TEST(ProjectMerge, AdditionsOnBothSidesAreAllKeptWithFreshIds)
{
    const core::Project base = test::sampleProject(2, 1);
    test::Rng rng(8);
    core::Project ours = base;
    core::Project theirs = base;
    for (int i = 0; i < 3; ++i) {
        core::Product p;
        p.profile = test::sampleProfile(i, rng);
        ours.addProduct(p);
        theirs.addProduct(p);
    }
    theirs.takeProduct(base.products[1].id); // removed there, unchanged here
    const core::Result<core::Project> merged = core::mergeProjects(base, ours, theirs);
    ASSERT_TRUE(merged.ok());
    EXPECT_EQ(merged.value().products.size(), 1u + 3u + 3u);
    QSet<qint64> ids;
    for (const core::Product& p : merged.value().products)
        ids.insert(p.id);
    EXPECT_EQ(ids.size(), 7);
}

} // namespace
