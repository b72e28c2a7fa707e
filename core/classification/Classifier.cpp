// SPDX-License-Identifier: Apache-2.0
#include "core/classification/Classifier.h"

#include "core/profile/ProfileSchema.h"

#include <array>

namespace shirube::core {

namespace {

// The fact slots classify() reads and writes, looked up once per fact table.
struct Slots
{
    int kind, knownClass, significance, situation, samd;
    int regulated, deviceClass, procedure, reviewCategory, imdrf;
    std::vector<bool> isProfileField; // by slot

    explicit Slots(const FactTable& t)
        : kind(t.slot(QStringLiteral("kind")))
        , knownClass(t.slot(QStringLiteral("known_class")))
        , significance(t.slot(QStringLiteral("software.significance")))
        , situation(t.slot(QStringLiteral("software.situation")))
        , samd(t.slot(QStringLiteral("samd")))
        , regulated(t.slot(QStringLiteral("regulated")))
        , deviceClass(t.slot(QStringLiteral("class")))
        , procedure(t.slot(QStringLiteral("procedure")))
        , reviewCategory(t.slot(QStringLiteral("review_category")))
        , imdrf(t.slot(QStringLiteral("imdrf_category")))
        , isProfileField(std::size_t(t.size()), false)
    {
        for (int s = 0; s < t.size(); ++s)
            isProfileField[std::size_t(s)] = findField(t.name(s)) != nullptr;
    }
};

// The planner classifies thousands of profiles against one fact table, so the slot lookup is cached
// for the last table seen (per thread). The key includes the size and the names' data pointer so that
// a new table allocated where an old one was is not mistaken for it.
const Slots& slotsFor(const FactTable& table)
{
    thread_local const FactTable* cachedTable = nullptr;
    thread_local const void* cachedNames = nullptr;
    thread_local std::unique_ptr<Slots> cached;
    const void* names = table.names().constData();
    if (cachedTable != &table || cachedNames != names || !cached ||
        cached->isProfileField.size() != std::size_t(table.size())) {
        cachedNames = names;
        cached = std::make_unique<Slots>(table);
        cachedTable = &table;
    }
    return *cached;
}

const QString* textValue(const Facts& facts, int slot)
{
    return slot < 0 ? nullptr : std::get_if<QString>(&facts.get(slot));
}

// IMDRF N12 (2014) SaMD category: significance x situation (reference §3).
std::optional<int> imdrfCategory(const QString& significance, const QString& situation)
{
    int column = -1;
    if (significance == QLatin1String("treat") || significance == QLatin1String("diagnose"))
        column = 0;
    else if (significance == QLatin1String("drive_management"))
        column = 1;
    else if (significance == QLatin1String("inform_management"))
        column = 2;
    int row = -1;
    if (situation == QLatin1String("critical"))
        row = 0;
    else if (situation == QLatin1String("serious"))
        row = 1;
    else if (situation == QLatin1String("non_serious"))
        row = 2;
    if (row < 0 || column < 0)
        return std::nullopt;
    static constexpr std::array<std::array<int, 3>, 3> matrix = {{{4, 3, 2}, {3, 2, 1}, {2, 1, 1}}};
    return matrix[std::size_t(row)][std::size_t(column)];
}

class Run
{
public:
    Run(const Ruleset& rs, Facts& facts, Lang lang)
        : m_rs(rs)
        , m_facts(facts)
        , m_lang(lang)
        , m_slots(slotsFor(facts.table()))
    {}

    Classification classify();

private:
    void setFact(int slot, FactValue v)
    {
        if (slot >= 0)
            m_facts.set(slot, std::move(v));
    }

