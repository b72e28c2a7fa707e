// SPDX-License-Identifier: Apache-2.0
// Team projects on a real PostgreSQL server (issue 15): conflicts, concurrent clients, read-only users,
// hostile text, newer schemas, history and restore.

#include "core/storage/ProjectStore.h"
#include "core/storage/postgres/PgAdmin.h"
#include "core/storage/postgres/PgMigrator.h"
#include "core/storage/postgres/PostgresProjectStore.h"

#include <gtest/gtest.h>

#include "tests/postgres/PgTestServer.h"
#include "tests/storage/StorageTestSupport.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;
using core::PostgresProjectStore;
using core::ProductChange;

namespace {

class TeamProjectTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        std::optional<test::PgServer> server = test::sharedServer(&why);
        ASSERT_TRUE(server) << why.toStdString();
        m_server = *server;
        const QString stem =
            QString::fromUtf8(::testing::UnitTest::GetInstance()->current_test_info()->name()).toLower();
        m_database = test::freshDatabase(m_server, stem);
        ASSERT_FALSE(m_database.isEmpty())
            << "cannot create a test database on the server at port " << m_server.port;
    }

    std::unique_ptr<PostgresProjectStore> connect(const QString& user = QStringLiteral("shirube_admin"))
    {
        core::Result<std::unique_ptr<PostgresProjectStore>> store =
            PostgresProjectStore::connect(m_server.url(m_database, user));
        EXPECT_TRUE(store.ok()) << store.error().toString().toStdString();
        return store.ok() ? std::move(store).value() : nullptr;
    }

    static core::Product product(int n, const QString& notes = {})
    {
        test::Rng rng(std::uint64_t(n) * 7919u);
        core::Product p;
        p.profile = test::sampleProfile(n, rng);
        p.name = QStringLiteral("Device %1").arg(n);
        p.notes = notes;
        p.overrides.push_back(core::Override{QStringLiteral("clinical_trial"),
                                             {},
                                             core::ThreePoint{6, 12, 24},
                                             5000000,
                                             QStringLiteral("quote from CRO %1").arg(n)});
        p.milestones.push_back(core::Milestone{QStringLiteral("pmda_consultation_protocol"),
                                               {},
                                               QDate(2025, 4, 1 + n % 28),
                                               QStringLiteral("done")});
        return p;
    }

    // Saves `products` as new into the project; returns their ids.
    std::vector<qint64> seed(PostgresProjectStore& store, const std::vector<core::Product>& products)
    {
        std::vector<ProductChange> changes;
        for (const core::Product& p : products) {
            ProductChange c;
            c.product = p;
            changes.push_back(c);
        }
        core::Result<core::StoreSaveResult> r = store.save(std::nullopt, 0, changes);
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        return r.ok() ? r.value().saved : std::vector<qint64>();
    }

    static ProductChange edit(const core::StoredProject& read, qint64 id, const QString& notes)
    {
        ProductChange c;
        c.product = *read.project.product(id);
        c.product.notes = notes;
        c.baseVersion = read.versions.value(id);
        return c;
    }

    test::PgServer m_server;
    QString m_database;
};

