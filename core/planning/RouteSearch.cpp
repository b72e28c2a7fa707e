// SPDX-License-Identifier: Apache-2.0
#include "core/planning/RouteSearch.h"

#include "core/graph/StateGraph.h"
#include "core/profile/ProfileSchema.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace shirube::core {

namespace {

constexpr int kPathLimit = 5000;

QString valueText(const FactValue& v)
{
    return factValueToString(v);
}

QStringList describeAssumption(const Expr& expr, const Facts& facts)
{
    std::vector<int> used;
    expr.evaluate(facts, used);
    QStringList out;
    Facts scratch = facts;
    for (int slot : used) {
        if (facts.isKnown(slot))
            continue;
        const QString& name = facts.table().name(slot);
        const std::vector<FactValue> domain = factDomain(name);
        QStringList keeps;
        for (const FactValue& v : domain) {
            scratch.set(slot, v);
            if (expr.evaluate(scratch) != Tri::False)
                keeps << valueText(v);
        }
        scratch.set(slot, std::monostate{});
        if (domain.empty() || keeps.isEmpty()) {
            out << name + QStringLiteral(" unanswered (assumed: ") + expr.text() + QLatin1Char(')');
        } else if (keeps.size() < int(domain.size())) {
            const QString value =
                keeps.size() == 1
                    ? QString(QStringLiteral(" = ") + keeps.front())
                    : QString(QStringLiteral(" in [") + keeps.join(QStringLiteral(", ")) + QLatin1Char(']'));
            out << name + value + QStringLiteral(" (unanswered)");
        }
    }
    if (out.isEmpty())
        out << expr.text() + QStringLiteral(" (assumed; depends on unanswered questions)");
    return out;
}

void appendUnique(QStringList& list, const QStringList& items)
{
    for (const QString& s : items) {
        if (!list.contains(s))
            list << s;
    }
}

} // namespace

std::vector<FactValue> factDomain(const QString& name)
{
    std::vector<FactValue> values;
    auto words = [&values](std::initializer_list<const char*> list) {
        for (const char* w : list)
            values.emplace_back(QString::fromLatin1(w));
    };
    if (const FieldSpec* spec = findField(name)) {
        switch (spec->type) {
        case FieldType::Bool:
            values = {true, false};
            break;
        case FieldType::Enum:
            for (const QString& v : spec->allowed) {
                if (v != QLatin1String("unknown")) // an explicit "unknown" answer is not a value
                    values.emplace_back(v);
            }
            break;
        case FieldType::ClassNum:
            values = {1.0, 2.0, 3.0, 4.0};
            break;
        default:
            break;
        }
        return values;
    }
    if (name == QLatin1String("regulated") || name == QLatin1String("overseas") ||
        name == QLatin1String("samd"))
        values = {true, false};
    else if (name == QLatin1String("class") || name == QLatin1String("imdrf_category"))
        values = {1.0, 2.0, 3.0, 4.0};
    else if (name == QLatin1String("procedure"))
        words({"notification", "certification", "approval"});
    else if (name == QLatin1String("review_category"))
        words({"new", "improved_clinical", "improved_nonclinical", "generic"});
    else if (name.startsWith(QLatin1String("designation.")))
        words({"yes", "likely", "possible", "no"});
    return values;
}

ScenarioRoutes::ScenarioRoutes(const Ruleset& ruleset, const StateGraph& graph, Lang lang,
                               const ScenarioInput& in, std::vector<PlanMessage>& messages)
    : m_rs(ruleset)
    , m_graph(graph)
    , m_lang(lang)
    , m_in(in)
    , m_messages(messages)
{}

void ScenarioRoutes::warn(PlanMessage m)
{
    if (m_in.headline)
        addMessage(m_messages, std::move(m));
}

double ScenarioRoutes::monthsPlus(const StepDef& sd) const
{
    if (sd.monthsPlusSlot < 0)
        return 0;
    const double* v = std::get_if<double>(&m_in.facts->get(sd.monthsPlusSlot));
    return v ? *v : 0;
}