    // Evaluates and notes the unknown profile fields the result depended on (derived facts are
    // traced back to the questions they come from).
    Tri evaluate(const Expr& e, QStringList* unknownFields)
    {
        m_used.clear();
        const Tri t = e.evaluate(m_facts, m_used);
        if (t == Tri::Unknown && unknownFields) {
            for (int slot : m_used) {
                if (m_facts.isKnown(slot))
                    continue;
                if (m_slots.isProfileField[std::size_t(slot)])
                    addUnique(*unknownFields, m_facts.table().name(slot));
                else if (slot == m_slots.imdrf) {
                    for (int input : {m_slots.significance, m_slots.situation}) {
                        if (input >= 0 && !m_facts.isKnown(input))
                            addUnique(*unknownFields, m_facts.table().name(input));
                    }
                } else if (slot == m_slots.samd && m_slots.kind >= 0) {
                    addUnique(*unknownFields, m_facts.table().name(m_slots.kind));
                }
            }
        }
        return t;
    }

    static void addUnique(QStringList& list, const QString& s)
    {
        if (!list.contains(s))
            list << s;
    }

    template <typename Rule> void addRationale(const Rule& r)
    {
        m_out.rationale.push_back({r.id, r.text.in(m_lang), r.provenance.source, r.provenance.confidence});
    }

    void classifyDevice(const QString& kind);
    QString outcome(const std::vector<OutcomeRule>& rules);

