// SPDX-License-Identifier: Apache-2.0
// validateRuleset(): the content and graph checks of a parsed ruleset (declared in RulesetLoader.h).

#include "core/profile/ProfileSchema.h"
#include "core/rules/HardRules.h"
#include "core/rules/RulesetLoader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/pending/queue.hpp>

#include <vector>

namespace shirube::core {

namespace {

// ---- the contract of resources/ruleset/VOCABULARY.md ----------------------------------------------------
// Every ruleset must define these ids (it may add more). Kept here as a static list: the vocabulary
// is a contract between rulesets and results, not a rule.

const QStringList& vocabularyActivities()
{
    static const QStringList ids = {
        QStringLiteral("applicability_consultation"),
        QStringLiteral("pmda_general_consultation"),
        QStringLiteral("pmda_rs_strategy_consultation"),
        QStringLiteral("pmda_consultation_pre_development"),
        QStringLiteral("pmda_consultation_protocol"),
        QStringLiteral("pmda_consultation_pre_submission"),
        QStringLiteral("pmda_samd_consultation"),
        QStringLiteral("nonclinical_testing"),
        QStringLiteral("clinical_trial"),
        QStringLiteral("clinical_performance_study"),
        QStringLiteral("trial_notification"),
        QStringLiteral("marketing_license"),
        QStringLiteral("qms_inspection"),
        QStringLiteral("notification_filing"),
        QStringLiteral("certification_review"),
        QStringLiteral("pmda_review"),
        QStringLiteral("first_stage_approval"),
        QStringLiteral("post_market_rwd_collection"),
        QStringLiteral("second_stage_approval"),
        QStringLiteral("idaten_plan_confirmation"),
        QStringLiteral("change_by_notification"),
        QStringLiteral("partial_change_approval"),
        QStringLiteral("insurance_application"),
    };
    return ids;
}

const QStringList& vocabularyDesignations()
{
    static const QStringList ids = {
        QStringLiteral("sakigake"),        QStringLiteral("orphan"),    QStringLiteral("conditional_early"),
        QStringLiteral("priority_samd"),   QStringLiteral("two_stage"), QStringLiteral("idaten"),
        QStringLiteral("priority_review"),
    };
    return ids;
}

const QStringList& vocabularyFunding()
{
    static const QStringList ids = {
        QStringLiteral("amed_device_dev_promotion"),
        QStringLiteral("amed_developing_countries"),
        QStringLiteral("amed_research_outcome_deployment"),
        QStringLiteral("amed_medtech_global"),
        QStringLiteral("amed_next_gen_devices"),
        QStringLiteral("amed_healthtech_startups"),
        QStringLiteral("prevention_social_implementation"),
        QStringLiteral("prevention_rd_infrastructure"),
        QStringLiteral("industry_hubs"),
        QStringLiteral("mediso"),
        QStringLiteral("who_prequalification_support"),
        QStringLiteral("un_procurement_support"),
        QStringLiteral("international_standards"),
    };
    return ids;
}

// The sub-areas of amed_device_dev_promotion (①–⑥).
const QStringList& vocabularyDevicePromotionAreas()
{
    static const QStringList ids = {
        QStringLiteral("burden_reduction"),  QStringLiteral("innovative"),   QStringLiteral("pediatric"),
        QStringLiteral("elderly_home_care"), QStringLiteral("registry_rwd"), QStringLiteral("ivd"),
    };
    return ids;
}

const QStringList& procedures()
{
    static const QStringList ids = {QStringLiteral("notification"), QStringLiteral("certification"),
                                    QStringLiteral("approval")};
    return ids;
}

const QStringList& reviewCategories()
{
    static const QStringList ids = {QStringLiteral("new"), QStringLiteral("improved_clinical"),
                                    QStringLiteral("improved_nonclinical"), QStringLiteral("generic")};
    return ids;
}

const QStringList& phases()
{
    static const QStringList ids = {QStringLiteral("development"), QStringLiteral("regulatory"),
                                    QStringLiteral("market"), QStringLiteral("overseas")};
    return ids;
}

QStringList allowedValues(const char* path)
{
    const FieldSpec* f = findField(QLatin1String(path));
    return f ? f->allowed : QStringList();
}

QString loc(const QString& section, const QString& id, std::size_t index)
{
    return section + QLatin1Char('[') + (id.isEmpty() ? QString::number(index) : id) + QLatin1Char(']');
}

QString quoted(const QString& s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

// ---- the graph, for the structural checks -------------------------------------------------------

struct EdgeProps
{
    int transition = -1;
};
using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

// Marks the vertices reachable from `sources` (breadth-first).
template <typename G> std::vector<bool> reachableFrom(const G& g, const std::vector<Vertex>& sources)
{
    std::vector<boost::default_color_type> colors(boost::num_vertices(g), boost::white_color);
    auto colorMap = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g));
    boost::queue<Vertex> buffer;
    if (!sources.empty())
        boost::breadth_first_search(g, sources.begin(), sources.end(), buffer, boost::default_bfs_visitor(),
                                    colorMap);
    std::vector<bool> out(colors.size());
    for (std::size_t i = 0; i < colors.size(); ++i)
        out[i] = colors[i] != boost::white_color;
    return out;
}

// Records the edges that close a cycle (back edges of a depth-first search).
struct BackEdgeRecorder : boost::default_dfs_visitor
{
    std::vector<int>* cycleTransitions;
    template <typename E, typename G> void back_edge(E e, const G& g) const
    {
        cycleTransitions->push_back(g[e].transition);
    }
};

class Validator
{
public:
    Validator(const Ruleset& rs, std::vector<RulesetIssue>& issues)
        : m_rs(rs)
        , m_issues(issues)
    {}