const StepOverride* ScenarioRoutes::overrideFor(const QString& t, const StepDef& sd) const
{
    if (!m_in.overrides)
        return nullptr;
    const StepOverride* anywhere = nullptr;
    for (const StepOverride& o : *m_in.overrides) {
        if (o.activity != sd.activity)
            continue;
        if (o.transition == t)
            return &o;
        if (o.transition.isEmpty() && !anywhere)
            anywhere = &o;
    }
    return anywhere;
}

ThreePoint ScenarioRoutes::stepMonths(const StepDef& sd, const StepOverride* o) const
{
    if (o && o->months)
        return *o->months; // the user's estimate of the whole step: months_plus is not added to it
    const double plus = monthsPlus(sd);
    return ThreePoint{sd.months.min + plus, sd.months.likely + plus, sd.months.max + plus};
}

ThreePoint ScenarioRoutes::stepCost(const StepDef& sd, const StepOverride* o)
{
    return o && o->costJpy ? ThreePoint::fixed(*o->costJpy) : sd.costJpy;
}

bool ScenarioRoutes::usesSelection(const Candidate& c) const
{
    for (int j : c.path) {
        const QString& d = m_rs.transitions[std::size_t(j)].designation;
        if (d.isEmpty())
            continue;
        const DesignationDef* def = m_rs.designation(d);
        if (def && def->grant == QLatin1String("selection"))
            return true;
    }
    return false;
}

const ScenarioRoutes::Pert& ScenarioRoutes::pert(int j)
{
    Pert& p = m_pert[std::size_t(j)];
    if (p.built)
        return p;
    p.built = true;
    // As RouteModel::pertMonths() / pertCostJpy() of one transition: sequential steps add up,
    // parallel ones run alongside; the same sums in the same order, so the same doubles.
    double sequential = 0;
    double longest = 0;
    const TransitionDef& t = m_rs.transitions[std::size_t(j)];
    for (const StepDef& sd : t.steps) {
        if (sd.when && sd.when->evaluate(*m_in.facts) == Tri::False)
            continue;
        const StepOverride* o = overrideFor(t.id, sd);
        const double m = o ? stepMonths(sd, o).pertMean() : sd.months.pertMean() + monthsPlus(sd);
        if (sd.parallel)
            longest = std::max(longest, m);
        else
            sequential += m;
        p.cost += stepCost(sd, o).pertMean();
    }
    p.months = std::max(sequential, longest);
    return p;
}

const ScenarioRoutes::TransitionInfo& ScenarioRoutes::info(int j)
{
    TransitionInfo& ti = m_info[std::size_t(j)];
    if (ti.built)
        return ti;
    ti.built = true;
    const Facts& facts = *m_in.facts;
    const TransitionDef& t = m_rs.transitions[std::size_t(j)];
    if (t.when && t.when->evaluate(facts) == Tri::Unknown)
        ti.assumptions = describeAssumption(*t.when, facts);
    RouteModel one;
    ti.sampleKey = t.id;
    for (std::size_t k = 0; k < t.steps.size(); ++k) {
        const StepDef& sd = t.steps[k];
        if (sd.when) {
            const Tri w = sd.when->evaluate(facts);
            if (w == Tri::False)
                continue;
            if (w == Tri::Unknown)
                appendUnique(ti.assumptions, describeAssumption(*sd.when, facts));
        }
        ti.sampleKey += QLatin1Char('#') + QString::number(k);
        const StepOverride* o = overrideFor(t.id, sd);
        const double plus = monthsPlus(sd);
        if (plus != 0)
            ti.sampleKey += QLatin1Char('+') + QString::number(plus);
        RouteStep rs;
        rs.activity = sd.activity;
        const ActivityDef* a = m_rs.activity(sd.activity);
        rs.activityName = a ? a->name.in(m_lang) : sd.activity;
        rs.transition = t.id;
        rs.stateAfter = t.to;
        if (const StateDef* after = m_rs.state(t.to))
            rs.stateAfterLabel = after->label.in(m_lang);
        rs.months = stepMonths(sd, o);
        rs.costJpy = stepCost(sd, o);
        rs.parallel = sd.parallel;
        rs.provenance = sd.provenance;
        rs.note = sd.note.in(m_lang);
        if (o && (o->months || o->costJpy)) { // the draws differ: so must the sample key
            ti.sampleKey += QStringLiteral("~o") + QString::number(rs.months.min) + QLatin1Char(',') +
                            QString::number(rs.months.likely) + QLatin1Char(',') +
                            QString::number(rs.months.max) + QLatin1Char(',') +
                            QString::number(rs.costJpy.likely, 'f', 0);
            rs.overrideNote = o->note;
            // Shown wherever a source is (the app, Markdown, the PDF): the user's estimate and reason.
            const QString own =
                m_lang == Lang::Ja ? QStringLiteral("あなたの見積り") : QStringLiteral("Your own estimate");
            rs.provenance = {o->note.isEmpty() ? own : own + QStringLiteral(": ") + o->note,
                             Confidence::Estimate};
        }
        one.addStep(rs.months, rs.costJpy, rs.parallel);
        ti.steps.push_back(std::move(rs));
    }
    ti.pertMonths = one.pertMonths();
    ti.pertCost = one.pertCostJpy();
    return ti;
}

