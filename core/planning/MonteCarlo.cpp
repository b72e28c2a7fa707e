// SPDX-License-Identifier: Apache-2.0
#include "core/planning/MonteCarlo.h"

#include <algorithm>
#include <cmath>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define SHIRUBE_MC_SSE2 1
#else
#define SHIRUBE_MC_SSE2 0
#endif

namespace shirube::core {

namespace {

// Four interleaved xoshiro128+ 1.0 generators (David Blackman and Sebastiano Vigna, public domain;
// the variant its authors recommend for single-precision floats), one per SSE2 lane, seeded by
// SplitMix64 as they recommend. Without SSE2 the same four lanes run in scalar code: same numbers.
class Xoshiro128Plus4
{
public:
    explicit Xoshiro128Plus4(std::uint64_t seed)
    {
        std::uint32_t words[16];
        for (int i = 0; i < 16; i += 2) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            z ^= z >> 31;
            words[i] = std::uint32_t(z);
            words[i + 1] = std::uint32_t(z >> 32);
        }
        for (int k = 0; k < 4; ++k) { // word k of lane l is words[4 * k + l]
            for (int l = 0; l < 4; ++l)
                m_s[k][l] = words[4 * k + l];
        }
    }
    // Uniforms in [0, 1) of 24 bits (a float's precision; far finer than any three-point estimate):
    // the high 24 bits of each lane's output, four per step. Writes n rounded up to a multiple of 4.
    void fill(float* out, int n)
    {
#if SHIRUBE_MC_SSE2
        __m128i s0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(m_s[0]));
        __m128i s1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(m_s[1]));
        __m128i s2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(m_s[2]));
        __m128i s3 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(m_s[3]));
        const __m128 scale = _mm_set1_ps(0x1.0p-24f);
        for (int i = 0; i < n; i += 4) {
            const __m128i result = _mm_add_epi32(s0, s3);
            const __m128i t = _mm_slli_epi32(s1, 9);
            s2 = _mm_xor_si128(s2, s0);
            s3 = _mm_xor_si128(s3, s1);
            s1 = _mm_xor_si128(s1, s2);
            s0 = _mm_xor_si128(s0, s3);
            s2 = _mm_xor_si128(s2, t);
            s3 = _mm_or_si128(_mm_slli_epi32(s3, 11), _mm_srli_epi32(s3, 21));
            _mm_storeu_ps(out + i, _mm_mul_ps(_mm_cvtepi32_ps(_mm_srli_epi32(result, 8)), scale));
        }
        _mm_storeu_si128(reinterpret_cast<__m128i*>(m_s[0]), s0);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(m_s[1]), s1);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(m_s[2]), s2);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(m_s[3]), s3);
#else
        for (int i = 0; i < n; i += 4) {
            for (int l = 0; l < 4; ++l) {
                std::uint32_t& s0 = m_s[0][l];
                std::uint32_t& s1 = m_s[1][l];
                std::uint32_t& s2 = m_s[2][l];
                std::uint32_t& s3 = m_s[3][l];
                const std::uint32_t result = s0 + s3;
                const std::uint32_t t = s1 << 9;
                s2 ^= s0;
                s3 ^= s1;
                s1 ^= s2;
                s0 ^= s3;
                s2 ^= t;
                s3 = (s3 << 11) | (s3 >> 21);
                out[i + l] = float(std::int32_t(result >> 8)) * 0x1.0p-24f;
            }
        }
#endif
    }

private:
    alignas(16) std::uint32_t m_s[4][4]; // [word][lane]
};

} // namespace

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

