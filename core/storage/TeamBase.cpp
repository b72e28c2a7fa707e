// SPDX-License-Identifier: Apache-2.0
#include "core/storage/TeamBase.h"

#include "core/storage/ProductJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

namespace shirube::core {

namespace {

const QString kSchema = QStringLiteral("shirube.team-base/1");

Error invalid(const QString& why)
{
    return Error{ErrorCode::InvalidData,
                 QStringLiteral("the team project's autosaved base is invalid: ") + why, QString(), 0};
}

QJsonObject metaToJson(const ProjectMeta& meta)
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), meta.title);
    o.insert(QStringLiteral("owner"), meta.owner);
    o.insert(QStringLiteral("clients"), QJsonArray::fromStringList(meta.clients));
    o.insert(QStringLiteral("notes"), meta.notes);
    return o;
}

ProjectMeta metaFromJson(const QJsonObject& o)
{
    ProjectMeta meta;
    meta.title = o.value(QStringLiteral("title")).toString();
    meta.owner = o.value(QStringLiteral("owner")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("clients")).toArray())
        meta.clients << v.toString();
    meta.notes = o.value(QStringLiteral("notes")).toString();
    return meta;
}

} // namespace

QByteArray projectDigest(const Project& project)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QJsonDocument(metaToJson(project.meta)).toJson(QJsonDocument::Compact));
    for (const Product& p : project.products) {
        // The plan as stored (compressed), not parsed: a digest per autosave must stay cheap.
        Product withoutPlan = p;
        withoutPlan.planSnapshot = PlanSnapshot();
        hash.addData(productToJsonBytes(withoutPlan));
        hash.addData(p.planSnapshot.compressed().toHex());
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result().toHex();
}

QByteArray teamBaseToJson(const StoredProject& base, const Project& edited)
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), kSchema);
    o.insert(QStringLiteral("project_digest"), QString::fromLatin1(projectDigest(edited)));
    o.insert(QStringLiteral("meta_version"), double(base.metaVersion));
    if (!(base.project.meta == edited.meta))
        o.insert(QStringLiteral("meta"), metaToJson(base.project.meta));
    QJsonArray products; // in the base's order
    for (const Product& p : base.project.products) {
        QJsonObject entry;
        entry.insert(QStringLiteral("id"), double(p.id));
        entry.insert(QStringLiteral("version"), double(base.versions.value(p.id, 0)));
        const Product* mine = edited.product(p.id);
        if (!mine || !(*mine == p))
            entry.insert(QStringLiteral("as_read"), p.toJson());
        products.append(entry);
    }
    o.insert(QStringLiteral("products"), products);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<StoredProject> teamBaseFromJson(const QByteArray& json, const Project& edited)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("it is not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("schema")).toString() != kSchema)
        return invalid(QStringLiteral("its schema is not ") + kSchema);
    if (o.value(QStringLiteral("project_digest")).toString().toLatin1() != projectDigest(edited))
        return invalid(QStringLiteral("it belongs to another autosave of the project"));
    StoredProject base;
    if (!o.value(QStringLiteral("meta_version")).isDouble())
        return invalid(QStringLiteral("it has no version of the project's details"));
    base.metaVersion = qint64(o.value(QStringLiteral("meta_version")).toDouble());
    base.project.meta = o.contains(QStringLiteral("meta"))
                            ? metaFromJson(o.value(QStringLiteral("meta")).toObject())
                            : edited.meta;
    QSet<qint64> seen;
    for (const QJsonValue& v : o.value(QStringLiteral("products")).toArray()) {
        const QJsonObject entry = v.toObject();
        const qint64 id = qint64(entry.value(QStringLiteral("id")).toDouble(0));
        const qint64 version = qint64(entry.value(QStringLiteral("version")).toDouble(0));
        if (id <= 0 || (version <= 0 && version != kUnknownVersion) || seen.contains(id))
            return invalid(QStringLiteral("a product has no valid id or version"));
        seen.insert(id);
        Product product;
        if (entry.contains(QStringLiteral("as_read"))) {
            Result<Product> read = productFromJson(entry.value(QStringLiteral("as_read")).toObject());
            if (!read.ok())
                return invalid(read.error().message);
            product = std::move(read).value();
            if (product.id != id)
                return invalid(QStringLiteral("a product's id does not match its entry"));
        } else if (const Product* mine = edited.product(id)) {
            product = *mine;
        } else {
            return invalid(QStringLiteral("product ") + QString::number(id) +
                           QStringLiteral(" is neither in the autosave nor kept as read"));
        }
        base.versions.insert(id, version);
        base.project.products.push_back(std::move(product));
    }
    return base;
}

} // namespace shirube::core