    void run()
    {
        checkIds();
        checkVocabulary();
        checkSources();
        checkActivities();
        checkStates();
        checkStagesAndTargets();
        checkTransitions();
        checkGraph();
        checkClassification();
        checkDesignations();
        checkFunding();
        checkQuestions();
        checkHardRules(m_rs, m_issues);
        checkAnswerModel(m_rs, m_issues,
                         [this](const Provenance& p, const QString& where) { provenance(p, where); });
    }

private:
    void issue(const QString& locator, const QString& message) { m_issues.push_back({locator, message, 0}); }

    // ---- shared checks ----

    void requiredText(const LocalText& t, const QString& where, const char* what)
    {
        if (t.ja.trimmed().isEmpty())
            issue(where, QStringLiteral("missing ja text (") + QLatin1String(what) + QLatin1Char(')'));
        if (t.en.trimmed().isEmpty())
            issue(where, QStringLiteral("missing en text (") + QLatin1String(what) + QLatin1Char(')'));
    }

    // An optional text may be absent, but when given it needs both languages.
    void optionalText(const LocalText& t, const QString& where, const char* what)
    {
        if (!t.isEmpty())
            requiredText(t, where, what);
    }

    void provenance(const Provenance& p, const QString& where)
    {
        if (p.source.isEmpty()) {
            issue(where, QStringLiteral("missing source"));
            return;
        }
        // A part that looks like a key ("JQA", "seed#H7") must be one; citations are free text.
        static const QRegularExpression keyLike(QStringLiteral("^[A-Za-z0-9#._-]+$"));
        for (const QString& raw : p.source.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString part = raw.trimmed();
            if (keyLike.match(part).hasMatch() && !m_sourceKeys.contains(part))
                issue(where, QStringLiteral("unknown source key ") + quoted(part) +
                                 QStringLiteral(" (add it to `sources` or write a citation)"));
        }
    }

    void threePoint(const ThreePoint& t, const QString& where, const char* what)
    {
        if (t.min < 0 || t.likely < 0 || t.max < 0) {
            issue(where, QStringLiteral("negative ") + QLatin1String(what) + QStringLiteral(" [") +
                             QString::number(t.min) + QStringLiteral(", ") + QString::number(t.likely) +
                             QStringLiteral(", ") + QString::number(t.max) + QLatin1Char(']'));
            return;
        }
        if (t.min > t.likely || t.likely > t.max)
            issue(where, QStringLiteral("inverted ") + QLatin1String(what) + QStringLiteral(" [") +
                             QString::number(t.min) + QStringLiteral(", ") + QString::number(t.likely) +
                             QStringLiteral(", ") + QString::number(t.max) +
                             QStringLiteral("] (needs min <= likely <= max)"));
    }

