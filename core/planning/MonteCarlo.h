// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Hash.h"
#include "core/common/Text.h"
#include "core/planning/Plan.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

namespace shirube::core {

// The Monte Carlo model of one route: its steps as flat arrays, grouped by transition. Each step's
// months and cost are drawn from triangular(min, likely, max) (fixed when min == max). A transition
// lasts max(sum of its sequential steps, each parallel step) — its critical path; the route lasts the
// sum of its transitions; the cost is the sum of all steps.
class RouteModel
{
public:
    RouteModel() = default;
    // Builds the model from route steps (consecutive steps with the same `transition` form one segment).
    explicit RouteModel(const std::vector<RouteStep>& steps);

    // Appends one step to the current transition; beginTransition() starts the next one.
    void beginTransition();
    void addStep(const ThreePoint& months, const ThreePoint& costJpy, bool parallel);

    bool isEmpty() const { return m_segments.empty(); }
    // The deterministic PERT-mean duration along the critical path, and the PERT-mean cost: the
    // pre-ranking the planner uses before simulating.
    double pertMonths() const;
    double pertCostJpy() const;

    struct Draw // a triangular distribution prepared for its inverse CDF
    {
        double min = 0;
        double max = 0;
        double cut = 0;   // (likely - min) / (max - min): the CDF at the mode
        double left = 0;  // (max - min) * (likely - min)
        double right = 0; // (max - min) * (max - likely)
        bool fixed = true;
        ThreePoint source;
        static Draw from(const ThreePoint& t);
        double at(double u) const // inverse CDF, u in [0, 1); inline: it is the Monte Carlo's inner loop
        {
            // Branch-free on the side of the mode: u is random, so a branch would mispredict half the time.
            const bool below = u < cut;
            const double r = std::sqrt(below ? u * left : (1.0 - u) * right);
            return below ? min + r : max - r;
        }
    };
    struct Segment
    {
        int begin = 0; // into months/costs
        int end = 0;
    };

    const std::vector<Draw>& months() const { return m_months; }
    const std::vector<Draw>& costs() const { return m_costs; }
    const std::vector<char>& parallel() const { return m_parallel; }
    const std::vector<Segment>& segments() const { return m_segments; }

private:
    std::vector<Draw> m_months;
    std::vector<Draw> m_costs;
    std::vector<char> m_parallel;
    std::vector<Segment> m_segments;
};

struct SimulationResult
{
    Distribution months;
    Distribution costJpy;
    double meanMonths = 0;
    double meanCostJpy = 0;
    std::optional<double> withinMonths; // P(months <= deadline) when a deadline is given
    int samples = 0;
};

// Runs `samples` draws seeded with `seed` (xoshiro128+ ×4, blocks of SSE2 inverse CDFs): same inputs, same
// result, on any platform. `deadlineMonths`, when set, gives the probability that the route takes no longer.
// The same as drawSamples() followed by summarise().
SimulationResult simulate(const RouteModel& model, int samples, std::uint64_t seed,
                          std::optional<double> deadlineMonths = std::nullopt);

// The draws alone: sample i of the model's months (its critical path) and cost go to months[i] and
// costs[i], for i < samples.
void drawSamples(const RouteModel& model, int samples, std::uint64_t seed, double* months, double* costs);
// The same draws rounded to single precision (half the memory: a cost of ¥700M is then off by ¥32 at
// most, far below the simulation's own error).
void drawSamples(const RouteModel& model, int samples, std::uint64_t seed, float* months, float* costs);

// Mean, P50/P80 (nearest rank) and, with a deadline, P(months <= deadline) of `samples` draws.
SimulationResult summarise(const double* months, const double* costs, int samples,
                           std::optional<double> deadlineMonths = std::nullopt);

// The seed of a simulation: FNV-1a (64-bit) over some bytes (or their hash), a key (a route id, a
// transition's steps) and the as-of month, so the same input gives the same numbers everywhere.
std::uint64_t stableSeed(const QByteArray& profileJson, const QString& routeId, const QString& asOf);
std::uint64_t stableSeed(std::uint64_t profileHash, const QString& key, const QString& asOf);

// Percentile (0..1) of `values` by nth_element; reorders `values`. Nearest-rank on the sorted sample.
double percentile(std::vector<double>& values, double p);

} // namespace shirube::core
