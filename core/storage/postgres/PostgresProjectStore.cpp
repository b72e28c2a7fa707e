// SPDX-License-Identifier: Apache-2.0
#include "core/storage/postgres/PostgresProjectStore.h"

#include "core/storage/ProductJson.h"
#include "core/storage/postgres/PgConnection.h"
#include "core/storage/postgres/PgMigrator.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace shirube::core {

namespace {

// pg_advisory_xact_lock key of saves: "SHRBSAVE".
constexpr qint64 kSaveLock = 0x5348524253415645;

// QPSQL binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant optionalReal(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QVariant optionalInteger(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime utc(const QVariant& msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), Qt::UTC);
}

const QString kEpochMs = QStringLiteral("(extract(epoch FROM changed_at) * 1000)::bigint");

struct Loaded
{
    std::vector<Product> products;
    QHash<qint64, qint64> versions;
    QHash<qint64, QString> changedBy;
    QHash<qint64, QDateTime> changedAt;
};

// Products (all, or the one with `onlyId`), with their overrides and milestones.
std::optional<Error> loadProducts(pg::Connection& c, std::optional<qint64> onlyId, Loaded& out)
{
    const QString where = onlyId ? QStringLiteral(" WHERE id = ?") : QString();
    const QString whereChild = onlyId ? QStringLiteral(" WHERE product_id = ?") : QString();
    const QString doing = QStringLiteral("reading the products");
    QHash<qint64, size_t> byId;
    {
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT id, name, profile, selected_route, notes, ruleset_id, "
                                      "ruleset_version, plan_snapshot, version, changed_by, ") +
                       kEpochMs + QStringLiteral(" FROM product") + where +
                       QStringLiteral(" ORDER BY position, id")))
            return c.failure(doing, q.lastError());
        if (onlyId)
            q.addBindValue(*onlyId);
        if (!q.exec())
            return c.failure(doing, q.lastError());
        while (q.next()) {
            Product p;
            p.id = q.value(0).toLongLong();
            p.name = q.value(1).toString();
            Result<Profile> profile = Profile::parse(q.value(2).toString().toUtf8());
            if (!profile.ok())
                return Error{ErrorCode::ProjectRefused,
                             QStringLiteral("product ") + QString::number(p.id) +
                                 QStringLiteral(": its stored profile is invalid: ") +
                                 profile.error().toString(),
                             c.target().display, 0};
            p.profile = std::move(profile).value();
            p.selectedRoute = q.value(3).toString();
            p.notes = q.value(4).toString();
            p.rulesetId = q.value(5).toString();
            p.rulesetVersion = q.value(6).toString();
            const QByteArray snapshot = q.value(7).toByteArray();
            if (!snapshot.isEmpty())
                p.planSnapshot = PlanSnapshot::fromCompressed(snapshot);
            out.versions.insert(p.id, q.value(8).toLongLong());
            out.changedBy.insert(p.id, q.value(9).toString());
            out.changedAt.insert(p.id, utc(q.value(10)));
            byId.insert(p.id, out.products.size());
            out.products.push_back(std::move(p));
        }
    }
    if (out.products.empty())
        return std::nullopt;
    {
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT product_id, activity, transition, months_min, months_likely, "
                                      "months_max, cost_jpy, note FROM override") +
                       whereChild + QStringLiteral(" ORDER BY product_id, position, id")))
            return c.failure(doing, q.lastError());
        if (onlyId)
            q.addBindValue(*onlyId);
        if (!q.exec())
            return c.failure(doing, q.lastError());
        while (q.next()) {
            const auto it = byId.constFind(q.value(0).toLongLong());
            if (it == byId.constEnd())
                continue;
            Override o;
            o.activity = q.value(1).toString();
            o.transition = q.value(2).toString();
            if (!q.isNull(3) && !q.isNull(4) && !q.isNull(5))
                o.months = ThreePoint{q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toDouble()};
            if (!q.isNull(6))
                o.costJpy = q.value(6).toLongLong();
            o.note = q.value(7).toString();
            out.products[*it].overrides.push_back(std::move(o));
        }
    }
    {
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT product_id, activity, state, date, note FROM milestone") +
                       whereChild + QStringLiteral(" ORDER BY product_id, position, id")))
            return c.failure(doing, q.lastError());
        if (onlyId)
            q.addBindValue(*onlyId);
        if (!q.exec())
            return c.failure(doing, q.lastError());
        while (q.next()) {
            const auto it = byId.constFind(q.value(0).toLongLong());
            if (it == byId.constEnd())
                continue;
            Milestone m;
            m.activity = q.value(1).toString();
            m.state = q.value(2).toString();
            const QString date = q.value(3).toString();
            if (!date.isEmpty())
                m.date = QDate::fromString(date, Qt::ISODate);
            m.note = q.value(4).toString();
            out.products[*it].milestones.push_back(std::move(m));
        }
    }
    return std::nullopt;
}