std::vector<Candidate> ScenarioRoutes::enumerate()
{
    std::vector<Candidate> out;
    const Facts& facts = *m_in.facts;
    const Lang lang = m_lang;

    // Start state: the stage answered, or its typical answer.
    const QString* answered = std::get_if<QString>(&m_in.facts->get(QStringLiteral("stage")));
    const QString stage = answered ? *answered : QString();
    m_start = m_graph.stateIndex(m_rs.stageStates.value(stage));
    if (m_start < 0) {
        warn({msg::NoStartState, {stage}});
        return out;
    }

    // Required targets: every target whose `when` is not False (Unknown: still required, assumed).
    QSet<int> ends;
    QStringList endLabels;
    std::vector<int> required;
    for (const TargetDef& t : m_rs.targets) {
        const Tri tri = t.when.evaluate(facts);
        if (tri == Tri::False)
            continue;
        const int s = m_graph.stateIndex(t.state);
        if (s < 0 || ends.contains(s))
            continue;
        ends.insert(s);
        required.push_back(s);
        endLabels << (t.label.isEmpty() ? t.state : t.label.in(lang));
        if (tri == Tri::Unknown)
            appendUnique(m_common, describeAssumption(t.when, facts));
    }
    if (ends.isEmpty()) {
        if (m_in.classification->regulated == false)
            warn({msg::NotADevice, {}});
        else
            warn({msg::NoGoal, {}});
        return out;
    }

    // Which transitions may be taken: guard not False, designation (if any) not ruled out.
    const std::size_t transitionCount = m_rs.transitions.size();
    m_allowed.assign(transitionCount, 0);
    m_info.assign(transitionCount, TransitionInfo{});
    m_pert.assign(transitionCount, Pert{});
    m_tagOf.assign(transitionCount, -1);
    QHash<QString, QString> eligibility;
    for (const DesignationResult& d : *m_in.designations)
        eligibility.insert(d.id, d.eligible);
    for (std::size_t j = 0; j < transitionCount; ++j) {
        const TransitionDef& t = m_rs.transitions[j];
        if (t.when && t.when->evaluate(facts) == Tri::False)
            continue;
        if (!t.designation.isEmpty() &&
            eligibility.value(t.designation, QStringLiteral("possible")) == QLatin1String("no"))
            continue;
        // An alternative scenario shows only its recommended route, which assumes no selective designation.
        if (!m_in.headline && !t.designation.isEmpty()) {
            const DesignationDef* def = m_rs.designation(t.designation);
            if (def && def->grant == QLatin1String("selection"))
                continue;
        }
        m_allowed[j] = 1;
        if (!t.tag.isEmpty()) {
            qsizetype k = m_tags.indexOf(t.tag);
            if (k < 0) {
                k = m_tags.size();
                m_tags << t.tag;
            }
            m_tagOf[j] = int(k);
        }
    }

    const bool alreadyThere = required.size() == 1 && required.front() == m_start;
    if (!bestPerTagSet(required, out))
        enumeratePaths(ends, required, out);
    const bool anyComplete = !out.empty();

    if (!anyComplete) {
        // Say which goal cannot be reached.
        std::vector<char> reach(m_rs.states.size(), 0);
        std::vector<int> queue{m_start};
        reach[std::size_t(m_start)] = 1;
        while (!queue.empty()) {
            const int s = queue.back();
            queue.pop_back();
            for (int j : m_graph.outTransitions(s)) {
                const int to = m_graph.transitionTarget(j);
                if (m_allowed[std::size_t(j)] && to >= 0 && !reach[std::size_t(to)]) {
                    reach[std::size_t(to)] = 1;
                    queue.push_back(to);
                }
            }
        }
        bool named = false;
        for (std::size_t i = 0; i < required.size(); ++i) {
            if (!reach[std::size_t(required[i])]) {
                warn({msg::NoRouteReaches, {endLabels[qsizetype(i)]}});
                named = true;
            }
        }
        if (alreadyThere)
            warn({msg::AlreadyAtGoal, {endLabels.join(QStringLiteral(", "))}});
        else if (!named)
            warn({msg::NoSingleRoute, {endLabels.join(QStringLiteral(", "))}});
    }
    return out;
}

