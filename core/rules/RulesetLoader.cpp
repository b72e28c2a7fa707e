// SPDX-License-Identifier: Apache-2.0
#include "core/rules/RulesetLoader.h"

#include "core/common/JsonScan.h"
#include "core/common/Text.h"
#include "core/profile/Profile.h"
#include "core/profile/ProfileSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <mutex>

namespace shirube::core {

namespace {

constexpr auto kSchema = "shirube.ruleset/1";

// ---- locators and lines ----------------------------------------------------------------------
//
// Issues name their entry with a locator such as `transitions[review_new_standard].steps[0].months`
// (an entry is named by its id, `state` or `path`; by its index when it has none, or for the second
// of two entries with the same id). QJsonDocument keeps no positions, so the line of a locator is
// found only when an issue needs it: the locator is turned into a path through the document (ids ->
// array indices) and a small scanner walks the raw bytes along that path.

QString entryLocator(const QString& section, const QString& key, qsizetype index)
{
    return section + QLatin1Char('[') + (key.isEmpty() ? QString::number(index) : key) + QLatin1Char(']');
}

struct PathStep
{
    QString key;          // object member, when index < 0
    qsizetype index = -1; // array element
};

// `a.b[c].d[3]` -> [a, b, c-or-its-index, d, 3], resolved against the document. Stops at the first
// segment it cannot resolve (the caller then reports the deepest entry it found).
std::vector<PathStep> locatorToPath(const QJsonDocument& doc, const QString& locator)
{
    std::vector<PathStep> path;
    QJsonValue cur = doc.object();
    qsizetype i = 0;
    const qsizetype n = locator.size();
    auto descendKey = [&](const QString& key) {
        if (!cur.isObject() || !cur.toObject().contains(key))
            return false;
        path.push_back({key, -1});
        cur = cur.toObject().value(key);
        return true;
    };
    auto descendBracket = [&](const QString& key) {
        if (cur.isObject())
            return descendKey(key);
        if (!cur.isArray())
            return false;
        const QJsonArray arr = cur.toArray();
        bool isIndex = false;
        const qsizetype idx = key.toLongLong(&isIndex);
        if (isIndex && idx >= 0 && idx < arr.size()) {
            path.push_back({QString(), idx});
            cur = arr.at(idx);
            return true;
        }
        for (qsizetype k = 0; k < arr.size(); ++k) {
            const QJsonObject o = arr.at(k).toObject();
            for (const char* field : {"id", "state", "path"}) {
                const QJsonValue v = o.value(QLatin1String(field));
                if (v.isString() && v.toString() == key) {
                    path.push_back({QString(), k});
                    cur = arr.at(k);
                    return true;
                }
            }
        }
        return false;
    };
    while (i < n) {
        qsizetype j = i;
        while (j < n && locator[j] != QLatin1Char('.') && locator[j] != QLatin1Char('['))
            ++j;
        if (j > i && !descendKey(locator.mid(i, j - i)))
            return path;
        i = j;
        while (i < n && locator[i] == QLatin1Char('[')) {
            const qsizetype close = locator.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0)
                return path;
            if (!descendBracket(locator.mid(i + 1, close - i - 1)))
                return path;
            i = close + 1;
        }
        if (i < n && locator[i] == QLatin1Char('.'))
            ++i;
        else if (i < n)
            return path; // malformed
    }
    return path;
}

// Walks valid JSON text (QJsonDocument accepted it) along a path; returns the byte offset of the
// deepest member key or array element it reached.
class JsonScanner
{
public:
    explicit JsonScanner(const QByteArray& text)
        : m_s(text)
    {}