// Runs a prepared statement with `values`; on failure returns the Error.
std::optional<Error> run(pg::Connection& c, QSqlQuery& q, const QString& doing, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return c.failure(doing, q.lastError());
    return std::nullopt;
}

// The statements of one save, prepared once per save.
struct Writer
{
    explicit Writer(pg::Connection& connection)
        : c(connection)
        , current(c.db())
        , insertProduct(c.db())
        , updateProduct(c.db())
        , deleteProduct(c.db())
        , deleteOverrides(c.db())
        , deleteMilestones(c.db())
        , insertOverride(c.db())
        , insertMilestone(c.db())
        , insertHistory(c.db())
    {}

    std::optional<Error> prepare()
    {
        const std::pair<QSqlQuery*, QString> all[] = {
            {&current, QStringLiteral("SELECT version, changed_by, ") + kEpochMs +
                           QStringLiteral(" FROM product WHERE id = ? FOR UPDATE")},
            {&insertProduct,
             QStringLiteral(
                 "INSERT INTO product (id, position, name, profile, selected_route, notes, ruleset_id, "
                 "ruleset_version, plan_snapshot, version, changed_by, changed_at) VALUES "
                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, 1, session_user, now())")},
            {&updateProduct,
             QStringLiteral("UPDATE product SET position = ?, name = ?, profile = ?, selected_route = ?, "
                            "notes = ?, ruleset_id = ?, ruleset_version = ?, plan_snapshot = ?, "
                            "version = version + 1, changed_by = session_user, changed_at = now() "
                            "WHERE id = ? RETURNING version")},
            {&deleteProduct, QStringLiteral("DELETE FROM product WHERE id = ?")},
            {&deleteOverrides, QStringLiteral("DELETE FROM override WHERE product_id = ?")},
            {&deleteMilestones, QStringLiteral("DELETE FROM milestone WHERE product_id = ?")},
            {&insertOverride,
             QStringLiteral("INSERT INTO override (product_id, position, activity, transition, months_min, "
                            "months_likely, months_max, cost_jpy, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")},
            {&insertMilestone, QStringLiteral("INSERT INTO milestone (product_id, position, activity, state, "
                                              "date, note) VALUES (?, ?, ?, ?, ?, ?)")},
            {&insertHistory,
             QStringLiteral("INSERT INTO product_history (product_id, version, action, name, changed_by, "
                            "changed_at, previous) VALUES (?, ?, ?, ?, session_user, now(), ?)")},
        };
        for (const auto& [query, sql] : all) {
            if (!query->prepare(sql))
                return c.failure(QStringLiteral("preparing the save"), query->lastError());
        }
        return std::nullopt;
    }

    std::optional<Error> children(const Product& p)
    {
        const QString doing = QStringLiteral("saving product ") + QString::number(p.id);
        if (auto e = run(c, deleteOverrides, doing, {p.id}))
            return e;
        if (auto e = run(c, deleteMilestones, doing, {p.id}))
            return e;
        for (size_t j = 0; j < p.overrides.size(); ++j) {
            const Override& o = p.overrides[j];
            if (o.months && !(std::isfinite(o.months->min) && std::isfinite(o.months->likely) &&
                              std::isfinite(o.months->max)))
                return Error{ErrorCode::Usage,
                             QStringLiteral("product \"") + p.name + QStringLiteral("\": override of ") +
                                 o.activity + QStringLiteral(" has months that are not numbers"),
                             c.target().display, 0};
            if (auto e = run(c, insertOverride, doing,
                             {p.id, qint64(j), text(o.activity), text(o.transition),
                              optionalReal(o.months ? std::optional<double>(o.months->min) : std::nullopt),
                              optionalReal(o.months ? std::optional<double>(o.months->likely) : std::nullopt),
                              optionalReal(o.months ? std::optional<double>(o.months->max) : std::nullopt),
                              optionalInteger(o.costJpy), text(o.note)}))
                return e;
        }
        for (size_t j = 0; j < p.milestones.size(); ++j) {
            const Milestone& m = p.milestones[j];
            if (auto e =
                    run(c, insertMilestone, doing,
                        {p.id, qint64(j), text(m.activity), text(m.state),
                         text(m.date.isValid() ? m.date.toString(Qt::ISODate) : QString()), text(m.note)}))
                return e;
        }
        return std::nullopt;
    }

    QVariantList productValues(const Product& p) const
    {
        const QByteArray profile = p.profile.toJsonBytes(true);
        return {text(p.name),
                QString::fromUtf8(profile),
                text(p.selectedRoute),
                text(p.notes),
                text(p.rulesetId),
                text(p.rulesetVersion),
                p.planSnapshot.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                         : QVariant(p.planSnapshot.compressed())};
    }

    std::optional<Error> history(qint64 id, qint64 version, const QString& action, const QString& name,
                                 const std::optional<Product>& previous)
    {
        return run(c, insertHistory, QStringLiteral("recording the history"),
                   {id, version, action, text(name),
                    previous ? QVariant(QString::fromUtf8(productToJsonBytes(*previous)))
                             : QVariant(QMetaType::fromType<QString>())});
    }

    pg::Connection& c;
    QSqlQuery current, insertProduct, updateProduct, deleteProduct, deleteOverrides, deleteMilestones,
        insertOverride, insertMilestone, insertHistory;
};

Result<qint64> scalar(pg::Connection& c, const QString& sql, const QString& doing)
{
    QSqlQuery q(c.db());
    if (!q.prepare(sql) || !q.exec() || !q.next())
        return c.failure(doing, q.lastError());
    return q.value(0).toLongLong();
}

} // namespace

