// SPDX-License-Identifier: Apache-2.0
#include "core/storage/ProjectStore.h"

#include "core/storage/FileProjectStore.h"
#include "core/storage/postgres/PostgresProjectStore.h"

#include <QSet>

namespace shirube::core {

bool isTeamProjectUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<ProjectStore>> openProjectStore(const QString& location, const StoreOptions& options)
{
    if (!isTeamProjectUrl(location))
        return std::unique_ptr<ProjectStore>(std::make_unique<FileProjectStore>(location, options));
    Result<std::unique_ptr<PostgresProjectStore>> store = PostgresProjectStore::connect(location);
    if (!store.ok())
        return store.error();
    return std::unique_ptr<ProjectStore>(std::move(store).value());
}

std::vector<ProductChange> changesBetween(const Project& base, const Project& edited,
                                          const QHash<qint64, qint64>& versions)
{
    std::vector<ProductChange> changes;
    QSet<qint64> kept;
    for (size_t i = 0; i < edited.products.size(); ++i) {
        const Product& p = edited.products[i];
        kept.insert(p.id);
        const int before = base.indexOf(p.id);
        if (before >= 0 && base.products[size_t(before)] == p && before == int(i))
            continue;
        ProductChange c;
        c.product = p;
        c.position = int(i);
        c.baseVersion = before >= 0 ? versions.value(p.id, 0) : 0;
        changes.push_back(std::move(c));
    }
    for (const Product& p : base.products) {
        if (kept.contains(p.id))
            continue;
        ProductChange c;
        c.kind = ProductChange::Kind::Remove;
        c.product.id = p.id;
        c.product.name = p.name;
        c.baseVersion = versions.value(p.id, 0);
        changes.push_back(std::move(c));
    }
    return changes;
}

std::optional<ProductChange> keepMine(const SaveConflict& conflict)
{
    ProductChange c;
    if (!conflict.mine) {
        if (!conflict.theirs)
            return std::nullopt; // both removed it: nothing to do
        c.kind = ProductChange::Kind::Remove;
        c.product.id = conflict.productId;
    } else {
        c.product = *conflict.mine;
    }
    c.baseVersion = conflict.theirVersion; // 0 when they removed it: mine comes back as new
    return c;
}

std::optional<ProductChange> keepBothAsCopy(const SaveConflict& conflict, const QString& copyName)
{
    if (!conflict.mine)
        return std::nullopt; // I removed it: theirs is the only version left
    ProductChange c;
    c.product = *conflict.mine;
    if (conflict.theirs) {
        c.product.id = 0; // a new product beside theirs
        c.product.name = copyName.isEmpty() ? conflict.mine->name + QStringLiteral(" (mine)") : copyName;
    }
    c.baseVersion = 0;
    return c;
}

} // namespace shirube::core
