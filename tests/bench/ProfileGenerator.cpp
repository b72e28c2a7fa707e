// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/ProfileGenerator.h"

#include "core/profile/ProfileSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <random>
#include <stdexcept>

namespace shirube::bench {

namespace {

class Generator
{
public:
    Generator(std::uint64_t seed, double unknownRate)
        : m_rng(seed)
        , m_unknown(unknownRate)
    {}

    QJsonObject next(int index);

private:
    double uniform() { return double(m_rng() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return uniform() < p; }
    int pick(int n) { return int(uniform() * n); }

    // Sets `path` to a value from the field's own spec (enum values, booleans), or leaves it unknown
    // with probability `unknown` (scaled by the generator's rate).
    void answer(QJsonObject& groups, QJsonObject& top, const QString& path, double unknown)
    {
        if (chance(unknown * m_unknown / 0.125))
            return;
        const core::FieldSpec* spec = core::findField(path);
        if (!spec)
            throw std::logic_error("unknown field");
        QJsonValue v;
        switch (spec->type) {
        case core::FieldType::Enum:
            v = spec->allowed[pick(int(spec->allowed.size()))];
            break;
        case core::FieldType::Bool:
            v = chance(0.4);
            break;
        default:
            return;
        }
        set(groups, top, path, v);
    }

    static void set(QJsonObject& groups, QJsonObject& top, const QString& path, const QJsonValue& v)
    {
        const qsizetype dot = path.indexOf(QLatin1Char('.'));
        if (dot < 0) {
            top.insert(path, v);
            return;
        }
        const QString group = path.left(dot);
        QJsonObject g = groups.value(group).toObject();
        g.insert(path.mid(dot + 1), v);
        groups.insert(group, g);
    }

    std::mt19937_64 m_rng;
    double m_unknown;
};

QJsonObject Generator::next(int index)
{
    QJsonObject top;
    QJsonObject groups;
    top.insert(QStringLiteral("schema"), QLatin1String(core::kProfileSchemaId));
    top.insert(QStringLiteral("name"), QStringLiteral("Generated product %1").arg(index + 1));

    static const QStringList kinds = {QStringLiteral("hardware"), QStringLiteral("samd"),
                                      QStringLiteral("ivd"), QStringLiteral("hardware_with_software")};
    const int kind4 = pick(4);
    if (!chance(0.03 * m_unknown / 0.125))
        top.insert(QStringLiteral("kind"), kinds[kind4]);
    const QString kind = top.value(QStringLiteral("kind")).toString();
    const bool hardware =
        kind == QLatin1String("hardware") || kind == QLatin1String("hardware_with_software");
    const bool software = kind == QLatin1String("samd") || kind == QLatin1String("hardware_with_software");

    for (const char* f : {"novelty", "clinical_data", "certification_standard", "stage"})
        answer(groups, top, QString::fromLatin1(f), 0.08);
    if (m_unknown <= 0) { // fully answered: no explicit "unknown" answers either
        if (top.value(QStringLiteral("clinical_data")).toString() == QLatin1String("unknown"))
            top.insert(QStringLiteral("clinical_data"), QStringLiteral("required"));
        if (top.value(QStringLiteral("certification_standard")).toString() == QLatin1String("unknown"))
            top.insert(QStringLiteral("certification_standard"), QStringLiteral("none"));
    }
    if (chance(0.15))
        top.insert(QStringLiteral("known_class"), 1 + pick(4));

    for (const core::FieldSpec& f : core::profileFields()) {
        const bool hw = f.path.startsWith(QLatin1String("hardware."));
        const bool sw = f.path.startsWith(QLatin1String("software."));
        if ((hw && hardware) || (sw && software))
            answer(groups, top, f.path, 0.08);
        else if (f.path.startsWith(QLatin1String("populations.")) ||
                 f.path.startsWith(QLatin1String("evidence.")) ||
                 f.path.startsWith(QLatin1String("applicant.")) ||
                 f.path == QLatin1String("goals.insurance_coverage") ||
                 f.path == QLatin1String("goals.international_procurement"))
            answer(groups, top, f.path, 0.125);
    }
    if (chance(0.3))
        set(groups, top, QStringLiteral("populations.patients_in_japan_estimate"), 100 + pick(200000));

    QJsonArray markets{QStringLiteral("JP")};
    if (chance(0.2))
        markets.append(QStringLiteral("VN"));
    if (chance(0.1))
        markets.append(QStringLiteral("US"));
    if (chance(0.05))
        markets = QJsonArray{QStringLiteral("KE")};
    top.insert(QStringLiteral("markets"), markets);
    if (chance(0.4))
        set(groups, top, QStringLiteral("goals.target_date"),
            QStringLiteral("%1-%2").arg(2026 + pick(6)).arg(1 + pick(12), 2, 10, QLatin1Char('0')));
    if (chance(0.3))
        top.insert(QStringLiteral("budget_jpy"), double(qint64(5 + pick(300)) * 1000000));

    for (auto it = groups.begin(); it != groups.end(); ++it)
        top.insert(it.key(), it.value());
    return top;
}

} // namespace

std::vector<core::Profile> generateProfiles(int count, std::uint64_t seed, double unknownRate)
{
    Generator gen(seed, unknownRate);
    std::vector<core::Profile> out;
    out.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        core::Result<core::Profile> p = core::Profile::fromJson(gen.next(i));
        if (!p.ok())
            throw std::runtime_error("generated an invalid profile: " + p.error().toString().toStdString());
        out.push_back(std::move(p).value());
    }
    return out;
}

QByteArray generateProfilesJsonl(int count, std::uint64_t seed, double unknownRate)
{
    QByteArray out;
    for (const core::Profile& p : generateProfiles(count, seed, unknownRate)) {
        out += p.toJsonBytes(true);
        out += '\n';
    }
    return out;
}

QByteArray generatePartlyAnsweredJsonl(int count, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto pick = [&rng](int n) {
        return int(rng() % std::uint64_t(n));
    };
    const QStringList kinds = {QStringLiteral("hardware"), QStringLiteral("samd"), QStringLiteral("ivd"),
                               QStringLiteral("hardware_with_software")};
    // (field path, its values): the answers a founder gives first.
    const std::vector<std::pair<QString, QStringList>> pool = {
        {QStringLiteral("novelty"),
         {QStringLiteral("new"), QStringLiteral("improved"), QStringLiteral("generic")}},
        {QStringLiteral("clinical_data"), {QStringLiteral("required"), QStringLiteral("not_required")}},
        {QStringLiteral("certification_standard"), {QStringLiteral("exists"), QStringLiteral("none")}},
        {QStringLiteral("stage"),
         {QStringLiteral("idea"), QStringLiteral("applied_research"), QStringLiteral("nonclinical"),
          QStringLiteral("clinical"), QStringLiteral("submission")}},
        {QStringLiteral("hardware.invasiveness"),
         {QStringLiteral("non_invasive"), QStringLiteral("body_orifice"),
          QStringLiteral("surgically_invasive"), QStringLiteral("implantable")}},
        {QStringLiteral("software.significance"),
         {QStringLiteral("treat"), QStringLiteral("diagnose"), QStringLiteral("drive_management"),
          QStringLiteral("inform_management")}},
        {QStringLiteral("applicant.type"),
         {QStringLiteral("startup"), QStringLiteral("sme"), QStringLiteral("large_company"),
          QStringLiteral("academia")}},
    };
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        core::Profile p;
        p.setName(QStringLiteral("Partly described product %1").arg(i + 1));
        p.setValue(QStringLiteral("kind"), kinds[pick(4)]);
        const int answers = 3 + pick(2);
        std::vector<int> order(pool.size());
        for (std::size_t k = 0; k < order.size(); ++k)
            order[k] = int(k);
        std::shuffle(order.begin(), order.end(), rng);
        for (int k = 0; k < answers; ++k) {
            const auto& [path, values] = pool[std::size_t(order[std::size_t(k)])];
            p.setValue(path, values[pick(int(values.size()))]);
        }
        out += p.toJsonBytes(true);
        out += '\n';
    }
    return out;
}

} // namespace shirube::bench