void ScenarioRoutes::addCandidate(Candidate c, std::map<std::vector<int>, std::size_t>& byTags,
                                  std::vector<Candidate>& out)
{
    // The id is the sorted tag names: sort the indices by name.
    std::sort(c.tags.begin(), c.tags.end(), [this](int a, int b) { return m_tags[a] < m_tags[b]; });
    const auto it = byTags.find(c.tags);
    if (it == byTags.end()) {
        byTags.emplace(c.tags, out.size());
        out.push_back(std::move(c));
        return;
    }
    Candidate& kept = out[it->second];
    if (c.pertMonths < kept.pertMonths || (c.pertMonths == kept.pertMonths && c.pertCost < kept.pertCost))
        kept = std::move(c);
}

bool ScenarioRoutes::bestPerTagSet(const std::vector<int>& required, std::vector<Candidate>& out)
{
    // For every route id (tag set), the fastest path by PERT mean that visits every required target
    // and ends at one: the result of enumerating the simple paths and keeping the faster of two with
    // the same id, computed as a label-setting pass over the DAG in topological order. Labels are
    // (tag set, required targets visited); both totals are sums along the path, so the best label
    // extends best labels. Not applicable (false) on a cyclic graph or with more than 64 tags.
    const std::size_t n = m_rs.states.size();
    if (m_tags.size() > 64 || required.size() > 32)
        return false;
    std::vector<std::uint32_t> requiredBit(n, 0);
    for (std::size_t i = 0; i < required.size(); ++i)
        requiredBit[std::size_t(required[i])] = std::uint32_t(1) << i;
    const std::uint32_t all = required.size() == 32 ? 0xffffffffu : (std::uint32_t(1) << required.size()) - 1;

    // Topological order of the states reachable from the start through allowed transitions.
    const std::vector<int> order =
        m_graph.topologicalOrder(m_start, [this](int j) { return m_allowed[std::size_t(j)] != 0; });
    if (order.empty())
        return false; // a cycle: enumerate simple paths instead

    struct Label
    {
        std::uint64_t tags;
        std::uint32_t visited;
        double months;
        double cost;
        int prev;       // label index, -1 at the start
        int transition; // taken to get here
    };
    // Per state, its labels by (tag set, visited), in the order they were made.
    struct Slot
    {
        std::uint64_t tags;
        std::uint32_t visited;
        int label;
    };
    std::vector<Label> labels;
    std::vector<std::vector<Slot>> at(n);
    // (state, tag set, visited) -> label: a blank profile's scenarios keep hundreds of labels a state.
    struct SlotKey
    {
        std::uint64_t tags;
        std::uint32_t visited;
        int state;
        bool operator==(const SlotKey&) const = default;
    };
    struct SlotKeyHash
    {
        std::size_t operator()(const SlotKey& k) const noexcept
        {
            std::uint64_t h = k.tags * 0x9E3779B97F4A7C15ull;
            h ^= (std::uint64_t(k.visited) << 32 | std::uint32_t(k.state)) + 0x632BE59BD9B4E019ull +
                 (h << 6) + (h >> 2);
            return std::size_t(h ^ (h >> 29));
        }
    };
    std::unordered_map<SlotKey, int, SlotKeyHash> labelAt;
    labels.push_back({0, requiredBit[std::size_t(m_start)], 0, 0, -1, -1});
    at[std::size_t(m_start)].push_back({0, labels[0].visited, 0});
    labelAt.emplace(SlotKey{0, labels[0].visited, m_start}, 0);
    std::vector<int> here;
    for (int st : order) {
        if (at[std::size_t(st)].empty())
            continue;
        here.clear();
        for (const Slot& slot : at[std::size_t(st)])
            here.push_back(slot.label);
        for (int j : m_graph.outTransitions(st)) {
            if (!m_allowed[std::size_t(j)])
                continue;
            const int to = m_graph.transitionTarget(j);
            const Pert& ti = pert(j);
            // An alternative needs only its fastest route: tags do not split its labels.
            const int tag = m_in.headline ? m_tagOf[std::size_t(j)] : -1;
            const std::uint64_t tagBit = tag >= 0 ? std::uint64_t(1) << tag : 0;
            for (int li : here) {
                const Label from = labels[std::size_t(li)];
                if (from.visited == all)
                    continue; // the route ended at its last target
                Label next{from.tags | tagBit,
                           from.visited | requiredBit[std::size_t(to)],
                           from.months + ti.months,
                           from.cost + ti.cost,
                           li,
                           j};
                const auto [found, added] =
                    labelAt.try_emplace(SlotKey{next.tags, next.visited, to}, int(labels.size()));
                if (added) {
                    at[std::size_t(to)].push_back({next.tags, next.visited, int(labels.size())});
                    labels.push_back(next);
                } else {
                    Label& kept = labels[std::size_t(found->second)];
                    if (next.months < kept.months || (next.months == kept.months && next.cost < kept.cost))
                        kept = next;
                }
            }
        }
    }

    // The complete labels in (tag set, visited) order, as candidates: the order of the routes found.
    std::map<std::vector<int>, std::size_t> byTags;
    for (int target : required) {
        std::vector<Slot> complete = at[std::size_t(target)];
        std::sort(complete.begin(), complete.end(), [](const Slot& a, const Slot& b) {
            return a.tags != b.tags ? a.tags < b.tags : a.visited < b.visited;
        });
        for (const Slot& slot : complete) {
            const int index = slot.label;
            if (slot.visited != all || labels[std::size_t(index)].prev < 0)
                continue;
            Candidate c;
            c.pertMonths = labels[std::size_t(index)].months;
            c.pertCost = labels[std::size_t(index)].cost;
            for (int li = index; labels[std::size_t(li)].prev >= 0; li = labels[std::size_t(li)].prev)
                c.path.push_back(labels[std::size_t(li)].transition);
            std::reverse(c.path.begin(), c.path.end());
            if (m_in.headline) {
                for (int k = 0; k < int(m_tags.size()); ++k) {
                    if (slot.tags & (std::uint64_t(1) << k))
                        c.tags.push_back(k);
                }
            } else {
                for (int j : c.path) {
                    const int tag = m_tagOf[std::size_t(j)];
                    if (tag >= 0 && std::find(c.tags.begin(), c.tags.end(), tag) == c.tags.end())
                        c.tags.push_back(tag);
                }
            }
            addCandidate(std::move(c), byTags, out);
        }
    }
    return true;
}

