// SPDX-License-Identifier: Apache-2.0
#include "core/planning/Plan.h"
#include "core/rules/RuleText.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
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

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

qint64 yenInt(double v)
{
    return qint64(std::llround(v));
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject threePointMonths(const ThreePoint& t)
{
    return QJsonObject{{QStringLiteral("min"), round1(t.min)},
                       {QStringLiteral("likely"), round1(t.likely)},
                       {QStringLiteral("max"), round1(t.max)}};
}

QJsonObject threePointYen(const ThreePoint& t)
{
    return QJsonObject{{QStringLiteral("min"), yenInt(t.min)},
                       {QStringLiteral("likely"), yenInt(t.likely)},
                       {QStringLiteral("max"), yenInt(t.max)}};
}

QJsonArray rationaleJson(const std::vector<RationaleItem>& items)
{
    QJsonArray out;
    for (const RationaleItem& r : items) {
        out.append(QJsonObject{{QStringLiteral("rule"), r.rule},
                               {QStringLiteral("text"), r.text},
                               {QStringLiteral("source"), r.source},
                               {QStringLiteral("confidence"), toString(r.confidence)}});
    }
    return out;
}

void putClassification(QJsonObject& o, const Classification& c)
{
    o.insert(QStringLiteral("regulated"), c.regulated ? QJsonValue(*c.regulated) : QJsonValue());
    o.insert(QStringLiteral("class"), c.deviceClass ? QJsonValue(*c.deviceClass) : QJsonValue());
    o.insert(QStringLiteral("rule_class"), c.ruleClass ? QJsonValue(*c.ruleClass) : QJsonValue());
    o.insert(QStringLiteral("class_rationale"), rationaleJson(c.rationale));
    o.insert(QStringLiteral("procedure"), textOrNull(c.procedure));
    o.insert(QStringLiteral("review_category"), textOrNull(c.reviewCategory));
}

QJsonObject stepJson(const RouteStep& s)
{
    QJsonObject o{{QStringLiteral("activity"), s.activity},
                  {QStringLiteral("activity_name"), s.activityName},
                  {QStringLiteral("transition"), s.transition},
                  {QStringLiteral("state_after"), s.stateAfter},
                  {QStringLiteral("parallel"), s.parallel},
                  {QStringLiteral("months"), threePointMonths(s.months)},
                  {QStringLiteral("cost_jpy"), yenInt(s.costJpy.likely)},
                  {QStringLiteral("cost_jpy_range"), threePointYen(s.costJpy)},
                  {QStringLiteral("source"), s.provenance.source},
                  {QStringLiteral("confidence"), toString(s.provenance.confidence)}};
    if (!s.note.isEmpty())
        o.insert(QStringLiteral("note"), s.note);
    if (s.overrideNote)
        o.insert(QStringLiteral("override_note"), *s.overrideNote);
    return o;
}

QJsonObject routeJson(const Route& r)
{
    QJsonArray steps;
    for (const RouteStep& s : r.steps)
        steps.append(stepJson(s));
    QJsonObject o{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("label"), r.label},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("months"), QJsonObject{{QStringLiteral("p50"), round1(r.months.p50)},
                                               {QStringLiteral("p80"), round1(r.months.p80)}}},
        {QStringLiteral("cost_jpy"), QJsonObject{{QStringLiteral("p50"), yenInt(r.costJpy.p50)},
                                                 {QStringLiteral("p80"), yenInt(r.costJpy.p80)}}},
        {QStringLiteral("pareto_optimal"), r.paretoOptimal},
        {QStringLiteral("meets_target_date"),
         r.meetsTargetDate ? QJsonValue(round3(*r.meetsTargetDate)) : QJsonValue()},
        {QStringLiteral("within_budget"), r.withinBudget ? QJsonValue(*r.withinBudget) : QJsonValue()},
        {QStringLiteral("states"), strings(r.states)},
        {QStringLiteral("transitions"), strings(r.transitions)},
        {QStringLiteral("designations"), strings(r.designations)},
        {QStringLiteral("assumptions"), strings(r.assumptions)},
        {QStringLiteral("chance"), r.chance ? QJsonValue(round3(*r.chance)) : QJsonValue()},
        {QStringLiteral("headline"), r.headline},
    };
    QJsonArray milestones;
    for (const RouteMilestone& m : r.milestones)
        milestones.append(QJsonObject{
            {QStringLiteral("state"), m.state},
            {QStringLiteral("label"), m.label},
            {QStringLiteral("months"), QJsonObject{{QStringLiteral("p50"), round1(m.months.p50)},
                                                   {QStringLiteral("p80"), round1(m.months.p80)}}}});
    o.insert(QStringLiteral("milestones"), milestones);
    if (!r.scenario.isEmpty())
        o.insert(QStringLiteral("scenario"), r.scenario);
    return o;
}

QJsonObject assumedJson(const AssumedAnswer& a)
{
    return QJsonObject{{QStringLiteral("path"), a.path},
                       {QStringLiteral("value"), a.value},
                       {QStringLiteral("question"), a.question},
                       {QStringLiteral("value_label"), a.valueLabel},
                       {QStringLiteral("basis"), a.basis},
                       {QStringLiteral("source"), a.provenance.source},
                       {QStringLiteral("confidence"), toString(a.provenance.confidence)}};
}

QJsonValue chanceJson(const DesignationResult& d)
{
    if (!d.chance)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("p"), round3(*d.chance)},
                       {QStringLiteral("basis"), d.chanceBasis},
                       {QStringLiteral("source"), d.chanceProvenance.source},
                       {QStringLiteral("confidence"), toString(d.chanceProvenance.confidence)}};
}

QJsonObject fundingJson(const FundingMatch& f)
{
    return QJsonObject{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("name_ja"), f.nameJa},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("ministry"), f.ministry},
        {QStringLiteral("amed"), f.amed},
        {QStringLiteral("fy"), f.fy},
        {QStringLiteral("budget_jpy"), f.budgetJpy ? QJsonValue(*f.budgetJpy) : QJsonValue()},
        {QStringLiteral("budget_note"), f.budgetNote},
        {QStringLiteral("area"), textOrNull(f.area)},
        {QStringLiteral("fit"), f.fit},
        {QStringLiteral("reasons"), strings(f.reasons)},
        {QStringLiteral("covers_activities"), strings(f.coversActivities)},
        {QStringLiteral("source"), f.provenance.source},
        {QStringLiteral("confidence"), toString(f.provenance.confidence)},
    };
}

