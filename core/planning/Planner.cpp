#include "core/planning/Planner.h"

#include "core/graph/StateGraph.h"
#include "core/planning/DrawCache.h"
#include "core/planning/MonteCarlo.h"
#include "core/profile/ProfileSchema.h"

#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>

namespace shirube::core {

namespace {

// 1234567 -> "1,234,567" (locale-independent, for yen and counts in reports).
QString grouped(qint64 v)
{
    QString digits = QString::number(v < 0 ? -v : v);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return v < 0 ? QLatin1Char('-') + digits : digits;
}

constexpr int kMaxScenarioQuestions = 2;
constexpr int kMaxScenarios = 8;
constexpr int kPathLimit = 5000;
// The routes that reach the Monte Carlo: the PERT-Pareto ones plus the fastest kCandidateFactor·K,
// at most kCandidateCap·K; when more than K, a kScreenSamples-draw screening picks the K to keep.
constexpr int kCandidateFactor = 3;
constexpr int kCandidateCap = 4;
constexpr int kScreenSamples = 500;

QString tr(Lang lang, const char* en, const char* ja)
{
    return lang == Lang::Ja ? QString::fromUtf8(ja) : QString::fromUtf8(en);
}

QString notDeviceWarning(Lang lang)
{
    return tr(lang,
              "not a medical device in Japan: no regulatory route applies; funding that fits is still listed",
              "日本では医療機器に該当しないため、規制上のルートはありません（該当する支援制度は表示します）");
}

QString yen(double v)
{
    return QStringLiteral("¥") + grouped(qint64(std::llround(v)));
}

// The values a fact may take, for scenarios and for naming assumptions. Empty when it cannot be
// enumerated (free text, numbers).
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

// The JSON value a scenario answer sets on the profile / facts.
QString valueText(const FactValue& v)
{
    return factValueToString(v);
}

// A fact value as the profile's JSON value (scenario answers are booleans, enum texts or classes).
QJsonValue toJson(const FactValue& v)
{
    if (const bool* b = std::get_if<bool>(&v))
        return *b;
    if (const double* d = std::get_if<double>(&v))
        return *d;
    if (const QString* t = std::get_if<QString>(&v))
        return *t;
    return QJsonValue();
}

// "evidence.exploratory_data_only = true (unanswered)": what an expression that is Unknown assumes.
// For each unknown fact it read, the values that keep it from being False are named when they are a
// proper subset of the fact's values.
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

// What one scenario (or the plan as answered) is planned with.
struct ScenarioInput
{
    const Facts* facts = nullptr;
    const Classification* classification = nullptr;
    const std::vector<DesignationResult>* designations = nullptr;
    QString id;    // empty when not splitting
    QString label; // "if … = …"
};

struct ScenarioSpec
{
    QString id;
    QString label;
    std::vector<std::pair<int, FactValue>> values; // fact slot -> value
};

// A route found by the enumeration, before it is simulated or spelled out: its transitions, its
// PERT-mean duration (critical path) and cost, and its tag set (which makes its id).
struct Candidate
{
    std::vector<int> path; // transition indices
    std::vector<int> tags; // sorted tag indices
    double pertMonths = 0;
    double pertCost = 0;
    SimulationResult screen; // the first draws only, used to choose the K routes
};

// The routes of one scenario. Enumeration is light (indices and PERT means); the Monte Carlo model
// and the Route with its texts and steps are built only for the routes that are kept.
class ScenarioRoutes
{
public:
    ScenarioRoutes(const Ruleset& ruleset, const StateGraph& graph, const Profile& profile,
                   const PlanOptions& options, const ScenarioInput& in, QStringList& warnings)
        : m_rs(ruleset)
        , m_graph(graph)
        , m_profile(profile)
        , m_lang(options.lang)
        , m_in(in)
        , m_warnings(warnings)
    {}