    qsizetype find(const std::vector<PathStep>& path)
    {
        m_i = 0;
        ws();
        qsizetype found = m_i;
        for (const PathStep& step : path) {
            ws();
            if (m_i >= m_s.size())
                break;
            if (step.index < 0) {
                if (m_s[m_i] != '{')
                    break;
                ++m_i;
                const QByteArray wanted = step.key.toUtf8();
                bool hit = false;
                while (true) {
                    ws();
                    if (m_i >= m_s.size() || m_s[m_i] == '}')
                        break;
                    const qsizetype keyPos = m_i;
                    const QByteArray key = readString();
                    ws();
                    ++m_i; // ':'
                    ws();
                    if (key == wanted) {
                        found = keyPos;
                        hit = true;
                        break;
                    }
                    skipValue();
                    ws();
                    if (m_i < m_s.size() && m_s[m_i] == ',')
                        ++m_i;
                }
                if (!hit)
                    break;
            } else {
                if (m_s[m_i] != '[')
                    break;
                ++m_i;
                bool hit = false;
                for (qsizetype k = 0;; ++k) {
                    ws();
                    if (m_i >= m_s.size() || m_s[m_i] == ']')
                        break;
                    if (k == step.index) {
                        found = m_i;
                        hit = true;
                        break;
                    }
                    skipValue();
                    ws();
                    if (m_i < m_s.size() && m_s[m_i] == ',')
                        ++m_i;
                }
                if (!hit)
                    break;
            }
        }
        return found;
    }

private:
    void ws()
    {
        while (m_i < m_s.size() &&
               (m_s[m_i] == ' ' || m_s[m_i] == '\n' || m_s[m_i] == '\r' || m_s[m_i] == '\t'))
            ++m_i;
    }

    // Raw bytes between the quotes (escapes kept as written; good enough to match plain keys).
    QByteArray readString()
    {
        if (m_i >= m_s.size() || m_s[m_i] != '"')
            return {};
        const qsizetype start = ++m_i;
        while (m_i < m_s.size() && m_s[m_i] != '"') {
            if (m_s[m_i] == '\\')
                ++m_i;
            ++m_i;
        }
        const QByteArray out = m_s.mid(start, m_i - start);
        ++m_i;
        return out;
    }

    void skipValue()
    {
        ws();
        if (m_i >= m_s.size())
            return;
        const char c = m_s[m_i];
        if (c == '"') {
            readString();
            return;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_i < m_s.size()) {
                const char d = m_s[m_i];
                if (d == '"') {
                    readString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++m_i;
                        return;
                    }
                }
                ++m_i;
            }
            return;
        }
        while (m_i < m_s.size() && m_s[m_i] != ',' && m_s[m_i] != '}' && m_s[m_i] != ']')
            ++m_i;
    }

    const QByteArray& m_s;
    qsizetype m_i = 0;
};

int lineAtOffset(const QByteArray& text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return int(std::count(text.constBegin(), text.constBegin() + offset, '\n')) + 1;
}

void resolveLines(const QByteArray& json, const QJsonDocument& doc, std::vector<RulesetIssue>& issues)
{
    JsonScanner scanner(json);
    for (RulesetIssue& issue : issues) {
        if (issue.line > 0 || issue.locator.isEmpty())
            continue;
        const std::vector<PathStep> path = locatorToPath(doc, issue.locator);
        if (!path.empty())
            issue.line = lineAtOffset(json, scanner.find(path));
    }
}

// ---- the parser --------------------------------------------------------------------------------

class Parser
{
public:
    Parser(Ruleset& ruleset, std::vector<RulesetIssue>& issues)
        : m_rs(ruleset)
        , m_issues(issues)
    {}

    void parse(const QJsonObject& root);

private:
    void issue(const QString& locator, const QString& message) { m_issues.push_back({locator, message, 0}); }