// The values of ranks p50 and p80 (nearest rank) among the n values of `v`: one pass finds the
// minimum and the maximum, one files every value into one of n/4 buckets of equal width between
// them (the bucket index only grows with the value, so the buckets are in order) and counts them, the
// running counts name the bucket holding each rank, and a selection over that bucket alone finds the
// value. Exactly what nth_element gives over the whole sample, in three passes.
Distribution percentiles5080(const double* v, std::size_t n)
{
    Distribution d;
    const std::size_t ranks[2] = {nearestRank(n, 0.5), nearestRank(n, 0.8)};
    double lo = v[0];
    double hi = v[0];
    std::size_t i = 0;
#if SHIRUBE_MC_SSE2
    // Two lanes, two accumulators each: no chain of dependent min/max instructions.
    __m128d lo2[2] = {_mm_set1_pd(lo), _mm_set1_pd(lo)};
    __m128d hi2[2] = {lo2[0], lo2[0]};
    for (; i + 4 <= n; i += 4) {
        const __m128d a = _mm_loadu_pd(v + i);
        const __m128d b = _mm_loadu_pd(v + i + 2);
        lo2[0] = _mm_min_pd(lo2[0], a);
        lo2[1] = _mm_min_pd(lo2[1], b);
        hi2[0] = _mm_max_pd(hi2[0], a);
        hi2[1] = _mm_max_pd(hi2[1], b);
    }
    alignas(16) double lanes[4];
    _mm_store_pd(lanes, _mm_min_pd(lo2[0], lo2[1]));
    _mm_store_pd(lanes + 2, _mm_max_pd(hi2[0], hi2[1]));
    lo = std::min(lanes[0], lanes[1]);
    hi = std::max(lanes[2], lanes[3]);
#endif
    for (; i < n; ++i) {
        lo = v[i] < lo ? v[i] : lo;
        hi = v[i] > hi ? v[i] : hi;
    }
    if (!(hi > lo)) {
        d.p50 = d.p80 = lo;
        return d;
    }
    // About four values a bucket: the selection at the end stays tiny, the counts stay small.
    const int bucketCount = int(std::clamp<std::size_t>(n / 4, 16, 1024));
    const double scale = double(bucketCount) / (hi - lo);
    const double last = double(bucketCount - 1);
    thread_local std::vector<std::uint16_t> bucketOf;
    bucketOf.resize(n);
    std::uint32_t counts[1024];
    std::fill_n(counts, bucketCount, 0u);
    for (std::size_t k = 0; k < n; ++k) {
        const auto b = std::uint16_t(std::min(last, (v[k] - lo) * scale));
        bucketOf[k] = b;
        ++counts[b];
    }
    int buckets[2] = {0, 0};
    std::size_t below[2] = {0, 0}; // values in the buckets before buckets[r]
    {
        int bucket = 0;
        std::size_t before = 0;
        for (int r = 0; r < 2; ++r) {
            while (before + counts[bucket] <= ranks[r])
                before += counts[bucket++];
            buckets[r] = bucket;
            below[r] = before;
        }
    }
    thread_local std::vector<double> members[2];
    members[0].clear();
    members[1].clear();
    for (std::size_t k = 0; k < n; ++k) {
        if (bucketOf[k] == buckets[0])
            members[0].push_back(v[k]);
        else if (bucketOf[k] == buckets[1])
            members[1].push_back(v[k]);
    }
    if (buckets[1] == buckets[0])
        members[1] = members[0];
    double out[2] = {0, 0};
    for (int r = 0; r < 2; ++r) {
        std::vector<double>& m = members[r];
        const auto k = std::ptrdiff_t(ranks[r] - below[r]);
        std::nth_element(m.begin(), m.begin() + k, m.end());
        out[r] = m[std::size_t(k)];
    }
    d.p50 = out[0];
    d.p80 = out[1];
    return d;
}

} // namespace

