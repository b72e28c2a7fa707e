// SPDX-License-Identifier: Apache-2.0
// Team-project benchmark (issue 15), outside ctest: starts its own throw-away cluster
// (pg-server.sh), then over the loopback
//   1. opens a 1,000-product team project (goal <= 300 ms) and saves one product (goal <= 20 ms);
//   2. runs 8 clients saving in a loop for --seconds (default 60) and checks nothing was lost: every
//      product's version is 1 + the saves the clients counted, with as many history rows.
// Prints figures and exits 1 when a goal or the check fails.
//   cmake --build build/ci --target shirube_postgres_bench && build/ci/tests/postgres/shirube_postgres_bench

#include "core/storage/ProjectStore.h"
#include "core/storage/postgres/PostgresProjectStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include "tests/postgres/PgTestServer.h"
#include "tests/storage/StorageTestSupport.h"

using namespace shirube;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int seconds = 60;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--seconds"));
    if (at > 0 && at + 1 < args.size())
        seconds = std::max(1, args[at + 1].toInt());

    QTemporaryDir tmp;
    const QString info = tmp.filePath(QStringLiteral("server.info"));
    QString output;
    if (test::runScript({QStringLiteral("start"), info}, &output) != 0) {
        std::fprintf(stderr, "cannot start a PostgreSQL cluster:\n%s\n", qPrintable(output));
        return 1;
    }
    struct Stop
    {
        QString info;
        ~Stop() { test::runScript({QStringLiteral("stop"), info}); }
    } stop{info};
    QString why;
    const std::optional<test::PgServer> server = test::readInfo(info, &why);
    const QString database = server ? test::freshDatabase(*server, QStringLiteral("bench")) : QString();
    if (database.isEmpty()) {
        std::fprintf(stderr, "no database: %s\n", qPrintable(why));
        return 1;
    }
    const QString url = server->url(database);
    bool ok = true;

    {
        auto store = core::PostgresProjectStore::connect(url);
        if (!store.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 1;
        }
        std::vector<core::ProductChange> changes;
        for (int i = 0; i < 1000; ++i) {
            test::Rng rng{std::uint64_t(i) + 1};
            core::ProductChange c;
            c.product.profile = test::sampleProfile(i, rng);
            c.product.name = c.product.profile.name();
            c.product.overrides.push_back(core::Override{QStringLiteral("clinical_trial"),
                                                         {},
                                                         core::ThreePoint{6, 12, 24},
                                                         5000000,
                                                         QStringLiteral("quote")});
            c.product.milestones.push_back(
                core::Milestone{{}, QStringLiteral("approved"), QDate(2026, 1, 1), {}});
            c.product.rulesetId = QStringLiteral("jp-pmd");
            c.product.rulesetVersion = QStringLiteral("2025.1");
            c.product.planSnapshot = test::samplePlan(c.product.name, 3, rng);
            changes.push_back(std::move(c));
        }
        const auto t0 = Clock::now();
        auto seeded = store.value()->save(std::nullopt, 0, changes);
        if (!seeded.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(seeded.error().toString()));
            return 1;
        }
        std::printf("seed: 1000 products (with plans) in one save: %.0f ms\n", ms(Clock::now() - t0));
    }

    std::vector<double> opens;
    for (int i = 0; i < 7; ++i) {
        const auto t0 = Clock::now();
        auto store = core::PostgresProjectStore::connect(url);
        auto read = store.ok() ? store.value()->read() : core::Result<core::StoredProject>(store.error());
        opens.push_back(ms(Clock::now() - t0));
        if (!read.ok() || read.value().project.products.size() != 1000) {
            std::fprintf(stderr, "open failed\n");
            return 1;
        }
    }
    const double openMedian = median(opens);
    std::printf(
        "open 1000-product team project (connect + read): median %.1f ms, max %.1f ms (goal <= 300)\n",
        openMedian, *std::max_element(opens.begin(), opens.end()));
    ok = ok && openMedian <= 300;

    {
        auto store = core::PostgresProjectStore::connect(url);
        auto read = store.value()->read();
        core::StoredProject stored = std::move(read).value();
        std::vector<double> saves;
        for (int i = 0; i < 50; ++i) {
            core::Product& p = stored.project.products[size_t(i % 1000)];
            p.notes = QStringLiteral("edit %1").arg(i);
            core::ProductChange c;
            c.product = p;
            c.baseVersion = stored.versions.value(p.id);
            const auto t0 = Clock::now();
            auto r = store.value()->save(std::nullopt, 0, {c});
            saves.push_back(ms(Clock::now() - t0));
            if (!r.ok() || !r.value().complete()) {
                std::fprintf(stderr, "save failed\n");
                return 1;
            }
            stored.versions.insert(p.id, r.value().versions.value(p.id));
        }
        std::printf("save one product: median %.1f ms, p95 %.1f ms (goal <= 20)\n", median(saves),
                    percentile(saves, 0.95));
        ok = ok && median(saves) <= 20;
    }

    // 8 clients, 20 hot products, for `seconds`: conflicts are retried with the newer version (keep mine).
    constexpr int kClients = 8;
    constexpr int kHot = 20;
    std::array<std::atomic<int>, kHot> saved{};
    std::atomic<int> conflicts{0};
    std::atomic<int> errors{0};
    std::vector<qint64> hotIds;
    qint64 startVersions[kHot] = {};
    {
        auto store = core::PostgresProjectStore::connect(url);
        auto read = store.value()->read();
        for (int i = 0; i < kHot; ++i) {
            hotIds.push_back(read.value().project.products[size_t(i * 37)].id);
            startVersions[i] = read.value().versions.value(hotIds.back());
        }
    }
    const auto end = Clock::now() + std::chrono::seconds(seconds);
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c) {
        clients.emplace_back([&, c] {
            auto store = core::PostgresProjectStore::connect(url);
            if (!store.ok()) {
                ++errors;
                return;
            }
            auto read = store.value()->read();
            if (!read.ok()) {
                ++errors;
                return;
            }
            core::StoredProject stored = std::move(read).value();
            test::Rng rng{std::uint64_t(c) + 100};
            int n = 0;
            while (Clock::now() < end) {
                const int h = rng.below(kHot);
                core::ProductChange change;
                change.product = *stored.project.product(hotIds[size_t(h)]);
                change.product.notes = QStringLiteral("client %1 save %2").arg(c).arg(++n);
                change.baseVersion = stored.versions.value(hotIds[size_t(h)]);
                for (;;) {
                    auto r = store.value()->save(std::nullopt, 0, {change});
                    if (!r.ok()) {
                        ++errors;
                        break;
                    }
                    if (r.value().complete()) {
                        ++saved[size_t(h)];
                        stored.versions.insert(change.product.id,
                                               r.value().versions.value(change.product.id));
                        break;
                    }
                    ++conflicts;
                    change = *core::keepMine(r.value().conflicts.front());
                }
            }
        });
    }
    for (std::thread& t : clients)
        t.join();
    int total = 0;
    int lost = 0;
    {
        auto store = core::PostgresProjectStore::connect(url);
        auto read = store.value()->read();
        auto history = store.value()->history();
        QHash<qint64, int> historyRows;
        for (const core::HistoryEntry& h : history.value())
            ++historyRows[h.productId];
        for (int i = 0; i < kHot; ++i) {
            total += saved[size_t(i)];
            const qint64 expected = startVersions[i] + saved[size_t(i)];
            const qint64 version = read.value().versions.value(hotIds[size_t(i)]);
            if (version != expected || historyRows.value(hotIds[size_t(i)]) != expected)
                ++lost;
        }
        if (read.value().project.products.size() != 1000)
            ++lost;
    }
    std::printf(
        "%d clients x %d s: %d saves (%.0f/s), %d conflicts retried, %d errors; products whose version or "
        "history rows differ from the saves counted: %d\n",
        kClients, seconds, total, double(total) / seconds, conflicts.load(), errors.load(), lost);
    ok = ok && lost == 0 && errors == 0;
    std::printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