TEST_F(TeamProjectTest, TwoClientsSavingTheSameProductGetOneConflictAndLoseNothing)
{
    auto alice = connect();
    auto bob = connect(); // another connection, another client
    ASSERT_TRUE(alice && bob);
    const std::vector<qint64> ids = seed(*alice, {product(1), product(2)});
    ASSERT_EQ(ids.size(), 2u);

    const auto aliceRead = alice->read();
    const auto bobRead = bob->read();
    ASSERT_TRUE(aliceRead.ok() && bobRead.ok());
    EXPECT_EQ(aliceRead.value().versions.value(ids[0]), 1);

    auto a = alice->save(std::nullopt, 0, {edit(aliceRead.value(), ids[0], QStringLiteral("Alice's notes"))});
    ASSERT_TRUE(a.ok()) << a.error().toString().toStdString();
    EXPECT_TRUE(a.value().complete());
    EXPECT_EQ(a.value().versions.value(ids[0]), 2);

    auto b = bob->save(std::nullopt, 0, {edit(bobRead.value(), ids[0], QStringLiteral("Bob's notes"))});
    ASSERT_TRUE(b.ok()) << b.error().toString().toStdString();
    ASSERT_EQ(b.value().conflicts.size(), 1u);
    EXPECT_TRUE(b.value().saved.empty());
    const core::SaveConflict& conflict = b.value().conflicts.front();
    EXPECT_EQ(conflict.productId, ids[0]);
    ASSERT_TRUE(conflict.mine && conflict.theirs);
    EXPECT_EQ(conflict.mine->notes, QStringLiteral("Bob's notes"));
    EXPECT_EQ(conflict.theirs->notes, QStringLiteral("Alice's notes"));
    EXPECT_EQ(conflict.theirVersion, 2);
    EXPECT_EQ(conflict.changedBy, QStringLiteral("shirube_admin"));
    EXPECT_TRUE(conflict.changedAt.isValid());

    // Nothing was overwritten: the server still has Alice's.
    auto now = alice->read();
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(now.value().project.product(ids[0])->notes, QStringLiteral("Alice's notes"));

    // Bob keeps both: his as a copy beside Alice's.
    std::optional<ProductChange> both = core::keepBothAsCopy(conflict);
    ASSERT_TRUE(both);
    auto copy = bob->save(std::nullopt, 0, {*both});
    ASSERT_TRUE(copy.ok() && copy.value().complete());
    now = alice->read();
    ASSERT_TRUE(now.ok());
    ASSERT_EQ(now.value().project.products.size(), 3u);
    EXPECT_EQ(now.value().project.product(ids[0])->notes, QStringLiteral("Alice's notes"));
    const core::Product& bobs = now.value().project.products.back();
    EXPECT_EQ(bobs.notes, QStringLiteral("Bob's notes"));
    EXPECT_EQ(bobs.name, QStringLiteral("Device 1 (mine)"));
    EXPECT_EQ(bobs.overrides, conflict.mine->overrides);
}

TEST_F(TeamProjectTest, KeepMineOverwritesKnowinglyAndTheirsStaysInTheHistory)
{
    auto alice = connect();
    auto bob = connect();
    ASSERT_TRUE(alice && bob);
    const std::vector<qint64> ids = seed(*alice, {product(1)});
    ASSERT_EQ(ids.size(), 1u);
    const auto aliceRead = alice->read();
    const auto bobRead = bob->read();
    ASSERT_TRUE(aliceRead.ok() && bobRead.ok());
    ASSERT_TRUE(alice->save(std::nullopt, 0, {edit(aliceRead.value(), ids[0], QStringLiteral("A"))}).ok());
    auto b = bob->save(std::nullopt, 0, {edit(bobRead.value(), ids[0], QStringLiteral("B"))});
    ASSERT_TRUE(b.ok());
    ASSERT_EQ(b.value().conflicts.size(), 1u);

    std::optional<ProductChange> mine = core::keepMine(b.value().conflicts.front());
    ASSERT_TRUE(mine);
    auto kept = bob->save(std::nullopt, 0, {*mine});
    ASSERT_TRUE(kept.ok());
    EXPECT_TRUE(kept.value().complete());
    EXPECT_EQ(kept.value().versions.value(ids[0]), 3);

    auto history = bob->history(ids[0]);
    ASSERT_TRUE(history.ok()) << history.error().toString().toStdString();
    ASSERT_EQ(history.value().size(), 3u);
    EXPECT_EQ(history.value()[0].action, QStringLiteral("created"));
    EXPECT_FALSE(history.value()[0].previous);
    EXPECT_EQ(history.value()[1].action, QStringLiteral("changed"));
    EXPECT_EQ(history.value()[2].action, QStringLiteral("changed"));
    ASSERT_TRUE(history.value()[2].previous);
    EXPECT_EQ(history.value()[2].previous->notes, QStringLiteral("A")); // Alice's version, kept
    EXPECT_EQ(history.value()[2].changedBy, QStringLiteral("shirube_admin"));

    // …and restorable.
    auto restored = bob->restore(history.value()[2].id);
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    EXPECT_TRUE(restored.value().complete());
    auto now = bob->read();
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(*now.value().project.product(ids[0]), *history.value()[2].previous);
    auto after = bob->history(ids[0]);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.value().back().action, QStringLiteral("restored"));
}

