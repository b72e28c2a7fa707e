#include "core/planning/Planner.h"

#include "core/graph/StateGraph.h"
#include "core/planning/MonteCarlo.h"
#include "core/profile/ProfileSchema.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

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
// The routes that reach the Monte Carlo: the PERT-Pareto ones plus the fastest kCandidateFactor·K.
constexpr int kCandidateFactor = 3;

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

struct Candidate
{
    Route route;
    RouteModel model;
    double pertMonths = 0;
    double pertCost = 0;
    SimulationResult sim;
};

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

class RouteBuilder
{
public:
    RouteBuilder(const Ruleset& ruleset, const StateGraph& graph, const Profile& profile,
                 const PlanOptions& options, QStringList& warnings)
        : m_rs(ruleset)
        , m_graph(graph)
        , m_profile(profile)
        , m_options(options)
        , m_warnings(warnings)
    {}

    std::vector<Candidate> build(const ScenarioInput& in);

private:
    QString prefix(const ScenarioInput& in) const
    {
        return in.label.isEmpty() ? QString() : in.label + QStringLiteral(": ");
    }

    const Ruleset& m_rs;
    const StateGraph& m_graph;
    const Profile& m_profile;
    const PlanOptions& m_options;
    QStringList& m_warnings;
};

std::vector<Candidate> RouteBuilder::build(const ScenarioInput& in)
{
    std::vector<Candidate> out;
    const Facts& facts = *in.facts;
    const Lang lang = m_options.lang;
    QStringList common; // assumptions every route of this scenario makes

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
        common << QStringLiteral("stage = ") + earliest + QStringLiteral(" (unanswered)");
        stage = earliest;
    }
    const int start = m_graph.stateIndex(m_rs.stageStates.value(stage));
    if (start < 0) {
        appendUnique(m_warnings,
                     {prefix(in) +
                      tr(lang, "the ruleset has no start state for stage ", "開始状態がありません: ") +
                      stage});
        return out;
    }

    // Required targets: every target whose `when` is not False.
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
            appendUnique(common, describeAssumption(t.when, facts));
    }
    if (ends.isEmpty()) {
        if (in.classification->regulated == false)
            appendUnique(m_warnings, {prefix(in) + notDeviceWarning(lang)});
        else
            appendUnique(m_warnings, {prefix(in) + tr(lang, "no goal applies with these answers",
                                                      "この回答では目標となる状態がありません")});
        return out;
    }

    // Which transitions may be taken, and what each assumes.
    const std::size_t transitionCount = m_rs.transitions.size();
    std::vector<char> allowed(transitionCount, 0);
    std::vector<QStringList> assumes(transitionCount);
    QHash<QString, QString> eligibility;
    for (const DesignationResult& d : *in.designations)
        eligibility.insert(d.id, d.eligible);
    for (std::size_t j = 0; j < transitionCount; ++j) {
        const TransitionDef& t = m_rs.transitions[j];
        const Tri guard = t.when ? t.when->evaluate(facts) : Tri::True;
        if (guard == Tri::False)
            continue;
        QStringList a;
        if (guard == Tri::Unknown)
            a = describeAssumption(*t.when, facts);
        if (!t.designation.isEmpty()) {
            const QString e = eligibility.value(t.designation, QStringLiteral("possible"));
            if (e == QLatin1String("no"))
                continue;
            if (e == QLatin1String("possible")) {
                const DesignationDef* def = m_rs.designation(t.designation);
                const QString name = def ? def->name.in(lang) : t.designation;
                a << QStringLiteral("designation.") + t.designation + QStringLiteral(" = possible (") + name +
                         tr(lang, " assumed granted)", " の指定を前提)");
            }
        }
        allowed[j] = 1;
        assumes[j] = a;
    }

    const std::vector<std::vector<int>> paths = m_graph.paths(
        start, ends, [&allowed](int j) { return allowed[std::size_t(j)] != 0; }, kPathLimit);
    if (int(paths.size()) >= kPathLimit)
        appendUnique(m_warnings, {prefix(in) + tr(lang, "route search stopped after 5000 paths",
                                                  "経路の探索を 5000 件で打ち切りました")});

    // Steps per transition, built once (the `when` of each step evaluated once).
    std::vector<std::vector<RouteStep>> stepCache(transitionCount);
    std::vector<char> stepCached(transitionCount, 0);
    auto stepsOf = [&](int j) -> const std::vector<RouteStep>& {
        if (stepCached[std::size_t(j)])
            return stepCache[std::size_t(j)];
        stepCached[std::size_t(j)] = 1;
        const TransitionDef& t = m_rs.transitions[std::size_t(j)];
        std::vector<RouteStep>& steps = stepCache[std::size_t(j)];
        for (const StepDef& sd : t.steps) {
            if (sd.when) {
                const Tri w = sd.when->evaluate(facts);
                if (w == Tri::False)
                    continue;
                if (w == Tri::Unknown)
                    appendUnique(assumes[std::size_t(j)], describeAssumption(*sd.when, facts));
            }
            RouteStep rs;
            rs.activity = sd.activity;
            const ActivityDef* a = m_rs.activity(sd.activity);
            rs.activityName = a ? a->name.in(lang) : sd.activity;
            rs.transition = t.id;
            rs.stateAfter = t.to;
            rs.months = sd.months;
            rs.costJpy = sd.costJpy;
            rs.parallel = sd.parallel;
            rs.provenance = sd.provenance;
            rs.note = sd.note.in(lang);
            steps.push_back(std::move(rs));
        }
        return steps;
    };

    QHash<QString, std::size_t> byId; // route id -> index into out
    bool anyComplete = false;
    for (const std::vector<int>& path : paths) {
        if (path.empty())
            continue; // already at the goal: nothing to plan
        // Visits every required target?
        QSet<int> visited;
        visited.insert(start);
        for (int j : path)
            visited.insert(m_graph.transitionTarget(j));
        bool complete = true;
        for (int r : required)
            complete = complete && visited.contains(r);
        if (!complete)
            continue;
        anyComplete = true;

        Candidate c;
        Route& route = c.route;
        route.scenario = in.id;
        route.states << m_rs.states[std::size_t(start)].id;
        QStringList tags;
        QStringList tagLabels;
        QStringList assumptions = common;
        for (int j : path) {
            const TransitionDef& t = m_rs.transitions[std::size_t(j)];
            route.transitions << t.id;
            route.states << t.to;
            if (!t.tag.isEmpty() && !tags.contains(t.tag)) {
                tags << t.tag;
                tagLabels << t.label.in(lang);
            }
            if (!t.designation.isEmpty() && !route.designations.contains(t.designation))
                route.designations << t.designation;
            const std::vector<RouteStep>& steps = stepsOf(j);
            c.model.beginTransition();
            for (const RouteStep& s : steps) {
                route.steps.push_back(s);
                c.model.addStep(s.months, s.costJpy, s.parallel);
            }
            appendUnique(assumptions, assumes[std::size_t(j)]);
        }
        route.assumptions = assumptions;
        QStringList sortedTags = tags;
        sortedTags.sort();
        route.id = sortedTags.isEmpty() ? QStringLiteral("standard") : sortedTags.join(QLatin1Char('+'));
        c.pertMonths = c.model.pertMonths();
        c.pertCost = c.model.pertCostJpy();
        if (tagLabels.isEmpty()) {
            // The main path: the transition that takes longest (PERT mean), e.g. the review or the trial.
            double longest = -1;
            QString main;
            for (int j : path) {
                const TransitionDef& t = m_rs.transitions[std::size_t(j)];
                RouteModel one;
                for (const RouteStep& s : stepsOf(j))
                    one.addStep(s.months, s.costJpy, s.parallel);
                const double m = one.pertMonths();
                if (m > longest) {
                    longest = m;
                    main = t.label.in(lang);
                }
            }
            route.label = tr(lang, "Standard route", "標準ルート") +
                          (main.isEmpty() ? QString() : QStringLiteral(" — ") + main);
        } else {
            route.label = tagLabels.join(QStringLiteral(" + "));
        }
        if (!in.id.isEmpty()) {
            route.id += QLatin1Char('@') + in.id;
            route.label += QStringLiteral(" (") + in.label + QLatin1Char(')');
        }

        const auto it = byId.constFind(route.id);
        if (it == byId.constEnd()) {
            byId.insert(route.id, out.size());
            out.push_back(std::move(c));
        } else {
            Candidate& kept = out[*it];
            if (c.pertMonths < kept.pertMonths ||
                (c.pertMonths == kept.pertMonths && c.pertCost < kept.pertCost))
                kept = std::move(c);
        }
    }

    if (!anyComplete) {
        // Say which goal cannot be reached.
        std::vector<char> reach(m_rs.states.size(), 0);
        std::vector<int> queue{start};
        reach[std::size_t(start)] = 1;
        while (!queue.empty()) {
            const int s = queue.back();
            queue.pop_back();
            for (int j : m_graph.outTransitions(s)) {
                const int to = m_graph.transitionTarget(j);
                if (allowed[std::size_t(j)] && to >= 0 && !reach[std::size_t(to)]) {
                    reach[std::size_t(to)] = 1;
                    queue.push_back(to);
                }
            }
        }
        bool named = false;
        for (std::size_t i = 0; i < required.size(); ++i) {
            if (!reach[std::size_t(required[i])]) {
                appendUnique(m_warnings,
                             {prefix(in) + tr(lang, "no route reaches ", "この回答では到達できません: ") +
                              endLabels[qsizetype(i)] + tr(lang, " with these answers", "")});
                named = true;
            }
        }
        if (!named && !(paths.size() == 1 && paths.front().empty()))
            appendUnique(
                m_warnings,
                {prefix(in) +
                 tr(lang, "no single route reaches all of: ", "すべての目標に到達するルートがありません: ") +
                 endLabels.join(QStringLiteral(", "))});
        if (paths.size() == 1 && paths.front().empty())
            appendUnique(m_warnings,
                         {prefix(in) + tr(lang, "already at the goal: ", "すでに目標に到達しています: ") +
                          endLabels.join(QStringLiteral(", "))});
    }
    return out;
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

