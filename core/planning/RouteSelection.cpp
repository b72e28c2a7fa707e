// SPDX-License-Identifier: Apache-2.0
#include "core/planning/RouteSelection.h"

#include <algorithm>
#include <limits>

namespace shirube::core {

namespace {

// The routes that reach the Monte Carlo: the PERT-Pareto ones plus the fastest kCandidateFactor·K,
// at most kCandidateCap·K; when more than K, a screening on the first draws picks the K to keep.
constexpr int kCandidateFactor = 3;
constexpr int kCandidateCap = 4;

// The states whose arrival a route reports as a milestone.
const QStringList& milestoneStates()
{
    static const QStringList states = {QStringLiteral("filed"), QStringLiteral("approved"),
                                       QStringLiteral("first_stage_approved"), QStringLiteral("on_market"),
                                       QStringLiteral("reimbursed")};
    return states;
}

class Selector
{
public:
    Selector(ScenarioRoutes& group, std::vector<Candidate>& candidates, const SelectionContext& context)
        : m_group(group)
        , m_cands(candidates)
        , m_ctx(context)
    {}

    std::vector<Route> run();

private:
    std::vector<int> entries(const std::vector<int>& path, int n)
    {
        std::vector<int> out;
        out.reserve(path.size());
        for (int j : path) {
            const ScenarioRoutes::TransitionInfo& ti = m_group.info(j);
            out.push_back(m_ctx.draws->entry(ti.sampleKey, ti.steps, n));
        }
        return out;
    }
    // The selective designations a route needs, with the chance they are all granted.
    QStringList selections(const Candidate& c, double& chance, std::vector<RouteStep>& attempt) const;
    SimulationResult simulate(const Candidate& c, int n, std::optional<double> deadline,
                              std::optional<double>* chance = nullptr);
    std::vector<RouteMilestone> milestones(const Candidate& c);

    ScenarioRoutes& m_group;
    std::vector<Candidate>& m_cands;
    const SelectionContext& m_ctx;
    int m_fallback = -1; // the fastest candidate that needs no selective designation
};

QStringList Selector::selections(const Candidate& c, double& chance, std::vector<RouteStep>& attempt) const
{
    QStringList ids;
    chance = 1;
    for (int j : c.path) {
        const TransitionDef& t = m_group.ruleset().transitions[std::size_t(j)];
        if (t.designation.isEmpty() || ids.contains(t.designation))
            continue;
        const DesignationDef* def = m_group.ruleset().designation(t.designation);
        if (!def || def->grant != QLatin1String("selection") || !def->baseRate)
            continue;
        ids << t.designation;
        chance *= def->baseRate->p;
        RouteStep step;
        step.activity = QStringLiteral("designation_attempt:") + t.designation;
        step.months = def->baseRate->attemptMonths;
        step.provenance = def->baseRate->provenance;
        attempt.push_back(std::move(step));
    }
    return ids;
}

SimulationResult Selector::simulate(const Candidate& c, int n, std::optional<double> deadline,
                                    std::optional<double>* chance)
{
    double p = 1;
    std::vector<RouteStep> attempt;
    const QStringList ids = selections(c, p, attempt);
    const std::vector<int> path = entries(c.path, n);
    if (ids.isEmpty() || m_fallback < 0)
        return m_ctx.draws->route(path, n, deadline);
    if (chance)
        *chance = p;
    const std::vector<int> fallback = entries(m_cands[std::size_t(m_fallback)].path, n);
    const int attemptEntry =
        m_ctx.draws->entry(QStringLiteral("attempt|") + ids.join(QLatin1Char('+')), attempt, n);
    return m_ctx.draws->folded(path, fallback, attemptEntry, p, m_group.routeId(c), n, deadline);
}

std::vector<RouteMilestone> Selector::milestones(const Candidate& c)
{
    std::vector<RouteMilestone> out;
    const Ruleset& rs = m_group.ruleset();
    std::vector<int> prefix;
    for (std::size_t k = 0; k < c.path.size(); ++k) {
        prefix.push_back(c.path[k]);
        const TransitionDef& t = rs.transitions[std::size_t(c.path[k])];
        if (!milestoneStates().contains(t.to))
            continue;
        const SimulationResult r =
            m_ctx.draws->route(entries(prefix, m_ctx.samples), m_ctx.samples, std::nullopt);
        const StateDef* state = rs.state(t.to);
        out.push_back({t.to, state ? state->label.in(m_group.lang()) : t.to, r.months});
    }
    return out;
}

std::vector<Route> Selector::run()
{
    const std::size_t count = m_cands.size();
    std::vector<QString> ids(count);
    std::vector<char> selective(count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        ids[i] = m_group.routeId(m_cands[i]);
        selective[i] = m_group.usesSelection(m_cands[i]);
    }
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Candidate& x = m_cands[a];
        const Candidate& y = m_cands[b];
        if (x.pertMonths != y.pertMonths)
            return x.pertMonths < y.pertMonths;
        if (x.pertCost != y.pertCost)
            return x.pertCost < y.pertCost;
        return ids[a] < ids[b];
    });
    for (std::size_t i : order) {
        if (!selective[i]) {
            m_fallback = int(i);
            break;
        }
    }