TEST_F(TeamProjectTest, TwoClientsSavingDifferentProductsAreBothSaved)
{
    auto alice = connect();
    auto bob = connect();
    ASSERT_TRUE(alice && bob);
    const std::vector<qint64> ids = seed(*alice, {product(1), product(2)});
    ASSERT_EQ(ids.size(), 2u);
    const auto aliceRead = alice->read();
    const auto bobRead = bob->read();
    ASSERT_TRUE(aliceRead.ok() && bobRead.ok());
    auto a = alice->save(std::nullopt, 0, {edit(aliceRead.value(), ids[0], QStringLiteral("Alice"))});
    auto b = bob->save(std::nullopt, 0, {edit(bobRead.value(), ids[1], QStringLiteral("Bob"))});
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_TRUE(a.value().complete());
    EXPECT_TRUE(b.value().complete());
    auto now = alice->read();
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(now.value().project.product(ids[0])->notes, QStringLiteral("Alice"));
    EXPECT_EQ(now.value().project.product(ids[1])->notes, QStringLiteral("Bob"));

    // New products added by both at once, with the same local id: both kept, one renumbered.
    const auto a2 = alice->read();
    const auto b2 = bob->read();
    ASSERT_TRUE(a2.ok() && b2.ok());
    core::Project aliceProject = a2.value().project;
    core::Project bobProject = b2.value().project;
    aliceProject.addProduct(product(3));
    bobProject.addProduct(product(4));
    auto a3 = alice->save(std::nullopt, 0,
                          core::changesBetween(a2.value().project, aliceProject, a2.value().versions));
    auto b3 =
        bob->save(std::nullopt, 0, core::changesBetween(b2.value().project, bobProject, b2.value().versions));
    ASSERT_TRUE(a3.ok() && b3.ok());
    EXPECT_TRUE(a3.value().complete());
    EXPECT_TRUE(b3.value().complete());
    EXPECT_EQ(b3.value().renumbered.size(), 1);
    now = alice->read();
    ASSERT_TRUE(now.ok());
    ASSERT_EQ(now.value().project.products.size(), 4u);
    EXPECT_EQ(now.value().project.products[2].name, QStringLiteral("Device 3"));
    EXPECT_EQ(now.value().project.products[3].name, QStringLiteral("Device 4"));
}

TEST_F(TeamProjectTest, ProjectDetailsCarryAVersionToo)
{
    auto alice = connect();
    auto bob = connect();
    ASSERT_TRUE(alice && bob);
    const auto aRead = alice->read();
    const auto bRead = bob->read();
    ASSERT_TRUE(aRead.ok() && bRead.ok());
    core::ProjectMeta meta = aRead.value().project.meta;
    meta.title = QStringLiteral("Portfolio of Alice");
    meta.clients = QStringList{QStringLiteral("Client A"), QStringLiteral("Client B")};
    auto a = alice->save(meta, aRead.value().metaVersion, {});
    ASSERT_TRUE(a.ok() && a.value().complete());
    meta.title = QStringLiteral("Portfolio of Bob");
    auto b = bob->save(meta, bRead.value().metaVersion, {});
    ASSERT_TRUE(b.ok());
    EXPECT_TRUE(b.value().metaConflict);
    auto now = bob->read();
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(now.value().project.meta.title, QStringLiteral("Portfolio of Alice"));
    EXPECT_EQ(now.value().project.meta.clients,
              (QStringList{QStringLiteral("Client A"), QStringLiteral("Client B")}));
}