PostgresProjectStore::PostgresProjectStore(const pg::Target& target)
    : m_connection(std::make_unique<pg::Connection>(target))
{}

PostgresProjectStore::~PostgresProjectStore() = default;

QString PostgresProjectStore::location() const
{
    return m_connection->target().display;
}

QString PostgresProjectStore::userName() const
{
    return m_connection->userName();
}

Result<std::unique_ptr<PostgresProjectStore>> PostgresProjectStore::connect(const QString& url)
{
    Result<pg::Target> target = pg::parseUrl(url);
    if (!target.ok())
        return target.error();
    auto store = std::make_unique<PostgresProjectStore>(std::move(target).value());
    if (std::optional<Error> e = store->m_connection->ensureOpen())
        return *e;
    if (std::optional<Error> e = pg::Migrator::upgrade(*store->m_connection))
        return *e;
    return store;
}

Result<bool> PostgresProjectStore::canWrite()
{
    if (std::optional<Error> e = m_connection->ensureOpen())
        return *e;
    QSqlQuery q(m_connection->db());
    if (!q.prepare(QStringLiteral("SELECT has_table_privilege('product', 'UPDATE') AND "
                                  "has_table_privilege('product', 'INSERT') AND "
                                  "has_table_privilege('product_history', 'INSERT')")) ||
        !q.exec() || !q.next())
        return m_connection->failure(QStringLiteral("checking this user's rights"), q.lastError());
    return q.value(0).toBool();
}