void ScenarioRoutes::enumeratePaths(const QSet<int>& ends, const std::vector<int>& required,
                                    std::vector<Candidate>& out)
{
    const std::vector<std::vector<int>> paths = m_graph.paths(
        m_start, ends, [this](int j) { return m_allowed[std::size_t(j)] != 0; }, kPathLimit);
    if (int(paths.size()) >= kPathLimit)
        warn({msg::SearchStopped, {QString::number(kPathLimit)}});
    std::map<std::vector<int>, std::size_t> byTags;
    std::vector<char> visited(m_rs.states.size(), 0);
    for (const std::vector<int>& path : paths) {
        if (path.empty())
            continue; // the start is a goal; a route needs at least one transition
        std::fill(visited.begin(), visited.end(), 0);
        visited[std::size_t(m_start)] = 1;
        for (int j : path)
            visited[std::size_t(m_graph.transitionTarget(j))] = 1;
        if (!std::all_of(required.begin(), required.end(),
                         [&visited](int r) { return visited[std::size_t(r)]; }))
            continue;
        Candidate c;
        c.path = path;
        for (int j : path) {
            const Pert& ti = pert(j);
            c.pertMonths += ti.months;
            c.pertCost += ti.cost;
            const int tag = m_tagOf[std::size_t(j)];
            if (tag >= 0 && std::find(c.tags.begin(), c.tags.end(), tag) == c.tags.end())
                c.tags.push_back(tag);
        }
        addCandidate(std::move(c), byTags, out);
    }
}