QStringList allAssumptions(const Plan& plan)
{
    QStringList out;
    for (const Route& r : plan.routes) {
        for (const QString& a : r.assumptions) {
            if (!out.contains(a))
                out << a;
        }
    }
    return out;
}

// ---- Markdown ----

QString tr(const Plan& plan, const char* en, const char* ja)
{
    return plan.lang == Lang::Ja ? QString::fromUtf8(ja) : QString::fromUtf8(en);
}

QString cell(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

QString num(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
}

QString yenText(double v)
{
    return QStringLiteral("¥") + grouped(yenInt(v));
}

QString yenRange(const ThreePoint& t)
{
    if (t.isFixed())
        return yenText(t.min);
    return yenText(t.min) + QStringLiteral("–") + yenText(t.max) + QStringLiteral(" (") + yenText(t.likely) +
           QLatin1Char(')');
}

QString monthsRange(const ThreePoint& t)
{
    auto m = [](double v) {
        return QLocale::c().toString(v, 'g', 6);
    };
    if (t.isFixed())
        return m(t.min);
    return m(t.min) + QStringLiteral(" / ") + m(t.likely) + QStringLiteral(" / ") + m(t.max);
}

QString mark(Confidence c)
{
    switch (c) {
    case Confidence::Seed:
        return QStringLiteral("◆ seed");
    case Confidence::Sourced:
        return QStringLiteral("● sourced");
    case Confidence::Known:
        return QStringLiteral("○ known");
    case Confidence::Estimate:
        return QStringLiteral("△ estimate");
    }
    return QStringLiteral("△ estimate");
}

QString classText(const Classification& c, const Plan& plan)
{
    if (c.regulated == false)
        return tr(plan, "not a medical device", "医療機器に該当しない");
    if (!c.deviceClass)
        return tr(plan, "undetermined", "未確定");
    static const char* roman[] = {"", "I", "II", "III", "IV"};
    const int k = *c.deviceClass;
    return (k >= 1 && k <= 4) ? QString::fromLatin1(roman[k]) : QString::number(k);
}

QString regulatedText(const Classification& c, const Plan& plan)
{
    if (!c.regulated)
        return tr(plan, "undetermined", "未確定");
    return *c.regulated ? tr(plan, "yes", "はい") : tr(plan, "no", "いいえ");
}

// ---- CSV ----

QString csvField(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r'))) {
        QString q = s;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

QString csvNumber(double v)
{
    return QLocale::c().toString(v, 'g', 12);
}

} // namespace

QJsonObject planToJson(const Plan& plan)
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), QStringLiteral("shirube.plan/1"));
    o.insert(QStringLiteral("ruleset"), QJsonObject{{QStringLiteral("id"), plan.rulesetId},
                                                    {QStringLiteral("version"), plan.rulesetVersion}});
    o.insert(QStringLiteral("profile"), plan.profileName);
    o.insert(QStringLiteral("as_of"), plan.asOf);
    o.insert(QStringLiteral("samples"), plan.samples);
    o.insert(QStringLiteral("max_routes"), plan.maxRoutes);
    putClassification(o, plan.classification);
    o.insert(QStringLiteral("deciding_questions"), strings(plan.classification.decidingQuestions));

    QJsonArray scenarios;
    for (const Scenario& s : plan.scenarios) {
        QJsonObject so{{QStringLiteral("id"), s.id},
                       {QStringLiteral("label"), s.label},
                       {QStringLiteral("headline"), s.headline}};
        putClassification(so, s.classification);
        scenarios.append(so);
    }
    o.insert(QStringLiteral("scenarios"), scenarios);

    QJsonArray designations;
    for (const DesignationResult& d : plan.designations) {
        designations.append(QJsonObject{{QStringLiteral("id"), d.id},
                                        {QStringLiteral("chance"), chanceJson(d)},
                                        {QStringLiteral("name"), d.name},
                                        {QStringLiteral("eligible"), d.eligible},
                                        {QStringLiteral("reasons"), strings(d.reasons)},
                                        {QStringLiteral("source"), d.provenance.source},
                                        {QStringLiteral("confidence"), toString(d.provenance.confidence)}});
    }
    o.insert(QStringLiteral("designations"), designations);

    QJsonArray routes;
    for (const Route& r : plan.routes)
        routes.append(routeJson(r));
    o.insert(QStringLiteral("routes"), routes);

    QJsonArray funding;
    for (const FundingMatch& f : plan.funding)
        funding.append(fundingJson(f));
    o.insert(QStringLiteral("funding"), funding);

    o.insert(QStringLiteral("warnings"), strings(plan.warnings));
    QJsonArray messages;
    for (const PlanMessage& m : plan.messages)
        messages.append(
            QJsonObject{{QStringLiteral("code"), m.code}, {QStringLiteral("args"), strings(m.args)}});
    o.insert(QStringLiteral("messages"), messages);
    o.insert(QStringLiteral("assumptions"), strings(allAssumptions(plan)));
    QJsonArray assumed;
    for (const AssumedAnswer& a : plan.assumed)
        assumed.append(assumedJson(a));
    o.insert(QStringLiteral("assumed"), assumed);

    QJsonObject sources;
    for (const SourceRef& s : plan.sources)
        sources.insert(s.key,
                       QJsonObject{{QStringLiteral("title"), s.title}, {QStringLiteral("url"), s.url}});
    o.insert(QStringLiteral("sources"), sources);
    return o;
}

namespace {

// ---- shirube.plan/1 as bytes ----

// Writes JSON straight into a QByteArray, byte for byte as QJsonDocument::toJson() writes the
// QJsonObject of planToJson(): keys in sorted order (the callers below name them sorted), compact
// ("k":v,...) or indented (4 spaces, "k": v, one member a line, an empty array as "[\n<indent>]").
// The bytes go into a std::string: its appends are inline, QByteArray's (Qt 6.4) are not.
class JsonBytes
{
public:
    JsonBytes(std::string& out, bool compact)
        : m_out(out)
        , m_compact(compact)
    {}

