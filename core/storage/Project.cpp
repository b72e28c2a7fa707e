// SPDX-License-Identifier: Apache-2.0
#include "core/storage/Project.h"

#include "core/common/Inflate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace shirube::core {

namespace {

constexpr qint64 kMaxPlanBytes = qint64(64) << 20;

bool sameThreePoint(const std::optional<ThreePoint>& a, const std::optional<ThreePoint>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->min == b->min && a->likely == b->likely && a->max == b->max);
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

PlanSnapshot::PlanSnapshot(const QJsonObject& plan)
{
    if (!plan.isEmpty())
        m_compressed = qCompress(QJsonDocument(plan).toJson(QJsonDocument::Compact));
}

PlanSnapshot PlanSnapshot::fromCompressed(const QByteArray& compressed)
{
    PlanSnapshot s;
    s.m_compressed = compressed;
    return s;
}

QJsonObject PlanSnapshot::object() const
{
    // Streamed and capped: a snapshot crafted to expand to gigabytes stops at kMaxPlanBytes.
    const std::optional<QByteArray> json = inflateCapped(m_compressed, kMaxPlanBytes);
    if (!json)
        return {};
    return QJsonDocument::fromJson(*json).object();
}

QJsonValue PlanSnapshot::value(const QString& key) const
{
    return object().value(key);
}

bool PlanSnapshot::operator==(const PlanSnapshot& other) const
{
    if (m_compressed == other.m_compressed)
        return true;
    if (m_compressed.isEmpty() || other.m_compressed.isEmpty())
        return false;
    return object() == other.object();
}

bool Override::operator==(const Override& other) const
{
    return activity == other.activity && transition == other.transition &&
           sameThreePoint(months, other.months) && costJpy == other.costJpy && note == other.note;
}

bool Product::plannedWithOtherRuleset(const QString& id, const QString& version) const
{
    return isPlanned() && (rulesetId != id || rulesetVersion != version);
}

QJsonObject Product::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(id));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("profile"), profile.toJson());
    o.insert(QStringLiteral("selected_route"), orNull(selectedRoute));
    QJsonArray ov;
    for (const Override& x : overrides) {
        QJsonObject j;
        j.insert(QStringLiteral("activity"), x.activity);
        j.insert(QStringLiteral("transition"), orNull(x.transition));
        if (x.months) {
            QJsonObject m;
            m.insert(QStringLiteral("min"), x.months->min);
            m.insert(QStringLiteral("likely"), x.months->likely);
            m.insert(QStringLiteral("max"), x.months->max);
            j.insert(QStringLiteral("months"), m);
        } else {
            j.insert(QStringLiteral("months"), QJsonValue());
        }
        j.insert(QStringLiteral("cost_jpy"), x.costJpy ? QJsonValue(double(*x.costJpy)) : QJsonValue());
        j.insert(QStringLiteral("note"), x.note);
        ov.append(j);
    }
    o.insert(QStringLiteral("overrides"), ov);
    QJsonArray ms;
    for (const Milestone& m : milestones) {
        QJsonObject j;
        j.insert(QStringLiteral("activity"), orNull(m.activity));
        j.insert(QStringLiteral("state"), orNull(m.state));
        j.insert(QStringLiteral("date"),
                 m.date.isValid() ? QJsonValue(m.date.toString(Qt::ISODate)) : QJsonValue());
        j.insert(QStringLiteral("note"), m.note);
        ms.append(j);
    }
    o.insert(QStringLiteral("milestones"), ms);
    o.insert(QStringLiteral("notes"), notes);
    if (rulesetId.isEmpty() && rulesetVersion.isEmpty()) {
        o.insert(QStringLiteral("ruleset"), QJsonValue());
    } else {
        QJsonObject r;
        r.insert(QStringLiteral("id"), rulesetId);
        r.insert(QStringLiteral("version"), rulesetVersion);
        o.insert(QStringLiteral("ruleset"), r);
    }
    o.insert(QStringLiteral("plan"),
             planSnapshot.isEmpty() ? QJsonValue() : QJsonValue(planSnapshot.object()));
    return o;
}

int Project::indexOf(qint64 id) const
{
    for (size_t i = 0; i < products.size(); ++i) {
        if (products[i].id == id)
            return int(i);
    }
    return -1;
}

const Product* Project::product(qint64 id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &products[size_t(i)];
}

Product* Project::product(qint64 id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &products[size_t(i)];
}

const Product* Project::findProduct(const QString& idOrName) const
{
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber) {
        if (const Product* p = product(id))
            return p;
    }
    for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        const Product* found = nullptr;
        int count = 0;
        for (const Product& p : products) {
            if (p.name.compare(idOrName, cs) == 0) {
                found = &p;
                ++count;
            }
        }
        if (count == 1)
            return found;
        if (count > 1)
            return nullptr;
    }
    return nullptr;
}

qint64 Project::nextProductId() const
{
    qint64 highest = 0;
    for (const Product& p : products)
        highest = std::max(highest, p.id);
    return highest + 1;
}

qint64 Project::addProduct(Product p)
{
    if (p.id <= 0 || indexOf(p.id) >= 0)
        p.id = nextProductId();
    if (p.name.isEmpty())
        p.name = p.profile.name();
    const qint64 id = p.id;
    products.push_back(std::move(p));
    return id;
}

bool Project::insertProduct(int index, Product p)
{
    if (p.id <= 0 || indexOf(p.id) >= 0)
        return false;
    index = std::clamp(index, 0, int(products.size()));
    products.insert(products.begin() + index, std::move(p));
    return true;
}

std::optional<Product> Project::takeProduct(qint64 id)
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    Product p = std::move(products[size_t(i)]);
    products.erase(products.begin() + i);
    return p;
}

qint64 Project::duplicateProduct(qint64 id, const QString& newName)
{
    const int i = indexOf(id);
    if (i < 0)
        return 0;
    Product copy = products[size_t(i)];
    copy.id = nextProductId();
    copy.name = newName.isEmpty() ? copy.name + QStringLiteral(" (copy)") : newName;
    const qint64 newId = copy.id;
    products.insert(products.begin() + i + 1, std::move(copy));
    return newId;
}

bool Project::moveProduct(qint64 id, int index)
{
    std::optional<Product> p = takeProduct(id);
    if (!p)
        return false;
    index = std::clamp(index, 0, int(products.size()));
    products.insert(products.begin() + index, std::move(*p));
    return true;
}

} // namespace shirube::core