    // Which facts an expression may read depends on when it is evaluated (FORMAT.md "Expressions").
    enum class Scope
    {
        Classification, // profile facts and those derived from the profile alone
        Procedure,      // + class, regulated
        ReviewCategory, // + procedure
        Designation,    // + review_category, designations evaluated before this one
        Everything,
    };

    void scope(const Expr& e, Scope s, const QString& where, const QStringList& earlierDesignations = {})
    {
        for (const QString& id : e.identifiers()) {
            if (findField(id) || id == QLatin1String("samd") || id == QLatin1String("overseas") ||
                id == QLatin1String("trial_running") || id == QLatin1String("imdrf_category") ||
                s == Scope::Everything)
                continue;
            const bool classFacts = id == QLatin1String("class") || id == QLatin1String("regulated");
            if (classFacts && s >= Scope::Procedure)
                continue;
            if (id == QLatin1String("procedure") && s >= Scope::ReviewCategory)
                continue;
            if (id == QLatin1String("review_category") && s >= Scope::Designation)
                continue;
            if (id.startsWith(QLatin1String("designation.")) && s == Scope::Designation &&
                earlierDesignations.contains(id.mid(12)))
                continue;
            issue(where, QStringLiteral("`") + id +
                             QStringLiteral("` is not known yet when this is evaluated in `") + e.text() +
                             QLatin1Char('`'));
        }
    }

    template <typename Vec, typename IdOf>
    void uniqueIds(const QString& section, const Vec& vec, IdOf idOf, QHash<QString, QString>& seen)
    {
        for (std::size_t i = 0; i < vec.size(); ++i) {
            const QString id = idOf(vec[i]);
            if (id.isEmpty()) {
                issue(loc(section, {}, i), QStringLiteral("missing id"));
                continue;
            }
            const QString here = loc(section, id, i);
            if (seen.contains(id))
                issue(loc(section, {}, i), QStringLiteral("duplicate id ") + quoted(id) +
                                               QStringLiteral(" (first defined at ") + seen.value(id) +
                                               QLatin1Char(')'));
            else
                seen.insert(id, here);
        }
    }

    template <typename Vec, typename IdOf> void uniqueIds(const QString& section, const Vec& vec, IdOf idOf)
    {
        QHash<QString, QString> seen;
        uniqueIds(section, vec, idOf, seen);
    }

    // ---- sections ----

    void checkIds()
    {
        uniqueIds(QStringLiteral("activities"), m_rs.activities, [](const ActivityDef& a) { return a.id; });
        uniqueIds(QStringLiteral("states"), m_rs.states, [](const StateDef& s) { return s.id; });
        uniqueIds(QStringLiteral("transitions"), m_rs.transitions,
                  [](const TransitionDef& t) { return t.id; });
        uniqueIds(QStringLiteral("designations"), m_rs.designations,
                  [](const DesignationDef& d) { return d.id; });
        uniqueIds(QStringLiteral("funding"), m_rs.funding, [](const FundingScheme& f) { return f.id; });
        uniqueIds(QStringLiteral("questions"), m_rs.questions, [](const QuestionDef& q) { return q.path; });
        uniqueIds(QStringLiteral("targets"), m_rs.targets, [](const TargetDef& t) { return t.state; });
        // Rule ids name rationale items, so they are unique across the three rule lists.
        QHash<QString, QString> rules;
        uniqueIds(
            QStringLiteral("classification.rules"), m_rs.classRules, [](const ClassRule& r) { return r.id; },
            rules);
        uniqueIds(
            QStringLiteral("classification.procedure"), m_rs.procedureRules,
            [](const OutcomeRule& r) { return r.id; }, rules);
        uniqueIds(
            QStringLiteral("classification.review_category"), m_rs.reviewCategoryRules,
            [](const OutcomeRule& r) { return r.id; }, rules);
        for (std::size_t i = 0; i < m_rs.funding.size(); ++i)
            uniqueIds(loc(QStringLiteral("funding"), m_rs.funding[i].id, i) + QStringLiteral(".areas"),
                      m_rs.funding[i].areas, [](const FundingArea& a) { return a.id; });
    }

