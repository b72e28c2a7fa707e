// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/planning/MonteCarlo.h"
#include "core/planning/Plan.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <vector>

namespace shirube::core {

// The Monte Carlo draws of transitions, kept per thread from plan to
// plan. A transition's draws (the critical path of the steps a route keeps there, and their cost)
// are seeded by what they are — the transition's key with its steps, the sample counts and the as-of
// month — not by who asks: every route and scenario of a plan, and every plan on the thread, that
// takes the same steps uses the same draws (common random numbers). A route's distribution is still
// that of independent draws (a route takes a transition at most once); two routes, or two products,
// differ only where their steps differ, so an answer that does not change a route leaves its figures
// exactly as they were. The cache is invisible in the results: a plan's numbers are those a fresh
// process computes for the same input.
class DrawCache
{
public:
    // The calling thread's cache.
    static DrawCache& local();

    // Starts a plan of `samples` draws per transition. The first `firstDraws` come from one stream and
    // the rest from a second, so that a transition only a screening on the first draws needs costs only
    // those. Frees the cache when it holds more than its budget (never during a plan, which keeps the
    // entries it has asked for).
    void beginPlan(int samples, int firstDraws, const QString& asOf);

    // The draws of a transition's steps, at least n of them: an entry for route().
    int entry(const QString& key, const std::vector<RouteStep>& steps, int n);

    // The months and cost of a route through these entries (in order) over the first n draws, with
    // P(months <= deadline) when a deadline is given.
    SimulationResult route(const std::vector<int>& entries, int n, std::optional<double> deadline);

    // A route that needs designations MHLW selects, granted with probability `p`: draw i follows the
    // route through `entries` when granted (a uniform draw seeded by `key` and the as-of month) and
    // otherwise the `fallback` route plus the months and cost the attempt lost (`attempt`, an entry).
    // Its P50/P80 are those of the mixture: what the plan can honestly promise.
    SimulationResult folded(const std::vector<int>& entries, const std::vector<int>& fallback, int attempt,
                            double p, const QString& key, int n, std::optional<double> deadline);

    // Everything forgotten (tests; the budget does it by itself).
    void clear();

private:
    struct Entry
    {
        QString key;
        RouteModel model;
        std::uint64_t seed = 0;
        bool constant = false; // every step fixed: one value, no draws
        double months = 0;     // when constant
        double cost = 0;
        std::size_t offset = 0; // into m_months / m_costs, room for all samples
        int drawn = 0;
    };
    static bool sameSteps(const RouteModel& model, const std::vector<RouteStep>& steps);

    int m_samples = 1;
    int m_first = 1;
    QString m_asOf;
    QString m_suffix;                         // "|samples|first|asOf": the draws of one key differ with these
    QHash<QString, std::vector<int>> m_index; // key + suffix -> entries (one per distinct step data)
    std::deque<Entry> m_entries;              // stable addresses
    void sumRoute(const std::vector<int>& entries, int n);
    // The summaries of this plan's routes (scenarios often keep the same steps on a route). Kept for
    // one plan only: across plans few routes recur with the same deadline, and the map would only grow.
    struct SummaryKey
    {
        int n;
        std::optional<double> deadline;
        std::vector<int> entries;
        bool operator<(const SummaryKey& o) const
        {
            if (n != o.n)
                return n < o.n;
            if (deadline != o.deadline)
                return deadline < o.deadline;
            return entries < o.entries;
        }
    };
    std::map<SummaryKey, SimulationResult> m_summaries;
    std::vector<float> m_months; // single precision: half the memory the route sums read // entry by entry
    std::vector<float> m_costs;
    std::size_t m_used = 0;
    std::vector<double> m_sumMonths; // a route's samples, reused
    std::vector<double> m_sumCosts;
};

} // namespace shirube::core