namespace {

// The square root in a triangular inverse CDF: sqrt(u · left) below the mode (u < cut),
// sqrt((1 − u) · right) above it, in single precision (four lanes per SSE instruction).
struct Root
{
    float cut, left, right;
    float at(float v, bool& below) const
    {
        below = v < cut;
        return std::sqrt(below ? v * left : (1.0f - v) * right);
    }
#if SHIRUBE_MC_SSE2
    __m128 at4(__m128 v, __m128& below) const
    {
        below = _mm_cmplt_ps(v, _mm_set1_ps(cut));
        const __m128 a = _mm_mul_ps(v, _mm_set1_ps(left));
        const __m128 b = _mm_mul_ps(_mm_sub_ps(_mm_set1_ps(1.0f), v), _mm_set1_ps(right));
        return _mm_sqrt_ps(_mm_or_ps(_mm_and_ps(below, a), _mm_andnot_ps(below, b)));
    }
#endif
};
// Months: a draw and the sums of a transition in single precision, four lanes per instruction
// (durations of a few to a few hundred months: 24 bits are ~1e-5 months); widened on output.
struct MonthTri
{
    float min, max;
    Root root;
    float at(float v) const
    {
        bool below = false;
        const float r = root.at(v, below);
        return below ? min + r : max - r;
    }
#if SHIRUBE_MC_SSE2
    __m128 at4(__m128 v) const
    {
        __m128 below;
        const __m128 r = root.at4(v, below);
        const __m128 lo = _mm_add_ps(_mm_set1_ps(min), r);
        const __m128 hi = _mm_sub_ps(_mm_set1_ps(max), r);
        return _mm_or_ps(_mm_and_ps(below, lo), _mm_andnot_ps(below, hi));
    }
#endif
    // acc[j] = combine(acc[j], at(v[j])): a sum for sequential steps, a max for parallel ones.
    template <bool kMax> void combineInto(const float* v, float* acc, int n) const
    {
        int j = 0;
#if SHIRUBE_MC_SSE2
        for (; j + 4 <= n; j += 4) {
            const __m128 x = at4(_mm_load_ps(v + j));
            const __m128 old = _mm_load_ps(acc + j);
            _mm_store_ps(acc + j, kMax ? _mm_max_ps(old, x) : _mm_add_ps(old, x));
        }
#endif
        for (; j < n; ++j)
            acc[j] = kMax ? std::max(acc[j], at(v[j])) : acc[j] + at(v[j]);
    }
};
// Costs: the root in single precision, then added to min or taken from max in double precision,
// so a draw is off by at most ~1e-7 of the range's width (a few yen on ¥100M).
struct CostTri
{
    double min, max;
    Root root;
    double at(float v) const
    {
        bool below = false;
        const float r = root.at(v, below);
        return (below ? min : max) + double(below ? r : -r);
    }
    void addInto(const float* v, double* acc, int n) const // acc[j] += at(v[j])
    {
        int j = 0;
#if SHIRUBE_MC_SSE2
        const __m128d mn = _mm_set1_pd(min);
        const __m128d mx = _mm_set1_pd(max);
        for (; j + 4 <= n; j += 4) {
            __m128 below;
            const __m128 r = root.at4(_mm_load_ps(v + j), below);
            const __m128 signedR = _mm_xor_ps(r, _mm_andnot_ps(below, _mm_set1_ps(-0.0f)));
            const __m128d belowLo = _mm_castps_pd(_mm_unpacklo_ps(below, below));
            const __m128d belowHi = _mm_castps_pd(_mm_unpackhi_ps(below, below));
            const __m128d lo = _mm_add_pd(_mm_or_pd(_mm_and_pd(belowLo, mn), _mm_andnot_pd(belowLo, mx)),
                                          _mm_cvtps_pd(signedR));
            const __m128d hi = _mm_add_pd(_mm_or_pd(_mm_and_pd(belowHi, mn), _mm_andnot_pd(belowHi, mx)),
                                          _mm_cvtps_pd(_mm_movehl_ps(signedR, signedR)));
            _mm_store_pd(acc + j, _mm_add_pd(_mm_load_pd(acc + j), lo));
            _mm_store_pd(acc + j + 2, _mm_add_pd(_mm_load_pd(acc + j + 2), hi));
        }
#endif
        for (; j < n; ++j)
            acc[j] += at(v[j]);
    }
};

} // namespace

