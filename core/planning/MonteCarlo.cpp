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

namespace {

std::size_t nearestRank(std::size_t n, double p)
{
    const auto rank = std::size_t(std::ceil(p * double(n)));
    return std::clamp<std::size_t>(rank, 1, n) - 1;
}

// p50 and p80 with two partial selections: the second only looks above the first.
Distribution percentiles5080(std::vector<double>& v)
{
    Distribution d;
    const std::size_t n = v.size();
    const std::size_t r50 = nearestRank(n, 0.5);
    const std::size_t r80 = nearestRank(n, 0.8);
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(r50), v.end());
    d.p50 = v[r50];
    if (r80 > r50)
        std::nth_element(v.begin() + std::ptrdiff_t(r50) + 1, v.begin() + std::ptrdiff_t(r80), v.end());
    d.p80 = v[r80];
    return d;
}

} // namespace

SimulationResult simulate(const RouteModel& model, int samples, std::uint64_t seed,
                          std::optional<double> deadlineMonths)
{
    SimulationResult result;
    samples = std::max(samples, 1);
    result.samples = samples;

    const auto& months = model.months();
    const auto& costs = model.costs();
    const auto& parallel = model.parallel();

    // Compile the model: fixed parts are summed once (a transition without uncertain steps is a
    // constant), and only the uncertain draws consume random numbers, in a fixed order (per
    // transition: sequential steps, then parallel ones; then the costs), so a seed gives one answer.
    struct Segment
    {
        double fixedSequential = 0;
        double fixedParallel = 0;
        std::uint32_t seqBegin = 0, seqEnd = 0, parBegin = 0, parEnd = 0; // into seqDraws / parDraws
    };
    struct Tri // the inverse-CDF constants of one uncertain draw, packed for the inner loop
    {
        double min, max, cut, left, right;
        double at(double u) const
        {
            const bool below = u < cut;
            const double r = std::sqrt(below ? u * left : (1.0 - u) * right);
            return below ? min + r : max - r;
        }
    };
    auto pack = [](const RouteModel::Draw& d) {
        return Tri{d.min, d.max, d.cut, d.left, d.right};
    };
    thread_local std::vector<Segment> segments;
    thread_local std::vector<Tri> seqDraws;
    thread_local std::vector<Tri> parDraws;
    thread_local std::vector<Tri> costDraws;
    segments.clear();
    seqDraws.clear();
    parDraws.clear();
    costDraws.clear();
    double constantMonths = 0;
    for (const RouteModel::Segment& seg : model.segments()) {
        Segment s;
        s.seqBegin = std::uint32_t(seqDraws.size());
        s.parBegin = std::uint32_t(parDraws.size());
        for (int i = seg.begin; i < seg.end; ++i) {
            const RouteModel::Draw& d = months[std::size_t(i)];
            if (parallel[std::size_t(i)]) {
                if (d.fixed)
                    s.fixedParallel = std::max(s.fixedParallel, d.min);
                else
                    parDraws.push_back(pack(d));
            } else if (d.fixed) {
                s.fixedSequential += d.min;
            } else {
                seqDraws.push_back(pack(d));
            }
        }
        s.seqEnd = std::uint32_t(seqDraws.size());
        s.parEnd = std::uint32_t(parDraws.size());
        if (s.seqBegin == s.seqEnd && s.parBegin == s.parEnd)
            constantMonths += std::max(s.fixedSequential, s.fixedParallel);
        else
            segments.push_back(s);
    }
    double fixedCost = 0;
    for (const RouteModel::Draw& c : costs) {
        if (c.fixed)
            fixedCost += c.min;
        else
            costDraws.push_back(pack(c));
    }

    // Reused across calls on one thread: no allocation in the hot path after the first plan.
    thread_local std::vector<double> monthSamples;
    thread_local std::vector<double> costSamples;
    monthSamples.resize(std::size_t(samples));
    costSamples.resize(std::size_t(samples));

    // Each 64-bit output of the generator gives two uniforms of 32 bits (a resolution of 2^-32 is far
    // below anything a three-point estimate can express), halving the generator's share of the loop.
    std::mt19937_64 rng(seed);
    constexpr double kScale = 1.0 / 4294967296.0; // 2^-32
    std::uint64_t bits = 0;
    bool half = false;
    auto uniform = [&rng, &bits, &half]() {
        if (half) {
            half = false;
            return double(std::uint32_t(bits >> 32)) * kScale;
        }
        bits = rng();
        half = true;
        return double(std::uint32_t(bits)) * kScale;
    };

    double sumMonths = 0;
    double sumCost = 0;
    int within = 0;
    const double deadline = deadlineMonths.value_or(0);
    const Segment* segBegin = segments.data();
    const Segment* segEnd = segBegin + segments.size();
    const Tri* seq = seqDraws.data();
    const Tri* par = parDraws.data();
    for (int s = 0; s < samples; ++s) {
        double total = constantMonths;
        for (const Segment* g = segBegin; g != segEnd; ++g) {
            double sequential = g->fixedSequential;
            for (std::uint32_t i = g->seqBegin; i < g->seqEnd; ++i)
                sequential += seq[i].at(uniform());
            double longest = g->fixedParallel;
            for (std::uint32_t i = g->parBegin; i < g->parEnd; ++i)
                longest = std::max(longest, par[i].at(uniform()));
            total += std::max(sequential, longest);
        }
        double cost = fixedCost;
        for (const Tri& c : costDraws)
            cost += c.at(uniform());
        monthSamples[std::size_t(s)] = total;
        costSamples[std::size_t(s)] = cost;
        sumMonths += total;
        sumCost += cost;
        within += total <= deadline ? 1 : 0;
    }
    result.meanMonths = sumMonths / samples;
    result.meanCostJpy = sumCost / samples;
    result.months = percentiles5080(monthSamples);
    result.costJpy = percentiles5080(costSamples);
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