    bool compact() const { return m_compact; }
    // A complete value written elsewhere (by a JsonBytes at depth 0 of the same mode), as the next element.
    void raw(const std::string& value)
    {
        element();
        m_out += value;
        m_hasMembers = true;
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // A member's key; the value follows with one of the value calls (or begin…).
    void key(const char* k)
    {
        separator();
        m_out += '"';
        m_out += k;
        m_out += m_compact ? "\":" : "\": ";
        m_afterKey = true;
    }
    void key(const QString& k)
    {
        separator();
        m_out += '"';
        escape(k);
        m_out += m_compact ? "\":" : "\": ";
        m_afterKey = true;
    }

    void string(const QString& s)
    {
        element();
        m_out += '"';
        escape(s);
        m_out += '"';
    }
    void textOrNull(const QString& s) { s.isEmpty() ? null() : string(s); }
    void null()
    {
        element();
        m_out += "null";
    }
    void boolean(bool b)
    {
        element();
        m_out += b ? "true" : "false";
    }
    void integer(qint64 v)
    {
        element();
        appendBytes(QByteArray::number(v));
    }
    // As QJsonValue(double) prints: an integral value that a qint64 holds exactly as an integer,
    // otherwise the shortest round-trip form.
    void number(double v)
    {
        element();
        if (!std::isfinite(v)) {
            m_out += "null";
            return;
        }
        if (v == std::trunc(v) && std::fabs(v) < 9007199254740992.0 && !(v == 0 && std::signbit(v)))
            appendBytes(QByteArray::number(qint64(v)));
        else
            appendBytes(QByteArray::number(v, 'g', QLocale::FloatingPointShortest));
    }
    void strings(const QStringList& list)
    {
        beginArray();
        for (const QString& s : list)
            string(s);
        endArray();
    }

    // Members by name, in the sorted order the caller keeps.
    void member(const char* k, const QString& s)
    {
        key(k);
        string(s);
    }
    void member(const char* k, bool b)
    {
        key(k);
        boolean(b);
    }

private:
    void appendBytes(const QByteArray& bytes) { m_out.append(bytes.constData(), std::size_t(bytes.size())); }
    void newlineIndent()
    {
        m_out += '\n';
        m_out.append(std::size_t(4) * std::size_t(m_depth), ' ');
    }
    // Before a key or an array element: a comma after a previous member, then the indentation.
    void separator()
    {
        if (m_hasMembers)
            m_out += ',';
        if (!m_compact)
            newlineIndent();
        m_hasMembers = true;
    }
    // Before a value: nothing after a key; in an array, the separator.
    void element()
    {
        if (m_afterKey)
            m_afterKey = false;
        else if (m_depth > 0)
            separator();
    }
    void open(char bracket)
    {
        element();
        m_out += bracket;
        ++m_depth;
        m_hasMembers = false;
    }
    void close(char bracket)
    {
        --m_depth;
        if (!m_compact) {
            // An empty array still gets its line ("[\n    ]"); an empty object is "{\n}" likewise.
            newlineIndent();
        }
        m_out += bracket;
        m_hasMembers = true; // the container itself is a member of its parent
    }
    void escape(const QString& s)
    {
        const char16_t* p = reinterpret_cast<const char16_t*>(s.constData());
        const char16_t* const end = p + s.size();
        const char16_t* plain = p; // start of a run of characters that need no escape
        while (p != end) {
            const char16_t u = *p;
            if (u >= 0x80) {
                ++p;
                continue;
            }
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                ++p;
                continue;
            }
            flushRun(plain, p);
            m_out += '\\';
            switch (u) {
            case u'"':
                m_out += '"';
                break;
            case u'\\':
                m_out += '\\';
                break;
            case 0x08:
                m_out += 'b';
                break;
            case 0x0c:
                m_out += 'f';
                break;
            case 0x0a:
                m_out += 'n';
                break;
            case 0x0d:
                m_out += 'r';
                break;
            case 0x09:
                m_out += 't';
                break;
            default: {
                static const char hex[] = "0123456789abcdef";
                m_out += "u00";
                m_out += hex[(u >> 4) & 0xf];
                m_out += hex[u & 0xf];
            }
            }
            plain = ++p;
        }
        flushRun(plain, p);
    }
    void flushRun(const char16_t* begin, const char16_t* end)
    {
        if (begin == end)
            return;
        // UTF-8, three bytes at most per UTF-16 unit (a surrogate pair: four bytes for two units).
        const std::size_t at = m_out.size();
        m_out.resize(at + 3 * std::size_t(end - begin));
        char* d = m_out.data() + at;
        for (const char16_t* q = begin; q != end; ++q) {
            const char16_t u = *q;
            if (u < 0x80) {
                *d++ = char(u);
            } else if (u < 0x800) {
                *d++ = char(0xc0 | (u >> 6));
                *d++ = char(0x80 | (u & 0x3f));
            } else if (u < 0xd800 || u > 0xdfff) {
                *d++ = char(0xe0 | (u >> 12));
                *d++ = char(0x80 | ((u >> 6) & 0x3f));
                *d++ = char(0x80 | (u & 0x3f));
            } else if (u < 0xdc00 && q + 1 != end && q[1] >= 0xdc00 && q[1] <= 0xdfff) {
                const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(q[1]) - 0xdc00);
                *d++ = char(0xf0 | (c >> 18));
                *d++ = char(0x80 | ((c >> 12) & 0x3f));
                *d++ = char(0x80 | ((c >> 6) & 0x3f));
                *d++ = char(0x80 | (c & 0x3f));
                ++q;
            } else { // a lone surrogate: QJsonDocument writes it as an escape, \udXXX
                static const char hex[] = "0123456789abcdef";
                *d++ = '\\';
                *d++ = 'u';
                const std::size_t written = std::size_t(d - m_out.data());
                m_out.resize(m_out.size() + 4); // six bytes for this unit instead of three
                d = m_out.data() + written;
                for (int shift = 12; shift >= 0; shift -= 4)
                    *d++ = hex[(u >> shift) & 0xf];
            }
        }
        m_out.resize(std::size_t(d - m_out.data()));
    }

    std::string& m_out;
    bool m_compact;
    int m_depth = 0;
    bool m_hasMembers = false; // in the innermost open container
    bool m_afterKey = false;
};

void writeThreePointMonths(JsonBytes& w, const ThreePoint& t)
{
    w.beginObject();
    w.key("likely");
    w.number(round1(t.likely));
    w.key("max");
    w.number(round1(t.max));
    w.key("min");
    w.number(round1(t.min));
    w.endObject();
}

