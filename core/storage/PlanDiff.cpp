// SPDX-License-Identifier: Apache-2.0
#include "core/storage/PlanDiff.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <utility>

namespace shirube::core {

namespace {

using Kind = PlanChange::Kind;

QString show(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("none");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'f', 1);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return QStringLiteral("…");
}

QJsonValue normalized(const QJsonValue& v)
{
    return v.isUndefined() ? QJsonValue() : v;
}

QString rulesetText(const QJsonObject& plan)
{
    const QJsonObject r = plan.value(QStringLiteral("ruleset")).toObject();
    const QString id = r.value(QStringLiteral("id")).toString();
    const QString version = r.value(QStringLiteral("version")).toString();
    if (id.isEmpty() && version.isEmpty())
        return {};
    return QString(id + QLatin1Char(' ') + version).trimmed();
}

// Items of an array of objects, by their "id", keeping the array's order.
std::vector<std::pair<QString, QJsonObject>> byId(const QJsonObject& plan, const QString& key)
{
    std::vector<std::pair<QString, QJsonObject>> items;
    for (const QJsonValue& v : plan.value(key).toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            items.emplace_back(id, o);
    }
    return items;
}

const QJsonObject* find(const std::vector<std::pair<QString, QJsonObject>>& items, const QString& id)
{
    for (const auto& [itemId, o] : items) {
        if (itemId == id)
            return &o;
    }
    return nullptr;
}

QJsonValue p80(const QJsonObject& route, const char* key)
{
    return normalized(route.value(QLatin1String(key)).toObject().value(QStringLiteral("p80")));
}

QString fundingName(const QJsonObject& f)
{
    for (const char* key : {"name", "name_ja"}) {
        const QString s = f.value(QLatin1String(key)).toString();
        if (!s.isEmpty())
            return s;
    }
    return {};
}

} // namespace

QString PlanChange::toString() const
{
    const QString what = label.isEmpty() || label == subject
                             ? subject
                             : subject + QStringLiteral(" (") + label + QLatin1Char(')');
    const auto arrow = [&](const QString& name) -> QString {
        return name + QStringLiteral(": ") + show(before) + QStringLiteral(" -> ") + show(after);
    };
    switch (kind) {
    case Kind::Ruleset:
        return arrow(QStringLiteral("ruleset"));
    case Kind::Regulated:
        return arrow(QStringLiteral("regulated as a medical device"));
    case Kind::DeviceClass:
        return arrow(QStringLiteral("class"));
    case Kind::Procedure:
        return arrow(QStringLiteral("procedure"));
    case Kind::ReviewCategory:
        return arrow(QStringLiteral("review category"));
    case Kind::RouteAdded:
        return QStringLiteral("new route ") + what + QStringLiteral(": p80 ") + show(after) +
               QStringLiteral(" months");
    case Kind::RouteRemoved:
        return QStringLiteral("route no longer offered: ") + what + QStringLiteral(" (was p80 ") +
               show(before) + QStringLiteral(" months)");
    case Kind::RouteMonths:
    case Kind::RouteCost: {
        const bool months = kind == Kind::RouteMonths;
        QString line = QStringLiteral("route ") + what +
                       (months ? QStringLiteral(": p80 months ") : QStringLiteral(": p80 cost JPY ")) +
                       show(before) + QStringLiteral(" -> ") + show(after);
        if (before.isDouble() && after.isDouble()) {
            const double delta = after.toDouble() - before.toDouble();
            line += QStringLiteral(" (") + (delta >= 0 ? QStringLiteral("+") : QString()) +
                    (months ? QString::number(delta, 'f', 1) : QString::number(qint64(std::llround(delta)))) +
                    QLatin1Char(')');
        }
        return line;
    }
    case Kind::Designation:
        return QStringLiteral("designation ") + what + QStringLiteral(": eligible ") + show(before) +
               QStringLiteral(" -> ") + show(after);
    case Kind::FundingAdded:
        return QStringLiteral("new funding match: ") + what + QStringLiteral(" (") + show(after) +
               QStringLiteral(" fit)");
    case Kind::FundingRemoved:
        return QStringLiteral("funding no longer matched: ") + what;
    }
    return {};
}

bool PlanDiff::changesOutcome() const
{
    for (const PlanChange& c : changes) {
        if (c.kind != Kind::Ruleset)
            return true;
    }
    return false;
}

int PlanDiff::count(PlanChange::Kind kind) const
{
    int n = 0;
    for (const PlanChange& c : changes)
        n += c.kind == kind ? 1 : 0;
    return n;
}

