// SPDX-License-Identifier: Apache-2.0
// Broken, foreign and hostile files are refused, each with its own reason and a message that says
// which and why, and the file is left exactly as it was (no journal rolled back, nothing created
// beside it). Cases: tests/data/projects/refusals.tsv. Also: every truncation and a sample of single
// bit flips of a good file are either refused or harmless.

#include "core/storage/ProjectFile.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <set>

#include "tests/storage/StorageTestSupport.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;
using core::ProjectFile;
using core::RefusalReason;

namespace {

std::optional<RefusalReason> reasonFromName(const QString& name)
{
    static const std::pair<const char*, RefusalReason> names[] = {
        {"NotFound", RefusalReason::NotFound},
        {"Unreadable", RefusalReason::Unreadable},
        {"Empty", RefusalReason::Empty},
        {"TooLarge", RefusalReason::TooLarge},
        {"NotSqlite", RefusalReason::NotSqlite},
        {"Truncated", RefusalReason::Truncated},
        {"Corrupt", RefusalReason::Corrupt},
        {"WrongApplicationId", RefusalReason::WrongApplicationId},
        {"NewerVersion", RefusalReason::NewerVersion},
        {"Malicious", RefusalReason::Malicious},
        {"SchemaMismatch", RefusalReason::SchemaMismatch},
    };
    for (const auto& [n, r] : names) {
        if (name == QLatin1String(n))
            return r;
    }
    return std::nullopt;
}

struct RefusalCase
{
    QString file;
    QString reasonName;
    RefusalReason reason = RefusalReason::None;
    QString phrase;
};

void PrintTo(const RefusalCase& c, std::ostream* os)
{
    *os << c.file.toStdString();
}

QString fixture(const QString& name)
{
    return test::testData("data/projects/") + name;
}

std::vector<RefusalCase> loadCases()
{
    std::vector<RefusalCase> cases;
    const QByteArray tsv = test::readAll(fixture(QStringLiteral("refusals.tsv")));
    for (const QByteArray& raw : tsv.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        RefusalCase c;
        c.file = cols.value(0);
        c.reasonName = cols.value(1);
        c.reason = reasonFromName(c.reasonName).value_or(RefusalReason::None);
        c.phrase = cols.value(2);
        cases.push_back(c);
    }
    return cases;
}

class RefusalTest : public ::testing::TestWithParam<RefusalCase>
{
};

TEST_P(RefusalTest, RefusedWithItsReasonAndLeftUntouched)
{
    const RefusalCase& c = GetParam();
    ASSERT_NE(c.reason, RefusalReason::None)
        << "unknown reason '" << c.reasonName.toStdString() << "' in refusals.tsv";
    const QByteArray original = test::readAll(fixture(c.file));
    ASSERT_TRUE(QFile::exists(fixture(c.file))) << c.file.toStdString();

    QTemporaryDir dir;
    const QString path = dir.filePath(c.file);
    ASSERT_TRUE(test::writeAll(path, original));
    const QByteArray before = test::sha256(original);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    // The GUI's Open (which upgrades older files in place) is the most dangerous mode: use it.
    const core::OpenResult r = ProjectFile::open(path);
    ASSERT_FALSE(r.ok()) << c.file.toStdString() << " was opened";
    EXPECT_EQ(r.reason(), c.reason) << r.error().toString().toStdString();
    EXPECT_EQ(r.error().code, core::ErrorCode::ProjectRefused);
    EXPECT_EQ(r.error().path, path);
    EXPECT_TRUE(r.error().message.contains(c.phrase)) << "message: " << r.error().message.toStdString()
                                                      << "\nexpected to contain: " << c.phrase.toStdString();
    EXPECT_TRUE(r.error().message.startsWith(ProjectFile::reasonName(c.reason) + QStringLiteral(": ")))
        << r.error().message.toStdString();

    EXPECT_EQ(test::sha256(test::readAll(path)), before) << "the refused file was modified";
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore)
        << "something was created beside the refused file";
    EXPECT_EQ(test::sha256(test::readAll(fixture(c.file))), before);

