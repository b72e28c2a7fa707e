// SPDX-License-Identifier: Apache-2.0
// A team project while its server is killed (SIGKILL) in the middle of 100 saves: every save is complete
// or absent, and the client reconnects once the server is back. Runs its own cluster, so killing it
// disturbs no other test.

#include "core/storage/ProjectStore.h"
#include "core/storage/postgres/PostgresProjectStore.h"

#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <gtest/gtest.h>
#include <thread>

#include "tests/postgres/PgTestServer.h"
#include "tests/storage/StorageTestSupport.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;

namespace {

constexpr int kSaves = 100;

core::Product saveContent(int i)
{
    test::Rng rng(std::uint64_t(i) + 1);
    core::Product p;
    p.profile = test::sampleProfile(i, rng);
    p.name = QStringLiteral("save %1").arg(i);
    p.notes = QStringLiteral("notes of save %1").arg(i);
    for (int j = 0; j < 5; ++j)
        p.overrides.push_back(core::Override{QStringLiteral("activity_%1").arg(j),
                                             {},
                                             core::ThreePoint{1.0 * j, 2.0 * j, 3.0 * j},
                                             qint64(1000 * i + j),
                                             QStringLiteral("override %1 of save %2").arg(j).arg(i)});
    for (int j = 0; j < 3; ++j)
        p.milestones.push_back(core::Milestone{QStringLiteral("m%1").arg(j),
                                               {},
                                               QDate(2024, 1 + j, 1),
                                               QStringLiteral("milestone %1 of save %2").arg(j).arg(i)});
    return p;
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

TEST(ServerKillTest, EverySaveIsCompleteOrAbsentAndTheClientReconnects)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString info = tmp.filePath(QStringLiteral("server.info"));
    QString output;
    ASSERT_EQ(test::runScript({QStringLiteral("start"), info}, &output), 0)
        << "cannot start a PostgreSQL cluster with " << test::serverScript().toStdString() << ":\n"
        << output.toStdString();
    ServerGuard guard(info);
    QString why;
    std::optional<test::PgServer> server = test::readInfo(info, &why);
    ASSERT_TRUE(server) << why.toStdString();
    const QString database = test::freshDatabase(*server, QStringLiteral("kill"));
    ASSERT_FALSE(database.isEmpty());
    const QString url = server->url(database);
    {
        auto store = core::PostgresProjectStore::connect(url); // creates the schema
        ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
    }

    std::atomic<int> attempts{0};
    std::atomic<int> failures{0};
    std::vector<int> outcome(2000, -1); // 1 saved, 0 failed
    int savesAfterRestart = 0;
    QString lastError;
    std::thread saver([&] {
        // The client: its own connection, in its own thread. It saves one new product per attempt and
        // goes on after a failure (after a short pause, as a user would retry), reconnecting each time.
        auto store = core::PostgresProjectStore::connect(url);
        if (!store.ok())
            return;
        int i = 0;
        int okAfterFailure = 0;
        while (i < kSaves || (okAfterFailure < 5 && i < int(outcome.size()))) {
            core::ProductChange c;
            c.product = saveContent(i);
            auto r = store.value()->save(std::nullopt, 0, {c});
            outcome[size_t(i)] = r.ok() ? 1 : 0;
            if (!r.ok()) {
                ++failures;
                lastError = r.error().toString();
                QThread::msleep(50);
            } else if (failures > 0) {
                ++okAfterFailure;
            }
            ++i;
            attempts = i;
        }
        savesAfterRestart = okAfterFailure;
    });

    // Kill the server while saves run: after 30 attempts, without waiting for the saver.
    while (attempts < 30)
        QThread::msleep(1);
    ASSERT_EQ(test::runScript({QStringLiteral("kill"), info}, &output), 0) << output.toStdString();
    // The client notices (a save fails), then the server comes back.
    while (failures == 0 && attempts < kSaves)
        QThread::msleep(5);
    ASSERT_EQ(test::runScript({QStringLiteral("restart"), info}, &output), 0) << output.toStdString();
    saver.join();

    EXPECT_GT(failures.load(), 0) << "the kill should have failed at least one save";
    EXPECT_GE(savesAfterRestart, 5) << "the client did not reconnect after the restart; last error: "
                                    << lastError.toStdString();
    EXPECT_TRUE(lastError.contains(QStringLiteral("failed")) || lastError.contains(QStringLiteral("connect")))
        << lastError.toStdString();

    auto reader = core::PostgresProjectStore::connect(url);
    ASSERT_TRUE(reader.ok()) << reader.error().toString().toStdString();
    auto read = reader.value()->read();
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    QHash<QString, const core::Product*> byName;
    for (const core::Product& p : read.value().project.products)
        byName.insert(p.name, &p);
    int present = 0;
    for (int i = 0; i < attempts; ++i) {
        const core::Product* p = byName.value(QStringLiteral("save %1").arg(i));
        if (outcome[size_t(i)] == 1) {
            EXPECT_TRUE(p) << "save " << i << " succeeded but is missing";
        }
        if (!p)
            continue; // absent: a save that failed
        ++present;
        core::Product want = saveContent(i);
        want.id = p->id;
        EXPECT_EQ(*p, want) << "save " << i << " is incomplete";
    }
    EXPECT_EQ(read.value().project.products.size(), size_t(present)) << "products nobody saved";
    EXPECT_GE(present, kSaves - failures.load());
    std::printf("%d attempts, %d failed while the server was down, %d products present, %d saves after the "
                "restart\n",
                attempts.load(), failures.load(), present, savesAfterRestart);
    // Every saved product has exactly one history row.
    auto history = reader.value()->history();
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history.value().size(), size_t(present));
}

} // namespace