    const Ruleset& m_rs;
    Facts& m_facts;
    Lang m_lang;
    const Slots& m_slots;
    std::vector<int> m_used;
    Classification m_out;
};

Classification Run::classify()
{
    // Derived facts from an earlier run must not leak into this one.
    for (int slot :
         {m_slots.regulated, m_slots.deviceClass, m_slots.procedure, m_slots.reviewCategory, m_slots.imdrf})
        setFact(slot, std::monostate{});

    const QString* significance = textValue(m_facts, m_slots.significance);
    const QString* situation = textValue(m_facts, m_slots.situation);
    if (significance && situation) {
        if (const auto cat = imdrfCategory(*significance, *situation))
            setFact(m_slots.imdrf, double(*cat));
    }

    const QString* kind = textValue(m_facts, m_slots.kind);
    classifyDevice(kind ? *kind : QString());

    if (m_out.regulated == false) {
        setFact(m_slots.regulated, false);
        setFact(m_slots.procedure, QString());
        setFact(m_slots.reviewCategory, QString());
        return std::move(m_out);
    }
    if (m_out.regulated)
        setFact(m_slots.regulated, true);
    if (m_out.deviceClass)
        setFact(m_slots.deviceClass, double(*m_out.deviceClass));

    m_out.procedure = outcome(m_rs.procedureRules);
    if (!m_out.procedure.isEmpty())
        setFact(m_slots.procedure, m_out.procedure);

    // Review categories (新/改良/後発) belong to approval applications: a product that is notified or
    // certified has none.
    if (m_out.procedure.isEmpty() || m_out.procedure == QLatin1String("approval")) {
        m_out.reviewCategory = outcome(m_rs.reviewCategoryRules);
        if (!m_out.reviewCategory.isEmpty())
            setFact(m_slots.reviewCategory, m_out.reviewCategory);
    } else {
        setFact(m_slots.reviewCategory, QString());
    }
    return std::move(m_out);
}

void Run::classifyDevice(const QString& kind)
{
    // 1. Not a medical device?
    QStringList notDeviceUnknowns;
    std::vector<const ClassRule*> notDevice;
    for (const ClassRule& r : m_rs.classRules) {
        if (r.group != QLatin1String("not_device"))
            continue;
        const Tri t = evaluate(r.when, &notDeviceUnknowns);
        if (t == Tri::True)
            notDevice.push_back(&r);
    }

    // 2. The class the rules give: every rule of the product's groups whose `when` holds proposes
    // its class and the highest wins (within a group, and across hardware and software: the stricter).
    const bool hardware =
        kind == QLatin1String("hardware") || kind == QLatin1String("hardware_with_software");
    const bool software = kind == QLatin1String("samd") || kind == QLatin1String("hardware_with_software");
    const bool ivd = kind == QLatin1String("ivd");
    int best = 0;
    std::vector<const ClassRule*> trueRules;
    std::vector<std::pair<const ClassRule*, QStringList>> unknownRules;
    if (!kind.isEmpty()) {
        for (const ClassRule& r : m_rs.classRules) {
            const bool inGroup = (hardware && r.group == QLatin1String("hardware")) ||
                                 (software && r.group == QLatin1String("software")) ||
                                 (ivd && r.group == QLatin1String("ivd"));
            if (!inGroup)
                continue;
            QStringList unknowns;
            const Tri t = evaluate(r.when, &unknowns);
            if (t == Tri::True) {
                trueRules.push_back(&r);
                best = std::max(best, r.deviceClass);
            } else if (t == Tri::Unknown) {
                unknownRules.emplace_back(&r, unknowns);
            }
        }
    }
    // A rule that might still hold and would raise the class leaves the class open.
    QStringList classUnknowns;
    for (const auto& [rule, unknowns] : unknownRules) {
        if (rule->deviceClass > best) {
            for (const QString& u : unknowns)
                addUnique(classUnknowns, u);
        }
    }
    const bool classKnown = !kind.isEmpty() && classUnknowns.isEmpty() && best > 0;
    if (classKnown)
        m_out.ruleClass = best;

    std::optional<int> known;
    if (m_slots.knownClass >= 0) {
        if (const auto* v = std::get_if<double>(&m_facts.get(m_slots.knownClass)))
            known = int(*v);
    }

    // The rules that decided: those of the winning class, hardware and software alike.
    auto winningRationale = [&] {
        for (const ClassRule* r : trueRules) {
            if (r->deviceClass == best)
                addRationale(*r);
        }
    };

    if (known) {
        // The JMDN generic name and its class are known: a device of that class, whatever the rules say.
        m_out.regulated = true;
        m_out.deviceClass = *known;
        if (!notDevice.empty())
            m_out.messages.push_back({msg::KnownClassNotDevice, {QString::number(*known)}});
        else if (classKnown && best != *known)
            m_out.messages.push_back(
                {msg::KnownClassDiffers, {QString::number(*known), QString::number(best)}});
        winningRationale();
        return;
    }

    if (!notDevice.empty()) {
        m_out.regulated = false;
        m_out.ruleClass.reset();
        for (const ClassRule* r : notDevice)
            addRationale(*r);
        return;
    }

    // A not_device rule that might still hold leaves "is it a device at all" open.
    m_out.regulated = notDeviceUnknowns.isEmpty() ? std::optional<bool>(true) : std::nullopt;
    for (const QString& u : notDeviceUnknowns)
        addUnique(m_out.decidingQuestions, u);
    if (kind.isEmpty()) {
        addUnique(m_out.decidingQuestions, QStringLiteral("kind"));
        return;
    }
    for (const QString& u : classUnknowns)
        addUnique(m_out.decidingQuestions, u);
    if (classKnown && m_out.regulated)
        m_out.deviceClass = best;
    if (!classKnown && classUnknowns.isEmpty())
        m_out.messages.push_back({msg::NoClassRule, {kind}});
    winningRationale();
}

// First rule whose `when` holds gives the outcome. An unknown rule before it leaves the outcome open
// unless it would give the same outcome anyway.
QString Run::outcome(const std::vector<OutcomeRule>& rules)
{
    QStringList unknowns;
    QStringList openOutcomes;
    for (const OutcomeRule& r : rules) {
        QStringList ruleUnknowns;
        const Tri t = evaluate(r.when, &ruleUnknowns);
        if (t == Tri::False)
            continue;
        if (t == Tri::Unknown) {
            openOutcomes << r.outcome;
            for (const QString& u : ruleUnknowns)
                addUnique(unknowns, u);
            continue;
        }
        const bool decided = std::all_of(openOutcomes.begin(), openOutcomes.end(),
                                         [&](const QString& o) { return o == r.outcome; });
        if (decided) {
            addRationale(r);
            return r.outcome;
        }
        break;
    }
    for (const QString& u : unknowns)
        addUnique(m_out.decidingQuestions, u);
    return {};
}

} // namespace

Classification classify(const Ruleset& ruleset, Facts& facts, Lang lang)
{
    Classification c = Run(ruleset, facts, lang).classify();
    c.warnings = renderMessages(c.messages, lang);
    return c;
}

} // namespace shirube::core