    void checkVocabulary()
    {
        auto require = [&](const QStringList& wanted, const QSet<QString>& have, const QString& where,
                           const char* what) {
            for (const QString& id : wanted) {
                if (!have.contains(id))
                    issue(where, QStringLiteral("missing vocabulary id ") + quoted(id) +
                                     QStringLiteral(" (") + QLatin1String(what) +
                                     QStringLiteral(", resources/ruleset/VOCABULARY.md)"));
            }
        };
        QSet<QString> activities, designations, funding;
        for (const ActivityDef& a : m_rs.activities)
            activities.insert(a.id);
        for (const DesignationDef& d : m_rs.designations)
            designations.insert(d.id);
        for (const FundingScheme& f : m_rs.funding)
            funding.insert(f.id);
        require(vocabularyActivities(), activities, QStringLiteral("activities"), "activity");
        require(vocabularyDesignations(), designations, QStringLiteral("designations"), "designation");
        require(vocabularyFunding(), funding, QStringLiteral("funding"), "funding scheme");
        for (std::size_t i = 0; i < m_rs.funding.size(); ++i) {
            const FundingScheme& f = m_rs.funding[i];
            if (f.id != QLatin1String("amed_device_dev_promotion"))
                continue;
            QSet<QString> areas;
            for (const FundingArea& a : f.areas)
                areas.insert(a.id);
            require(vocabularyDevicePromotionAreas(), areas, loc(QStringLiteral("funding"), f.id, i),
                    "funding area");
        }
    }

    void checkSources()
    {
        for (const SourceRef& s : m_rs.sources) {
            m_sourceKeys.insert(s.key);
            if (s.title.trimmed().isEmpty())
                issue(loc(QStringLiteral("sources"), s.key, 0), QStringLiteral("missing title"));
        }
        requiredText(m_rs.title, QStringLiteral("title"), "title");
    }

    void checkActivities()
    {
        for (std::size_t i = 0; i < m_rs.activities.size(); ++i) {
            const ActivityDef& a = m_rs.activities[i];
            const QString where = loc(QStringLiteral("activities"), a.id, i);
            requiredText(a.name, where + QStringLiteral(".name"), "name");
            optionalText(a.description, where + QStringLiteral(".description"), "description");
            provenance(a.provenance, where);
            m_activityIds.insert(a.id);
        }
    }

    void checkStates()
    {
        for (std::size_t i = 0; i < m_rs.states.size(); ++i) {
            const StateDef& s = m_rs.states[i];
            const QString where = loc(QStringLiteral("states"), s.id, i);
            requiredText(s.label, where + QStringLiteral(".label"), "label");
            optionalText(s.narration, where + QStringLiteral(".narration"), "narration");
            if (!phases().contains(s.phase))
                issue(where + QStringLiteral(".phase"),
                      QStringLiteral("unknown phase ") + quoted(s.phase) + QStringLiteral(" (") +
                          phases().join(QStringLiteral(" | ")) + QLatin1Char(')'));
            provenance(s.provenance, where);
            if (!m_stateIndex.contains(s.id))
                m_stateIndex.insert(s.id, int(i));
        }
    }

    void checkStagesAndTargets()
    {
        const QStringList stages = allowedValues("stage");
        for (const QString& stage : stages) {
            if (!m_rs.stageStates.contains(stage))
                issue(QStringLiteral("stages"),
                      QStringLiteral("no start state for the profile stage ") + quoted(stage));
        }
        for (auto it = m_rs.stageStates.begin(); it != m_rs.stageStates.end(); ++it) {
            const QString where = QStringLiteral("stages.") + it.key();
            if (!stages.contains(it.key()))
                issue(where, QStringLiteral("unknown profile stage ") + quoted(it.key()) +
                                 QStringLiteral(" (") + stages.join(QStringLiteral(" | ")) +
                                 QLatin1Char(')'));
            if (!m_stateIndex.contains(it.value()))
                issue(where, QStringLiteral("unknown state ") + quoted(it.value()));
        }
        if (m_rs.targets.empty())
            issue(QStringLiteral("targets"), QStringLiteral("no target states"));
        for (std::size_t i = 0; i < m_rs.targets.size(); ++i) {
            const TargetDef& t = m_rs.targets[i];
            const QString where = loc(QStringLiteral("targets"), t.state, i);
            if (!t.state.isEmpty() && !m_stateIndex.contains(t.state))
                issue(where, QStringLiteral("unknown state ") + quoted(t.state));
            requiredText(t.label, where + QStringLiteral(".label"), "label");
        }
    }