void writeThreePointYen(JsonBytes& w, const ThreePoint& t)
{
    w.beginObject();
    w.key("likely");
    w.integer(yenInt(t.likely));
    w.key("max");
    w.integer(yenInt(t.max));
    w.key("min");
    w.integer(yenInt(t.min));
    w.endObject();
}

// The classification's members, sorted among the keys `before` and `after` the caller writes:
// class, class_rationale, [ids…], procedure, regulated, review_category, rule_class.
void writeClassHead(JsonBytes& w, const Classification& c)
{
    w.key("class");
    c.deviceClass ? w.integer(*c.deviceClass) : w.null();
    w.key("class_rationale");
    w.beginArray();
    for (const RationaleItem& r : c.rationale) {
        w.beginObject();
        w.member("confidence", toString(r.confidence));
        w.member("rule", r.rule);
        w.member("source", r.source);
        w.member("text", r.text);
        w.endObject();
    }
    w.endArray();
}

void writeProcedureToRegulated(JsonBytes& w, const Classification& c)
{
    w.key("procedure");
    w.textOrNull(c.procedure);
}

void writeRegulatedToRuleClass(JsonBytes& w, const Classification& c)
{
    w.key("regulated");
    c.regulated ? w.boolean(*c.regulated) : w.null();
    w.key("review_category");
    w.textOrNull(c.reviewCategory);
}

void writeRuleClass(JsonBytes& w, const Classification& c)
{
    w.key("rule_class");
    c.ruleClass ? w.integer(*c.ruleClass) : w.null();
}

void writeStepObject(JsonBytes& w, const RouteStep& s)
{
    w.beginObject();
    w.member("activity", s.activity);
    w.member("activity_name", s.activityName);
    w.member("confidence", toString(s.provenance.confidence));
    w.key("cost_jpy");
    w.integer(yenInt(s.costJpy.likely));
    w.key("cost_jpy_range");
    writeThreePointYen(w, s.costJpy);
    w.key("months");
    writeThreePointMonths(w, s.months);
    if (!s.note.isEmpty())
        w.member("note", s.note);
    if (s.overrideNote)
        w.member("override_note", *s.overrideNote);
    w.member("parallel", s.parallel);
    w.member("source", s.provenance.source);
    w.member("state_after", s.stateAfter);
    w.member("transition", s.transition);
    w.endObject();
}

// The compact JSON of route steps, per thread. A plan's steps are copies of the ruleset's steps, so a
// batch writes the same few hundred step objects again and again; their strings share the ruleset's
// data (QString is implicitly shared). An entry keeps copies of its strings, which keeps their data
// alive and unchanged (a write would detach), so equal data pointers and sizes mean equal texts.
class StepJsonCache
{
public:
    const std::string& get(const RouteStep& s)
    {
        const std::uint64_t h = hash(s);
        const auto range = m_entries.equal_range(h);
        for (auto it = range.first; it != range.second; ++it) {
            if (same(it->second.step, s))
                return it->second.json;
        }
        if (m_entries.size() >= kMaxEntries)
            m_entries.clear();
        Entry e{s, {}};
        JsonBytes w(e.json, true);
        writeStepObject(w, s);
        return m_entries.emplace(h, std::move(e))->second.json;
    }

private:
    static constexpr std::size_t kMaxEntries = 4096;
    struct Entry
    {
        RouteStep step;
        std::string json;
    };
    static bool sameText(const QString& a, const QString& b)
    {
        return a.size() == b.size() && (a.constData() == b.constData() || a == b);
    }
    static bool same(const RouteStep& a, const RouteStep& b)
    {
        return a.parallel == b.parallel && a.provenance.confidence == b.provenance.confidence &&
               a.months.min == b.months.min && a.months.likely == b.months.likely &&
               a.months.max == b.months.max && a.costJpy.min == b.costJpy.min &&
               a.costJpy.likely == b.costJpy.likely && a.costJpy.max == b.costJpy.max &&
               sameText(a.activity, b.activity) && sameText(a.activityName, b.activityName) &&
               sameText(a.transition, b.transition) && sameText(a.stateAfter, b.stateAfter) &&
               sameText(a.note, b.note) && sameText(a.provenance.source, b.provenance.source) &&
               a.overrideNote == b.overrideNote;
    }
    static std::uint64_t hash(const RouteStep& s)
    {
        std::uint64_t h = 0x9e3779b97f4a7c15ULL;
        auto mix = [&h](std::uint64_t v) {
            h = (h ^ v) * 0x100000001b3ULL;
        };
        for (const QString* t : {&s.activity, &s.transition, &s.stateAfter, &s.note}) {
            mix(std::uint64_t(t->size()));
            if (!t->isEmpty())
                mix(std::uint64_t(t->front().unicode()) | std::uint64_t(t->back().unicode()) << 16);
        }
        for (double d : {s.months.likely, s.costJpy.likely}) {
            std::uint64_t bits = 0;
            std::memcpy(&bits, &d, sizeof bits);
            mix(bits);
        }
        return h;
    }
    std::unordered_multimap<std::uint64_t, Entry> m_entries;
};

void writeStep(JsonBytes& w, const RouteStep& s)
{
    if (w.compact()) {
        thread_local StepJsonCache cache;
        w.raw(cache.get(s));
    } else {
        writeStepObject(w, s);
    }
}

// A scalar JSON value (an assumed answer: text, number or boolean).
void writeJsonValue(JsonBytes& w, const QJsonValue& v)
{
    if (v.isBool())
        w.boolean(v.toBool());
    else if (v.isDouble())
        w.number(v.toDouble());
    else if (v.isString())
        w.string(v.toString());
    else
        w.null();
}

