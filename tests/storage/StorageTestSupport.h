// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the storage tests, the save-torture helper, the fixture maker and the benchmark:
// deterministic sample projects and small file helpers.

#include "core/profile/Profile.h"
#include "core/storage/Project.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace shirube::test {

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A small deterministic generator (SplitMix64), so content depends on the seed only.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    template <typename T> const T& pick(std::initializer_list<T> items)
    {
        return items.begin()[below(int(items.size()))];
    }

private:
    std::uint64_t m_state;
};

// A valid shirube.profile/1 profile, built from JSON as a user's would be.
inline core::Profile sampleProfile(int n, Rng& rng)
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), QStringLiteral("shirube.profile/1"));
    o.insert(QStringLiteral("name"), QStringLiteral("製品 %1 — sample device").arg(n));
    o.insert(QStringLiteral("intended_use"),
             QStringLiteral("Supports the diagnosis of condition %1 from images; 画像診断支援 #%2")
                 .arg(rng.below(1000))
                 .arg(n));
    const bool samd = rng.below(2) == 0;
    o.insert(QStringLiteral("kind"), samd ? QStringLiteral("samd") : QStringLiteral("hardware"));
    o.insert(QStringLiteral("novelty"),
             rng.pick({QStringLiteral("new"), QStringLiteral("improved"), QStringLiteral("generic")}));
    if (samd) {
        QJsonObject sw;
        sw.insert(QStringLiteral("significance"), QStringLiteral("diagnose"));
        sw.insert(QStringLiteral("situation"),
                  rng.pick({QStringLiteral("critical"), QStringLiteral("serious")}));
        sw.insert(QStringLiteral("uses_ai"), rng.below(2) == 0);
        o.insert(QStringLiteral("software"), sw);
    } else {
        QJsonObject hw;
        hw.insert(QStringLiteral("invasiveness"),
                  rng.pick({QStringLiteral("non_invasive"), QStringLiteral("surgically_invasive")}));
        hw.insert(QStringLiteral("life_sustaining"), false);
        o.insert(QStringLiteral("hardware"), hw);
    }
    QJsonObject applicant;
    applicant.insert(QStringLiteral("type"), QStringLiteral("startup"));
    o.insert(QStringLiteral("applicant"), applicant);
    o.insert(QStringLiteral("markets"), QJsonArray{QStringLiteral("JP"), QStringLiteral("VN")});
    o.insert(QStringLiteral("budget_jpy"), 1000000 * (1 + rng.below(500)));
    o.insert(QStringLiteral("stage"), QStringLiteral("nonclinical"));
    core::Result<core::Profile> p = core::Profile::fromJson(o);
    return p.ok() ? p.value() : core::Profile();
}