    void checkTransitions()
    {
        static const QRegularExpression tagPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QSet<QString> designations;
        for (const DesignationDef& d : m_rs.designations)
            designations.insert(d.id);
        for (std::size_t i = 0; i < m_rs.transitions.size(); ++i) {
            const TransitionDef& t = m_rs.transitions[i];
            const QString where = loc(QStringLiteral("transitions"), t.id, i);
            if (!t.from.isEmpty() && !m_stateIndex.contains(t.from))
                issue(where + QStringLiteral(".from"), QStringLiteral("unknown state ") + quoted(t.from));
            if (!t.to.isEmpty() && !m_stateIndex.contains(t.to))
                issue(where + QStringLiteral(".to"), QStringLiteral("unknown state ") + quoted(t.to));
            if (!t.designation.isEmpty() && !designations.contains(t.designation))
                issue(where + QStringLiteral(".designation"),
                      QStringLiteral("unknown designation ") + quoted(t.designation));
            if (!t.tag.isEmpty() && !tagPattern.match(t.tag).hasMatch())
                issue(
                    where + QStringLiteral(".tag"),
                    QStringLiteral("a tag is letters, digits, '_' or '-' (it becomes part of a route id): ") +
                        quoted(t.tag));
            requiredText(t.label, where + QStringLiteral(".label"), "label");
            optionalText(t.narration, where + QStringLiteral(".narration"), "narration");
            provenance(t.provenance, where);
            for (std::size_t k = 0; k < t.steps.size(); ++k) {
                const StepDef& s = t.steps[k];
                const QString sw = where + QStringLiteral(".steps[") + QString::number(k) + QLatin1Char(']');
                if (!s.activity.isEmpty() && !m_activityIds.contains(s.activity))
                    issue(sw + QStringLiteral(".activity"),
                          QStringLiteral("unknown activity ") + quoted(s.activity));
                threePoint(s.months, sw + QStringLiteral(".months"), "months");
                threePoint(s.costJpy, sw + QStringLiteral(".cost_jpy"), "cost_jpy");
                optionalText(s.note, sw + QStringLiteral(".note"), "note");
                provenance(s.provenance, sw);
            }
        }
    }

    void checkGraph()
    {
        const std::size_t n = m_rs.states.size();
        Graph g(n);
        for (std::size_t i = 0; i < m_rs.transitions.size(); ++i) {
            const TransitionDef& t = m_rs.transitions[i];
            const int from = m_stateIndex.value(t.from, -1);
            const int to = m_stateIndex.value(t.to, -1);
            if (from >= 0 && to >= 0)
                boost::add_edge(Vertex(from), Vertex(to), EdgeProps{int(i)}, g);
        }

        std::vector<Vertex> starts;
        for (const QString& state : m_rs.stageStates) {
            const int s = m_stateIndex.value(state, -1);
            if (s >= 0)
                starts.push_back(Vertex(s));
        }
        std::vector<Vertex> targets;
        for (const TargetDef& t : m_rs.targets) {
            const int s = m_stateIndex.value(t.state, -1);
            if (s >= 0)
                targets.push_back(Vertex(s));
        }

        const std::vector<bool> reachable = reachableFrom(g, starts);
        const std::vector<bool> leadsToTarget = reachableFrom(boost::make_reverse_graph(g), targets);
        for (std::size_t v = 0; v < n; ++v) {
            const StateDef& s = m_rs.states[v];
            if (m_stateIndex.value(s.id, -1) != int(v))
                continue; // a duplicate, reported already
            const QString where = loc(QStringLiteral("states"), s.id, v);
            if (!starts.empty() && !reachable[v])
                issue(where,
                      QStringLiteral("unreachable state: no stage's start state leads to ") + quoted(s.id));
            if (!targets.empty() && !leadsToTarget[v])
                issue(where, QStringLiteral("dead end: no target can be reached from ") + quoted(s.id));
        }

        std::vector<int> cycle;
        std::vector<boost::default_color_type> colors(n, boost::white_color);
        BackEdgeRecorder recorder;
        recorder.cycleTransitions = &cycle;
        if (n > 0)
            boost::depth_first_search(g, boost::visitor(recorder).color_map(boost::make_iterator_property_map(
                                             colors.begin(), boost::get(boost::vertex_index, g))));
        for (int t : cycle) {
            const TransitionDef& tr = m_rs.transitions[std::size_t(t)];
            issue(
                loc(QStringLiteral("transitions"), tr.id, std::size_t(t)),
                QStringLiteral("cycle: ") + tr.from + QStringLiteral(" -> ") + tr.to +
                    QStringLiteral(" leads back to a state already on the path (the graph must be acyclic)"));
        }
    }