namespace {

template <typename Out>
void drawInto(const RouteModel& model, int samples, std::uint64_t seed, Out* monthsOut, Out* costsOut)
{

    const auto& months = model.months();
    const auto& costs = model.costs();
    const auto& parallel = model.parallel();

    // Compile the model: fixed parts are summed once (a transition without uncertain steps is a
    // constant), and only the uncertain draws consume random numbers, in a fixed order (per
    // transition: sequential steps, then parallel ones; then the costs), so a seed gives one answer.
    struct Segment
    {
        float fixedSequential = 0;
        float fixedParallel = 0;
        std::uint32_t seqBegin = 0, seqEnd = 0, parBegin = 0, parEnd = 0; // into seqDraws / parDraws
    };
    auto rootOf = [](const RouteModel::Draw& d) {
        return Root{float(d.cut), float(d.left), float(d.right)};
    };
    auto pack = [&rootOf](const RouteModel::Draw& d) {
        return CostTri{d.min, d.max, rootOf(d)};
    };
    auto packMonths = [&rootOf](const RouteModel::Draw& d) {
        return MonthTri{float(d.min), float(d.max), rootOf(d)};
    };
    thread_local std::vector<Segment> segments;
    thread_local std::vector<MonthTri> seqDraws;
    thread_local std::vector<MonthTri> parDraws;
    thread_local std::vector<CostTri> costDraws;
    segments.clear();
    seqDraws.clear();
    parDraws.clear();
    costDraws.clear();
    float constantMonths = 0;
    for (const RouteModel::Segment& seg : model.segments()) {
        Segment s;
        s.seqBegin = std::uint32_t(seqDraws.size());
        s.parBegin = std::uint32_t(parDraws.size());
        for (int i = seg.begin; i < seg.end; ++i) {
            const RouteModel::Draw& d = months[std::size_t(i)];
            if (parallel[std::size_t(i)]) {
                if (d.fixed)
                    s.fixedParallel = std::max(s.fixedParallel, float(d.min));
                else
                    parDraws.push_back(packMonths(d));
            } else if (d.fixed) {
                s.fixedSequential += float(d.min);
            } else {
                seqDraws.push_back(packMonths(d));
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

    // Samples run in blocks: per uncertain draw, a block of uniforms, then the inverse CDF over the
    // block (four lanes at a time with SSE2: no branch, no division, the square roots in parallel).
    // The uniforms come from four xoshiro128+ lanes (Blackman & Vigna), 24 bits each in [0, 1); the
    // order of consumption is fixed (per block: per transition the sequential draws, then the
    // parallel ones, then the costs), so a seed gives one answer on every platform.
    Xoshiro128Plus4 rng(seed);
    constexpr int kBlock = 256;
    alignas(16) float u[kBlock];
    alignas(16) float monthsAcc[kBlock];
    alignas(16) float seqAcc[kBlock];
    alignas(16) float parAcc[kBlock];
    alignas(16) double costAcc[kBlock];

    for (int start = 0; start < samples; start += kBlock) {
        const int n = std::min(kBlock, samples - start);
        std::fill_n(monthsAcc, n, constantMonths);
        for (const Segment& g : segments) {
            std::fill_n(seqAcc, n, g.fixedSequential);
            std::fill_n(parAcc, n, g.fixedParallel);
            for (std::uint32_t i = g.seqBegin; i < g.seqEnd; ++i) {
                rng.fill(u, n);
                seqDraws[i].combineInto<false>(u, seqAcc, n);
            }
            for (std::uint32_t i = g.parBegin; i < g.parEnd; ++i) {
                rng.fill(u, n);
                parDraws[i].combineInto<true>(u, parAcc, n);
            }
            for (int j = 0; j < n; ++j)
                monthsAcc[j] += std::max(seqAcc[j], parAcc[j]);
        }
        std::fill_n(costAcc, n, fixedCost);
        for (const CostTri& c : costDraws) {
            rng.fill(u, n);
            c.addInto(u, costAcc, n);
        }
        for (int j = 0; j < n; ++j)
            monthsOut[start + j] = Out(monthsAcc[j]);
        for (int j = 0; j < n; ++j)
            costsOut[start + j] = Out(costAcc[j]);
    }
}

} // namespace

void drawSamples(const RouteModel& model, int samples, std::uint64_t seed, double* months, double* costs)
{
    drawInto(model, samples, seed, months, costs);
}

void drawSamples(const RouteModel& model, int samples, std::uint64_t seed, float* months, float* costs)
{
    drawInto(model, samples, seed, months, costs);
}

SimulationResult summarise(const double* months, const double* costs, int samples,
                           std::optional<double> deadlineMonths)
{
    SimulationResult result;
    samples = std::max(samples, 1);
    result.samples = samples;
    double sumMonths = 0;
    double sumCost = 0;
    int within = 0;
    const double deadline = deadlineMonths.value_or(0);
    for (int j = 0; j < samples; ++j) {
        sumMonths += months[j];
        sumCost += costs[j];
        within += months[j] <= deadline ? 1 : 0;
    }
    result.meanMonths = sumMonths / samples;
    result.meanCostJpy = sumCost / samples;
    result.months = percentiles5080(months, std::size_t(samples));
    result.costJpy = percentiles5080(costs, std::size_t(samples));
    if (deadlineMonths)
        result.withinMonths = double(within) / samples;
    return result;
}

SimulationResult simulate(const RouteModel& model, int samples, std::uint64_t seed,
                          std::optional<double> deadlineMonths)
{
    samples = std::max(samples, 1);
    // Reused across calls on one thread: no allocation in the hot path after the first plan.
    thread_local std::vector<double> monthSamples;
    thread_local std::vector<double> costSamples;
    monthSamples.resize(std::size_t(samples));
    costSamples.resize(std::size_t(samples));
    drawSamples(model, samples, seed, monthSamples.data(), costSamples.data());
    return summarise(monthSamples.data(), costSamples.data(), samples, deadlineMonths);
}

std::uint64_t stableSeed(const QByteArray& profileJson, const QString& routeId, const QString& asOf)
{
    return stableSeed(fnv1a64(profileJson.constData(), std::size_t(profileJson.size())), routeId, asOf);
}

std::uint64_t stableSeed(std::uint64_t profileHash, const QString& key, const QString& asOf)
{
    std::uint64_t h = profileHash;
    const QByteArray id = key.toUtf8();
    h = fnv1a64("\x1f", 1, h);
    h = fnv1a64(id.constData(), std::size_t(id.size()), h);
    const QByteArray month = asOf.toUtf8();
    h = fnv1a64("\x1f", 1, h);
    h = fnv1a64(month.constData(), std::size_t(month.size()), h);
    return h;
}

} // namespace shirube::core