    // Reports members a reader would not use: a misspelt key must never silently change a plan.
    // `note` (a comment on the entry) and keys starting with `_` are allowed everywhere.
    void checkKeys(const QJsonObject& o, std::initializer_list<const char*> allowed, const QString& loc)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString& key = it.key();
            if (key.startsWith(QLatin1Char('_')) || key == QLatin1String("note"))
                continue;
            const bool known = std::any_of(allowed.begin(), allowed.end(),
                                           [&](const char* a) { return key == QLatin1String(a); });
            if (!known)
                issue(loc, QStringLiteral("unknown field '") + key + QLatin1Char('\''));
        }
    }

    QString string(const QJsonObject& o, const char* key, const QString& loc, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                issue(loc, QStringLiteral("missing '") + QLatin1String(key) + QLatin1Char('\''));
            return {};
        }
        if (!v.isString()) {
            issue(loc + QLatin1Char('.') + QLatin1String(key), QStringLiteral("expected a string"));
            return {};
        }
        return v.toString();
    }

    bool boolean(const QJsonObject& o, const char* key, const QString& loc, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            issue(loc + QLatin1Char('.') + QLatin1String(key), QStringLiteral("expected true or false"));
            return fallback;
        }
        return v.toBool();
    }

    QStringList stringList(const QJsonObject& o, const char* key, const QString& loc)
    {
        QStringList out;
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            issue(loc + QLatin1Char('.') + QLatin1String(key), QStringLiteral("expected a list of strings"));
            return out;
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                issue(loc + QLatin1Char('.') + QLatin1String(key),
                      QStringLiteral("expected a list of strings"));
            else
                out << item.toString();
        }
        return out;
    }

    // Absent texts stay empty: the validator reports missing ja/en texts.
    LocalText text(const QJsonObject& o, const char* key, const QString& loc)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        const QString where = loc + QLatin1Char('.') + QLatin1String(key);
        if (!v.isObject()) {
            issue(where, QStringLiteral("expected a text {\"ja\": \"…\", \"en\": \"…\"}"));
            return {};
        }
        const QJsonObject t = v.toObject();
        checkKeys(t, {"ja", "en"}, where);
        LocalText out;
        out.ja = string(t, "ja", where, false);
        out.en = string(t, "en", where, false);
        return out;
    }

    Provenance provenance(const QJsonObject& o, const QString& loc)
    {
        Provenance p;
        p.source = string(o, "source", loc, false).trimmed(); // absence: a validator issue
        const QJsonValue c = o.value(QLatin1String("confidence"));
        if (c.isUndefined() || c.isNull() || (c.isString() && c.toString().isEmpty())) {
            issue(loc, QStringLiteral("missing confidence (seed | sourced | known | estimate)"));
        } else if (const auto conf = confidenceFromString(c.toString())) {
            p.confidence = *conf;
        } else {
            issue(loc + QStringLiteral(".confidence"),
                  QStringLiteral("unknown confidence '") + c.toVariant().toString() +
                      QStringLiteral("' (seed | sourced | known | estimate)"));
        }
        return p;
    }

    // A number (fixed) or [min, likely, max]. The validator checks signs and order.
    ThreePoint threePoint(const QJsonObject& o, const char* key, const QString& loc)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString where = loc + QLatin1Char('.') + QLatin1String(key);
        if (v.isUndefined() || v.isNull()) {
            issue(loc, QStringLiteral("missing '") + QLatin1String(key) + QLatin1Char('\''));
            return {};
        }
        if (v.isDouble())
            return inRange(v.toDouble(), key, where) ? ThreePoint::fixed(v.toDouble()) : ThreePoint{};
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 3 || !a[0].isDouble() || !a[1].isDouble() || !a[2].isDouble()) {
            issue(where, QStringLiteral("expected a number or [min, likely, max]"));
            return {};
        }
        for (const QJsonValue& x : a) {
            if (!inRange(x.toDouble(), key, where))
                return {};
        }
        return ThreePoint{a[0].toDouble(), a[1].toDouble(), a[2].toDouble()};
    }

    // Months at most kMaxMonths (50 years), yen at most kMaxYen (10 trillion), finite; larger numbers
    // would overflow the planner's integer sums and percentiles. Signs are the validator's.
    static constexpr double kMaxMonths = 600;
    static constexpr double kMaxYen = 1e13;
    bool inRange(double x, const char* key, const QString& where)
    {
        const bool yen = QByteArrayView(key).endsWith("_jpy");
        const double max = yen ? kMaxYen : kMaxMonths;
        if (std::isfinite(x) && std::abs(x) <= max)
            return true;
        issue(where, QLocale::c().toString(x, 'g', 17) + QStringLiteral(" is out of range: ") +
                         (yen ? QStringLiteral("yen are at most 10,000,000,000,000 (10^13)")
                              : QStringLiteral("months are at most 600 (50 years)")));
        return false;
    }

    std::optional<Expr> expr(const QJsonObject& o, const char* key, const QString& loc, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString where = loc + QLatin1Char('.') + QLatin1String(key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            if (required)
                issue(loc, QStringLiteral("missing '") + QLatin1String(key) + QLatin1Char('\''));
            return std::nullopt;
        }
        if (!v.isString()) {
            issue(where, QStringLiteral("expected an expression string"));
            return std::nullopt;
        }
        Result<Expr> e = Expr::parse(v.toString(), *m_rs.facts);
        if (!e) {
            issue(where, e.error().message);
            return std::nullopt;
        }
        return std::move(e).value();
    }

    // Iterates an array member; non-object entries are reported and given an empty object so that
    // the parsed vector keeps the file's indices.
    template <typename F>
    void forEachEntry(const QJsonObject& parent, const char* key, const QString& loc, F&& f,
                      bool required = true)
    {
        const QJsonValue v = parent.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                issue(loc, QStringLiteral("missing '") + QLatin1String(key) + QLatin1Char('\''));
            return;
        }
        if (!v.isArray()) {
            issue(loc.isEmpty() ? QString::fromLatin1(key)
                                : QString(loc + QLatin1Char('.') + QLatin1String(key)),
                  QStringLiteral("expected a list"));
            return;
        }
        const QJsonArray arr = v.toArray();
        const QString section =
            loc.isEmpty() ? QString::fromLatin1(key) : QString(loc + QLatin1Char('.') + QLatin1String(key));
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (!arr[i].isObject())
                issue(entryLocator(section, {}, i), QStringLiteral("expected an object"));
            f(arr[i].toObject(), section, i);
        }
    }

    static QString idOf(const QJsonObject& o, const char* field = "id")
    {
        return o.value(QLatin1String(field)).toString();
    }

    std::vector<Criterion> criteria(const QJsonObject& o, const QString& loc)
    {
        std::vector<Criterion> out;
        forEachEntry(
            o, "criteria", loc,
            [&](const QJsonObject& c, const QString& section, qsizetype i) {
                const QString cl = entryLocator(section, {}, i);
                checkKeys(c, {"when", "required", "needs_answer", "text"}, cl);
                Criterion crit;
                if (auto e = expr(c, "when", cl, true))
                    crit.when = std::move(*e);
                crit.required = boolean(c, "required", cl, true);
                crit.needsAnswer = boolean(c, "needs_answer", cl, false);
                crit.text = text(c, "text", cl);
                out.push_back(std::move(crit));
            },
            false);
        return out;
    }

    // The top-level object `key`; an issue (and nullopt) when it is missing or not an object.
    std::optional<QJsonObject> objectSection(const QJsonObject& root, const char* key,
                                             const QString& expected)
    {
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined()) {
            issue(QString(), QStringLiteral("missing '") + QLatin1String(key) + QLatin1Char('\''));
            return std::nullopt;
        }
        if (!v.isObject()) {
            issue(QLatin1String(key), expected);
            return std::nullopt;
        }
        return v.toObject();
    }
    void parseSources(const QJsonObject& root);
    void parseActivities(const QJsonObject& root);
    void parseStates(const QJsonObject& root);
    void parseStages(const QJsonObject& root);
    void parseTargets(const QJsonObject& root);
    void parseTransitions(const QJsonObject& root);
    void parseClassification(const QJsonObject& root);
    void parseDesignations(const QJsonObject& root);
    void parseFunding(const QJsonObject& root);
    void parseQuestions(const QJsonObject& root);
    void parseTypicalAnswers(const QJsonObject& root);

    Ruleset& m_rs;
    std::vector<RulesetIssue>& m_issues;
};

