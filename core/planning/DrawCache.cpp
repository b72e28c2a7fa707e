// SPDX-License-Identifier: Apache-2.0
#include "core/planning/DrawCache.h"

#include <algorithm>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#include <xmmintrin.h>
#endif

namespace shirube::core {

namespace {

// The cache's budget: the draws of ~1,000 transitions at the batch's 1,000 samples, or ~100 at a
// single plan's 10,000 (8 bytes a sample: 8 MiB, at most twice that allocated).
constexpr std::size_t kMaxSamplesHeld = std::size_t(1) << 20;

// acc[i] = x[i] widened, four at a time.
void copyInto(double* acc, const float* x, int n)
{
    int i = 0;
#if defined(__SSE2__) || defined(_M_X64)
    for (; i + 4 <= n; i += 4) {
        const __m128 v = _mm_loadu_ps(x + i);
        _mm_storeu_pd(acc + i, _mm_cvtps_pd(v));
        _mm_storeu_pd(acc + i + 2, _mm_cvtps_pd(_mm_movehl_ps(v, v)));
    }
#endif
    for (; i < n; ++i)
        acc[i] = double(x[i]);
}

// acc[i] += x[i] widened, four at a time (explicit: an -O2 build does not vectorise this loop).
void addInto(double* acc, const float* x, int n)
{
    int i = 0;
#if defined(__SSE2__) || defined(_M_X64)
    for (; i + 4 <= n; i += 4) {
        const __m128 v = _mm_loadu_ps(x + i);
        _mm_storeu_pd(acc + i, _mm_add_pd(_mm_loadu_pd(acc + i), _mm_cvtps_pd(v)));
        _mm_storeu_pd(acc + i + 2, _mm_add_pd(_mm_loadu_pd(acc + i + 2), _mm_cvtps_pd(_mm_movehl_ps(v, v))));
    }
#endif
    for (; i < n; ++i)
        acc[i] += double(x[i]);
}

void addInto(double* acc, double c, int n)
{
    int i = 0;
#if defined(__SSE2__) || defined(_M_X64)
    const __m128d c2 = _mm_set1_pd(c);
    for (; i + 2 <= n; i += 2)
        _mm_storeu_pd(acc + i, _mm_add_pd(_mm_loadu_pd(acc + i), c2));
#endif
    for (; i < n; ++i)
        acc[i] += c;
}

} // namespace

DrawCache& DrawCache::local()
{
    thread_local DrawCache cache;
    return cache;
}

void DrawCache::clear()
{
    m_index.clear();
    m_entries.clear();
    m_summaries.clear();
    m_used = 0;
}

void DrawCache::beginPlan(int samples, int firstDraws, const QString& asOf)
{
    m_samples = std::max(samples, 1);
    m_first = std::clamp(firstDraws, 1, m_samples);
    m_asOf = asOf;
    m_suffix = QLatin1Char('|') + QString::number(m_samples) + QLatin1Char('|') + QString::number(m_first) +
               QLatin1Char('|') + asOf;
    if (m_used > kMaxSamplesHeld)
        clear();
    m_summaries.clear();
}

bool DrawCache::sameSteps(const RouteModel& model, const std::vector<RouteStep>& steps)
{
    if (model.months().size() != steps.size())
        return false;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const ThreePoint& m = model.months()[i].source;
        const ThreePoint& c = model.costs()[i].source;
        const RouteStep& s = steps[i];
        if (m.min != s.months.min || m.likely != s.months.likely || m.max != s.months.max ||
            c.min != s.costJpy.min || c.likely != s.costJpy.likely || c.max != s.costJpy.max ||
            (model.parallel()[i] != 0) != s.parallel)
            return false;
    }
    return true;
}