Result<StoredProject> PostgresProjectStore::read()
{
    if (std::optional<Error> e = m_connection->ensureOpen())
        return *e;
    QSqlDatabase& db = m_connection->db();
    // One snapshot of the whole project: REPEATABLE READ, read only.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return m_connection->failure(QStringLiteral("reading the team project"), begin.lastError());
    const auto finish = [&](std::optional<Error> e) -> std::optional<Error> {
        QSqlQuery end(db);
        end.exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    StoredProject stored;
    {
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral("SELECT title, owner, notes, version FROM project WHERE id = 1")) ||
            !q.exec())
            return *finish(m_connection->failure(QStringLiteral("reading the project"), q.lastError()));
        if (!q.next())
            return *finish(Error{ErrorCode::ProjectRefused, QStringLiteral("the project row is missing"),
                                 location(), 0});
        stored.project.meta.title = q.value(0).toString();
        stored.project.meta.owner = q.value(1).toString();
        stored.project.meta.notes = q.value(2).toString();
        stored.metaVersion = q.value(3).toLongLong();
    }
    {
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral("SELECT name FROM client ORDER BY position, id")) || !q.exec())
            return *finish(m_connection->failure(QStringLiteral("reading the clients"), q.lastError()));
        while (q.next())
            stored.project.meta.clients << q.value(0).toString();
    }
    Loaded loaded;
    if (std::optional<Error> e = loadProducts(*m_connection, std::nullopt, loaded))
        return *finish(e);
    stored.project.products = std::move(loaded.products);
    stored.versions = std::move(loaded.versions);
    stored.changedBy = std::move(loaded.changedBy);
    stored.changedAt = std::move(loaded.changedAt);
    finish(std::nullopt);
    Result<bool> writable = canWrite();
    if (!writable.ok())
        return writable.error();
    stored.readOnly = !writable.value();
    return stored;
}