void Parser::parse(const QJsonObject& root)
{
    checkKeys(root,
              {"$schema", "schema", "id", "version", "title", "sources", "activities", "states", "stages",
               "targets", "transitions", "classification", "designations", "funding", "questions",
               "typical_answers"},
              QString());
    m_rs.schema = string(root, "schema", QStringLiteral("schema"));
    if (!m_rs.schema.isEmpty() && m_rs.schema != QLatin1String(kSchema))
        issue(QStringLiteral("schema"), QStringLiteral("unsupported schema '") + m_rs.schema +
                                            QStringLiteral("' (expected ") + QLatin1String(kSchema) +
                                            QLatin1Char(')'));
    m_rs.id = string(root, "id", QStringLiteral("id"));
    m_rs.version = string(root, "version", QStringLiteral("version"));
    m_rs.title = text(root, "title", QString());

    // The fact table needs the designation ids before any expression is parsed.
    QStringList designationIds;
    for (const QJsonValue& d : root.value(QLatin1String("designations")).toArray()) {
        const QString id = d.toObject().value(QLatin1String("id")).toString();
        if (!id.isEmpty() && !designationIds.contains(id))
            designationIds << id;
    }
    m_rs.facts = std::make_unique<FactTable>(designationIds);

    parseSources(root);
    parseActivities(root);
    parseStates(root);
    parseStages(root);
    parseTargets(root);
    parseTransitions(root);
    parseClassification(root);
    parseDesignations(root);
    parseFunding(root);
    parseQuestions(root);
    parseTypicalAnswers(root);
}

