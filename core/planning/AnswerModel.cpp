// SPDX-License-Identifier: Apache-2.0
#include "core/planning/AnswerModel.h"

#include "core/planning/RouteSearch.h"
#include "core/profile/ProfileSchema.h"

namespace shirube::core {

namespace {

constexpr int kMaxScenarioQuestions = 2;
constexpr int kMaxScenarios = 8;

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

QString valueLabel(const Ruleset& rs, const QString& path, const QJsonValue& value, Lang lang)
{
    const QuestionDef* q = rs.question(path);
    const QString text = value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                         : value.isDouble() ? QString::number(value.toDouble(), 'g', 10)
                                            : value.toString();
    if (q && q->values.contains(text))
        return q->values.value(text).in(lang);
    if (value.isBool())
        return lang == Lang::Ja ? (value.toBool() ? QStringLiteral("はい") : QStringLiteral("いいえ"))
                                : (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
    return text;
}

QString questionLabel(const Ruleset& rs, const QString& path, Lang lang)
{
    const QuestionDef* q = rs.question(path);
    return q && !q->label.isEmpty() ? q->label.in(lang) : path;
}

} // namespace

// Sets one answer, and the fact derived from it (samd from kind).
void setAnswer(const Ruleset& rs, Facts& facts, int slot, const FactValue& value)
{
    facts.set(slot, value);
    if (slot == rs.facts->slot(QStringLiteral("kind"))) {
        const QString* kind = std::get_if<QString>(&value);
        facts.set(QStringLiteral("samd"), kind && (*kind == QLatin1String("samd") ||
                                                   *kind == QLatin1String("hardware_with_software")));
    }
}

std::vector<const TypicalAnswer*> fillTypicalAnswers(const Ruleset& rs, Facts& facts)
{
    std::vector<const TypicalAnswer*> filled;
    for (const TypicalAnswer& t : rs.typicalAnswers) {
        if (t.slot < 0 || facts.isKnown(t.slot))
            continue;
        if (t.when && t.when->evaluate(facts) != Tri::True)
            continue;
        setAnswer(rs, facts, t.slot, t.value);
        filled.push_back(&t);
    }
    return filled;
}

AssumedAnswer describeAssumed(const Ruleset& rs, const TypicalAnswer& t, Lang lang)
{
    return {
        t.path,           t.json,      questionLabel(rs, t.path, lang), valueLabel(rs, t.path, t.json, lang),
        t.basis.in(lang), t.provenance};
}

std::vector<ScenarioChoice> chooseScenarios(const Ruleset& rs, const Facts& answered,
                                            const QStringList& deciding, Lang lang)
{
    std::vector<ScenarioChoice> out;
    ScenarioChoice headline{{}, {}, answered, {}, true};
    headline.filled = fillTypicalAnswers(rs, headline.facts);
    out.push_back(std::move(headline));

    // The axes: the first deciding questions whose answers can be listed, at most 8 combinations.
    std::vector<std::pair<QString, std::vector<FactValue>>> axes;
    int product = 1;
    for (const QString& q : deciding) {
        if (int(axes.size()) >= kMaxScenarioQuestions)
            break;
        std::vector<FactValue> domain = factDomain(q);
        if (domain.empty() || rs.facts->slot(q) < 0 || product * int(domain.size()) > kMaxScenarios)
            continue;
        product *= int(domain.size());
        axes.emplace_back(q, std::move(domain));
    }
    if (axes.empty())
        return out;

    // The cartesian product of the axes, first axis slowest; the headline's own combination is skipped.
    struct Combination
    {
        QString id;
        QString label;
        std::vector<std::pair<int, FactValue>> values;
    };
    std::vector<Combination> combinations(1);
    for (const auto& [question, domain] : axes) {
        const int slot = rs.facts->slot(question);
        std::vector<Combination> next;
        for (const Combination& base : combinations) {
            for (const FactValue& v : domain) {
                Combination c = base;
                const QString text = factValueToString(v);
                const QString part = questionLabel(rs, question, lang) + QStringLiteral(" = ") +
                                     valueLabel(rs, question, toJson(v), lang);
                const QString id = question + QLatin1Char('=') + text;
                c.id = c.id.isEmpty() ? id : QString(c.id + QLatin1Char(',') + id);
                const QString joint = lang == Lang::Ja ? QStringLiteral("、") : QStringLiteral(" and ");
                c.label = c.label.isEmpty() ? part : QString(c.label + joint + part);
                c.values.emplace_back(slot, v);
                next.push_back(std::move(c));
            }
        }
        combinations = std::move(next);
    }
    for (Combination& c : combinations) {
        const Facts& typical = out.front().facts;
        const bool isHeadline = std::all_of(c.values.begin(), c.values.end(), [&typical](const auto& sv) {
            return typical.get(sv.first) == sv.second;
        });
        if (isHeadline)
            continue;
        ScenarioChoice s{c.id,
                         lang == Lang::Ja ? c.label + QStringLiteral(" の場合")
                                          : QStringLiteral("if ") + c.label,
                         answered,
                         {},
                         false};
        for (const auto& [slot, value] : c.values)
            setAnswer(rs, s.facts, slot, value);
        s.filled = fillTypicalAnswers(rs, s.facts);
        out.push_back(std::move(s));
    }
    return out;
}

bool hazardChecklistLeftBlank(const Profile& profile)
{
    const auto kind = profile.text(QStringLiteral("kind"));
    if (kind && *kind != QLatin1String("hardware") && *kind != QLatin1String("hardware_with_software"))
        return false;
    for (const FieldSpec& f : profileFields()) {
        if (f.hazardChecklist && profile.value(f.path))
            return false;
    }
    return true;
}

} // namespace shirube::core