    // The same bytes from memory give the same reason.
    EXPECT_EQ(ProjectFile::openBytes(original, c.file).reason(), c.reason);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, RefusalTest, ::testing::ValuesIn(loadCases()),
                         [](const ::testing::TestParamInfo<RefusalCase>& param) {
                             QString name = param.param.file;
                             name.chop(int(qstrlen(".shirube")));
                             name.replace(QLatin1Char('-'), QLatin1Char('_'));
                             return name.toStdString();
                         });

TEST(RefusalFixtures, EveryBrokenFixtureHasACase)
{
    std::set<QString> listed;
    for (const RefusalCase& c : loadCases())
        listed.insert(c.file);
    const QStringList files =
        QDir(test::testData("data/projects")).entryList({QStringLiteral("*.shirube")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& f : files) {
        if (f == QLatin1String("current.shirube") || f.startsWith(QLatin1String("v")))
            continue;
        EXPECT_TRUE(listed.count(f)) << f.toStdString() << " has no line in refusals.tsv";
    }
    EXPECT_GE(listed.size(), 9u);
}

TEST(RefusalFixtures, TheGoodFixturesOpen)
{
    for (const char* name : {"current.shirube", "v1.shirube"}) {
        const core::OpenResult r =
            ProjectFile::openBytes(test::readAll(fixture(QString::fromLatin1(name))), QString());
        EXPECT_TRUE(r.ok()) << name << ": " << r.error().toString().toStdString();
    }
}

// Every way of cutting a good file short is refused as truncated (or empty), never opened.
TEST(RefusalProperties, EveryTruncationIsRefused)
{
    const QByteArray good = test::readAll(fixture(QStringLiteral("current.shirube")));
    ASSERT_GT(good.size(), 4096 * 3);
    std::vector<qsizetype> lengths = {0, 1, 15, 16, 17, 99, 100, 101, 511, 512, 4095, 4097};
    for (qsizetype pages = 1; pages * 4096 < good.size(); ++pages)
        lengths.push_back(pages * 4096);
    test::Rng rng(20250611);
    for (int i = 0; i < 200; ++i)
        lengths.push_back(qsizetype(rng.next() % quint64(good.size())));
    for (qsizetype n : lengths) {
        const core::OpenResult r = ProjectFile::openBytes(good.left(n), QStringLiteral("cut"));
        ASSERT_FALSE(r.ok()) << "opened when cut to " << n << " bytes";
        EXPECT_EQ(r.reason(), n == 0 ? RefusalReason::Empty : RefusalReason::Truncated)
            << n << " bytes: " << r.error().message.toStdString();
    }
}

// SQLite keeps no checksums; Shirube's content checksum plus the integrity check must catch every
// single flipped bit that changes anything. A flip is either refused or leaves the project identical.
TEST(RefusalProperties, SingleBitFlipsAreRefusedOrHarmless)
{
    const QByteArray good = test::readAll(fixture(QStringLiteral("current.shirube")));
    const core::OpenResult reference = ProjectFile::openBytes(good, QString());
    ASSERT_TRUE(reference.ok());
    test::Rng rng(7);
    int refused = 0;
    int harmless = 0;
    std::map<RefusalReason, int> reasons;
    auto check = [&](qsizetype offset, int bit) {
        QByteArray bytes = good;
        bytes[offset] = char(uchar(bytes[offset]) ^ (1u << bit));
        const core::OpenResult r = ProjectFile::openBytes(bytes, QString());
        if (!r.ok()) {
            ++refused;
            ++reasons[r.reason()];
            EXPECT_EQ(r.error().code, core::ErrorCode::ProjectRefused);
            return;
        }
        ++harmless;
        EXPECT_TRUE(r.value().project == reference.value().project)
            << "bit " << bit << " of byte " << offset << " changed the project without being noticed";
    };
    for (qsizetype offset = 0; offset < 100; ++offset) // every bit of the header
        for (int bit = 0; bit < 8; ++bit)
            check(offset, bit);
    for (int i = 0; i < 1500; ++i)
        check(qsizetype(rng.next() % quint64(good.size())), rng.below(8));
    std::cout << "bit flips: " << refused << " refused, " << harmless << " harmless (unused bytes)\n";
    EXPECT_GT(refused, 100);
    EXPECT_GE(reasons[RefusalReason::Corrupt], 1);
}

} // namespace