    // Every distinct route (by id), the faster path kept when two share an id.
    std::vector<Candidate> enumerate();
    Route route(const Candidate& c);
    QString routeId(const Candidate& c) const;
    const QString& scenario() const { return m_in.id; }

private:
public:
    struct Pert
    {
        bool built = false;
        double months = 0; // the PERT mean of the critical path of the steps this scenario keeps
        double cost = 0;
    };
    // The PERT means alone (the route search needs nothing else): no texts, no copies.
    const Pert& pert(int j);

    struct TransitionInfo
    {
        bool built = false;
        std::vector<RouteStep> steps;
        QStringList assumptions;
        double pertMonths = 0;
        double pertCost = 0;
        // Names the transition with the steps this scenario keeps: the key of its Monte Carlo draws,
        // shared by every route and scenario that takes the same steps.
        QString sampleKey;
    };
    const TransitionInfo& info(int j);

private:
    bool bestPerTagSet(const std::vector<int>& required, std::vector<Candidate>& out);
    void enumeratePaths(const QSet<int>& ends, const std::vector<int>& required, std::vector<Candidate>& out);
    void addCandidate(Candidate c, std::map<std::vector<int>, std::size_t>& byTags,
                      std::vector<Candidate>& out);
    QString prefix() const { return m_in.label.isEmpty() ? QString() : m_in.label + QStringLiteral(": "); }
    void warn(const QString& text) { appendUnique(m_warnings, {prefix() + text}); }

    const Ruleset& m_rs;
    const StateGraph& m_graph;
    const Profile& m_profile;
    Lang m_lang;
    ScenarioInput m_in;
    QStringList& m_warnings;