void writeRoute(JsonBytes& w, const Route& r)
{
    w.beginObject();
    w.key("assumptions");
    w.strings(r.assumptions);
    w.key("chance");
    r.chance ? w.number(round3(*r.chance)) : w.null();
    w.key("cost_jpy");
    w.beginObject();
    w.key("p50");
    w.integer(yenInt(r.costJpy.p50));
    w.key("p80");
    w.integer(yenInt(r.costJpy.p80));
    w.endObject();
    w.key("designations");
    w.strings(r.designations);
    w.member("headline", r.headline);
    w.member("id", r.id);
    w.member("label", r.label);
    w.key("meets_target_date");
    r.meetsTargetDate ? w.number(round3(*r.meetsTargetDate)) : w.null();
    w.key("milestones");
    w.beginArray();
    for (const RouteMilestone& m : r.milestones) {
        w.beginObject();
        w.member("label", m.label);
        w.key("months");
        w.beginObject();
        w.key("p50");
        w.number(round1(m.months.p50));
        w.key("p80");
        w.number(round1(m.months.p80));
        w.endObject();
        w.member("state", m.state);
        w.endObject();
    }
    w.endArray();
    w.key("months");
    w.beginObject();
    w.key("p50");
    w.number(round1(r.months.p50));
    w.key("p80");
    w.number(round1(r.months.p80));
    w.endObject();
    w.member("pareto_optimal", r.paretoOptimal);
    if (!r.scenario.isEmpty())
        w.member("scenario", r.scenario);
    w.key("states");
    w.strings(r.states);
    w.key("steps");
    w.beginArray();
    for (const RouteStep& s : r.steps)
        writeStep(w, s);
    w.endArray();
    w.key("transitions");
    w.strings(r.transitions);
    w.key("within_budget");
    r.withinBudget ? w.boolean(*r.withinBudget) : w.null();
    w.endObject();
}

void writeFunding(JsonBytes& w, const FundingMatch& f)
{
    w.beginObject();
    w.member("amed", f.amed);
    w.key("area");
    w.textOrNull(f.area);
    w.key("budget_jpy");
    f.budgetJpy ? w.integer(*f.budgetJpy) : w.null();
    w.member("budget_note", f.budgetNote);
    w.member("confidence", toString(f.provenance.confidence));
    w.key("covers_activities");
    w.strings(f.coversActivities);
    w.member("fit", f.fit);
    w.key("fy");
    w.integer(f.fy);
    w.member("id", f.id);
    w.member("ministry", f.ministry);
    w.member("name", f.name);
    w.member("name_ja", f.nameJa);
    w.key("reasons");
    w.strings(f.reasons);
    w.member("source", f.provenance.source);
    w.endObject();
}

} // namespace

void appendPlanJsonBytes(std::string& out, const Plan& plan, bool compact)
{
    JsonBytes w(out, compact);
    const Classification& c = plan.classification;
    w.beginObject();
    w.member("as_of", plan.asOf);
    w.key("assumed");
    w.beginArray();
    for (const AssumedAnswer& a : plan.assumed) {
        w.beginObject();
        w.member("basis", a.basis);
        w.member("confidence", toString(a.provenance.confidence));
        w.member("path", a.path);
        w.member("question", a.question);
        w.member("source", a.provenance.source);
        w.key("value");
        writeJsonValue(w, a.value);
        w.member("value_label", a.valueLabel);
        w.endObject();
    }
    w.endArray();
    w.key("assumptions");
    w.strings(allAssumptions(plan));
    writeClassHead(w, c);
    w.key("deciding_questions");
    w.strings(c.decidingQuestions);
    w.key("designations");
    w.beginArray();
    for (const DesignationResult& d : plan.designations) {
        w.beginObject();
        w.key("chance");
        if (d.chance) {
            w.beginObject();
            w.member("basis", d.chanceBasis);
            w.member("confidence", toString(d.chanceProvenance.confidence));
            w.key("p");
            w.number(round3(*d.chance));
            w.member("source", d.chanceProvenance.source);
            w.endObject();
        } else {
            w.null();
        }
        w.member("confidence", toString(d.provenance.confidence));
        w.member("eligible", d.eligible);
        w.member("id", d.id);
        w.member("name", d.name);
        w.key("reasons");
        w.strings(d.reasons);
        w.member("source", d.provenance.source);
        w.endObject();
    }
    w.endArray();
    w.key("funding");
    w.beginArray();
    for (const FundingMatch& f : plan.funding)
        writeFunding(w, f);
    w.endArray();
    w.key("max_routes");
    w.integer(plan.maxRoutes);
    w.key("messages");
    w.beginArray();
    for (const PlanMessage& m : plan.messages) {
        w.beginObject();
        w.key("args");
        w.strings(m.args);
        w.member("code", m.code);
        w.endObject();
    }
    w.endArray();
    writeProcedureToRegulated(w, c);
    w.member("profile", plan.profileName);
    writeRegulatedToRuleClass(w, c);
    w.key("routes");
    w.beginArray();
    for (const Route& r : plan.routes)
        writeRoute(w, r);
    w.endArray();
    writeRuleClass(w, c);
    w.key("ruleset");
    w.beginObject();
    w.member("id", plan.rulesetId);
    w.member("version", plan.rulesetVersion);
    w.endObject();
    w.key("samples");
    w.integer(plan.samples);
    w.key("scenarios");
    w.beginArray();
    for (const Scenario& s : plan.scenarios) {
        w.beginObject();
        writeClassHead(w, s.classification);
        w.member("headline", s.headline);
        w.member("id", s.id);
        w.member("label", s.label);
        writeProcedureToRegulated(w, s.classification);
        writeRegulatedToRuleClass(w, s.classification);
        writeRuleClass(w, s.classification);
        w.endObject();
    }
    w.endArray();
    w.member("schema", QStringLiteral("shirube.plan/1"));
    // A QJsonObject keeps its keys sorted and unique (the last insert wins): the same here.
    std::vector<const SourceRef*> sources;
    sources.reserve(plan.sources.size());
    for (const SourceRef& s : plan.sources)
        sources.push_back(&s);
    std::stable_sort(sources.begin(), sources.end(),
                     [](const SourceRef* a, const SourceRef* b) { return a->key < b->key; });
    w.key("sources");
    w.beginObject();
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (i + 1 < sources.size() && sources[i + 1]->key == sources[i]->key)
            continue;
        w.key(sources[i]->key);
        w.beginObject();
        w.member("title", sources[i]->title);
        w.member("url", sources[i]->url);
        w.endObject();
    }
    w.endObject();
    w.key("warnings");
    w.strings(plan.warnings);
    w.endObject();
    if (!compact)
        out += '\n';
}

QByteArray planToJsonBytes(const Plan& plan, bool compact)
{
    thread_local std::string out; // keeps its capacity from plan to plan
    out.clear();
    appendPlanJsonBytes(out, plan, compact);
    return QByteArray(out.data(), qsizetype(out.size()));
}

