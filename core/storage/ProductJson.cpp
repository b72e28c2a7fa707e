// SPDX-License-Identifier: Apache-2.0
#include "core/storage/ProductJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace shirube::core {

namespace {

Error invalid(const QString& field, const QString& why)
{
    return Error{ErrorCode::InvalidData, QStringLiteral("the stored product is invalid: ") + why, field, 0};
}

} // namespace

Result<Product> productFromJson(const QJsonObject& o)
{
    Product p;
    if (!o.value(QStringLiteral("id")).isDouble())
        return invalid(QStringLiteral("id"), QStringLiteral("it has no id"));
    p.id = qint64(o.value(QStringLiteral("id")).toDouble());
    p.name = o.value(QStringLiteral("name")).toString();
    Result<Profile> profile = Profile::fromJson(o.value(QStringLiteral("profile")).toObject());
    if (!profile.ok())
        return invalid(QStringLiteral("profile"), profile.error().toString());
    p.profile = std::move(profile).value();
    p.selectedRoute = o.value(QStringLiteral("selected_route")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("overrides")).toArray()) {
        const QJsonObject j = v.toObject();
        Override x;
        x.activity = j.value(QStringLiteral("activity")).toString();
        x.transition = j.value(QStringLiteral("transition")).toString();
        if (j.value(QStringLiteral("months")).isObject()) {
            const QJsonObject m = j.value(QStringLiteral("months")).toObject();
            x.months = ThreePoint{m.value(QStringLiteral("min")).toDouble(),
                                  m.value(QStringLiteral("likely")).toDouble(),
                                  m.value(QStringLiteral("max")).toDouble()};
        }
        if (j.value(QStringLiteral("cost_jpy")).isDouble())
            x.costJpy = qint64(j.value(QStringLiteral("cost_jpy")).toDouble());
        x.note = j.value(QStringLiteral("note")).toString();
        p.overrides.push_back(std::move(x));
    }
    for (const QJsonValue& v : o.value(QStringLiteral("milestones")).toArray()) {
        const QJsonObject j = v.toObject();
        Milestone m;
        m.activity = j.value(QStringLiteral("activity")).toString();
        m.state = j.value(QStringLiteral("state")).toString();
        const QString date = j.value(QStringLiteral("date")).toString();
        if (!date.isEmpty()) {
            m.date = QDate::fromString(date, Qt::ISODate);
            if (!m.date.isValid())
                return invalid(QStringLiteral("milestones"),
                               QStringLiteral("a milestone has an invalid date"));
        }
        m.note = j.value(QStringLiteral("note")).toString();
        p.milestones.push_back(std::move(m));
    }
    p.notes = o.value(QStringLiteral("notes")).toString();
    const QJsonObject ruleset = o.value(QStringLiteral("ruleset")).toObject();
    p.rulesetId = ruleset.value(QStringLiteral("id")).toString();
    p.rulesetVersion = ruleset.value(QStringLiteral("version")).toString();
    if (o.value(QStringLiteral("plan")).isObject())
        p.planSnapshot = o.value(QStringLiteral("plan")).toObject();
    return p;
}

Result<Product> productFromJsonBytes(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QString(), QStringLiteral("it is not a JSON object"));
    return productFromJson(doc.object());
}

QByteArray productToJsonBytes(const Product& product)
{
    return QJsonDocument(product.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace shirube::core