    int m_start = -1;
    QStringList m_common; // assumptions every route of this scenario makes
    std::vector<char> m_allowed;
    std::vector<TransitionInfo> m_info;
    std::vector<Pert> m_pert;
    QStringList m_tags;       // interned tag names
    std::vector<int> m_tagOf; // per transition: tag index or -1
};

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
    for (const StepDef& sd : m_rs.transitions[std::size_t(j)].steps) {
        if (sd.when && sd.when->evaluate(*m_in.facts) == Tri::False)
            continue;
        const double m = sd.months.pertMean();
        if (sd.parallel)
            longest = std::max(longest, m);
        else
            sequential += m;
        p.cost += sd.costJpy.pertMean();
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
    if (!t.designation.isEmpty()) {
        const auto d = std::find_if(m_in.designations->begin(), m_in.designations->end(),
                                    [&t](const DesignationResult& r) { return r.id == t.designation; });
        if (d == m_in.designations->end() || d->eligible == QLatin1String("possible")) {
            const DesignationDef* def = m_rs.designation(t.designation);
            const QString name = def ? def->name.in(m_lang) : t.designation;
            ti.assumptions << QStringLiteral("designation.") + t.designation +
                                  QStringLiteral(" = possible (") + name +
                                  tr(m_lang, " assumed granted)", " の指定を前提)");
        }
    }
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
        RouteStep rs;
        rs.activity = sd.activity;
        const ActivityDef* a = m_rs.activity(sd.activity);
        rs.activityName = a ? a->name.in(m_lang) : sd.activity;
        rs.transition = t.id;
        rs.stateAfter = t.to;
        rs.months = sd.months;
        rs.costJpy = sd.costJpy;
        rs.parallel = sd.parallel;
        rs.provenance = sd.provenance;
        rs.note = sd.note.in(m_lang);
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

    // Start state.
    QString stage = m_profile.text(QStringLiteral("stage")).value_or(QString());
    if (stage.isEmpty() || !m_rs.stageStates.contains(stage)) {
        QString earliest;
        if (const FieldSpec* spec = findField(QStringLiteral("stage"))) {
            for (const QString& s : spec->allowed) {
                if (m_rs.stageStates.contains(s)) {
                    earliest = s;
                    break;
                }
            }
        }
        if (earliest.isEmpty() && !m_rs.stageStates.isEmpty())
            earliest = m_rs.stageStates.firstKey();
        QString w;
        if (stage.isEmpty())
            w = tr(lang, "stage is unanswered: routes start from the earliest stage, ",
                   "開発段階が未回答のため、最も早い段階から計画しています: ") +
                earliest;
        else
            w = tr(lang, "the ruleset has no start state for stage ",
                   "ルールセットにこの段階の開始状態がありません: ") +
                stage + QStringLiteral(" → ") + earliest;
        appendUnique(m_warnings, {w});
        m_common << QStringLiteral("stage = ") + earliest + QStringLiteral(" (unanswered)");
        stage = earliest;
    }
    m_start = m_graph.stateIndex(m_rs.stageStates.value(stage));
    if (m_start < 0) {
        warn(tr(lang, "the ruleset has no start state for stage ", "開始状態がありません: ") + stage);
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
            warn(notDeviceWarning(lang));
        else
            warn(tr(lang, "no goal applies with these answers", "この回答では目標となる状態がありません"));
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
                warn(tr(lang, "no route reaches ", "この回答では到達できません: ") + endLabels[qsizetype(i)] +
                     tr(lang, " with these answers", ""));
                named = true;
            }
        }
        if (alreadyThere)
            warn(tr(lang, "already at the goal: ", "すでに目標に到達しています: ") +
                 endLabels.join(QStringLiteral(", ")));
        else if (!named)
            warn(tr(lang, "no single route reaches all of: ", "すべての目標に到達するルートがありません: ") +
                 endLabels.join(QStringLiteral(", ")));
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
    std::vector<char> reach(n, 0);
    std::vector<int> stack{m_start};
    reach[std::size_t(m_start)] = 1;
    while (!stack.empty()) {
        const int st = stack.back();
        stack.pop_back();
        for (int j : m_graph.outTransitions(st)) {
            const int to = m_graph.transitionTarget(j);
            if (m_allowed[std::size_t(j)] && !reach[std::size_t(to)]) {
                reach[std::size_t(to)] = 1;
                stack.push_back(to);
            }
        }
    }
    std::vector<int> indegree(n, 0);
    std::size_t reachable = 0;
    for (std::size_t st = 0; st < n; ++st) {
        if (!reach[st])
            continue;
        ++reachable;
        for (int j : m_graph.outTransitions(int(st))) {
            if (m_allowed[std::size_t(j)])
                ++indegree[std::size_t(m_graph.transitionTarget(j))];
        }
    }
    std::vector<int> order;
    order.reserve(reachable);
    if (indegree[std::size_t(m_start)] != 0)
        return false; // a cycle through the start
    order.push_back(m_start);
    for (std::size_t i = 0; i < order.size(); ++i) {
        for (int j : m_graph.outTransitions(order[i])) {
            if (!m_allowed[std::size_t(j)])
                continue;
            const int to = m_graph.transitionTarget(j);
            if (--indegree[std::size_t(to)] == 0)
                order.push_back(to);
        }
    }
    if (order.size() != reachable)
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
            const int tag = m_tagOf[std::size_t(j)];
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
            for (int k = 0; k < int(m_tags.size()); ++k) {
                if (slot.tags & (std::uint64_t(1) << k))
                    c.tags.push_back(k);
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
        warn(tr(m_lang, "route search stopped after 5000 paths", "経路の探索を 5000 件で打ち切りました"));
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
        route.label = tr(m_lang, "Standard route", "標準ルート") +
                      (main.isEmpty() ? QString() : QStringLiteral(" — ") + main);
    else
        route.label = tagLabels.join(QStringLiteral(" + "));
    if (!m_in.id.isEmpty()) {
        route.label += QStringLiteral(" (") + m_in.label + QLatin1Char(')');
    }
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
template <typename Get> void markPareto(std::vector<Route>& routes, Get key)
{
    for (Route& r : routes) {
        r.paretoOptimal = true;
        for (const Route& o : routes) {
            if (&o == &r || key(o) != key(r))
                continue;
            const bool noWorse = o.months.p80 <= r.months.p80 && o.costJpy.p80 <= r.costJpy.p80;
            const bool better = o.months.p80 < r.months.p80 || o.costJpy.p80 < r.costJpy.p80;
            if (noWorse && better) {
                r.paretoOptimal = false;
                break;
            }
        }
    }
}

bool routeLess(const Route& a, const Route& b)
{
    if (a.months.p80 != b.months.p80)
        return a.months.p80 < b.months.p80;
    if (a.costJpy.p80 != b.costJpy.p80)
        return a.costJpy.p80 < b.costJpy.p80;
    return a.id < b.id;
}

std::optional<int> monthIndex(const QString& yyyymm)
{
    if (yyyymm.size() != 7 || yyyymm[4] != QLatin1Char('-'))
        return std::nullopt;
    bool okY = false;
    bool okM = false;
    const int y = yyyymm.left(4).toInt(&okY);
    const int m = yyyymm.mid(5, 2).toInt(&okM);
    if (!okY || !okM || m < 1 || m > 12)
        return std::nullopt;
    return y * 12 + (m - 1);
}

// The ruleset's source entries a plan cites, in order of first use. `field` is a source field as
// the ruleset writes it ("JQA; StdDB-dev"); the same field recurs on many steps, so each distinct
// field is split once.
struct SourceCollector
{
    QSet<QString> fields;
    QSet<QString> keys;
};

void addSources(const Ruleset& rs, const QString& field, SourceCollector& seen, std::vector<SourceRef>& out)
{
    if (field.isEmpty() || seen.fields.contains(field))
        return;
    seen.fields.insert(field);
    for (const QString& part : field.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        if (key.isEmpty() || seen.keys.contains(key))
            continue;
        seen.keys.insert(key);
        if (const SourceRef* ref = rs.source(key))
            out.push_back(*ref);
    }
}

} // namespace

Planner::Planner(RulesetPtr ruleset)
    : m_ruleset(std::move(ruleset))
    , m_graph(std::make_unique<StateGraph>(*m_ruleset))
{}

Planner::~Planner() = default;

Plan Planner::plan(const Profile& profile, const PlanOptions& options) const
{
    const Ruleset& rs = *m_ruleset;
    const Lang lang = options.lang;
    Plan plan;
    plan.rulesetId = rs.id;
    plan.rulesetVersion = rs.version;
    plan.profileName = profile.name();
    plan.samples = std::max(options.samples, 1);
    plan.maxRoutes = std::max(options.maxRoutes, 1);
    plan.lang = lang;

    int asOfYear = options.asOfYear;
    int asOfMonth = options.asOfMonth;
    if (asOfYear <= 0 || asOfMonth < 1 || asOfMonth > 12) {
        const QDate today = QDate::currentDate();
        asOfYear = today.year();
        asOfMonth = today.month();
    }
    plan.asOf = QStringLiteral("%1-%2")
                    .arg(asOfYear, 4, 10, QLatin1Char('0'))
                    .arg(asOfMonth, 2, 10, QLatin1Char('0'));

    // 1. Facts, classification, designations of the profile as answered.
    Facts facts = Facts::fromProfile(*rs.facts, profile);
    plan.classification = classify(rs, facts, lang);
    plan.designations = evaluateDesignations(rs, facts, lang);
    appendUnique(plan.warnings, plan.classification.warnings);
    if (plan.classification.regulated == false)
        appendUnique(plan.warnings, {notDeviceWarning(lang)});

    // 2. Unknown answers that decide the outcome: split into scenarios, never guess.
    std::vector<ScenarioSpec> specs;
    const QStringList& deciding = plan.classification.decidingQuestions;
    if (!deciding.isEmpty()) {
        QStringList used;
        std::vector<std::pair<QString, std::vector<FactValue>>> axes;
        int product = 1;
        for (const QString& q : deciding) {
            if (int(axes.size()) >= kMaxScenarioQuestions)
                break;
            std::vector<FactValue> domain = factDomain(q);
            if (domain.empty() || rs.facts->slot(q) < 0)
                continue;
            if (product * int(domain.size()) > kMaxScenarios)
                continue;
            product *= int(domain.size());
            axes.emplace_back(q, std::move(domain));
            used << q;
        }
        QStringList unused;
        for (const QString& q : deciding) {
            if (!used.contains(q))
                unused << q;
        }
        if (!unused.isEmpty() && used.isEmpty())
            plan.warnings << tr(lang, "answer these questions first; the plan cannot split on them: ",
                                "次の質問に先に回答してください: ") +
                                 unused.join(QStringLiteral(", "));
        else if (!unused.isEmpty())
            plan.warnings << tr(lang, "answer these questions first; the plan splits only on ",
                                "次の質問に先に回答してください。計画は次の質問でのみ分岐しています: ") +
                                 used.join(QStringLiteral(", ")) +
                                 tr(lang, " — still open: ", " — 未回答: ") +
                                 unused.join(QStringLiteral(", "));
        // The cartesian product of the axes, first axis slowest.
        specs.push_back({});
        for (const auto& [question, domain] : axes) {
            std::vector<ScenarioSpec> next;
            const QuestionDef* qd = rs.question(question);
            const int slot = rs.facts->slot(question);
            for (const ScenarioSpec& base : specs) {
                for (const FactValue& v : domain) {
                    ScenarioSpec s = base;
                    const QString text = valueText(v);
                    const QString id = question + QLatin1Char('=') + text;
                    QString valueLabel = text;
                    if (qd && qd->values.contains(text))
                        valueLabel = qd->values.value(text).in(lang);
                    const QString questionLabel = qd && !qd->label.isEmpty() ? qd->label.in(lang) : question;
                    s.id = s.id.isEmpty() ? id : s.id + QLatin1Char(',') + id;
                    const QString part = questionLabel + QStringLiteral(" = ") + valueLabel;
                    s.label = s.label.isEmpty() ? part : s.label + tr(lang, " and ", "、") + part;
                    s.values.emplace_back(slot, v);
                    next.push_back(std::move(s));
                }
            }
            specs = std::move(next);
        }
        if (specs.size() == 1 && specs.front().values.empty())
            specs.clear();
        for (ScenarioSpec& s : specs)
            s.label =
                lang == Lang::Ja ? s.label + QStringLiteral(" の場合") : QStringLiteral("if ") + s.label;
    }

    // 3. Routes, per scenario: enumerated lightly (indices and PERT means).
    std::vector<Facts> scenarioFacts;
    scenarioFacts.reserve(specs.size());
    std::vector<Classification> scenarioClassifications(specs.size());
    std::vector<std::vector<DesignationResult>> scenarioDesignations(specs.size());
    std::vector<std::unique_ptr<ScenarioRoutes>> groups;
    std::vector<std::vector<Candidate>> candidates;
    if (specs.empty()) {
        const ScenarioInput in{&facts, &plan.classification, &plan.designations, {}, {}};
        groups.push_back(std::make_unique<ScenarioRoutes>(rs, *m_graph, profile, options, in, plan.warnings));
        candidates.push_back(groups.back()->enumerate());
    } else {
        for (std::size_t i = 0; i < specs.size(); ++i) {
            // The answer goes into a copy of the profile, so that the facts derived from it (samd from
            // kind, overseas from markets) follow.
            Profile answeredHere = profile;
            for (const auto& [slot, value] : specs[i].values)
                answeredHere.setValue(rs.facts->name(slot), toJson(value));
            scenarioFacts.push_back(Facts::fromProfile(*rs.facts, answeredHere));
            Facts& f = scenarioFacts.back();
            scenarioClassifications[i] = classify(rs, f, lang);
            // The routes need each designation's outcome; its reasons are shown for the profile as answered.
            scenarioDesignations[i] = evaluateDesignations(rs, f, lang, Reasons::Skip);
            const ScenarioInput in{&f, &scenarioClassifications[i], &scenarioDesignations[i], specs[i].id,
                                   specs[i].label};
            groups.push_back(
                std::make_unique<ScenarioRoutes>(rs, *m_graph, profile, options, in, plan.warnings));
            candidates.push_back(groups.back()->enumerate());
            Scenario sc;
            sc.id = specs[i].id;
            sc.label = specs[i].label;
            sc.classification = scenarioClassifications[i];
            plan.scenarios.push_back(std::move(sc));
        }
    }

    std::optional<double> deadline;
    const std::optional<int> asOfIndex = monthIndex(plan.asOf);
    if (const auto target = profile.text(QStringLiteral("goals.target_date"))) {
        if (const auto t = monthIndex(*target); t && asOfIndex) {
            deadline = double(*t - *asOfIndex);
            if (*deadline <= 0)
                plan.warnings << tr(lang, "goals.target_date ", "目標時期 ") + *target +
                                     tr(lang, " is not after the plan's start ", " は計画開始 ") + plan.asOf +
                                     tr(lang, "", " より後ではありません");
        }
    }

    // 4. Monte Carlo. Per scenario: the candidates worth a look are the PERT-Pareto routes and the
    // fastest 3·K by PERT mean (at most 4·K); when more than K remain, a screening on the first
    // kScreenSamples draws picks the K to keep — Pareto-optimal first, then by p80 months — and only
    // those are summarised over the full sample count. Draws are made per transition and kept
    // (DrawCache), so a route costs additions, not draws.
    const int k = plan.maxRoutes;
    // A tenth of the run, between 64 and kScreenSamples draws: enough to rank p80s for the cut.
    const int screenSamples = std::min(plan.samples, std::clamp(plan.samples / 10, 64, kScreenSamples));
    DrawCache& draws = DrawCache::local();
    draws.beginPlan(plan.samples, screenSamples, plan.asOf);
    auto routeDraws = [&draws](ScenarioRoutes& group, const std::vector<int>& path, int n,
                               std::optional<double> until) {
        std::vector<int> entries;
        entries.reserve(path.size());
        for (int j : path) {
            const ScenarioRoutes::TransitionInfo& ti = group.info(j);
            entries.push_back(draws.entry(ti.sampleKey, ti.steps, n));
        }
        return draws.route(entries, n, until);
    };
    std::vector<Route> routes;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        ScenarioRoutes& group = *groups[g];
        std::vector<Candidate>& cands = candidates[g];
        std::vector<QString> ids(cands.size());
        for (std::size_t i = 0; i < cands.size(); ++i)
            ids[i] = group.routeId(cands[i]);
        std::vector<std::size_t> order(cands.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const Candidate& x = cands[a];
            const Candidate& y = cands[b];
            if (x.pertMonths != y.pertMonths)
                return x.pertMonths < y.pertMonths;
            if (x.pertCost != y.pertCost)
                return x.pertCost < y.pertCost;
            return ids[a] < ids[b];
        });
        std::vector<std::size_t> shortlist;
        double bestCost = std::numeric_limits<double>::infinity();
        for (std::size_t n = 0; n < order.size() && int(shortlist.size()) < kCandidateCap * k; ++n) {
            const Candidate& c = cands[order[n]];
            // Sorted by months: a route is PERT-Pareto iff it is cheaper than every faster one.
            const bool pareto = c.pertCost < bestCost;
            bestCost = std::min(bestCost, c.pertCost);
            if (pareto || int(n) < kCandidateFactor * k)
                shortlist.push_back(order[n]);
        }