    // An alternative scenario shows its recommended route only: the fastest by PERT mean that assumes
    // no selective designation (simulated alone; no shortlist to screen).
    if (!m_group.input().headline) {
        const std::size_t best = m_fallback >= 0 ? std::size_t(m_fallback) : order.front();
        const SimulationResult sim = simulate(m_cands[best], m_ctx.samples, m_ctx.deadline);
        Route r = m_group.route(m_cands[best]);
        r.months = sim.months;
        r.costJpy = sim.costJpy;
        if (m_ctx.deadline)
            r.meetsTargetDate = sim.withinMonths;
        return {std::move(r)};
    }

    const int k = m_ctx.maxRoutes;
    std::vector<std::size_t> shortlist;
    double bestCost = std::numeric_limits<double>::infinity();
    for (std::size_t n = 0; n < order.size() && int(shortlist.size()) < kCandidateCap * k; ++n) {
        const Candidate& c = m_cands[order[n]];
        // Sorted by months: a route is PERT-Pareto iff it is cheaper than every faster one.
        const bool pareto = c.pertCost < bestCost;
        bestCost = std::min(bestCost, c.pertCost);
        if (pareto || int(n) < kCandidateFactor * k)
            shortlist.push_back(order[n]);
    }
    auto mustKeep = [&](std::size_t i) {
        return int(i) == m_fallback || ids[i] == QLatin1String("standard") ||
               ids[i].startsWith(QLatin1String("standard@"));
    };
    for (std::size_t i = 0; i < count; ++i) {
        if (mustKeep(i) && std::find(shortlist.begin(), shortlist.end(), i) == shortlist.end())
            shortlist.push_back(i);
    }

    std::vector<std::size_t> chosen = shortlist;
    if (int(shortlist.size()) > k) {
        for (std::size_t i : shortlist)
            m_cands[i].screen = simulate(m_cands[i], m_ctx.screenSamples, std::nullopt);
        auto dominated = [&](std::size_t i) {
            const SimulationResult& r = m_cands[i].screen;
            return std::any_of(shortlist.begin(), shortlist.end(), [&](std::size_t j) {
                const SimulationResult& o = m_cands[j].screen;
                return j != i && o.months.p80 <= r.months.p80 && o.costJpy.p80 <= r.costJpy.p80 &&
                       (o.months.p80 < r.months.p80 || o.costJpy.p80 < r.costJpy.p80);
            });
        };
        std::vector<char> front(count, 0);
        for (std::size_t i : shortlist)
            front[i] = !dominated(i);
        std::sort(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) {
            if (mustKeep(a) != mustKeep(b))
                return mustKeep(a);
            if (front[a] != front[b])
                return front[a] > front[b];
            const SimulationResult& x = m_cands[a].screen;
            const SimulationResult& y = m_cands[b].screen;
            if (x.months.p80 != y.months.p80)
                return x.months.p80 < y.months.p80;
            if (x.costJpy.p80 != y.costJpy.p80)
                return x.costJpy.p80 < y.costJpy.p80;
            return ids[a] < ids[b];
        });
        chosen.resize(std::size_t(k));
    }

    std::vector<Route> routes;
    std::vector<char> routeSelective;
    for (std::size_t i : chosen) {
        std::optional<double> chance;
        const SimulationResult sim = simulate(m_cands[i], m_ctx.samples, m_ctx.deadline, &chance);
        Route r = m_group.route(m_cands[i]);
        r.months = sim.months;
        r.costJpy = sim.costJpy;
        r.chance = chance;
        if (m_ctx.deadline)
            r.meetsTargetDate = sim.withinMonths;
        routes.push_back(std::move(r));
        routeSelective.push_back(selective[i]);
    }

    // The order a consultant reads: by the chance of the target date when one is set, else by P80.
    auto better = [this](const Route& a, const Route& b) {
        if (m_ctx.deadline) {
            const double x = a.meetsTargetDate.value_or(0);
            const double y = b.meetsTargetDate.value_or(0);
            if (x != y)
                return x > y;
        }
        return routeLess(a, b);
    };
    std::vector<std::size_t> ranked(routes.size());
    for (std::size_t i = 0; i < ranked.size(); ++i)
        ranked[i] = i;
    std::sort(ranked.begin(), ranked.end(),
              [&](std::size_t a, std::size_t b) { return better(routes[a], routes[b]); });
    // The recommended route assumes no selective designation.
    const auto recommended =
        std::find_if(ranked.begin(), ranked.end(), [&](std::size_t i) { return !routeSelective[i]; });
    const bool hasRecommended = recommended != ranked.end();
    if (hasRecommended)
        std::rotate(ranked.begin(), recommended, recommended + 1);
    std::vector<Route> out;
    out.reserve(routes.size());
    for (std::size_t i : ranked)
        out.push_back(std::move(routes[i]));
    if (hasRecommended) {
        // The recommended route's milestones (months to filing, approval, market, coverage).
        out.front().headline = true;
        out.front().milestones = milestones(m_cands[chosen[ranked.front()]]);
    }
    return out;
}

} // namespace

bool routeLess(const Route& a, const Route& b)
{
    if (a.months.p80 != b.months.p80)
        return a.months.p80 < b.months.p80;
    if (a.costJpy.p80 != b.costJpy.p80)
        return a.costJpy.p80 < b.costJpy.p80;
    return a.id < b.id;
}

std::vector<Route> selectRoutes(ScenarioRoutes& group, std::vector<Candidate>& candidates,
                                const SelectionContext& context)
{
    if (candidates.empty())
        return {};
    return Selector(group, candidates, context).run();
}

} // namespace shirube::core
