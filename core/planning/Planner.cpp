// SPDX-License-Identifier: Apache-2.0
#include "core/planning/Planner.h"

#include "core/graph/StateGraph.h"
#include "core/jmdn/GenericNameTable.h"
#include "core/jmdn/NameInText.h"
#include "core/jmdn/SharedGenericNames.h"
#include "core/planning/AnswerModel.h"
#include "core/planning/DrawCache.h"
#include "core/planning/RouteSearch.h"
#include "core/planning/RouteSelection.h"

#include <QDate>
#include <QSet>

#include <algorithm>
#include <cmath>

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

QString yen(double v)
{
    return QStringLiteral("¥") + grouped(qint64(std::llround(v)));
}

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

// Says, for each of the user's own estimates, whether a route of the plan uses it.
void noteOverrides(const Ruleset& rs, const std::vector<StepOverride>& overrides, Plan& plan, Lang lang)
{
    for (const StepOverride& o : overrides) {
        if (!o.months && !o.costJpy)
            continue;
        const ActivityDef* a = rs.activity(o.activity);
        const QString name = a ? a->name.in(lang) : o.activity;
        const bool used = std::any_of(plan.routes.begin(), plan.routes.end(), [&o](const Route& r) {
            return std::any_of(r.steps.begin(), r.steps.end(), [&o](const RouteStep& s) {
                return s.overrideNote && s.activity == o.activity &&
                       (o.transition.isEmpty() || o.transition == s.transition);
            });
        });
        addMessage(plan.messages, {used ? msg::OverrideUsed : msg::OverrideUnused, {name}});
    }
}

// The typical answers the headline relies on: those the classification decided with (its deciding
// questions as answered) and those the headline route's guards, steps and goals read.
std::vector<AssumedAnswer> relevantAssumptions(const Ruleset& rs, const Facts& answered,
                                               const QStringList& deciding,
                                               const std::vector<const TypicalAnswer*>& filled,
                                               const Route* headline, Lang lang)
{
    QSet<QString> read(deciding.begin(), deciding.end());
    std::vector<int> used;
    auto note = [&](const Expr& e) {
        used.clear();
        e.evaluate(answered, used);
        for (int slot : used) {
            if (!answered.isKnown(slot))
                read.insert(answered.table().name(slot));
        }
    };
    for (const TargetDef& t : rs.targets)
        note(t.when);
    if (headline) {
        read.insert(QStringLiteral("stage"));
        for (const QString& id : headline->transitions) {
            const TransitionDef* t = rs.transition(id);
            if (!t)
                continue;
            if (t->when)
                note(*t->when);
            for (const StepDef& s : t->steps) {
                if (s.when)
                    note(*s.when);
                if (!s.monthsPlus.isEmpty())
                    read.insert(s.monthsPlus);
            }
        }
    }
    std::vector<AssumedAnswer> out;
    for (const TypicalAnswer* a : filled) {
        if (read.contains(a->path))
            out.push_back(describeAssumed(rs, *a, lang));
    }
    return out;
}

// Two routes are the same when they take the same transitions with the same steps.
bool sameRoute(const Route& a, const Route& b)
{
    if (a.transitions != b.transitions || a.steps.size() != b.steps.size())
        return false;
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
        const RouteStep& x = a.steps[i];
        const RouteStep& y = b.steps[i];
        if (x.activity != y.activity || x.months.min != y.months.min || x.months.likely != y.months.likely ||
            x.months.max != y.months.max || x.costJpy.likely != y.costJpy.likely)
            return false;
    }
    return true;
}

// The generic name the plan uses: the one the profile picked (jmdn_code), else one the product's name
// contains — a guess, so it is stated as an assumption to confirm.
struct GenericNameUse
{
    RationaleItem rationale;
    std::optional<AssumedAnswer> assumed;
};

