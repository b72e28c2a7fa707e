// SPDX-License-Identifier: Apache-2.0
// The storage seam (issue 15) on a .shirube file: FileProjectStore keeps ProjectFile's guarantees
// (changes from another writer merged, true conflicts refused, untrusted files refused), and the
// helpers every store shares (changesBetween, keepMine, keepBothAsCopy, the product JSON of the history).

#include "core/storage/ProjectStore.h"

#include "core/storage/FileProjectStore.h"
#include "core/storage/ProductJson.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/storage/StorageTestSupport.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;

namespace {

core::Product sample(int n)
{
    test::Rng rng{std::uint64_t(n)};
    core::Product p;
    p.profile = test::sampleProfile(n, rng);
    p.name = QStringLiteral("Device %1").arg(n);
    p.overrides.push_back(core::Override{QStringLiteral("clinical_trial"), QStringLiteral("t"),
                                         core::ThreePoint{1, 2, 3}, 42, QStringLiteral("note")});
    p.milestones.push_back(
        core::Milestone{QStringLiteral("a"), QStringLiteral("s"), QDate(2025, 5, 6), QStringLiteral("m")});
    if (n % 2 == 0) {
        p.rulesetId = QStringLiteral("jp-pmd");
        p.rulesetVersion = QStringLiteral("2025.1");
        p.planSnapshot = test::samplePlan(p.name, 1, rng);
    }
    return p;
}

TEST(FileProjectStore, ReadsAndSavesThroughTheSeam)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shirube"));
    auto store = core::openProjectStore(path, core::StoreOptions{true});
    ASSERT_TRUE(store.ok());
    EXPECT_FALSE(store.value()->keepsHistory());
    EXPECT_EQ(store.value()->location(), path);
    auto empty = store.value()->read();
    ASSERT_TRUE(empty.ok());
    EXPECT_EQ(empty.value().project.meta.title, QStringLiteral("p"));

    core::Project edited = empty.value().project;
    edited.addProduct(sample(1));
    edited.addProduct(sample(2));
    auto saved = store.value()->save(
        edited.meta, 0, core::changesBetween(empty.value().project, edited, empty.value().versions));
    ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    EXPECT_EQ(saved.value().saved.size(), 2u);
    core::OpenResult opened = core::ProjectFile::open(path);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened.value().project, edited);

    auto history = store.value()->history();
    ASSERT_FALSE(history.ok());
    EXPECT_TRUE(history.error().message.contains(QStringLiteral("no history")));
}

TEST(FileProjectStore, AnotherWritersChangesAreMergedAndConflictsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shirube"));
    core::Project base;
    base.addProduct(sample(1));
    base.addProduct(sample(2));
    ASSERT_FALSE(core::ProjectFile::save(base, path));

    core::FileProjectStore mine(path);
    auto read = mine.read();
    ASSERT_TRUE(read.ok());
    // Someone else changes product 2 in the file meanwhile.
    core::Project theirs = base;
    theirs.products[1].notes = QStringLiteral("theirs");
    ASSERT_FALSE(core::ProjectFile::save(theirs, path));

    core::ProductChange change;
    change.product = read.value().project.products[0];
    change.product.notes = QStringLiteral("mine");
    auto merged = mine.save(std::nullopt, 0, {change});
    ASSERT_TRUE(merged.ok()) << merged.error().toString().toStdString();
    core::OpenResult now = core::ProjectFile::open(path);
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(now.value().project.products[0].notes, QStringLiteral("mine"));
    EXPECT_EQ(now.value().project.products[1].notes, QStringLiteral("theirs"));

    // Both change product 2: refused, the file untouched.
    core::Project again = now.value().project;
    again.products[1].notes = QStringLiteral("theirs again");
    ASSERT_FALSE(core::ProjectFile::save(again, path));
    const QByteArray before = test::readAll(path);
    core::ProductChange clash;
    clash.product = now.value().project.products[1];
    clash.product.notes = QStringLiteral("mine too");
    auto refused = mine.save(std::nullopt, 0, {clash});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, core::ErrorCode::ProjectRefused);
    EXPECT_EQ(test::readAll(path), before);
}

