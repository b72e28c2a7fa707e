// SPDX-License-Identifier: Apache-2.0
#include "core/planning/MonteCarlo.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace shirube::core;

namespace {

ThreePoint tp(double a, double b, double c)
{
    return ThreePoint{a, b, c};
}

} // namespace

TEST(MonteCarlo, TriangularInverseCdfHitsMinModeAndMax)
{
    const auto d = RouteModel::Draw::from(tp(2, 5, 12));
    EXPECT_FALSE(d.fixed);
    EXPECT_DOUBLE_EQ(d.at(0.0), 2.0);
    EXPECT_NEAR(d.at(d.cut), 5.0, 1e-12);
    EXPECT_NEAR(d.at(1.0 - 1e-15), 12.0, 1e-6);
    EXPECT_DOUBLE_EQ(d.cut, 0.3);
    // Monotone.
    double last = -1;
    for (double u = 0; u < 1; u += 0.01) {
        EXPECT_GE(d.at(u), last);
        last = d.at(u);
    }
    const auto fixed = RouteModel::Draw::from(ThreePoint::fixed(7));
    EXPECT_TRUE(fixed.fixed);
    EXPECT_EQ(fixed.at(0.3), 7.0);
}

TEST(MonteCarlo, FixedStepsGiveExactMonthsAndCost)
{
    RouteModel m;
    m.beginTransition();
    m.addStep(ThreePoint::fixed(2), ThreePoint::fixed(100), false);
    m.addStep(ThreePoint::fixed(3), ThreePoint::fixed(50), false);
    m.beginTransition();
    m.addStep(ThreePoint::fixed(12), ThreePoint::fixed(1000), false);
    const SimulationResult r = simulate(m, 500, 42);
    EXPECT_EQ(r.months.p50, 17.0);
    EXPECT_EQ(r.months.p80, 17.0);
    EXPECT_EQ(r.costJpy.p50, 1150.0);
    EXPECT_EQ(r.costJpy.p80, 1150.0);
    EXPECT_EQ(r.samples, 500);
    EXPECT_DOUBLE_EQ(m.pertMonths(), 17.0);
    EXPECT_DOUBLE_EQ(m.pertCostJpy(), 1150.0);
}

TEST(MonteCarlo, ParallelStepsTakeTheMaxOfTheirTransition)
{
    // Transition 1: sequential 2 + 3 alongside a parallel 7 -> 7. Transition 2: sequential 4 with
    // a parallel 1 -> 4. The cost is the sum of all steps either way.
    RouteModel m;
    m.beginTransition();
    m.addStep(ThreePoint::fixed(2), ThreePoint::fixed(10), false);
    m.addStep(ThreePoint::fixed(7), ThreePoint::fixed(20), true);
    m.addStep(ThreePoint::fixed(3), ThreePoint::fixed(30), false);
    m.beginTransition();
    m.addStep(ThreePoint::fixed(4), ThreePoint::fixed(40), false);
    m.addStep(ThreePoint::fixed(1), ThreePoint::fixed(50), true);
    const SimulationResult r = simulate(m, 100, 1);
    EXPECT_EQ(r.months.p50, 11.0);
    EXPECT_EQ(r.months.p80, 11.0);
    EXPECT_EQ(r.costJpy.p50, 150.0);
    EXPECT_DOUBLE_EQ(m.pertMonths(), 11.0);

    // Built from route steps, consecutive steps of one transition form one segment.
    std::vector<RouteStep> steps(4);
    steps[0].transition = QStringLiteral("t1");
    steps[0].months = ThreePoint::fixed(2);
    steps[1].transition = QStringLiteral("t1");
    steps[1].months = ThreePoint::fixed(5);
    steps[1].parallel = true;
    steps[2].transition = QStringLiteral("t2");
    steps[2].months = ThreePoint::fixed(1);
    steps[2].parallel = true;
    steps[3].transition = QStringLiteral("t2");
    steps[3].months = ThreePoint::fixed(3);
    steps[3].parallel = true;
    const RouteModel fromSteps(steps);
    EXPECT_EQ(fromSteps.segments().size(), 2u);
    EXPECT_EQ(simulate(fromSteps, 10, 3).months.p50, 8.0); // max(2, 5) + max(0, 1, 3)
}

TEST(MonteCarlo, SameSeedSameResultOtherSeedOtherResult)
{
    RouteModel m;
    m.addStep(tp(1, 2, 6), tp(100, 200, 900), false);
    m.addStep(tp(3, 4, 5), ThreePoint::fixed(10), true);
    m.beginTransition();
    m.addStep(tp(6, 12, 18), tp(0, 1000, 5000), false);
    const SimulationResult a = simulate(m, 2000, 1234);
    const SimulationResult b = simulate(m, 2000, 1234);
    EXPECT_EQ(a.months.p50, b.months.p50);
    EXPECT_EQ(a.months.p80, b.months.p80);
    EXPECT_EQ(a.costJpy.p50, b.costJpy.p50);
    EXPECT_EQ(a.costJpy.p80, b.costJpy.p80);
    EXPECT_EQ(a.meanMonths, b.meanMonths);
    const SimulationResult c = simulate(m, 2000, 1235);
    EXPECT_NE(a.meanMonths, c.meanMonths);
    // Within the support, p50 <= p80.
    EXPECT_GE(a.months.p50, 7.0);
    EXPECT_LE(a.months.p80, 24.0);
    EXPECT_LE(a.months.p50, a.months.p80);
    EXPECT_LE(a.costJpy.p50, a.costJpy.p80);
}

