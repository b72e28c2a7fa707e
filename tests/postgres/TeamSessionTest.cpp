// SPDX-License-Identifier: Apache-2.0
// TeamSession (the GUI's open team project) against the real server: a save sends what changed,
// conflicts go to the resolver, and the project read back holds everyone's saved work.

#include "core/storage/TeamSession.h"

#include <gtest/gtest.h>

#include "tests/postgres/PgTestServer.h"
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
    return p;
}

TEST(TeamSession, SavesChangesResolvesConflictsAndReadsOthersWork)
{
    QString why;
    std::optional<test::PgServer> server = test::sharedServer(&why);
    ASSERT_TRUE(server) << why.toStdString();
    const QString database = test::freshDatabase(*server, QStringLiteral("session"));
    ASSERT_FALSE(database.isEmpty());
    auto alice = core::TeamSession::open(server->url(database));
    ASSERT_TRUE(alice.ok()) << alice.error().toString().toStdString();
    core::Project project = alice.value()->stored().project;
    project.meta.title = QStringLiteral("Team portfolio");
    project.addProduct(sample(1));
    project.addProduct(sample(2));
    auto first = alice.value()->save(project, nullptr);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    ASSERT_EQ(first.value().products.size(), 2u);
    EXPECT_EQ(first.value().meta.title, QStringLiteral("Team portfolio"));

    auto bob = core::TeamSession::open(server->url(database));
    ASSERT_TRUE(bob.ok());
    core::Project aliceEdit = first.value();
    core::Project bobEdit = bob.value()->stored().project;
    aliceEdit.products[0].notes = QStringLiteral("Alice");
    bobEdit.products[0].notes = QStringLiteral("Bob");
    bobEdit.products[1].notes = QStringLiteral("Bob on product 2");
    ASSERT_TRUE(alice.value()->save(aliceEdit, nullptr).ok());

    int asked = 0;
    auto saved = bob.value()->save(bobEdit, [&](const core::SaveConflict& c) {
        ++asked;
        EXPECT_EQ(c.theirs->notes, QStringLiteral("Alice"));
        return core::keepBothAsCopy(c);
    });
    ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    EXPECT_EQ(asked, 1);
    const core::Project& now = saved.value();
    ASSERT_EQ(now.products.size(), 3u);
    EXPECT_EQ(now.products[0].notes, QStringLiteral("Alice"));
    EXPECT_EQ(now.products[1].notes, QStringLiteral("Bob on product 2"));
    EXPECT_EQ(now.products[2].notes, QStringLiteral("Bob"));
    EXPECT_EQ(now.products[2].name, QStringLiteral("Device 1 (mine)"));

    // Taking theirs (no change) leaves the server's version; nothing more to save.
    core::Project again = alice.value()->stored().project;
    again.products[0].notes = QStringLiteral("Alice, stale");
    ASSERT_TRUE(bob.value()->save(now, nullptr).ok());
    core::Project bobAgain = bob.value()->stored().project;
    bobAgain.products[0].notes = QStringLiteral("Bob again");
    ASSERT_TRUE(bob.value()->save(bobAgain, nullptr).ok());
    auto theirs = alice.value()->save(again, [](const core::SaveConflict&) { return std::nullopt; });
    ASSERT_TRUE(theirs.ok());
    EXPECT_EQ(theirs.value().products[0].notes, QStringLiteral("Bob again"));
}

} // namespace