Result<StoreSaveResult> PostgresProjectStore::save(const std::optional<ProjectMeta>& meta,
                                                   qint64 metaBaseVersion,
                                                   const std::vector<ProductChange>& changes)
{
    if (std::optional<Error> e = m_connection->ensureOpen())
        return *e;
    Result<bool> writable = canWrite();
    if (!writable.ok())
        return writable.error();
    if (!writable.value())
        return Error{
            ErrorCode::ProjectRefused,
            QStringLiteral("not saved: the PostgreSQL user \"") + userName() +
                QStringLiteral("\" may read this team project but not change it (it has the "
                               "read-only role); ask the project's administrator for the editor role"),
            location(), 0};
    QSqlDatabase& db = m_connection->db();
    if (!db.transaction())
        return m_connection->failure(QStringLiteral("starting the save"), db.lastError());
    const auto fail = [&](Error e) -> Result<StoreSaveResult> {
        db.rollback();
        return e;
    };
    StoreSaveResult result;
    {
        QSqlQuery lock(db);
        if (!lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)")))
            return fail(m_connection->failure(QStringLiteral("locking the project"), lock.lastError()));
        if (auto e = run(*m_connection, lock, QStringLiteral("locking the project"), {kSaveLock}))
            return fail(*e);
    }
    if (meta) {
        QSqlQuery q(db);
        if (!q.prepare(
                QStringLiteral("UPDATE project SET title = ?, owner = ?, notes = ?, version = version + 1, "
                               "changed_by = session_user, changed_at = now() "
                               "WHERE id = 1 AND version = ? RETURNING version")))
            return fail(m_connection->failure(QStringLiteral("saving the project's details"), q.lastError()));
        if (auto e = run(*m_connection, q, QStringLiteral("saving the project's details"),
                         {text(meta->title), text(meta->owner), text(meta->notes), metaBaseVersion}))
            return fail(*e);
        if (q.next()) {
            result.metaVersion = q.value(0).toLongLong();
            QSqlQuery del(db);
            if (!del.prepare(QStringLiteral("DELETE FROM client")) || !del.exec())
                return fail(m_connection->failure(QStringLiteral("saving the clients"), del.lastError()));
            QSqlQuery ins(db);
            if (!ins.prepare(QStringLiteral("INSERT INTO client (position, name) VALUES (?, ?)")))
                return fail(m_connection->failure(QStringLiteral("saving the clients"), ins.lastError()));
            for (int i = 0; i < meta->clients.size(); ++i) {
                if (auto e = run(*m_connection, ins, QStringLiteral("saving the clients"),
                                 {i, text(meta->clients[i])}))
                    return fail(*e);
            }
        } else {
            result.metaConflict = true;
            Result<qint64> now =
                scalar(*m_connection, QStringLiteral("SELECT version FROM project WHERE id = 1"),
                       QStringLiteral("reading the project's details"));
            if (!now.ok())
                return fail(now.error());
            result.metaVersion = now.value();
        }
    }

    Writer w(*m_connection);
    if (auto e = w.prepare())
        return fail(*e);
    for (const ProductChange& change : changes) {
        Product p = change.product;
        const QString doing = QStringLiteral("saving product ") + QString::number(p.id);
        std::optional<qint64> version;
        QString changedBy;
        QDateTime changedAt;
        if (p.id > 0) {
            if (auto e = run(*m_connection, w.current, doing, {p.id}))
                return fail(*e);
            if (w.current.next()) {
                version = w.current.value(0).toLongLong();
                changedBy = w.current.value(1).toString();
                changedAt = utc(w.current.value(2));
            }
        }
        const auto theirs = [&]() -> Result<std::optional<Product>> {
            if (!version)
                return std::optional<Product>();
            Loaded l;
            if (auto e = loadProducts(*m_connection, p.id, l))
                return *e;
            if (l.products.empty())
                return std::optional<Product>();
            return std::optional<Product>(std::move(l.products.front()));
        };
        const auto conflict = [&]() -> std::optional<Error> {
            Result<std::optional<Product>> t = theirs();
            if (!t.ok())
                return t.error();
            SaveConflict c;
            c.productId = p.id;
            if (change.kind == ProductChange::Kind::Save)
                c.mine = change.product;
            c.theirs = std::move(t).value();
            c.theirVersion = version.value_or(0);
            c.changedBy = changedBy;
            c.changedAt = changedAt;
            result.conflicts.push_back(std::move(c));
            return std::nullopt;
        };

        if (change.kind == ProductChange::Kind::Remove) {
            if (!version)
                continue; // already removed: nothing is lost
            if (*version != change.baseVersion) {
                if (auto e = conflict())
                    return fail(*e);
                continue;
            }
            Result<std::optional<Product>> before = theirs();
            if (!before.ok())
                return fail(before.error());
            if (auto e = run(*m_connection, w.deleteProduct, doing, {p.id}))
                return fail(*e);
            const std::optional<Product>& prev = before.value();
            if (auto e = w.history(p.id, 0, QStringLiteral("removed"), prev ? prev->name : p.name, prev))
                return fail(*e);
            result.saved.push_back(p.id);
            continue;
        }

        if (change.baseVersion == 0) {
            // A new product (or a removed one coming back): its own id when free, else the next one.
            if (p.id <= 0 || version) {
                Result<qint64> next =
                    scalar(*m_connection,
                           QStringLiteral("SELECT greatest((SELECT coalesce(max(id), 0) FROM product), "
                                          "(SELECT coalesce(max(product_id), 0) FROM product_history)) + 1"),
                           doing);
                if (!next.ok())
                    return fail(next.error());
                if (p.id > 0)
                    result.renumbered.insert(p.id, next.value());
                p.id = next.value();
            }
            int position = change.position;
            if (position < 0) {
                Result<qint64> last =
                    scalar(*m_connection,
                           QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM product"), doing);
                if (!last.ok())
                    return fail(last.error());
                position = int(last.value());
            }
            QVariantList values = {p.id, position};
            values += w.productValues(p);
            if (auto e = run(*m_connection, w.insertProduct, doing, values))
                return fail(*e);
            if (auto e = w.children(p))
                return fail(*e);
            if (auto e = w.history(p.id, 1,
                                   change.restore ? QStringLiteral("restored") : QStringLiteral("created"),
                                   p.name, std::nullopt))
                return fail(*e);
            result.saved.push_back(p.id);
            result.versions.insert(p.id, 1);
            continue;
        }

        if (!version || *version != change.baseVersion) {
            if (auto e = conflict())
                return fail(*e);
            continue;
        }
        Result<std::optional<Product>> before = theirs();
        if (!before.ok())
            return fail(before.error());
        int position = change.position;
        if (position < 0) {
            QSqlQuery q(db);
            if (!q.prepare(QStringLiteral("SELECT position FROM product WHERE id = ?")))
                return fail(m_connection->failure(doing, q.lastError()));
            if (auto e = run(*m_connection, q, doing, {p.id}))
                return fail(*e);
            position = q.next() ? q.value(0).toInt() : 0;
        }
        QVariantList values = {position};
        values += w.productValues(p);
        values << p.id;
        if (auto e = run(*m_connection, w.updateProduct, doing, values))
            return fail(*e);
        const qint64 newVersion =
            w.updateProduct.next() ? w.updateProduct.value(0).toLongLong() : *version + 1;
        if (auto e = w.children(p))
            return fail(*e);
        if (auto e = w.history(p.id, newVersion,
                               change.restore ? QStringLiteral("restored") : QStringLiteral("changed"),
                               p.name, before.value()))
            return fail(*e);
        result.saved.push_back(p.id);
        result.versions.insert(p.id, newVersion);
    }

    if (!result.saved.empty() || (meta && !result.metaConflict)) {
        QStringList ids;
        for (qint64 id : result.saved)
            ids << QString::number(id);
        QSqlQuery notify(db);
        if (!notify.prepare(QStringLiteral("SELECT pg_notify('shirube_project', ?)")))
            return fail(m_connection->failure(QStringLiteral("notifying other clients"), notify.lastError()));
        if (auto e = run(*m_connection, notify, QStringLiteral("notifying other clients"),
                         {ids.join(QLatin1Char(' ')).left(7000)}))
            return fail(*e);
    }
    if (!db.commit())
        return fail(m_connection->failure(QStringLiteral("committing the save"), db.lastError()));
    return result;
}

Result<std::vector<HistoryEntry>> PostgresProjectStore::history(qint64 productId)
{
    if (std::optional<Error> e = m_connection->ensureOpen())
        return *e;
    QSqlQuery q(m_connection->db());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, product_id, version, action, name, changed_by, ") + kEpochMs +
                  QStringLiteral(", previous FROM product_history");
    if (productId > 0)
        sql += QStringLiteral(" WHERE product_id = ?");
    sql += QStringLiteral(" ORDER BY id");
    if (!q.prepare(sql))
        return m_connection->failure(QStringLiteral("reading the history"), q.lastError());
    if (productId > 0)
        q.addBindValue(productId);
    if (!q.exec())
        return m_connection->failure(QStringLiteral("reading the history"), q.lastError());
    std::vector<HistoryEntry> entries;
    while (q.next()) {
        HistoryEntry h;
        h.id = q.value(0).toLongLong();
        h.productId = q.value(1).toLongLong();
        h.version = q.value(2).toLongLong();
        h.action = q.value(3).toString();
        h.productName = q.value(4).toString();
        h.changedBy = q.value(5).toString();
        h.changedAt = utc(q.value(6));
        if (!q.isNull(7)) {
            Result<Product> previous = productFromJsonBytes(q.value(7).toString().toUtf8());
            if (!previous.ok())
                return Error{ErrorCode::ProjectRefused,
                             QStringLiteral("history entry ") + QString::number(h.id) + QStringLiteral(": ") +
                                 previous.error().toString(),
                             location(), 0};
            h.previous = std::move(previous).value();
        }
        entries.push_back(std::move(h));
    }
    return entries;
}

Result<StoreSaveResult> PostgresProjectStore::restore(qint64 historyId)
{
    Result<std::vector<HistoryEntry>> all = history(0);
    if (!all.ok())
        return all.error();
    const auto it = std::find_if(all.value().begin(), all.value().end(),
                                 [&](const HistoryEntry& h) { return h.id == historyId; });
    if (it == all.value().end())
        return Error{ErrorCode::Usage,
                     QStringLiteral("there is no history entry ") + QString::number(historyId) +
                         QStringLiteral(" (`shirube-cli project history URL` lists them)"),
                     location(), 0};
    if (!it->previous)
        return Error{ErrorCode::Usage,
                     QStringLiteral("history entry ") + QString::number(historyId) +
                         QStringLiteral(" created product ") + QString::number(it->productId) +
                         QStringLiteral("; there is no earlier version to restore"),
                     location(), 0};
    Result<StoredProject> now = read();
    if (!now.ok())
        return now.error();
    ProductChange change;
    change.product = *it->previous;
    change.product.id = it->productId;
    change.baseVersion = now.value().versions.value(it->productId, 0);
    change.restore = true;
    return save(std::nullopt, 0, {change});
}

} // namespace shirube::core