TEST(MonteCarlo, PercentilesOfAKnownTriangularMatchTheAnalyticValues)
{
    // triangular(0, 3, 10): F(3) = 0.3, so q(p) = 10 - sqrt((1 - p) * 10 * 7) for p >= 0.3.
    RouteModel m;
    m.addStep(tp(0, 3, 10), tp(0, 3, 10), false);
    const SimulationResult r = simulate(m, 100000, 7, 10.0 - std::sqrt(0.5 * 70.0));
    EXPECT_NEAR(r.months.p50, 10.0 - std::sqrt(0.5 * 70.0), 0.05);
    EXPECT_NEAR(r.months.p80, 10.0 - std::sqrt(0.2 * 70.0), 0.05);
    EXPECT_NEAR(r.costJpy.p50, 10.0 - std::sqrt(0.5 * 70.0), 0.05);
    EXPECT_NEAR(r.meanMonths, 13.0 / 3.0, 0.03); // (a + b + c) / 3
    ASSERT_TRUE(r.withinMonths.has_value());
    EXPECT_NEAR(*r.withinMonths, 0.5, 0.01);
    // No deadline, no probability.
    EXPECT_FALSE(simulate(m, 10, 7).withinMonths.has_value());
}

TEST(MonteCarlo, PercentileIsNearestRank)
{
    std::vector<double> v{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    EXPECT_EQ(percentile(v, 0.5), 5.0);
    EXPECT_EQ(percentile(v, 0.8), 8.0);
    EXPECT_EQ(percentile(v, 1.0), 10.0);
    EXPECT_EQ(percentile(v, 0.0), 1.0);
    std::vector<double> empty;
    EXPECT_EQ(percentile(empty, 0.5), 0.0);
}

TEST(MonteCarlo, SummaryPercentilesEqualNearestRankOverTheWholeSample)
{
    // summarise() finds p50/p80 through buckets; it must give exactly what nth_element gives, for
    // small and large samples, ties, a few distinct values, skewed data and a constant sample.
    std::uint64_t state = 12345;
    auto next = [&state] { // SplitMix64
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    for (int n : {1, 2, 3, 5, 10, 99, 100, 1000, 4097}) {
        for (int shape = 0; shape < 4; ++shape) {
            std::vector<double> a(static_cast<std::size_t>(n));
            std::vector<double> b(static_cast<std::size_t>(n));
            for (int i = 0; i < n; ++i) {
                const double u = double(next() >> 11) * 0x1.0p-53;
                switch (shape) {
                case 0:
                    a[std::size_t(i)] = u * 100;
                    break; // uniform
                case 1:
                    a[std::size_t(i)] = double(next() % 4);
                    break; // four distinct values
                case 2:
                    a[std::size_t(i)] = std::exp(u * 20);
                    break; // skewed over 9 decades
                default:
                    a[std::size_t(i)] = 7.5;
                    break; // constant
                }
                b[std::size_t(i)] = 1e9 - a[std::size_t(i)];
            }
            const SimulationResult r = summarise(a.data(), b.data(), n);
            std::vector<double> copyA = a;
            std::vector<double> copyB = b;
            EXPECT_EQ(r.months.p50, percentile(copyA, 0.5)) << n << " shape " << shape;
            EXPECT_EQ(r.months.p80, percentile(copyA, 0.8)) << n << " shape " << shape;
            EXPECT_EQ(r.costJpy.p50, percentile(copyB, 0.5)) << n << " shape " << shape;
            EXPECT_EQ(r.costJpy.p80, percentile(copyB, 0.8)) << n << " shape " << shape;
        }
    }
}

TEST(MonteCarlo, SeedsAreStableAndDependOnEveryInput)
{
    const QByteArray json = QByteArrayLiteral("{\"name\":\"x\"}");
    const auto s = stableSeed(json, QStringLiteral("standard"), QStringLiteral("2025-04"));
    EXPECT_EQ(s, stableSeed(json, QStringLiteral("standard"), QStringLiteral("2025-04")));
    EXPECT_NE(s, stableSeed(json, QStringLiteral("sakigake"), QStringLiteral("2025-04")));
    EXPECT_NE(s, stableSeed(json, QStringLiteral("standard"), QStringLiteral("2025-05")));
    EXPECT_NE(s, stableSeed(QByteArrayLiteral("{\"name\":\"y\"}"), QStringLiteral("standard"),
                            QStringLiteral("2025-04")));
    // FNV-1a 64 test vectors.
    EXPECT_EQ(fnv1a64("", 0), 0xcbf29ce484222325ULL);
    EXPECT_EQ(fnv1a64("a", 1), 0xaf63dc4c8601ec8cULL);
}