void addSources(const Ruleset& rs, const QString& field, QSet<QString>& seen, std::vector<SourceRef>& out)
{
    if (field.isEmpty())
        return;
    for (const QString& part : field.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
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
    const Facts answered = Facts::fromProfile(*rs.facts, profile);
    Facts facts = answered;
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

    // 3. Routes, per scenario.
    RouteBuilder builder(rs, *m_graph, profile, options, plan.warnings);
    std::vector<Candidate> candidates;
    std::vector<Facts> scenarioFacts;
    scenarioFacts.reserve(specs.size());
    std::vector<std::vector<DesignationResult>> scenarioDesignations(specs.size());
    if (specs.empty()) {
        ScenarioInput in{&facts, &plan.classification, &plan.designations, {}, {}};
        candidates = builder.build(in);
    } else {
        for (std::size_t i = 0; i < specs.size(); ++i) {
            scenarioFacts.push_back(answered);
            Facts& f = scenarioFacts.back();
            for (const auto& [slot, value] : specs[i].values)
                f.set(slot, value);
            Scenario sc;
            sc.id = specs[i].id;
            sc.label = specs[i].label;
            sc.classification = classify(rs, f, lang);
            scenarioDesignations[i] = evaluateDesignations(rs, f, lang);
            ScenarioInput in{&f, &sc.classification, &scenarioDesignations[i], sc.id, sc.label};
            std::vector<Candidate> more = builder.build(in);
            for (Candidate& c : more)
                candidates.push_back(std::move(c));
            plan.scenarios.push_back(std::move(sc));
        }
    }

    // 4. Monte Carlo over the candidates worth simulating: per scenario, the routes that are
    // Pareto-optimal on PERT means plus the fastest 3·K by PERT mean.
    const int k = plan.maxRoutes;
    std::vector<char> simulateIt(candidates.size(), 0);
    {
        QHash<QString, std::vector<std::size_t>> groups;
        for (std::size_t i = 0; i < candidates.size(); ++i)
            groups[candidates[i].route.scenario].push_back(i);
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            std::vector<std::size_t>& idx = it.value();
            std::sort(idx.begin(), idx.end(), [&candidates](std::size_t a, std::size_t b) {
                const Candidate& x = candidates[a];
                const Candidate& y = candidates[b];
                if (x.pertMonths != y.pertMonths)
                    return x.pertMonths < y.pertMonths;
                if (x.pertCost != y.pertCost)
                    return x.pertCost < y.pertCost;
                return x.route.id < y.route.id;
            });
            double bestCost = std::numeric_limits<double>::infinity();
            for (std::size_t n = 0; n < idx.size(); ++n) {
                const Candidate& c = candidates[idx[n]];
                // Sorted by months: a route is PERT-Pareto iff it is cheaper than every faster one.
                const bool pareto = c.pertCost < bestCost;
                bestCost = std::min(bestCost, c.pertCost);
                if (pareto || int(n) < kCandidateFactor * k)
                    simulateIt[idx[n]] = 1;
            }
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

    const QByteArray profileJson = profile.toJsonBytes(true);
    std::vector<Route> routes;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (!simulateIt[i])
            continue;
        Candidate& c = candidates[i];
        const std::uint64_t seed = stableSeed(profileJson, c.route.id, plan.asOf);
        const SimulationResult sim = simulate(c.model, plan.samples, seed, deadline);
        c.route.months = sim.months;
        c.route.costJpy = sim.costJpy;
        if (deadline)
            c.route.meetsTargetDate = sim.withinMonths;
        routes.push_back(std::move(c.route));
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

    // 6. Pareto per scenario, sort, keep K per scenario (Pareto routes first when K cuts).
    markPareto(routes, [](const Route& r) -> const QString& { return r.scenario; });
    std::sort(routes.begin(), routes.end(), routeLess);
    {
        QHash<QString, int> kept;
        std::vector<char> keep(routes.size(), 0);
        // First the Pareto routes (fastest first), then the rest in order, up to K per scenario.
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t i = 0; i < routes.size(); ++i) {
                if (keep[i] || (pass == 0 && !routes[i].paretoOptimal))
                    continue;
                int& n = kept[routes[i].scenario];
                if (n >= k)
                    continue;
                keep[i] = 1;
                ++n;
            }
        }
        std::vector<Route> cut;
        for (std::size_t i = 0; i < routes.size(); ++i) {
            if (keep[i])
                cut.push_back(std::move(routes[i]));
        }
        routes = std::move(cut);
    }
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
    QSet<QString> seen;
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