    void checkClassification()
    {
        static const QStringList groups = {QStringLiteral("hardware"), QStringLiteral("software"),
                                           QStringLiteral("ivd"), QStringLiteral("not_device")};
        for (std::size_t i = 0; i < m_rs.classRules.size(); ++i) {
            const ClassRule& r = m_rs.classRules[i];
            const QString where = loc(QStringLiteral("classification.rules"), r.id, i);
            if (!groups.contains(r.group))
                issue(where + QStringLiteral(".group"),
                      QStringLiteral("unknown group ") + quoted(r.group) + QStringLiteral(" (") +
                          groups.join(QStringLiteral(" | ")) + QLatin1Char(')'));
            else if (r.group == QLatin1String("not_device") && r.deviceClass != 0)
                issue(where + QStringLiteral(".class"), QStringLiteral("a not_device rule gives no class"));
            else if (r.group != QLatin1String("not_device") && (r.deviceClass < 1 || r.deviceClass > 4))
                issue(where + QStringLiteral(".class"), QStringLiteral("class must be 1..4"));
            requiredText(r.text, where + QStringLiteral(".text"), "text");
            provenance(r.provenance, where);
            scope(r.when, Scope::Classification, where + QStringLiteral(".when"));
        }
        auto outcomes = [&](const std::vector<OutcomeRule>& rules, const char* section,
                            const QStringList& allowed, Scope s) {
            for (std::size_t i = 0; i < rules.size(); ++i) {
                const OutcomeRule& r = rules[i];
                const QString where = loc(QLatin1String(section), r.id, i);
                if (!allowed.contains(r.outcome))
                    issue(where, QStringLiteral("invalid outcome ") + quoted(r.outcome) +
                                     QStringLiteral(" (") + allowed.join(QStringLiteral(" | ")) +
                                     QLatin1Char(')'));
                requiredText(r.text, where + QStringLiteral(".text"), "text");
                provenance(r.provenance, where);
                scope(r.when, s, where + QStringLiteral(".when"));
            }
        };
        outcomes(m_rs.procedureRules, "classification.procedure", procedures(), Scope::Procedure);
        outcomes(m_rs.reviewCategoryRules, "classification.review_category", reviewCategories(),
                 Scope::ReviewCategory);
        if (m_rs.procedureRules.empty())
            issue(QStringLiteral("classification.procedure"), QStringLiteral("no procedure rules"));
    }

    void criteria(const std::vector<Criterion>& list, const QString& where, Scope s,
                  const QStringList& earlierDesignations = {})
    {
        for (std::size_t k = 0; k < list.size(); ++k) {
            const QString cw = where + QStringLiteral(".criteria[") + QString::number(k) + QLatin1Char(']');
            requiredText(list[k].text, cw + QStringLiteral(".text"), "text");
            scope(list[k].when, s, cw + QStringLiteral(".when"), earlierDesignations);
        }
    }

    void checkDesignations()
    {
        QStringList earlier;
        for (std::size_t i = 0; i < m_rs.designations.size(); ++i) {
            const DesignationDef& d = m_rs.designations[i];
            const QString where = loc(QStringLiteral("designations"), d.id, i);
            requiredText(d.name, where + QStringLiteral(".name"), "name");
            optionalText(d.effect, where + QStringLiteral(".effect"), "effect");
            if (d.grant != QLatin1String("elective") && d.grant != QLatin1String("selection"))
                issue(where + QStringLiteral(".grant"),
                      QStringLiteral("grant must be elective or selection, not ") + quoted(d.grant));
            if (d.criteria.empty())
                issue(where, QStringLiteral("no criteria"));
            criteria(d.criteria, where, Scope::Designation, earlier);
            provenance(d.provenance, where);
            earlier << d.id;
        }
    }