TEST_F(TeamProjectTest, AReadOnlyUsersSaveIsRefusedWithAClearMessage)
{
    core::pg::RoleNames roles;
    roles.reader = QStringLiteral("ro_") + m_database;
    roles.editor = QStringLiteral("ed_") + m_database;
    QStringList report;
    std::optional<core::Error> init = core::pg::initTeamProject(m_server.url(m_database), roles, &report);
    ASSERT_FALSE(init) << init->toString().toStdString();
    EXPECT_GE(report.size(), 3);
    auto admin = connect();
    ASSERT_TRUE(admin);
    ASSERT_EQ(seed(*admin, {product(1)}).size(), 1u);

    test::AdminSql sql(m_server);
    ASSERT_TRUE(sql.isOpen()) << sql.error().toStdString();
    const QString trainee = QStringLiteral("trainee_") + m_database;
    const QString editor = QStringLiteral("editor_") + m_database;
    bool ok = false;
    sql.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(trainee, roles.reader), &ok);
    ASSERT_TRUE(ok) << sql.error().toStdString();
    sql.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(editor, roles.editor), &ok);
    ASSERT_TRUE(ok) << sql.error().toStdString();

    auto reader = connect(trainee);
    ASSERT_TRUE(reader);
    auto read = reader->read();
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    EXPECT_TRUE(read.value().readOnly);
    ASSERT_EQ(read.value().project.products.size(), 1u);
    const qint64 id = read.value().project.products.front().id;
    auto refused =
        reader->save(std::nullopt, 0, {edit(read.value(), id, QStringLiteral("trainee was here"))});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, core::ErrorCode::ProjectRefused);
    EXPECT_TRUE(
        refused.error().message.contains(QStringLiteral("may read this team project but not change it")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(trainee));
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("permission denied")));

    // The editor may save; the history is append-only for it.
    auto ed = connect(editor);
    ASSERT_TRUE(ed);
    auto edRead = ed->read();
    ASSERT_TRUE(edRead.ok());
    EXPECT_FALSE(edRead.value().readOnly);
    auto saved = ed->save(std::nullopt, 0, {edit(edRead.value(), id, QStringLiteral("editor's notes"))});
    ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    EXPECT_TRUE(saved.value().complete());
    auto history = ed->history(id);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history.value().back().changedBy, editor);
    auto now = admin->read();
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(now.value().project.product(id)->notes, QStringLiteral("editor's notes"));
}

TEST_F(TeamProjectTest, SqlInjectionAttemptsInEveryTextFieldAreStoredVerbatim)
{
    const QStringList hostile = {
        QStringLiteral("'); DROP TABLE product; --"),
        QStringLiteral("Robert'); DELETE FROM product WHERE ('1' = '1"),
        QStringLiteral("\\'; TRUNCATE product_history; --"),
        QStringLiteral("$1 $$ dollar $$ $tag$ ? :name @x"),
        QStringLiteral("\" OR \"\"=\" /* comment */ -- 日本語 ‘quotes’ \\x00 E'\\n'"),
        QStringLiteral("line1\nline2\ttab; SELECT pg_sleep(0);"),
    };
    auto store = connect();
    ASSERT_TRUE(store);
    const auto first = store->read();
    ASSERT_TRUE(first.ok());
    core::Project expected;
    expected.meta.title = hostile[0];
    expected.meta.owner = hostile[1];
    expected.meta.notes = hostile[2];
    expected.meta.clients = hostile;
    auto meta = store->save(expected.meta, first.value().metaVersion, {});
    ASSERT_TRUE(meta.ok() && meta.value().complete());
    std::vector<core::Product> products;
    for (int i = 0; i < hostile.size(); ++i) {
        const QString& h = hostile[i];
        core::Product p = product(i + 1);
        p.name = h;
        p.notes = h + h;
        p.selectedRoute = h;
        p.rulesetId = h;
        p.rulesetVersion = h;
        p.overrides.push_back(core::Override{h, h, std::nullopt, std::nullopt, h});
        p.milestones.push_back(core::Milestone{h, h, QDate(), h});
        products.push_back(p);
    }
    const std::vector<qint64> ids = seed(*store, products);
    ASSERT_EQ(ids.size(), products.size());
    auto read = store->read();
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    EXPECT_EQ(read.value().project.meta, expected.meta);
    ASSERT_EQ(read.value().project.products.size(), products.size());
    for (size_t i = 0; i < products.size(); ++i) {
        core::Product want = products[i];
        want.id = ids[i];
        EXPECT_EQ(read.value().project.products[i], want) << "product " << i;
    }
    auto history = store->history();
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history.value().size(), products.size());
    EXPECT_EQ(history.value().front().productName, hostile[0]);
}