void Parser::parseSources(const QJsonObject& root)
{
    const auto sources = objectSection(root, "sources", QStringLiteral("expected an object of source keys"));
    if (!sources)
        return;
    for (auto it = sources->begin(); it != sources->end(); ++it) {
        const QString loc = entryLocator(QStringLiteral("sources"), it.key(), 0);
        const QJsonObject s = it.value().toObject();
        if (!it.value().isObject())
            issue(loc, QStringLiteral("expected {\"title\": …, \"url\": …}"));
        checkKeys(s, {"title", "url"}, loc);
        m_rs.sources.push_back({it.key(), string(s, "title", loc), string(s, "url", loc, false)});
    }
}

void Parser::parseActivities(const QJsonObject& root)
{
    forEachEntry(root, "activities", QString(),
                 [&](const QJsonObject& o, const QString& section, qsizetype i) {
                     const QString loc = entryLocator(section, idOf(o), i);
                     checkKeys(o, {"id", "name", "description", "source", "confidence"}, loc);
                     ActivityDef a;
                     a.id = string(o, "id", loc);
                     a.name = text(o, "name", loc);
                     a.description = text(o, "description", loc);
                     a.provenance = provenance(o, loc);
                     m_rs.activities.push_back(std::move(a));
                 });
}

void Parser::parseStates(const QJsonObject& root)
{
    forEachEntry(root, "states", QString(), [&](const QJsonObject& o, const QString& section, qsizetype i) {
        const QString loc = entryLocator(section, idOf(o), i);
        checkKeys(o, {"id", "label", "phase", "narration", "source", "confidence"}, loc);
        StateDef s;
        s.id = string(o, "id", loc);
        s.label = text(o, "label", loc);
        s.phase = string(o, "phase", loc);
        s.narration = text(o, "narration", loc);
        s.provenance = provenance(o, loc);
        m_rs.states.push_back(std::move(s));
    });
}

void Parser::parseStages(const QJsonObject& root)
{
    const auto stages =
        objectSection(root, "stages", QStringLiteral("expected an object: profile stage -> start state"));
    if (!stages)
        return;
    for (auto it = stages->begin(); it != stages->end(); ++it) {
        if (!it.value().isString())
            issue(QStringLiteral("stages.") + it.key(), QStringLiteral("expected a state id"));
        else
            m_rs.stageStates.insert(it.key(), it.value().toString());
    }
}

void Parser::parseTargets(const QJsonObject& root)
{
    forEachEntry(root, "targets", QString(), [&](const QJsonObject& o, const QString& section, qsizetype i) {
        const QString loc = entryLocator(section, idOf(o, "state"), i);
        checkKeys(o, {"state", "when", "label"}, loc);
        TargetDef t;
        t.state = string(o, "state", loc);
        if (auto e = expr(o, "when", loc, false))
            t.when = std::move(*e);
        t.label = text(o, "label", loc);
        m_rs.targets.push_back(std::move(t));
    });
}

void Parser::parseTransitions(const QJsonObject& root)
{
    forEachEntry(root, "transitions", QString(),
                 [&](const QJsonObject& o, const QString& section, qsizetype i) {
                     const QString loc = entryLocator(section, idOf(o), i);
                     checkKeys(o,
                               {"id", "from", "to", "when", "designation", "tag", "label", "narration",
                                "source", "confidence", "steps"},
                               loc);
                     TransitionDef t;
                     t.id = string(o, "id", loc);
                     t.from = string(o, "from", loc);
                     t.to = string(o, "to", loc);
                     t.when = expr(o, "when", loc, false);
                     t.designation = string(o, "designation", loc, false);
                     t.tag = string(o, "tag", loc, false);
                     t.label = text(o, "label", loc);
                     t.narration = text(o, "narration", loc);
                     t.provenance = provenance(o, loc);
                     forEachEntry(
                         o, "steps", loc,
                         [&](const QJsonObject& s, const QString& stepSection, qsizetype k) {
                             const QString sl = entryLocator(stepSection, {}, k);
                             checkKeys(s,
                                       {"activity", "months", "cost_jpy", "parallel", "when", "months_plus",
                                        "source", "confidence", "note"},
                                       sl);
                             StepDef step;
                             step.activity = string(s, "activity", sl);
                             step.months = threePoint(s, "months", sl);
                             step.costJpy = threePoint(s, "cost_jpy", sl);
                             step.parallel = boolean(s, "parallel", sl, false);
                             step.when = expr(s, "when", sl, false);
                             step.monthsPlus = string(s, "months_plus", sl, false);
                             if (!step.monthsPlus.isEmpty()) {
                                 step.monthsPlusSlot = m_rs.facts->slot(step.monthsPlus);
                                 const FieldSpec* spec = findField(step.monthsPlus);
                                 if (step.monthsPlusSlot < 0 || !spec || spec->type != FieldType::Integer)
                                     issue(sl + QStringLiteral(".months_plus"),
                                           QStringLiteral("expected a numeric profile field, not '") +
                                               step.monthsPlus + QLatin1Char('\''));
                             }
                             const QJsonValue note = s.value(QLatin1String("note"));
                             if (note.isString())
                                 step.note = LocalText{note.toString(), note.toString()};
                             else
                                 step.note = text(s, "note", sl);
                             step.provenance = provenance(s, sl);
                             t.steps.push_back(std::move(step));
                         },
                         false);
                     m_rs.transitions.push_back(std::move(t));
                 });
}