Route ScenarioRoutes::route(const Candidate& c)
{
    Route route;
    route.scenario = m_in.id;
    route.states << m_rs.states[std::size_t(m_start)].id;
    route.stateLabels << m_rs.states[std::size_t(m_start)].label.in(m_lang);
    QStringList tagLabels;
    QStringList seenTags;
    QStringList assumptions = m_common;
    double longest = -1;
    QString main;
    for (int j : c.path) {
        const TransitionDef& t = m_rs.transitions[std::size_t(j)];
        const TransitionInfo& ti = info(j);
        route.transitions << t.id;
        route.states << t.to;
        const StateDef* reached = m_rs.state(t.to);
        route.stateLabels << (reached ? reached->label.in(m_lang) : t.to);
        if (!t.tag.isEmpty() && !seenTags.contains(t.tag)) {
            seenTags << t.tag;
            tagLabels << t.label.in(m_lang);
        }
        if (!t.designation.isEmpty() && !route.designations.contains(t.designation))
            route.designations << t.designation;
        route.steps.insert(route.steps.end(), ti.steps.begin(), ti.steps.end());
        appendUnique(assumptions, ti.assumptions);
        if (ti.pertMonths > longest) {
            longest = ti.pertMonths;
            main = t.label.in(m_lang);
        }
    }
    route.assumptions = assumptions;
    route.id = routeId(c);
    if (tagLabels.isEmpty()) // the main path: named by its longest transition (the review, the trial …)
        route.label =
            renderMessage({main.isEmpty() ? msg::StandardRoute : msg::StandardRouteNamed, {main}}, m_lang);
    else
        route.label = tagLabels.join(QStringLiteral(" + "));
    if (!m_in.headline)
        route.label += QStringLiteral(" (") + m_in.label + QLatin1Char(')');
    return route;
}

QString ScenarioRoutes::routeId(const Candidate& c) const
{
    QStringList names;
    for (int k : c.tags)
        names << m_tags[k];
    QString id = names.isEmpty() ? QStringLiteral("standard") : names.join(QLatin1Char('+'));
    if (!m_in.id.isEmpty())
        id += QLatin1Char('@') + m_in.id;
    return id;
}

// Pareto flags on (p80 months, p80 cost) within each group of candidates.

} // namespace shirube::core