namespace {

// The engine's reasons (eligibility, funding) in words, one per line of a table cell.
QString reasons(const QStringList& list, const Ruleset* rs, Lang lang)
{
    QStringList out;
    for (const QString& r : list)
        out << RuleText::reason(r, rs, lang);
    return out.join(QStringLiteral("<br>"));
}

// State ids without their underscores, for a plan made without state labels.
QStringList stateWords(const QStringList& states)
{
    QStringList out;
    for (const QString& s : states)
        out << RuleText::valueFallback(s);
    return out;
}

} // namespace

QString planToMarkdown(const Plan& plan, const Ruleset* rs)
{
    QString md;
    const QString nl = QStringLiteral("\n");
    md += QStringLiteral("# ") + tr(plan, "Market-entry plan: ", "上市計画: ") + plan.profileName + nl + nl;
    md += tr(plan, "Ruleset ", "ルールセット ") + plan.rulesetId + QLatin1Char(' ') + plan.rulesetVersion +
          QStringLiteral(" · ") + tr(plan, "as of ", "基準月 ") + plan.asOf + QStringLiteral(" · ") +
          grouped(plan.samples) +
          tr(plan, " Monte Carlo samples per route", " 回のモンテカルロ試行（ルートごと）") + nl + nl;
    md += tr(plan,
             "Confidence marks: ◆ seed (FY2025 MHLW deck) · ● sourced (public page) · ○ known · △ estimate "
             "(planning assumption)",
             "確度: ◆ seed（令和7年度 厚労省資料） · ● sourced（公開資料で確認） · ○ known（周知の事実） · △ "
             "estimate（計画上の仮定）") +
          nl + nl;

    // Classification.
    const Classification& c = plan.classification;
    md += QStringLiteral("## ") + tr(plan, "Classification", "クラス分類") + nl + nl;
    md +=
        QStringLiteral("- ") + tr(plan, "Medical device: ", "医療機器該当性: ") + regulatedText(c, plan) + nl;
    md += QStringLiteral("- ") + tr(plan, "Class: ", "クラス: ") + classText(c, plan);
    if (c.ruleClass && c.deviceClass && *c.ruleClass != *c.deviceClass)
        md += tr(plan, " (the rules alone give ", "（ルールだけでは") +
              RuleText::deviceClass(*c.ruleClass, plan.lang) + tr(plan, ")", "）");
    md += nl;
    md += QStringLiteral("- ") + tr(plan, "Procedure: ", "手続: ") +
          RuleText::procedureName(c.procedure, plan.lang) + nl;
    md += QStringLiteral("- ") + tr(plan, "Review category: ", "審査区分: ") +
          RuleText::reviewCategoryName(c.reviewCategory, plan.lang) + nl;
    if (!plan.decidingLabels.isEmpty())
        md += QStringLiteral("- ") +
              tr(plan, "Still open (these answers would change it): ", "未回答で結果を左右する質問: ") +
              plan.decidingLabels.join(tr(plan, "; ", "、")) + nl;
    md += nl;
    if (!c.rationale.empty()) {
        md += QStringLiteral("| ") + tr(plan, "Why", "理由") + QStringLiteral(" | ") +
              tr(plan, "Source", "出典") + QStringLiteral(" | ") + tr(plan, "Confidence", "確度") +
              QStringLiteral(" |\n|---|---|---|\n");
        for (const RationaleItem& r : c.rationale)
            md += QStringLiteral("| ") + cell(RuleText::reason(r.text, rs, plan.lang)) +
                  QStringLiteral(" | ") + cell(r.source) + QStringLiteral(" | ") + mark(r.confidence) +
                  QStringLiteral(" |\n");
        md += nl;
    }

    if (!plan.scenarios.empty()) {
        md += QStringLiteral("## ") +
              tr(plan, "Scenarios (unanswered questions)", "シナリオ（未回答の質問）") + nl + nl;
        md += QStringLiteral("| ") + tr(plan, "Scenario", "シナリオ") + QStringLiteral(" | ") +
              tr(plan, "Class", "クラス") + QStringLiteral(" | ") + tr(plan, "Procedure", "手続") +
              QStringLiteral(" | ") + tr(plan, "Review category", "審査区分") +
              QStringLiteral(" |\n|---|---|---|---|\n");
        for (const Scenario& s : plan.scenarios)
            md += QStringLiteral("| ") +
                  (s.headline ? tr(plan, "Headline: the most likely answers (below)",
                                   "見出し: 最も可能性の高い答え（下記）")
                              : cell(RuleText::scenario(s.id, rs, plan.lang))) +
                  QStringLiteral(" | ") + classText(s.classification, plan) + QStringLiteral(" | ") +
                  RuleText::procedureName(s.classification.procedure, plan.lang) + QStringLiteral(" | ") +
                  RuleText::reviewCategoryName(s.classification.reviewCategory, plan.lang) +
                  QStringLiteral(" |\n");
        md += nl;
    }

    // The typical answers the headline relies on.
    if (!plan.assumed.empty()) {
        md += QStringLiteral("## ") + tr(plan, "Assumed answers", "仮定した答え") + nl + nl;
        md += tr(plan,
                 "These questions were left blank; the plan takes the most likely answer for each. Answering "
                 "the question settles it.",
                 "次の質問は未回答のため、最も可能性の高い答えを仮定しています。回答すると確定します。") +
              nl + nl;
        md += QStringLiteral("| ") + tr(plan, "Question", "質問") + QStringLiteral(" | ") +
              tr(plan, "Assumed", "仮定") + QStringLiteral(" | ") + tr(plan, "Why", "理由") +
              QStringLiteral(" | ") + tr(plan, "Source", "出典") + QStringLiteral(" |\n|---|---|---|---|\n");
        for (const AssumedAnswer& a : plan.assumed)
            md += QStringLiteral("| ") + cell(a.question) + QStringLiteral(" | ") + cell(a.valueLabel) +
                  QStringLiteral(" | ") + cell(a.basis) + QStringLiteral(" | ") + cell(a.provenance.source) +
                  QLatin1Char(' ') + mark(a.provenance.confidence) + QStringLiteral(" |\n");
        md += nl;
    }

    // Designations.
    if (!plan.designations.empty()) {
        md += QStringLiteral("## ") + tr(plan, "Designations", "指定制度") + nl + nl;
        md += QStringLiteral("| ") + tr(plan, "Designation", "制度") + QStringLiteral(" | ") +
              tr(plan, "Eligible", "該当") + QStringLiteral(" | ") + tr(plan, "Reasons", "理由") +
              QStringLiteral(" | ") + tr(plan, "Source", "出典") + QStringLiteral(" |\n|---|---|---|---|\n");
        for (const DesignationResult& d : plan.designations)
            md += QStringLiteral("| ") + cell(d.name.isEmpty() ? RuleText::valueFallback(d.id) : d.name) +
                  QStringLiteral(" | ") + RuleText::eligibilityName(d.eligible, plan.lang) +
                  (d.chance && d.eligible != QLatin1String("no")
                       ? tr(plan, "; granted to about ", "、指定される可能性 約") +
                             num(*d.chance * 100.0, 0) + QStringLiteral(" % (") + cell(d.chanceBasis) +
                             QLatin1Char(' ') + mark(d.chanceProvenance.confidence) + QLatin1Char(')')
                       : QString()) +
                  QStringLiteral(" | ") + cell(reasons(d.reasons, rs, plan.lang)) + QStringLiteral(" | ") +
                  cell(d.provenance.source) + QLatin1Char(' ') + mark(d.provenance.confidence) +
                  QStringLiteral(" |\n");
        md += nl;
    }

    // Routes.
    md += QStringLiteral("## ") + tr(plan, "Routes", "ルート") + nl + nl;
    if (plan.routes.empty()) {
        md += tr(plan, "No route applies.", "該当するルートはありません。") + nl + nl;
    } else {
        md +=
            tr(plan,
               "Months and costs are Monte Carlo percentiles over the steps' three-point estimates; parallel "
               "steps overlap (the critical path counts). ★ = Pareto-optimal on (P80 months, P80 cost). "
               "Route 1 is "
               "the recommended route; a route that needs a selective designation shows its chance, and its "
               "figures include the case that it is refused.",
               "期間と費用は各ステップの三点見積りに基づくモンテカルロ法のパーセンタイルです（並行ステップは"
               "クリティカ"
               "ルパスで計上）。★ = P80 期間・P80 "
               "費用でパレート最適。ルート1が推奨ルートです。選考のある指定を"
               "前提とするルートには指定の可能性を示し、その数値には指定されない場合も含みます。") +
            nl + nl;
        md += QStringLiteral("| # | ") + tr(plan, "Route", "ルート") + QStringLiteral(" | ") +
              tr(plan, "Months P50", "期間 P50（月）") + QStringLiteral(" | ") +
              tr(plan, "Months P80", "期間 P80（月）") + QStringLiteral(" | ") +
              tr(plan, "Cost P50", "費用 P50") + QStringLiteral(" | ") + tr(plan, "Cost P80", "費用 P80") +
              QStringLiteral(" | ") + tr(plan, "Target date", "目標時期") + QStringLiteral(" | ") +
              tr(plan, "Budget", "予算") + QStringLiteral(" |\n|---|---|---|---|---|---|---|---|\n");
        int n = 0;
        for (const Route& r : plan.routes) {
            ++n;
            md +=
                QStringLiteral("| ") + QString::number(n) + QStringLiteral(" | ") +
                (r.paretoOptimal ? QStringLiteral("★ ") : QString()) +
                (r.headline ? tr(plan, "**Recommended:** ", "**推奨:** ") : QString()) + cell(r.label) +
                (r.chance ? tr(plan, ", if granted (about ", "（指定された場合、可能性 約") +
                                num(*r.chance * 100.0, 0) + tr(plan, " %)", "%）")
                          : QString()) +
                QStringLiteral(" | ") + num(r.months.p50, 1) + QStringLiteral(" | ") + num(r.months.p80, 1) +
                QStringLiteral(" | ") + yenText(r.costJpy.p50) + QStringLiteral(" | ") +
                yenText(r.costJpy.p80) + QStringLiteral(" | ") +
                (r.meetsTargetDate ? num(*r.meetsTargetDate * 100.0, 0) + QStringLiteral(" %")
                                   : QStringLiteral("—")) +
                QStringLiteral(" | ") +
                (r.withinBudget ? (*r.withinBudget ? tr(plan, "within", "範囲内") : tr(plan, "over", "超過"))
                                : QStringLiteral("—")) +
                QStringLiteral(" |\n");
        }
        md += nl;
        n = 0;
        for (const Route& r : plan.routes) {
            ++n;
            md += QStringLiteral("### ") + QString::number(n) + QStringLiteral(". ") + r.label + nl + nl;
            md += tr(plan, "Path: ", "経路: ") +
                  (r.stateLabels.size() == r.states.size() ? r.stateLabels : stateWords(r.states))
                      .join(QStringLiteral(" → ")) +
                  nl + nl;
            if (!r.designations.isEmpty()) {
                QStringList names;
                for (const QString& id : r.designations)
                    names << RuleText::designationName(id, rs, plan.lang);
                md += tr(plan, "Uses: ", "利用する制度: ") + names.join(tr(plan, ", ", "、")) + nl + nl;
            }
            if (!r.assumptions.isEmpty()) {
                md += tr(plan, "Assumes (unanswered questions):", "前提（未回答の質問）:") + nl;
                for (const QString& a : r.assumptions)
                    md += QStringLiteral("- ") + RuleText::assumption(a, rs, plan.lang) + nl;
                md += nl;
            }
            md += QStringLiteral("| # | ") + tr(plan, "Activity", "活動") + QStringLiteral(" | ") +
                  tr(plan, "Reaches", "到達状態") + QStringLiteral(" | ") +
                  tr(plan, "Months (min / likely / max)", "期間（月: 最小 / 最頻 / 最大）") +
                  QStringLiteral(" | ") + tr(plan, "Cost", "費用") + QStringLiteral(" | ") +
                  tr(plan, "Source", "出典") + QStringLiteral(" | ") + tr(plan, "Confidence", "確度") +
                  QStringLiteral(" |\n|---|---|---|---|---|---|---|\n");
            int i = 0;
            for (const RouteStep& s : r.steps) {
                ++i;
                md += QStringLiteral("| ") + QString::number(i) + QStringLiteral(" | ") +
                      (s.parallel ? QStringLiteral("∥ ") : QString()) +
                      cell(s.activityName.isEmpty() ? RuleText::activityName(s.activity, rs, plan.lang)
                                                    : s.activityName) +
                      QStringLiteral(" | ") +
                      cell(s.stateAfterLabel.isEmpty() ? RuleText::valueFallback(s.stateAfter)
                                                       : s.stateAfterLabel) +
                      QStringLiteral(" | ") + monthsRange(s.months) + QStringLiteral(" | ") +
                      yenRange(s.costJpy) + QStringLiteral(" | ") + cell(s.provenance.source) +
                      QStringLiteral(" | ") + mark(s.provenance.confidence) + QStringLiteral(" |\n");
            }
            md += nl;
            if (r.steps.end() !=
                std::find_if(r.steps.begin(), r.steps.end(), [](const RouteStep& s) { return s.parallel; }))
                md += tr(plan, "∥ runs in parallel with the other steps of its transition.",
                         "∥ = 同じ区間の他のステップと並行して実施。") +
                      nl + nl;
        }
    }

    // Funding.
    md += QStringLiteral("## ") + tr(plan, "Funding and support", "資金・支援制度") + nl + nl;
    if (plan.funding.empty()) {
        md += tr(plan, "No scheme fits.", "該当する制度はありません。") + nl + nl;
    } else {
        md += QStringLiteral("| ") + tr(plan, "Scheme", "制度") + QStringLiteral(" | ") +
              tr(plan, "Ministry", "所管") + QStringLiteral(" | FY | ") + tr(plan, "Budget", "予算") +
              QStringLiteral(" | ") + tr(plan, "Area", "領域") + QStringLiteral(" | ") +
              tr(plan, "Fit", "適合") + QStringLiteral(" | ") + tr(plan, "Covers", "対象活動") +
              QStringLiteral(" | ") + tr(plan, "Why", "理由") + QStringLiteral(" | ") +
              tr(plan, "Source", "出典") + QStringLiteral(" |\n|---|---|---|---|---|---|---|---|---|\n");
        for (const FundingMatch& f : plan.funding) {
            QString budget = f.budgetJpy ? yenText(double(*f.budgetJpy)) : QStringLiteral("—");
            QStringList covers;
            for (const QString& id : f.coversActivities)
                covers << RuleText::activityName(id, rs, plan.lang);
            if (!f.budgetNote.isEmpty())
                budget += QStringLiteral(" (") + f.budgetNote + QLatin1Char(')');
            md +=
                QStringLiteral("| ") + cell(f.nameJa) +
                (f.name.isEmpty() || f.name == f.nameJa ? QString() : QStringLiteral(" / ") + cell(f.name)) +
                QStringLiteral(" | ") + cell(f.ministry) + (f.amed ? QStringLiteral(" (AMED)") : QString()) +
                QStringLiteral(" | ") + QString::number(f.fy) + QStringLiteral(" | ") + cell(budget) +
                QStringLiteral(" | ") +
                (f.area.isEmpty() ? QStringLiteral("—")
                                  : cell(RuleText::fundingAreaName(f.id, f.area, rs, plan.lang))) +
                QStringLiteral(" | ") + RuleText::fitName(f.fit, plan.lang) + QStringLiteral(" | ") +
                cell(covers.join(tr(plan, ", ", "、"))) + QStringLiteral(" | ") +
                cell(reasons(f.reasons, rs, plan.lang)) + QStringLiteral(" | ") + cell(f.provenance.source) +
                QLatin1Char(' ') + mark(f.provenance.confidence) + QStringLiteral(" |\n");
        }
        md += nl;
    }

    if (!plan.warnings.isEmpty()) {
        md += QStringLiteral("## ") + tr(plan, "Warnings", "注意") + nl + nl;
        for (const QString& w : plan.warnings)
            md += QStringLiteral("- ") + w + nl;
        md += nl;
    }

    if (!plan.sources.empty()) {
        md += QStringLiteral("## ") + tr(plan, "Sources", "出典") + nl + nl;
        for (const SourceRef& s : plan.sources) {
            md += QStringLiteral("- **") + s.key + QStringLiteral("**: ") + s.title;
            if (!s.url.isEmpty())
                md += QStringLiteral(" — <") + s.url + QLatin1Char('>');
            md += nl;
        }
        md += nl;
    }
    return md;
}