    void checkFunding()
    {
        const QStringList applicantTypes = allowedValues("applicant.type");
        const QStringList stages = allowedValues("stage");
        for (std::size_t i = 0; i < m_rs.funding.size(); ++i) {
            const FundingScheme& f = m_rs.funding[i];
            const QString where = loc(QStringLiteral("funding"), f.id, i);
            requiredText(f.name, where + QStringLiteral(".name"), "name");
            optionalText(f.budgetNote, where + QStringLiteral(".budget_note"), "budget_note");
            if (f.ministry.trimmed().isEmpty())
                issue(where, QStringLiteral("missing ministry"));
            if (f.budgetJpy && *f.budgetJpy < 0)
                issue(where + QStringLiteral(".budget_jpy"), QStringLiteral("negative budget"));
            if (!f.budgetJpy && f.budgetNote.isEmpty())
                issue(where + QStringLiteral(".budget_note"),
                      QStringLiteral("budget_jpy is null: say why in budget_note"));
            if (f.fy < 2000 || f.fy > 2100)
                issue(where + QStringLiteral(".fy"),
                      QStringLiteral("implausible fiscal year ") + QString::number(f.fy));
            for (const QString& a : f.applicants) {
                if (!applicantTypes.contains(a))
                    issue(where + QStringLiteral(".applicants"),
                          QStringLiteral("unknown applicant type ") + quoted(a) + QStringLiteral(" (") +
                              applicantTypes.join(QStringLiteral(" | ")) + QLatin1Char(')'));
            }
            for (const QString& s : f.stages) {
                if (!stages.contains(s))
                    issue(where + QStringLiteral(".stages"),
                          QStringLiteral("unknown profile stage ") + quoted(s));
            }
            for (const QString& a : f.coversActivities) {
                if (!m_activityIds.contains(a))
                    issue(where + QStringLiteral(".covers_activities"),
                          QStringLiteral("unknown activity ") + quoted(a));
            }
            criteria(f.criteria, where, Scope::Everything);
            for (std::size_t k = 0; k < f.areas.size(); ++k) {
                const FundingArea& a = f.areas[k];
                const QString aw = where + QStringLiteral(".areas") + loc(QString(), a.id, k);
                requiredText(a.name, aw + QStringLiteral(".name"), "name");
                criteria(a.criteria, aw, Scope::Everything);
            }
            provenance(f.provenance, where);
        }
    }

    void checkQuestions()
    {
        QSet<QString> asked;
        for (std::size_t i = 0; i < m_rs.questions.size(); ++i) {
            const QuestionDef& q = m_rs.questions[i];
            const QString where = loc(QStringLiteral("questions"), q.path, i);
            asked.insert(q.path);
            const FieldSpec* field = findField(q.path);
            if (!field) {
                issue(where, QStringLiteral("unknown profile field ") + quoted(q.path));
                continue;
            }
            requiredText(q.label, where + QStringLiteral(".label"), "label");
            optionalText(q.help, where + QStringLiteral(".help"), "help");
            for (auto it = q.values.begin(); it != q.values.end(); ++it) {
                const QString vw = where + QStringLiteral(".values.") + it.key();
                if (field->type == FieldType::Enum && !field->allowed.contains(it.key()))
                    issue(vw, QStringLiteral("not a value of ") + q.path + QStringLiteral(": ") +
                                  quoted(it.key()));
                requiredText(it.value(), vw, "value label");
            }
            if (field->type == FieldType::Enum) {
                for (const QString& value : field->allowed) {
                    if (!q.values.contains(value))
                        issue(where + QStringLiteral(".values"),
                              QStringLiteral("no label for the value ") + quoted(value));
                }
            }
        }
        for (const FieldSpec& f : profileFields()) {
            if (!asked.contains(f.path))
                issue(QStringLiteral("questions"),
                      QStringLiteral("no question for the profile field ") + quoted(f.path));
        }
    }

    const Ruleset& m_rs;
    std::vector<RulesetIssue>& m_issues;
    QHash<QString, int> m_stateIndex; // first state of each id
    QSet<QString> m_activityIds;
    QSet<QString> m_sourceKeys;
};

} // namespace

void validateRuleset(const Ruleset& ruleset, std::vector<RulesetIssue>& issues)
{
    Validator(ruleset, issues).run();
}

} // namespace shirube::core