void Parser::parseClassification(const QJsonObject& root)
{
    const QJsonValue v = root.value(QLatin1String("classification"));
    if (!v.isObject()) {
        issue(v.isUndefined() ? QString() : QStringLiteral("classification"),
              v.isUndefined() ? QStringLiteral("missing 'classification'")
                              : QStringLiteral("expected an object"));
        return;
    }
    const QJsonObject c = v.toObject();
    const QString cl = QStringLiteral("classification");
    checkKeys(c, {"rules", "procedure", "review_category"}, cl);
    forEachEntry(c, "rules", cl, [&](const QJsonObject& o, const QString& section, qsizetype i) {
        const QString loc = entryLocator(section, idOf(o), i);
        checkKeys(o, {"id", "group", "class", "when", "text", "source", "confidence"}, loc);
        ClassRule r;
        r.id = string(o, "id", loc);
        r.group = string(o, "group", loc);
        const QJsonValue cls = o.value(QLatin1String("class"));
        if (cls.isDouble())
            r.deviceClass = cls.toInt();
        else if (!cls.isUndefined() && !cls.isNull())
            issue(loc + QStringLiteral(".class"), QStringLiteral("expected a class number 1..4"));
        if (auto e = expr(o, "when", loc, true))
            r.when = std::move(*e);
        r.text = text(o, "text", loc);
        r.provenance = provenance(o, loc);
        m_rs.classRules.push_back(std::move(r));
    });
    auto outcomeRules = [&](const char* key, std::vector<OutcomeRule>& out) {
        forEachEntry(c, key, cl, [&](const QJsonObject& o, const QString& section, qsizetype i) {
            const QString loc = entryLocator(section, idOf(o), i);
            checkKeys(o, {"id", "when", key, "text", "source", "confidence"}, loc);
            OutcomeRule r;
            r.id = string(o, "id", loc);
            if (auto e = expr(o, "when", loc, true))
                r.when = std::move(*e);
            r.outcome = string(o, key, loc);
            r.text = text(o, "text", loc);
            r.provenance = provenance(o, loc);
            out.push_back(std::move(r));
        });
    };
    outcomeRules("procedure", m_rs.procedureRules);
    outcomeRules("review_category", m_rs.reviewCategoryRules);
}

void Parser::parseDesignations(const QJsonObject& root)
{
    forEachEntry(
        root, "designations", QString(), [&](const QJsonObject& o, const QString& section, qsizetype i) {
            const QString loc = entryLocator(section, idOf(o), i);
            checkKeys(o, {"id", "name", "grant", "effect", "criteria", "base_rate", "source", "confidence"},
                      loc);
            DesignationDef d;
            d.id = string(o, "id", loc);
            d.name = text(o, "name", loc);
            d.grant = string(o, "grant", loc);
            d.effect = text(o, "effect", loc);
            d.criteria = criteria(o, loc);
            const QJsonValue rate = o.value(QLatin1String("base_rate"));
            if (rate.isObject()) {
                const QJsonObject r = rate.toObject();
                const QString rl = loc + QStringLiteral(".base_rate");
                checkKeys(r, {"p", "basis", "attempt_months", "source", "confidence", "note"}, rl);
                BaseRate b;
                const QJsonValue p = r.value(QLatin1String("p"));
                if (!p.isDouble() || !(p.toDouble() >= 0 && p.toDouble() <= 1))
                    issue(rl + QStringLiteral(".p"), QStringLiteral("expected a probability 0..1"));
                b.p = p.toDouble();
                b.basis = text(r, "basis", rl);
                b.attemptMonths = threePoint(r, "attempt_months", rl);
                b.provenance = provenance(r, rl);
                d.baseRate = b;
            } else if (!rate.isUndefined() && !rate.isNull()) {
                issue(loc + QStringLiteral(".base_rate"), QStringLiteral("expected an object"));
            }
            d.provenance = provenance(o, loc);
            m_rs.designations.push_back(std::move(d));
        });
}