int DrawCache::entry(const QString& key, const std::vector<RouteStep>& steps, int n)
{
    const QString fullKey = key + m_suffix;
    std::vector<int>& candidates = m_index[fullKey];
    int index = -1;
    for (int c : candidates) {
        if (sameSteps(m_entries[std::size_t(c)].model, steps)) {
            index = c;
            break;
        }
    }
    if (index < 0) { // new: its model, and room for its draws
        index = int(m_entries.size());
        candidates.push_back(index);
        Entry& e = m_entries.emplace_back();
        e.key = fullKey;
        e.model.beginTransition();
        for (const RouteStep& step : steps)
            e.model.addStep(step.months, step.costJpy, step.parallel);
        auto fixed = [](const RouteModel::Draw& d) {
            return d.fixed;
        };
        e.constant = std::all_of(e.model.months().begin(), e.model.months().end(), fixed) &&
                     std::all_of(e.model.costs().begin(), e.model.costs().end(), fixed);
        if (e.constant) { // exact: the PERT means of fixed values
            e.months = e.model.pertMonths();
            e.cost = e.model.pertCostJpy();
            return index;
        }
        e.seed = stableSeed(QByteArray(), key, m_asOf);
        e.offset = m_used;
        m_used += std::size_t(m_samples);
        if (m_months.size() < m_used) {
            m_months.resize(std::max(m_used, 2 * m_months.size()));
            m_costs.resize(m_months.size());
        }
    }
    Entry& e = m_entries[std::size_t(index)];
    if (e.constant || e.drawn >= n)
        return index;
    if (e.drawn == 0) {
        drawSamples(e.model, m_first, e.seed, m_months.data() + e.offset, m_costs.data() + e.offset);
        e.drawn = m_first;
    }
    if (e.drawn < n && m_samples > m_first) {
        const std::size_t at = e.offset + std::size_t(m_first);
        drawSamples(e.model, m_samples - m_first, fnv1a64("rest", 4, e.seed), m_months.data() + at,
                    m_costs.data() + at);
        e.drawn = m_samples;
    }
    return index;
}

void DrawCache::sumRoute(const std::vector<int>& entries, int n)
{
    m_sumMonths.resize(std::size_t(n));
    m_sumCosts.resize(std::size_t(n));
    double* const mo = m_sumMonths.data();
    double* const co = m_sumCosts.data();
    double constantMonths = 0;
    double constantCost = 0;
    bool first = true;
    for (int index : entries) {
        const Entry& e = m_entries[std::size_t(index)];
        if (e.constant) {
            constantMonths += e.months;
            constantCost += e.cost;
            continue;
        }
        const float* m = m_months.data() + e.offset;
        const float* c = m_costs.data() + e.offset;
        if (first) {
            copyInto(mo, m, n);
            copyInto(co, c, n);
            first = false;
            continue;
        }
        addInto(mo, m, n);
        addInto(co, c, n);
    }
    if (first) {
        std::fill_n(mo, n, 0.0);
        std::fill_n(co, n, 0.0);
    }
    if (constantMonths != 0 || constantCost != 0) {
        addInto(mo, constantMonths, n);
        addInto(co, constantCost, n);
    }
}

SimulationResult DrawCache::route(const std::vector<int>& entries, int n, std::optional<double> deadline)
{
    n = std::clamp(n, 1, m_samples);
    SummaryKey key{n, deadline, entries};
    if (const auto known = m_summaries.find(key); known != m_summaries.end())
        return known->second;
    sumRoute(entries, n);
    return m_summaries.emplace(std::move(key), summarise(m_sumMonths.data(), m_sumCosts.data(), n, deadline))
        .first->second;
}

SimulationResult DrawCache::folded(const std::vector<int>& entries, const std::vector<int>& fallback,
                                   int attempt, double p, const QString& key, int n,
                                   std::optional<double> deadline)
{
    n = std::clamp(n, 1, m_samples);
    sumRoute(entries, n);
    const std::vector<double> grantedMonths(m_sumMonths.begin(), m_sumMonths.begin() + n);
    const std::vector<double> grantedCosts(m_sumCosts.begin(), m_sumCosts.begin() + n);
    std::vector<int> refused = fallback;
    refused.push_back(attempt);
    sumRoute(refused, n);
    // splitmix64: one uniform per draw, the same for the same key and as-of month.
    std::uint64_t state = stableSeed(0, QStringLiteral("grant|") + key, m_asOf);
    for (int i = 0; i < n; ++i) {
        state += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        const double u = double(z >> 11) * 0x1.0p-53;
        if (u < p) {
            m_sumMonths[std::size_t(i)] = grantedMonths[std::size_t(i)];
            m_sumCosts[std::size_t(i)] = grantedCosts[std::size_t(i)];
        }
    }
    return summarise(m_sumMonths.data(), m_sumCosts.data(), n, deadline);
}

} // namespace shirube::core