TEST(FileProjectStore, AnUntrustedFileIsRefusedThroughTheSeamToo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.shirube"));
    ASSERT_TRUE(test::writeAll(path, QByteArray("not a project at all")));
    auto store = core::openProjectStore(path);
    ASSERT_TRUE(store.ok());
    auto read = store.value()->read();
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, core::ErrorCode::ProjectRefused);
    EXPECT_EQ(test::readAll(path), QByteArray("not a project at all"));
}

TEST(ProjectStoreHelpers, ChangesBetweenNameWhatChangedWithItsVersion)
{
    core::Project base;
    const qint64 a = base.addProduct(sample(1));
    const qint64 b = base.addProduct(sample(2));
    const qint64 c = base.addProduct(sample(3));
    core::Project edited = base;
    edited.product(a)->notes = QStringLiteral("changed");
    edited.takeProduct(b);
    const qint64 d = edited.addProduct(sample(4));
    const QHash<qint64, qint64> versions{{a, 5}, {b, 7}, {c, 1}};
    const std::vector<core::ProductChange> changes = core::changesBetween(base, edited, versions);
    // a changed, c moved up (its index changed), d added, b removed.
    ASSERT_EQ(changes.size(), 4u);
    EXPECT_EQ(changes[0].product.id, a);
    EXPECT_EQ(changes[0].baseVersion, 5);
    EXPECT_EQ(changes[1].product.id, c);
    EXPECT_EQ(changes[1].position, 1);
    EXPECT_EQ(changes[2].product.id, d);
    EXPECT_EQ(changes[2].baseVersion, 0);
    EXPECT_EQ(changes[3].kind, core::ProductChange::Kind::Remove);
    EXPECT_EQ(changes[3].product.id, b);
    EXPECT_EQ(changes[3].baseVersion, 7);
    EXPECT_TRUE(core::changesBetween(base, base, versions).empty());
}

TEST(ProjectStoreHelpers, ConflictResolutions)
{
    core::SaveConflict conflict;
    conflict.productId = 3;
    conflict.mine = sample(1);
    conflict.mine->id = 3;
    conflict.theirs = sample(2);
    conflict.theirs->id = 3;
    conflict.theirVersion = 4;
    const std::optional<core::ProductChange> mine = core::keepMine(conflict);
    ASSERT_TRUE(mine);
    EXPECT_EQ(mine->baseVersion, 4);
    EXPECT_EQ(mine->product, *conflict.mine);
    const std::optional<core::ProductChange> both = core::keepBothAsCopy(conflict);
    ASSERT_TRUE(both);
    EXPECT_EQ(both->product.id, 0);
    EXPECT_EQ(both->baseVersion, 0);
    EXPECT_EQ(both->product.name, QStringLiteral("Device 1 (mine)"));
    conflict.mine.reset(); // I removed it, they changed it
    EXPECT_FALSE(core::keepBothAsCopy(conflict));
    const std::optional<core::ProductChange> remove = core::keepMine(conflict);
    ASSERT_TRUE(remove);
    EXPECT_EQ(remove->kind, core::ProductChange::Kind::Remove);
}

TEST(ProductJson, RoundTripsEveryField)
{
    for (int n : {1, 2}) {
        core::Product p = sample(n);
        p.id = 17;
        p.selectedRoute = QStringLiteral("standard");
        p.notes = QStringLiteral("notes ' \" \\ 日本語");
        p.overrides.push_back(core::Override{QStringLiteral("x"), {}, std::nullopt, std::nullopt, {}});
        p.milestones.push_back(core::Milestone{{}, {}, QDate(), {}});
        core::Result<core::Product> back = core::productFromJsonBytes(core::productToJsonBytes(p));
        ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
        EXPECT_EQ(back.value(), p);
    }
    EXPECT_FALSE(core::productFromJsonBytes("[1]").ok());
    EXPECT_FALSE(core::productFromJsonBytes("{\"name\": \"no id\"}").ok());
}

} // namespace