void Parser::parseFunding(const QJsonObject& root)
{
    forEachEntry(root, "funding", QString(), [&](const QJsonObject& o, const QString& section, qsizetype i) {
        const QString loc = entryLocator(section, idOf(o), i);
        checkKeys(o,
                  {"id", "name", "ministry", "amed", "fy", "budget_jpy", "budget_note", "applicants",
                   "stages", "criteria", "areas", "covers_activities", "source", "confidence"},
                  loc);
        FundingScheme f;
        f.id = string(o, "id", loc);
        f.name = text(o, "name", loc);
        f.ministry = string(o, "ministry", loc);
        f.amed = boolean(o, "amed", loc, false);
        const QJsonValue fy = o.value(QLatin1String("fy"));
        if (fy.isDouble())
            f.fy = fy.toInt();
        else if (!fy.isUndefined())
            issue(loc + QStringLiteral(".fy"), QStringLiteral("expected a fiscal year such as 2025"));
        const QJsonValue budget = o.value(QLatin1String("budget_jpy"));
        if (budget.isDouble()) {
            if (inRange(budget.toDouble(), "budget_jpy", loc + QStringLiteral(".budget_jpy")))
                f.budgetJpy = qint64(budget.toDouble());
        } else if (budget.isUndefined())
            issue(loc, QStringLiteral("missing 'budget_jpy' (null when the source states none)"));
        else if (!budget.isNull())
            issue(loc + QStringLiteral(".budget_jpy"), QStringLiteral("expected yen as a number, or null"));
        f.budgetNote = text(o, "budget_note", loc);
        f.applicants = stringList(o, "applicants", loc);
        f.stages = stringList(o, "stages", loc);
        f.criteria = criteria(o, loc);
        forEachEntry(
            o, "areas", loc,
            [&](const QJsonObject& a, const QString& areaSection, qsizetype k) {
                const QString al = entryLocator(areaSection, idOf(a), k);
                checkKeys(a, {"id", "name", "criteria"}, al);
                FundingArea area;
                area.id = string(a, "id", al);
                area.name = text(a, "name", al);
                area.criteria = criteria(a, al);
                f.areas.push_back(std::move(area));
            },
            false);
        f.coversActivities = stringList(o, "covers_activities", loc);
        f.provenance = provenance(o, loc);
        m_rs.funding.push_back(std::move(f));
    });
}

void Parser::parseQuestions(const QJsonObject& root)
{
    forEachEntry(
        root, "questions", QString(), [&](const QJsonObject& o, const QString& section, qsizetype i) {
            const QString loc = entryLocator(section, idOf(o, "path"), i);
            checkKeys(o, {"path", "label", "help", "values", "ask_when"}, loc);
            QuestionDef q;
            q.path = string(o, "path", loc);
            q.askWhen = expr(o, "ask_when", loc, false);
            q.label = text(o, "label", loc);
            q.help = text(o, "help", loc);
            const QJsonValue values = o.value(QLatin1String("values"));
            if (values.isObject()) {
                const QJsonObject vo = values.toObject();
                for (auto it = vo.begin(); it != vo.end(); ++it) {
                    QJsonObject holder;
                    holder.insert(it.key(), it.value());
                    q.values.insert(it.key(), text(holder, it.key().toUtf8().constData(),
                                                   loc + QStringLiteral(".values")));
                }
            } else if (!values.isUndefined() && !values.isNull()) {
                issue(loc + QStringLiteral(".values"), QStringLiteral("expected an object: value -> text"));
            }
            m_rs.questions.push_back(std::move(q));
        });
}