QString planCsvHeader()
{
    return QStringLiteral("profile,scenario,route,route_label,route_months_p50,route_months_p80,"
                          "route_cost_p50_jpy,route_cost_p80_jpy,pareto_optimal,meets_target_date,step,"
                          "transition,activity,activity_name,state_after,parallel,months_min,months_likely,"
                          "months_max,cost_min_jpy,cost_likely_jpy,cost_max_jpy,source,confidence\r\n");
}

QString planToCsv(const Plan& plan, bool withHeader)
{
    QString out;
    if (withHeader)
        out += planCsvHeader();
    const QString comma = QStringLiteral(",");
    for (const Route& r : plan.routes) {
        const QString routePart =
            csvField(plan.profileName) + comma + csvField(r.scenario) + comma + csvField(r.id) + comma +
            csvField(r.label) + comma + num(r.months.p50, 1) + comma + num(r.months.p80, 1) + comma +
            QString::number(yenInt(r.costJpy.p50)) + comma + QString::number(yenInt(r.costJpy.p80)) + comma +
            (r.paretoOptimal ? QStringLiteral("true") : QStringLiteral("false")) + comma +
            (r.meetsTargetDate ? num(*r.meetsTargetDate, 3) : QString());
        if (r.steps.empty()) {
            out += routePart + QStringLiteral(",,,,,,,,,,,,,,\r\n");
            continue;
        }
        int i = 0;
        for (const RouteStep& s : r.steps) {
            ++i;
            out += routePart + comma + QString::number(i) + comma + csvField(s.transition) + comma +
                   csvField(s.activity) + comma + csvField(s.activityName) + comma + csvField(s.stateAfter) +
                   comma + (s.parallel ? QStringLiteral("true") : QStringLiteral("false")) + comma +
                   csvNumber(s.months.min) + comma + csvNumber(s.months.likely) + comma +
                   csvNumber(s.months.max) + comma + QString::number(yenInt(s.costJpy.min)) + comma +
                   QString::number(yenInt(s.costJpy.likely)) + comma +
                   QString::number(yenInt(s.costJpy.max)) + comma + csvField(s.provenance.source) + comma +
                   toString(s.provenance.confidence) + QStringLiteral("\r\n");
        }
    }
    return out;
}

} // namespace shirube::core