QStringList PlanDiff::toStrings() const
{
    QStringList lines;
    for (const PlanChange& c : changes)
        lines.append(c.toString());
    return lines;
}

PlanDiff diffPlans(const QJsonObject& before, const QJsonObject& after, const PlanDiffOptions& options)
{
    PlanDiff diff;
    const auto add = [&](Kind kind, const QString& subject, const QString& label, const QJsonValue& b,
                         const QJsonValue& a) {
        diff.changes.push_back(PlanChange{kind, subject, label, b, a});
    };

    const QString rulesetBefore = rulesetText(before);
    const QString rulesetAfter = rulesetText(after);
    if (rulesetBefore != rulesetAfter)
        add(Kind::Ruleset, {}, {}, rulesetBefore.isEmpty() ? QJsonValue() : QJsonValue(rulesetBefore),
            rulesetAfter.isEmpty() ? QJsonValue() : QJsonValue(rulesetAfter));

    const std::pair<Kind, const char*> scalars[] = {
        {Kind::Regulated, "regulated"},
        {Kind::DeviceClass, "class"},
        {Kind::Procedure, "procedure"},
        {Kind::ReviewCategory, "review_category"},
    };
    for (const auto& [kind, key] : scalars) {
        const QJsonValue b = normalized(before.value(QLatin1String(key)));
        const QJsonValue a = normalized(after.value(QLatin1String(key)));
        if (b != a)
            add(kind, {}, {}, b, a);
    }

    const auto routesBefore = byId(before, QStringLiteral("routes"));
    const auto routesAfter = byId(after, QStringLiteral("routes"));
    for (const auto& [id, route] : routesAfter) {
        if (!find(routesBefore, id))
            add(Kind::RouteAdded, id, route.value(QStringLiteral("label")).toString(), QJsonValue(),
                p80(route, "months"));
    }
    for (const auto& [id, route] : routesBefore) {
        if (!find(routesAfter, id))
            add(Kind::RouteRemoved, id, route.value(QStringLiteral("label")).toString(), p80(route, "months"),
                QJsonValue());
    }
    for (const auto& [id, route] : routesAfter) {
        const QJsonObject* old = find(routesBefore, id);
        if (!old)
            continue;
        const QString label = route.value(QStringLiteral("label")).toString();
        const std::pair<Kind, const char*> measures[] = {{Kind::RouteMonths, "months"},
                                                         {Kind::RouteCost, "cost_jpy"}};
        for (const auto& [kind, key] : measures) {
            const QJsonValue b = p80(*old, key);
            const QJsonValue a = p80(route, key);
            const double tolerance =
                kind == Kind::RouteMonths ? options.monthsTolerance : options.costTolerance;
            const bool changed =
                (b.isDouble() && a.isDouble()) ? std::fabs(a.toDouble() - b.toDouble()) > tolerance : b != a;
            if (changed)
                add(kind, id, label, b, a);
        }
    }

    const auto designationsBefore = byId(before, QStringLiteral("designations"));
    const auto designationsAfter = byId(after, QStringLiteral("designations"));
    for (const auto& [id, d] : designationsAfter) {
        const QJsonObject* old = find(designationsBefore, id);
        const QJsonValue b = old ? normalized(old->value(QStringLiteral("eligible"))) : QJsonValue();
        const QJsonValue a = normalized(d.value(QStringLiteral("eligible")));
        if (b != a)
            add(Kind::Designation, id, d.value(QStringLiteral("name")).toString(), b, a);
    }
    for (const auto& [id, d] : designationsBefore) {
        if (!find(designationsAfter, id))
            add(Kind::Designation, id, d.value(QStringLiteral("name")).toString(),
                normalized(d.value(QStringLiteral("eligible"))), QJsonValue());
    }

    const auto fundingBefore = byId(before, QStringLiteral("funding"));
    const auto fundingAfter = byId(after, QStringLiteral("funding"));
    for (const auto& [id, f] : fundingAfter) {
        if (!find(fundingBefore, id))
            add(Kind::FundingAdded, id, fundingName(f), QJsonValue(),
                normalized(f.value(QStringLiteral("fit"))));
    }
    for (const auto& [id, f] : fundingBefore) {
        if (!find(fundingAfter, id))
            add(Kind::FundingRemoved, id, fundingName(f), normalized(f.value(QStringLiteral("fit"))),
                QJsonValue());
    }

    // Keep the enum's order (stable within a kind).
    std::stable_sort(diff.changes.begin(), diff.changes.end(),
                     [](const PlanChange& a, const PlanChange& b) { return int(a.kind) < int(b.kind); });
    return diff;
}

} // namespace shirube::core