TEST_F(TeamProjectTest, ANewerSchemaOnTheServerIsRefusedUntouched)
{
    auto store = connect();
    ASSERT_TRUE(store);
    ASSERT_EQ(seed(*store, {product(1)}).size(), 1u);
    store.reset();
    test::AdminSql sql(m_server, m_database);
    ASSERT_TRUE(sql.isOpen());
    const QString newer = QString::number(core::pg::Migrator::latestVersion() + 1);
    bool ok = false;
    sql.exec(QStringLiteral("UPDATE shirube_meta SET value = '%1' WHERE key = 'schema_version'").arg(newer),
             &ok);
    ASSERT_TRUE(ok);
    sql.exec(QStringLiteral("CREATE TABLE from_the_future (x integer)"), &ok);
    ASSERT_TRUE(ok);

    auto refused = PostgresProjectStore::connect(m_server.url(m_database));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, core::ErrorCode::ProjectRefused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("schema version ") + newer))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("nothing was changed")));
    EXPECT_EQ(sql.exec(QStringLiteral("SELECT value FROM shirube_meta WHERE key = 'schema_version'")), newer);
    EXPECT_EQ(sql.exec(QStringLiteral("SELECT count(*) FROM product")), QStringLiteral("1"));
    EXPECT_EQ(sql.exec(QStringLiteral("SELECT count(*) FROM from_the_future")), QStringLiteral("0"));
}

TEST_F(TeamProjectTest, TheUnixSocketAndTheUrlsSettingsWork)
{
    auto store =
        PostgresProjectStore::connect(m_server.socketUrl(m_database) + QStringLiteral("&sslmode=disable"));
    ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
    EXPECT_TRUE(store.value()->read().ok());
    // sslmode is honoured: this server has no TLS, so requiring it fails to connect.
    auto tls = PostgresProjectStore::connect(m_server.url(m_database) + QStringLiteral("?sslmode=require"));
    ASSERT_FALSE(tls.ok());
    EXPECT_TRUE(tls.error().message.contains(QStringLiteral("SSL"), Qt::CaseInsensitive))
        << tls.error().message.toStdString();
    // A password in the URL is refused, never used or kept.
    auto password = PostgresProjectStore::connect(QStringLiteral("postgresql://alice:secret@127.0.0.1/x"));
    ASSERT_FALSE(password.ok());
    EXPECT_EQ(password.error().code, core::ErrorCode::Usage);
    EXPECT_TRUE(password.error().message.contains(QStringLiteral("password file")));
    EXPECT_FALSE(password.error().toString().contains(QStringLiteral("secret")));
    auto unknown =
        PostgresProjectStore::connect(m_server.url(m_database) + QStringLiteral("?options=-c%20x"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("unknown setting \"options\"")));
}

} // namespace