void Parser::parseTypicalAnswers(const QJsonObject& root)
{
    forEachEntry(
        root, "typical_answers", QString(),
        [&](const QJsonObject& o, const QString& section, qsizetype i) {
            const QString loc = entryLocator(section, idOf(o, "path"), i);
            checkKeys(o, {"path", "when", "value", "basis", "source", "confidence", "note"}, loc);
            TypicalAnswer a;
            a.path = string(o, "path", loc);
            a.slot = m_rs.facts->slot(a.path);
            if (!a.path.isEmpty() && (a.slot < 0 || !findField(a.path)))
                issue(loc + QStringLiteral(".path"),
                      QStringLiteral("not a profile field: '") + a.path + QLatin1Char('\''));
            a.when = expr(o, "when", loc, false);
            a.json = o.value(QLatin1String("value"));
            if (const FieldSpec* spec = findField(a.path)) {
                if (const auto bad = Profile::validateValue(a.path, a.json))
                    issue(loc + QStringLiteral(".value"), bad->message);
                else
                    a.value = factFromJson(*spec, a.json);
            }
            a.basis = text(o, "basis", loc);
            a.provenance = provenance(o, loc);
            m_rs.typicalAnswers.push_back(std::move(a));
        },
        false);
}

Error rulesetError(const std::vector<RulesetIssue>& issues, const QString& fileName)
{
    QStringList lines;
    lines.reserve(qsizetype(issues.size()));
    for (const RulesetIssue& i : issues)
        lines << i.toString();
    return Error{ErrorCode::InvalidRuleset, lines.join(QLatin1Char('\n')), fileName, 0};
}

} // namespace

QString RulesetIssue::toString() const
{
    QString out;
    if (line > 0)
        out += QStringLiteral("line ") + QString::number(line) + QStringLiteral(": ");
    if (!locator.isEmpty())
        out += locator + QStringLiteral(": ");
    return out + message;
}

RulesetPtr RulesetLoader::parse(const QByteArray& json, std::vector<RulesetIssue>& issues)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = lineAtOffset(json, error.offset);
        const qsizetype lineStart = json.lastIndexOf('\n', std::max<qsizetype>(0, error.offset - 1)) + 1;
        issues.push_back({QString(),
                          QStringLiteral("JSON syntax error: ") + error.errorString() +
                              QStringLiteral(" (column ") + QString::number(error.offset - lineStart + 1) +
                              QLatin1Char(')'),
                          line});
        return nullptr;
    }
    if (!doc.isObject()) {
        issues.push_back({QString(), QStringLiteral("a ruleset is one JSON object"), 1});
        return nullptr;
    }
    // QJsonDocument keeps the last of two equal keys without a word; which one did the author mean?
    if (const std::optional<DuplicateKey> dup = findDuplicateKey(json)) {
        issues.push_back({QString(),
                          QStringLiteral("the key '") + elided(terminalSafe(dup->key)) +
                              QStringLiteral("' appears twice in one object; keep one of them"),
                          lineOfOffset(json, dup->offset)});
        return nullptr;
    }
    auto ruleset = std::make_shared<Ruleset>();
    const std::size_t first = issues.size();
    Parser(*ruleset, issues).parse(doc.object());
    validateRuleset(*ruleset, issues);
    std::vector<RulesetIssue> mine(issues.begin() + std::ptrdiff_t(first), issues.end());
    resolveLines(json, doc, mine);
    // In file order: a reader fixes them top to bottom.
    std::stable_sort(mine.begin(), mine.end(), [](const RulesetIssue& a, const RulesetIssue& b) {
        return (a.line == 0 ? INT_MAX : a.line) < (b.line == 0 ? INT_MAX : b.line);
    });
    std::copy(mine.begin(), mine.end(), issues.begin() + std::ptrdiff_t(first));
    return ruleset;
}

Result<RulesetPtr> RulesetLoader::loadBytes(const QByteArray& json, const QString& fileName)
{
    std::vector<RulesetIssue> issues;
    RulesetPtr ruleset = parse(json, issues);
    if (!ruleset || !issues.empty())
        return rulesetError(issues, fileName);
    return ruleset;
}

Result<RulesetPtr> RulesetLoader::loadFile(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QStringLiteral("cannot read the ruleset: ") + file.errorString(),
                     fileName, 0};
    return loadBytes(file.readAll(), fileName);
}

Result<RulesetPtr> RulesetLoader::loadBuiltin()
{
    // Parsed once per process: the built-in ruleset cannot change while the program runs.
    static std::once_flag once;
    static std::optional<Result<RulesetPtr>> cached;
    std::call_once(once, [] { cached.emplace(loadFile(builtinPath())); });
    return *cached;
}

QString RulesetLoader::builtinPath()
{
    return QStringLiteral(":/ruleset/jp-pmd.json");
}

} // namespace shirube::core