// A known JMDN generic name fixes the class (known_class) and whether a certification standard covers
// it, unless the profile answers those itself. Returns the rationale item saying so, and the assumption
// when the name was only found in the product's name.
std::optional<GenericNameUse> applyGenericName(const Ruleset& rs, const Profile& profile, Facts& facts,
                                               Lang lang)
{
    // The shipped rows and the table the user imported (reloaded after an import).
    const std::shared_ptr<const GenericNameTable> table = sharedGenericNames();
    if (!table)
        return std::nullopt;
    const int knownClass = facts.table().slot(QStringLiteral("known_class"));
    std::optional<GenericName> name;
    bool guessed = false;
    if (const auto code = profile.text(QStringLiteral("jmdn_code"))) {
        if (*code != QLatin1String(kNoGenericName)) // "none": no generic name fits, none is assumed
            name = table->lookup(*code);
    } else if (knownClass >= 0 && !facts.isKnown(knownClass)) {
        name = genericNameInText(table->names(), profile.name());
        guessed = name.has_value();
    }
    if (!name)
        return std::nullopt;
    if (knownClass >= 0 && !facts.isKnown(knownClass))
        facts.set(knownClass, double(name->deviceClass));
    const int standard = facts.table().slot(QStringLiteral("certification_standard"));
    if (standard >= 0 && !facts.isKnown(standard))
        facts.set(standard, name->certifiable() ? QStringLiteral("exists") : QStringLiteral("none"));
    static const char* roman[] = {"", "I", "II", "III", "IV"};
    const QString cls = QString::fromLatin1(roman[std::clamp(name->deviceClass, 0, 4)]);
    const QString notice = name->certificationStandard ? name->certificationStandard->notice : QString();
    const QString shown = lang == Lang::Ja || name->nameEn.isEmpty() ? name->nameJa : name->nameEn;
    QString text;
    if (lang == Lang::Ja)
        text = (guessed
                    ? QStringLiteral("製品名に一般的名称「%1」（JMDN %2）が含まれるため、これを仮定しました。"
                                     "一般的名称を選ぶと確定します。クラス%3で、")
                    : QStringLiteral("一般的名称「%1」（JMDN %2）はクラス%3です。"))
                   .arg(name->nameJa, name->code, cls) +
               (name->certifiable() ? QStringLiteral("認証基準（%1）の対象です。").arg(notice)
                                    : QStringLiteral("認証基準の対象ではありません。"));
    else
        text = (guessed
                    ? QStringLiteral("The product's name contains the generic name %1 (JMDN %2), so the plan "
                                     "assumes it (pick the generic name to confirm): it is Class %3; ")
                    : QStringLiteral("The generic name %1 (JMDN %2) is Class %3; "))
                   .arg(shown, name->code, cls) +
               (name->certifiable() ? QStringLiteral("a certification standard covers it (%1).").arg(notice)
                                    : QStringLiteral("no certification standard covers it."));
    GenericNameUse use{RationaleItem{QStringLiteral("jmdn.") + name->code, text, name->source,
                                     guessed ? Confidence::Estimate : name->confidence},
                       std::nullopt};
    if (guessed) {
        AssumedAnswer a;
        a.path = QStringLiteral("jmdn_code");
        a.value = name->code;
        const QuestionDef* q = rs.question(a.path);
        a.question = q && !q->label.isEmpty() ? q->label.in(lang)
                                              : (lang == Lang::Ja ? QStringLiteral("一般的名称（JMDN）")
                                                                  : QStringLiteral("Generic name (JMDN)"));
        a.valueLabel = QStringLiteral("%1 (JMDN %2)").arg(shown, name->code);
        a.basis = lang == Lang::Ja ? QStringLiteral("製品名にこの一般的名称が含まれる。")
                                   : QStringLiteral("The product's name contains this generic name.");
        a.provenance = {name->source, Confidence::Estimate};
        use.assumed = std::move(a);
    }
    return use;
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
        // No as-of month given: the product's own start month (plan.start), else this month.
        if (const auto start = profile.text(QStringLiteral("plan.start")); start && start->size() == 7) {
            asOfYear = start->left(4).toInt();
            asOfMonth = start->mid(5, 2).toInt();
        }
    }
    if (asOfYear <= 0 || asOfMonth < 1 || asOfMonth > 12) {
        const QDate today = QDate::currentDate();
        asOfYear = today.year();
        asOfMonth = today.month();
    }
    plan.asOf = QStringLiteral("%1-%2")
                    .arg(asOfYear, 4, 10, QLatin1Char('0'))
                    .arg(asOfMonth, 2, 10, QLatin1Char('0'));

    // 1. The profile as answered: which blank answers would change the outcome.
    Facts answered = Facts::fromProfile(*rs.facts, profile);
    const std::optional<GenericNameUse> genericName = applyGenericName(rs, profile, answered, lang);
    const Classification asAnswered = classify(rs, answered, lang);

    // 2. Scenarios: the headline (typical answers for the blanks), then the alternatives, each one
    // consistent set of answers.
    std::vector<ScenarioChoice> choices = chooseScenarios(rs, answered, asAnswered.decidingQuestions, lang);
    const std::size_t count = choices.size();
    std::vector<Facts> facts;
    facts.reserve(count);
    std::vector<Classification> classifications(count);
    std::vector<std::vector<DesignationResult>> designations(count);
    std::vector<std::unique_ptr<ScenarioRoutes>> groups;
    std::vector<std::vector<Candidate>> candidates;
    for (std::size_t i = 0; i < count; ++i) {
        const ScenarioChoice& c = choices[i];
        facts.push_back(c.facts);
        classifications[i] = classify(rs, facts.back(), lang);
        designations[i] =
            evaluateDesignations(rs, facts.back(), lang, c.headline ? Reasons::Include : Reasons::Skip);
        const ScenarioInput in{&facts.back(), &classifications[i], &designations[i],  c.id,
                               c.label,       c.headline,          &options.overrides};
        groups.push_back(std::make_unique<ScenarioRoutes>(rs, *m_graph, lang, in, plan.messages));
        candidates.push_back(groups.back()->enumerate());
        if (count > 1) {
            Scenario sc;
            sc.id = c.id;
            sc.label = c.label;
            sc.classification = classifications[i];
            sc.headline = c.headline;
            plan.scenarios.push_back(std::move(sc));
        }
    }
    plan.classification = classifications.front();
    if (genericName)
        plan.classification.rationale.insert(plan.classification.rationale.begin(), genericName->rationale);
    plan.classification.decidingQuestions = asAnswered.decidingQuestions;
    for (const QString& path : asAnswered.decidingQuestions) {
        const QuestionDef* q = rs.question(path);
        plan.decidingLabels << (q && !q->label.isEmpty() ? q->label.in(lang) : path);
    }
    plan.designations = designations.front();
    for (const PlanMessage& m : plan.classification.messages)
        addMessage(plan.messages, m);
    if (plan.classification.regulated == false)
        addMessage(plan.messages, {msg::NotADevice, {}});

    std::optional<double> deadline;
    const std::optional<int> asOfIndex = monthIndex(plan.asOf);
    if (const auto target = profile.text(QStringLiteral("goals.target_date"))) {
        if (const auto t = monthIndex(*target); t && asOfIndex) {
            deadline = double(*t - *asOfIndex);
            if (*deadline <= 0)
                addMessage(plan.messages, {msg::TargetNotAfterStart, {*target, plan.asOf}});
        }
    }

    // 3. Route selection and the Monte Carlo, per scenario. Draws are made per transition and kept
    // (DrawCache), so a route costs additions, not draws.
    SelectionContext context;
    context.draws = &DrawCache::local();
    context.samples = plan.samples;
    // A tenth of the run, between 64 and 500 draws: enough to rank p80s for the cut.
    context.screenSamples = std::min(plan.samples, std::clamp(plan.samples / 10, 64, 500));
    context.maxRoutes = plan.maxRoutes;
    context.deadline = deadline;
    context.draws->beginPlan(plan.samples, context.screenSamples, plan.asOf);
    std::vector<Route> routes;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (Route& r : selectRoutes(*groups[g], candidates[g], context)) {
            // An alternative's route that is the same as one already shown is shown once.
            const bool shown =
                std::any_of(routes.begin(), routes.end(), [&r](const Route& o) { return sameRoute(o, r); });
            if (!shown)
                routes.push_back(std::move(r));
        }
    }

    // 4. Budget.
    if (const auto budget = profile.integer(QStringLiteral("budget_jpy"))) {
        QStringList over;
        for (Route& r : routes) {
            r.withinBudget = r.costJpy.p80 <= double(*budget);
            if (!*r.withinBudget)
                over << r.label;
        }
        if (!routes.empty() && over.size() == qsizetype(routes.size()))
            addMessage(plan.messages, {msg::NoRouteInBudget, {yen(double(*budget))}});
        else if (!over.isEmpty())
            addMessage(plan.messages,
                       {msg::OverBudget, {yen(double(*budget)), over.join(QStringLiteral("; "))}});
    }

    // 5. Pareto flags among the routes of each scenario.
    markPareto(routes, [](const Route& r) -> const QString& { return r.scenario; });
    plan.routes = std::move(routes);
    noteOverrides(rs, options.overrides, plan, lang);

    // 6. What the headline assumed.
    const Route* headline =
        plan.routes.empty() || !plan.routes.front().headline ? nullptr : &plan.routes.front();
    plan.assumed = relevantAssumptions(rs, answered, asAnswered.decidingQuestions, choices.front().filled,
                                       headline, lang);
    if (genericName && genericName->assumed)
        plan.assumed.insert(plan.assumed.begin(), *genericName->assumed);
    const QString* headlineKind = std::get_if<QString>(&choices.front().facts.get(QStringLiteral("kind")));
    if (plan.classification.regulated != false && hazardChecklistLeftBlank(profile) && headlineKind &&
        headlineKind->startsWith(QLatin1String("hardware"))) {
        AssumedAnswer none;
        none.path = QStringLiteral("hardware.hazards");
        none.value = false;
        none.question = lang == Lang::Ja ? QStringLiteral("まれな該当事項") : QStringLiteral("Rare hazards");
        none.valueLabel = lang == Lang::Ja ? QStringLiteral("該当なし") : QStringLiteral("none apply");
        none.basis = renderMessage({msg::HazardsNone, {}}, lang);
        none.provenance = {
            lang == Lang::Ja
                ? QStringLiteral("プロファイル形式: まれな該当事項のチェックが空なら、いずれも該当しない")
                : QStringLiteral("profile format: a blank hazard checklist means none applies"),
            Confidence::Known};
        plan.assumed.push_back(std::move(none));
    }

    // 7. Funding, narrowed to the routes' activities.
    QStringList activities;
    for (const Route& r : plan.routes) {
        for (const RouteStep& s : r.steps) {
            if (!activities.contains(s.activity))
                activities << s.activity;
        }
    }
    plan.funding = matchFunding(rs, facts.front(), activities, lang);

    // 8. The sources cited.
    SourceCollector seen;
    for (const RationaleItem& item : plan.classification.rationale)
        addSources(rs, item.source, seen, plan.sources);
    for (const AssumedAnswer& a : plan.assumed)
        addSources(rs, a.provenance.source, seen, plan.sources);
    for (const DesignationResult& d : plan.designations) {
        addSources(rs, d.provenance.source, seen, plan.sources);
        addSources(rs, d.chanceProvenance.source, seen, plan.sources);
    }
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
    plan.warnings = renderMessages(plan.messages, lang);
    return plan;
}

} // namespace shirube::core
