// SPDX-License-Identifier: Apache-2.0
#include "core/planning/DrawCache.h"

#include <gtest/gtest.h>
#include <thread>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;

namespace {

RouteStep step(ThreePoint months, ThreePoint cost, bool parallel = false)
{
    RouteStep s;
    s.months = months;
    s.costJpy = cost;
    s.parallel = parallel;
    return s;
}

const std::vector<RouteStep> kReview = {step({4, 6, 9}, {1e6, 2e6, 4e6}),
                                        step({1, 2, 3}, ThreePoint::fixed(3e5), true)};
const std::vector<RouteStep> kTrial = {step({10, 14, 24}, {2e7, 3e7, 6e7})};

TEST(DrawCache, SameStepsShareAnEntryOtherStepDataGetsItsOwn)
{
    DrawCache& cache = DrawCache::local();
    cache.clear();
    cache.beginPlan(1000, 100, QStringLiteral("2025-04"));
    const int review = cache.entry(QStringLiteral("review#0#1"), kReview, 1000);
    EXPECT_EQ(cache.entry(QStringLiteral("review#0#1"), kReview, 1000), review);
    // The same key with other numbers (another ruleset): other draws.
    std::vector<RouteStep> slower = kReview;
    slower[0].months.max = 12;
    const int other = cache.entry(QStringLiteral("review#0#1"), slower, 1000);
    EXPECT_NE(other, review);
    EXPECT_NE(cache.route({review}, 1000, {}).months.p80, cache.route({other}, 1000, {}).months.p80);
}

TEST(DrawCache, ARouteIsTheSumOfItsTransitionsDraws)
{
    DrawCache& cache = DrawCache::local();
    cache.clear();
    cache.beginPlan(2000, 200, QStringLiteral("2025-04"));
    const int fixed =
        cache.entry(QStringLiteral("fee"), {step(ThreePoint::fixed(2), ThreePoint::fixed(5e5))}, 2000);
    const int trial = cache.entry(QStringLiteral("trial#0"), kTrial, 2000);
    const SimulationResult alone = cache.route({trial}, 2000, {});
    const SimulationResult both = cache.route({fixed, trial}, 2000, 20.0);
    // A fixed transition shifts every sample: the percentiles move by exactly its value.
    EXPECT_DOUBLE_EQ(both.months.p50, alone.months.p50 + 2);
    EXPECT_DOUBLE_EQ(both.costJpy.p80, alone.costJpy.p80 + 5e5);
    ASSERT_TRUE(both.withinMonths.has_value());
    EXPECT_GT(*both.withinMonths, 0.0);
    EXPECT_LT(*both.withinMonths, 1.0);
    EXPECT_FALSE(alone.withinMonths.has_value());
    // Within the support of triangular(10, 14, 24).
    EXPECT_GT(alone.months.p50, 10);
    EXPECT_LT(alone.months.p80, 24);
}

TEST(DrawCache, ResultsDoNotDependOnWhatTheCacheHeld)
{
    auto summary = [](bool warm) {
        DrawCache& cache = DrawCache::local();
        cache.clear();
        cache.beginPlan(1000, 100, QStringLiteral("2025-04"));
        if (warm) { // other entries first, and the screening's share of the draws only
            cache.entry(QStringLiteral("trial#0"), kTrial, 1000);
            cache.entry(QStringLiteral("review#0#1"), kReview, 100);
            cache.route({cache.entry(QStringLiteral("review#0#1"), kReview, 100)}, 100, {});
        }
        const int review = cache.entry(QStringLiteral("review#0#1"), kReview, 1000);
        return cache.route({review}, 1000, 9.0);
    };
    const SimulationResult cold = summary(false);
    const SimulationResult warm = summary(true);
    EXPECT_EQ(cold.months.p50, warm.months.p50);
    EXPECT_EQ(cold.months.p80, warm.months.p80);
    EXPECT_EQ(cold.costJpy.p50, warm.costJpy.p50);
    EXPECT_EQ(cold.costJpy.p80, warm.costJpy.p80);
    EXPECT_EQ(cold.withinMonths, warm.withinMonths);
    // Another thread, another cache: the same numbers.
    SimulationResult elsewhere;
    std::thread([&] {
        DrawCache& cache = DrawCache::local();
        cache.beginPlan(1000, 100, QStringLiteral("2025-04"));
        elsewhere = cache.route({cache.entry(QStringLiteral("review#0#1"), kReview, 1000)}, 1000, 9.0);
    }).join();
    EXPECT_EQ(elsewhere.months.p80, cold.months.p80);
    EXPECT_EQ(elsewhere.costJpy.p80, cold.costJpy.p80);
    // Another as-of month: other draws.
    DrawCache& cache = DrawCache::local();
    cache.beginPlan(1000, 100, QStringLiteral("2025-05"));
    EXPECT_NE(cache.route({cache.entry(QStringLiteral("review#0#1"), kReview, 1000)}, 1000, 9.0).months.p80,
              cold.months.p80);
}

TEST(DrawCache, DeadlineProbabilitiesEqualACountOverTheSamples)
{
    // The cache answers whole-month deadlines from a table; every answer must equal the count.
    DrawCache& cache = DrawCache::local();
    cache.clear();
    const QString asOf = QStringLiteral("2025-04");
    cache.beginPlan(1000, 100, asOf);
    const int review = cache.entry(QStringLiteral("review#0#1"), kReview, 1000);
    const int trial = cache.entry(QStringLiteral("trial#0"), kTrial, 1000);

    // The same draws, made by hand: the first 100 from the entry's seed, the rest from the second stream.
    auto draws = [&asOf](const QString& key, const std::vector<RouteStep>& steps, std::vector<float>& months,
                         std::vector<float>& costs) {
        RouteModel model;
        model.beginTransition();
        for (const RouteStep& s : steps)
            model.addStep(s.months, s.costJpy, s.parallel);
        const std::uint64_t seed = stableSeed(QByteArray(), key, asOf);
        months.assign(1000, 0.0f);
        costs.assign(1000, 0.0f);
        drawSamples(model, 100, seed, months.data(), costs.data());
        drawSamples(model, 900, fnv1a64("rest", 4, seed), months.data() + 100, costs.data() + 100);
    };
    std::vector<float> m1, c1, m2, c2; // the cache keeps single precision
    draws(QStringLiteral("review#0#1"), kReview, m1, c1);
    draws(QStringLiteral("trial#0"), kTrial, m2, c2);
    std::vector<double> months(1000), costs(1000);
    for (std::size_t i = 0; i < 1000; ++i) {
        months[i] = double(m1[i]) + double(m2[i]);
        costs[i] = double(c1[i]) + double(c2[i]);
    }
    for (double deadline : {-1.0, 0.0, 15.0, 18.0, 20.0, 22.5, 24.0, 30.0, 33.0, 5000.0}) {
        const SimulationResult viaCache = cache.route({review, trial}, 1000, deadline);
        const SimulationResult direct = summarise(months.data(), costs.data(), 1000, deadline);
        ASSERT_TRUE(viaCache.withinMonths.has_value());
        EXPECT_EQ(*viaCache.withinMonths, *direct.withinMonths) << deadline;
        EXPECT_EQ(viaCache.months.p80, direct.months.p80);
        EXPECT_EQ(viaCache.costJpy.p50, direct.costJpy.p50);
    }
}

} // namespace
