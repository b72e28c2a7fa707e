#include "core/planning/MonteCarlo.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace shirube::core {

RouteModel::Draw RouteModel::Draw::from(const ThreePoint& t)
{
    Draw d;
    d.source = t;
    // Guard against inverted input (the validator rejects it): clamp into [min, max].
    const double lo = std::min(t.min, t.max);
    const double hi = std::max(t.min, t.max);
    const double mode = std::clamp(t.likely, lo, hi);
    d.min = lo;
    d.max = hi;
    d.fixed = !(hi > lo);
    if (!d.fixed) {
        const double width = hi - lo;
        d.cut = (mode - lo) / width;
        d.left = width * (mode - lo);
        d.right = width * (hi - mode);
    }
    return d;
}

double RouteModel::Draw::at(double u) const
{
    if (fixed)
        return min;
    if (u < cut)
        return min + std::sqrt(u * left);
    return max - std::sqrt((1.0 - u) * right);
}

RouteModel::RouteModel(const std::vector<RouteStep>& steps)
{
    const QString* current = nullptr;
    for (const RouteStep& s : steps) {
        if (!current || *current != s.transition) {
            beginTransition();
            current = &s.transition;
        }
        addStep(s.months, s.costJpy, s.parallel);
    }
}

void RouteModel::beginTransition()
{
    const int at = int(m_months.size());
    m_segments.push_back({at, at});
}

void RouteModel::addStep(const ThreePoint& months, const ThreePoint& costJpy, bool parallel)
{
    if (m_segments.empty())
        beginTransition();
    m_months.push_back(Draw::from(months));
    m_costs.push_back(Draw::from(costJpy));
    m_parallel.push_back(parallel ? 1 : 0);
    m_segments.back().end = int(m_months.size());
}

double RouteModel::pertMonths() const
{
    double total = 0;
    for (const Segment& seg : m_segments) {
        double sequential = 0;
        double longest = 0;
        for (int i = seg.begin; i < seg.end; ++i) {
            const double m = m_months[std::size_t(i)].source.pertMean();
            if (m_parallel[std::size_t(i)])
                longest = std::max(longest, m);
            else
                sequential += m;
        }
        total += std::max(sequential, longest);
    }
    return total;
}

double RouteModel::pertCostJpy() const
{
    double total = 0;
    for (const Draw& c : m_costs)
        total += c.source.pertMean();
    return total;
}

double percentile(std::vector<double>& values, double p)
{
    if (values.empty())
        return 0;
    // Nearest rank: the smallest value with at least p of the sample at or below it.
    const auto n = values.size();
    auto rank = std::size_t(std::ceil(p * double(n)));
    rank = std::clamp<std::size_t>(rank, 1, n) - 1;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(rank), values.end());
    return values[rank];
}

SimulationResult simulate(const RouteModel& model, int samples, std::uint64_t seed,
                          std::optional<double> deadlineMonths)
{
    SimulationResult result;
    samples = std::max(samples, 1);
    result.samples = samples;

    const auto& months = model.months();
    const auto& costs = model.costs();
    const auto& parallel = model.parallel();
    const auto& segments = model.segments();

    // Fixed parts are summed once; only the uncertain draws consume random numbers. The order of the
    // draws is fixed (steps in route order, months before cost), so a seed gives one answer.
    double fixedCost = 0;
    std::vector<std::size_t> randomCosts;
    randomCosts.reserve(costs.size());
    for (std::size_t i = 0; i < costs.size(); ++i) {
        if (costs[i].fixed)
            fixedCost += costs[i].min;
        else
            randomCosts.push_back(i);
    }

    // Reused across calls on one thread: no allocation in the hot path after the first plan.
    thread_local std::vector<double> monthSamples;
    thread_local std::vector<double> costSamples;
    monthSamples.resize(std::size_t(samples));
    costSamples.resize(std::size_t(samples));

    std::mt19937_64 rng(seed);
    constexpr double kScale = 1.0 / 9007199254740992.0; // 2^-53
    auto uniform = [&rng]() {
        return double(rng() >> 11) * kScale;
    };

    double sumMonths = 0;
    double sumCost = 0;
    int within = 0;
    const double deadline = deadlineMonths.value_or(0);
    for (int s = 0; s < samples; ++s) {
        double total = 0;
        for (const RouteModel::Segment& seg : segments) {
            double sequential = 0;
            double longest = 0;
            for (int i = seg.begin; i < seg.end; ++i) {
                const RouteModel::Draw& d = months[std::size_t(i)];
                const double m = d.fixed ? d.min : d.at(uniform());
                if (parallel[std::size_t(i)])
                    longest = std::max(longest, m);
                else
                    sequential += m;
            }
            total += std::max(sequential, longest);
        }
        double cost = fixedCost;
        for (std::size_t i : randomCosts)
            cost += costs[i].at(uniform());
        monthSamples[std::size_t(s)] = total;
        costSamples[std::size_t(s)] = cost;
        sumMonths += total;
        sumCost += cost;
        if (deadlineMonths && total <= deadline)
            ++within;
    }
    result.meanMonths = sumMonths / samples;
    result.meanCostJpy = sumCost / samples;
    result.months.p50 = percentile(monthSamples, 0.5);
    result.months.p80 = percentile(monthSamples, 0.8);
    result.costJpy.p50 = percentile(costSamples, 0.5);
    result.costJpy.p80 = percentile(costSamples, 0.8);
    if (deadlineMonths)
        result.withinMonths = double(within) / samples;
    return result;
}

std::uint64_t fnv1a64(const char* data, std::size_t size, std::uint64_t hash)
{
    for (std::size_t i = 0; i < size; ++i) {
        hash ^= std::uint8_t(data[i]);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::uint64_t stableSeed(const QByteArray& profileJson, const QString& routeId, const QString& asOf)
{
    std::uint64_t h = fnv1a64(profileJson.constData(), std::size_t(profileJson.size()));
    const QByteArray id = routeId.toUtf8();
    h = fnv1a64("\x1f", 1, h);
    h = fnv1a64(id.constData(), std::size_t(id.size()), h);
    const QByteArray month = asOf.toUtf8();
    h = fnv1a64("\x1f", 1, h);
    h = fnv1a64(month.constData(), std::size_t(month.size()), h);
    return h;
}

} // namespace shirube::core