        std::vector<std::size_t> chosen = shortlist;
        const bool screen = int(shortlist.size()) > k;
        if (screen) {
            for (std::size_t i : shortlist)
                cands[i].screen = routeDraws(group, cands[i].path, screenSamples, std::nullopt);
            auto dominated = [&](std::size_t i) {
                const SimulationResult& r = cands[i].screen;
                return std::any_of(shortlist.begin(), shortlist.end(), [&](std::size_t j) {
                    const SimulationResult& o = cands[j].screen;
                    return j != i && o.months.p80 <= r.months.p80 && o.costJpy.p80 <= r.costJpy.p80 &&
                           (o.months.p80 < r.months.p80 || o.costJpy.p80 < r.costJpy.p80);
                });
            };
            std::vector<char> front(cands.size(), 0);
            for (std::size_t i : shortlist)
                front[i] = !dominated(i);
            std::sort(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) {
                if (front[a] != front[b])
                    return front[a] > front[b];
                const SimulationResult& x = cands[a].screen;
                const SimulationResult& y = cands[b].screen;
                if (x.months.p80 != y.months.p80)
                    return x.months.p80 < y.months.p80;
                if (x.costJpy.p80 != y.costJpy.p80)
                    return x.costJpy.p80 < y.costJpy.p80;
                return ids[a] < ids[b];
            });
            chosen.resize(std::size_t(k));
        }
        for (std::size_t i : chosen) {
            const SimulationResult sim = routeDraws(group, cands[i].path, plan.samples, deadline);
            Route r = group.route(cands[i]);
            r.months = sim.months;
            r.costJpy = sim.costJpy;
            if (deadline)
                r.meetsTargetDate = sim.withinMonths;
            routes.push_back(std::move(r));
        }
    }

    // 5. Budget.
    if (const auto budget = profile.integer(QStringLiteral("budget_jpy"))) {
        QStringList over;
        for (Route& r : routes) {
            r.withinBudget = r.costJpy.p80 <= double(*budget);
            if (!*r.withinBudget)
                over << r.id;
        }
        if (!routes.empty() && over.size() == qsizetype(routes.size()))
            plan.warnings << tr(lang, "no route fits the budget of ",
                                "予算内に収まるルートがありません（予算 ") +
                                 yen(double(*budget)) + tr(lang, " at P80 cost", "、P80 費用）");
        else if (!over.isEmpty())
            plan.warnings << tr(lang, "over the budget of ", "予算 ") + yen(double(*budget)) +
                                 tr(lang, " at P80 cost: ", " を P80 費用で超えるルート: ") +
                                 over.join(QStringLiteral(", "));
    }

    // 6. Pareto among the plan's routes of each scenario; sorted by p80 months, then p80 cost.
    markPareto(routes, [](const Route& r) -> const QString& { return r.scenario; });
    std::sort(routes.begin(), routes.end(), routeLess);
    plan.routes = std::move(routes);

    // 7. Funding, narrowed to the routes' activities.
    QStringList activities;
    for (const Route& r : plan.routes) {
        for (const RouteStep& s : r.steps) {
            if (!activities.contains(s.activity))
                activities << s.activity;
        }
    }
    plan.funding = matchFunding(rs, facts, activities, lang);

    // 8. The sources cited.
    SourceCollector seen;
    for (const RationaleItem& item : plan.classification.rationale)
        addSources(rs, item.source, seen, plan.sources);
    for (const DesignationResult& d : plan.designations)
        addSources(rs, d.provenance.source, seen, plan.sources);
    for (const Route& r : plan.routes) {
        for (const RouteStep& s : r.steps)
            addSources(rs, s.provenance.source, seen, plan.sources);
    }
    for (const FundingMatch& f : plan.funding)
        addSources(rs, f.provenance.source, seen, plan.sources);
    for (const Scenario& s : plan.scenarios) {
        for (const RationaleItem& item : s.classification.rationale)
            addSources(rs, item.source, seen, plan.sources);
    }
    return plan;
}

} // namespace shirube::core
