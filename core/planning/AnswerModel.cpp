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

std::vector<AssumedAnswer> fillTypicalAnswers(const Ruleset& rs, Profile& profile, Lang lang)
{
    std::vector<AssumedAnswer> filled;
    Facts facts = Facts::fromProfile(*rs.facts, profile);
    const int kindSlot = rs.facts->slot(QStringLiteral("kind"));
    for (const TypicalAnswer& t : rs.typicalAnswers) {
        if (t.slot < 0 || facts.isKnown(t.slot))
            continue;
        if (t.when && t.when->evaluate(facts) != Tri::True)
            continue;
        profile.setValue(t.path, t.json);
        facts.set(t.slot, t.value);
        if (t.slot == kindSlot) // derived from kind
            facts = Facts::fromProfile(*rs.facts, profile);
        filled.push_back({t.path, t.json, questionLabel(rs, t.path, lang),
                          valueLabel(rs, t.path, t.json, lang), t.basis.in(lang), t.provenance});
    }
    return filled;
}

std::vector<ScenarioChoice> chooseScenarios(const Ruleset& rs, const Profile& profile,
                                            const QStringList& deciding, Lang lang)
{
    std::vector<ScenarioChoice> out;
    ScenarioChoice headline;
    headline.profile = profile;
    headline.filled = fillTypicalAnswers(rs, headline.profile, lang);
    headline.headline = true;
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
        std::vector<std::pair<QString, QJsonValue>> values;
    };
    std::vector<Combination> combinations(1);
    for (const auto& [question, domain] : axes) {
        std::vector<Combination> next;
        for (const Combination& base : combinations) {
            for (const FactValue& v : domain) {
                Combination c = base;
                const QJsonValue json = toJson(v);
                const QString text = factValueToString(v);
                const QString part = questionLabel(rs, question, lang) + QStringLiteral(" = ") +
                                     valueLabel(rs, question, json, lang);
                const QString id = question + QLatin1Char('=') + text;
                c.id = c.id.isEmpty() ? id : QString(c.id + QLatin1Char(',') + id);
                const QString joint = lang == Lang::Ja ? QStringLiteral("、") : QStringLiteral(" and ");
                c.label = c.label.isEmpty() ? part : QString(c.label + joint + part);
                c.values.emplace_back(question, json);
                next.push_back(std::move(c));
            }
        }
        combinations = std::move(next);
    }
    const Profile typical = out.front().profile; // a copy: out grows below
    for (Combination& c : combinations) {
        const bool isHeadline = std::all_of(c.values.begin(), c.values.end(), [&typical](const auto& pv) {
            return typical.value(pv.first) == std::optional<QJsonValue>(pv.second);
        });
        if (isHeadline)
            continue;
        ScenarioChoice s;
        s.id = c.id;
        s.label = lang == Lang::Ja ? c.label + QStringLiteral(" の場合") : QStringLiteral("if ") + c.label;
        s.profile = profile;
        for (const auto& [path, value] : c.values)
            s.profile.setValue(path, value);
        s.filled = fillTypicalAnswers(rs, s.profile, lang);
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