// A plan-shaped object (shirube.plan/1 fields) of roughly `routes` routes × 8 steps.
inline QJsonObject samplePlan(const QString& name, int routes, Rng& rng)
{
    QJsonObject plan;
    plan.insert(QStringLiteral("schema"), QStringLiteral("shirube.plan/1"));
    plan.insert(QStringLiteral("ruleset"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("jp-pmd")},
                            {QStringLiteral("version"), QStringLiteral("2025.1")}});
    plan.insert(QStringLiteral("profile"), name);
    plan.insert(QStringLiteral("regulated"), true);
    plan.insert(QStringLiteral("class"), 1 + rng.below(4));
    plan.insert(QStringLiteral("procedure"), QStringLiteral("approval"));
    plan.insert(QStringLiteral("review_category"), QStringLiteral("new"));
    QJsonArray routeArray;
    for (int r = 0; r < routes; ++r) {
        QJsonArray steps;
        for (int s = 0; s < 8; ++s) {
            steps.append(QJsonObject{
                {QStringLiteral("activity"), QStringLiteral("pmda_consultation_protocol")},
                {QStringLiteral("state_after"), QStringLiteral("state_%1").arg(s)},
                {QStringLiteral("months"), QJsonObject{{QStringLiteral("min"), 1 + rng.below(3)},
                                                       {QStringLiteral("likely"), 3 + rng.below(3)},
                                                       {QStringLiteral("max"), 6 + rng.below(6)}}},
                {QStringLiteral("cost_jpy"), 100000 * rng.below(50)},
                {QStringLiteral("source"), QStringLiteral("PMDA fee table FY2025 (seed#H7)")},
                {QStringLiteral("confidence"), QStringLiteral("sourced")}});
        }
        routeArray.append(QJsonObject{
            {QStringLiteral("id"), r == 0 ? QStringLiteral("standard") : QStringLiteral("route_%1").arg(r)},
            {QStringLiteral("label"), QStringLiteral("Route %1").arg(r)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("months"), QJsonObject{{QStringLiteral("p50"), 20.5 + r},
                                                   {QStringLiteral("p80"), 28.0 + r + rng.below(10) / 10.0}}},
            {QStringLiteral("cost_jpy"), QJsonObject{{QStringLiteral("p50"), 5000000},
                                                     {QStringLiteral("p80"), 7000000 + rng.below(1000)}}},
            {QStringLiteral("pareto_optimal"), r == 0},
            {QStringLiteral("meets_target_date"), QJsonValue()}});
    }
    plan.insert(QStringLiteral("routes"), routeArray);
    plan.insert(
        QStringLiteral("funding"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("amed_device_dev_promotion")},
                               {QStringLiteral("name_ja"), QStringLiteral("医療機器開発推進研究事業")},
                               {QStringLiteral("fit"), QStringLiteral("strong")}}});
    plan.insert(QStringLiteral("warnings"), QJsonArray());
    return plan;
}

// A project with `products` products, every field in use. Same seed, same project.
inline core::Project sampleProject(int products, std::uint64_t seed, int planRoutes = 3)
{
    Rng rng(seed);
    core::Project project;
    project.meta.title = QStringLiteral("Portfolio %1").arg(seed);
    project.meta.owner = QStringLiteral("Consultant 相談員");
    project.meta.clients = {QStringLiteral("Client A 株式会社"), QStringLiteral("Client B")};
    project.meta.notes = QStringLiteral("Notes with \"quotes\", commas, newlines\nand 日本語.");
    for (int i = 0; i < products; ++i) {
        core::Product p;
        p.profile = sampleProfile(i, rng);
        p.name = p.profile.name();
        p.selectedRoute = i % 3 == 0 ? QString() : QStringLiteral("standard");
        p.notes = QStringLiteral("product notes %1").arg(rng.below(100000));
        if (i % 2 == 0) {
            core::Override o;
            o.activity = QStringLiteral("clinical_trial");
            o.transition = i % 4 == 0 ? QStringLiteral("trial_to_submission") : QString();
            o.months = core::ThreePoint{6, 9.5, 14.25};
            o.costJpy = 30000000 + rng.below(1000);
            o.note = QStringLiteral("CRO quote of 2025-03");
            p.overrides.push_back(o);
            core::Override cost;
            cost.activity = QStringLiteral("pmda_review");
            cost.costJpy = 4000000;
            cost.note = QStringLiteral("fee");
            p.overrides.push_back(cost);
        }
        if (i % 3 == 1) {
            core::Milestone m;
            m.activity = QStringLiteral("pmda_consultation_pre_development");
            m.state = QStringLiteral("consulted");
            m.date = QDate(2025, 1 + rng.below(12), 1 + rng.below(28));
            m.note = QStringLiteral("minutes received");
            p.milestones.push_back(m);
            p.milestones.push_back(core::Milestone{QStringLiteral("nonclinical_testing"), {}, {}, {}});
        }
        if (planRoutes > 0 && i % 5 != 4) {
            p.rulesetId = QStringLiteral("jp-pmd");
            p.rulesetVersion = QStringLiteral("2025.1");
            p.planSnapshot = samplePlan(p.name, planRoutes, rng);
        }
        project.addProduct(std::move(p));
    }
    return project;
}

} // namespace shirube::test
