// SPDX-License-Identifier: Apache-2.0
#include "core/storage/ProjectRows.h"

#include "core/storage/Sqlite.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <sqlite3.h>

namespace shirube::core::projectfile {

std::optional<QString> loadProjectRows(sqlite::Database& db, Project& project)
{
    {
        sqlite::Statement s(db, "SELECT title, owner, notes FROM project WHERE id = 1");
        if (!s.next())
            return QString(s.done() ? QStringLiteral("the project row is missing") : s.error());
        project.meta.title = s.text(0);
        project.meta.owner = s.text(1);
        project.meta.notes = s.text(2);
    }
    {
        sqlite::Statement s(db, "SELECT name FROM client ORDER BY position, id");
        while (s.next())
            project.meta.clients.append(s.text(0));
        if (!s.done())
            return QString(s.error());
    }
    QHash<qint64, size_t> byId;
    {
        sqlite::Statement s(db,
                            "SELECT id, name, profile, selected_route, notes, ruleset_id, ruleset_version, "
                            "plan_snapshot FROM product ORDER BY position, id");
        while (s.next()) {
            Product p;
            p.id = s.integer(0);
            p.name = s.text(1);
            const QString label = QStringLiteral("product ") + QString::number(p.id) +
                                  QStringLiteral(" (\"") + p.name + QStringLiteral("\")");
            QJsonParseError parseError;
            // Profile::parse, not QJsonDocument alone: a stored profile is refused for what a profile
            // file is refused for (a duplicate key, …).
            Result<Profile> profile = Profile::parse(s.bytes(2));
            if (!profile.ok())
                return QString(label + QStringLiteral(": its profile is invalid: ") +
                               profile.error().toString());
            p.profile = std::move(profile).value();
            p.selectedRoute = s.text(3);
            p.notes = s.text(4);
            p.rulesetId = s.text(5);
            p.rulesetVersion = s.text(6);
            // Shirube writes the plan compressed (a BLOB); a JSON text is read as well.
            const QByteArray snapshot = s.bytes(7);
            if (s.columnType(7) == SQLITE_BLOB) {
                p.planSnapshot = PlanSnapshot::fromCompressed(snapshot);
            } else if (!snapshot.isEmpty()) {
                const QJsonDocument planDoc = QJsonDocument::fromJson(snapshot, &parseError);
                if (parseError.error != QJsonParseError::NoError || !planDoc.isObject())
                    return QString(label + QStringLiteral(": its last plan is not a JSON object"));
                p.planSnapshot = planDoc.object();
            }
            byId.insert(p.id, project.products.size());
            project.products.push_back(std::move(p));
        }
        if (!s.done())
            return QString(s.error());
    }
    {
        sqlite::Statement s(db,
                            "SELECT product_id, activity, transition, months_min, months_likely, months_max, "
                            "cost_jpy, note FROM override ORDER BY product_id, position, id");
        while (s.next()) {
            const auto it = byId.constFind(s.integer(0));
            if (it == byId.constEnd())
                return QString(QStringLiteral("an override belongs to no product"));
            Override o;
            o.activity = s.text(1);
            o.transition = s.text(2);
            const auto mn = s.optionalReal(3);
            const auto likely = s.optionalReal(4);
            const auto mx = s.optionalReal(5);
            if (mn && likely && mx)
                o.months = ThreePoint{*mn, *likely, *mx};
            else if (mn || likely || mx)
                return QString(QStringLiteral("an override has an incomplete three-point estimate"));
            o.costJpy = s.optionalInteger(6);
            o.note = s.text(7);
            project.products[*it].overrides.push_back(std::move(o));
        }
        if (!s.done())
            return QString(s.error());
    }
    {
        sqlite::Statement s(db, "SELECT product_id, activity, state, date, note FROM milestone "
                                "ORDER BY product_id, position, id");
        while (s.next()) {
            const auto it = byId.constFind(s.integer(0));
            if (it == byId.constEnd())
                return QString(QStringLiteral("a milestone belongs to no product"));
            Milestone m;
            m.activity = s.text(1);
            m.state = s.text(2);
            const QString date = s.text(3);
            if (!date.isEmpty()) {
                m.date = QDate::fromString(date, Qt::ISODate);
                if (!m.date.isValid())
                    return QString(QStringLiteral("a milestone has an invalid date (\"") + date +
                                   QStringLiteral("\")"));
            }
            m.note = s.text(4);
            project.products[*it].milestones.push_back(std::move(m));
        }
        if (!s.done())
            return QString(s.error());
    }
    return std::nullopt;
}

std::optional<QString> writeProjectRows(sqlite::Database& db, const Project& project)
{
    {
        sqlite::Statement s(db, "INSERT INTO project (id, title, owner, notes) VALUES (1, ?, ?, ?)");
        s.bind(1, project.meta.title);
        s.bind(2, project.meta.owner);
        s.bind(3, project.meta.notes);
        if (!s.run())
            return s.error();
    }
    {
        sqlite::Statement s(db, "INSERT INTO client (position, name) VALUES (?, ?)");
        for (int i = 0; i < project.meta.clients.size(); ++i) {
            s.bind(1, i);
            s.bind(2, project.meta.clients[i]);
            if (!s.run())
                return s.error();
        }
    }
    sqlite::Statement product(
        db, "INSERT INTO product (id, position, name, profile, selected_route, notes, "
            "ruleset_id, ruleset_version, plan_snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite::Statement override_(
        db, "INSERT INTO override (product_id, position, activity, transition, months_min, "
            "months_likely, months_max, cost_jpy, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite::Statement milestone(db,
                                "INSERT INTO milestone (product_id, position, activity, state, date, note) "
                                "VALUES (?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < project.products.size(); ++i) {
        const Product& p = project.products[i];
        product.bind(1, p.id);
        product.bind(2, qint64(i));
        product.bind(3, p.name);
        product.bindText(4, p.profile.toJsonBytes(true));
        product.bind(5, p.selectedRoute);
        product.bind(6, p.notes);
        product.bind(7, p.rulesetId);
        product.bind(8, p.rulesetVersion);
        if (p.planSnapshot.isEmpty())
            product.bindText(9, QByteArray());
        else
            product.bindBlob(9, p.planSnapshot.compressed());
        if (!product.run())
            return product.error();
        for (size_t j = 0; j < p.overrides.size(); ++j) {
            const Override& o = p.overrides[j];
            override_.bind(1, p.id);
            override_.bind(2, qint64(j));
            override_.bind(3, o.activity);
            override_.bind(4, o.transition);
            override_.bind(5, o.months ? std::optional<double>(o.months->min) : std::nullopt);
            override_.bind(6, o.months ? std::optional<double>(o.months->likely) : std::nullopt);
            override_.bind(7, o.months ? std::optional<double>(o.months->max) : std::nullopt);
            override_.bind(8, o.costJpy);
            override_.bind(9, o.note);
            if (!override_.run())
                return override_.error();
        }
        for (size_t j = 0; j < p.milestones.size(); ++j) {
            const Milestone& m = p.milestones[j];
            milestone.bind(1, p.id);
            milestone.bind(2, qint64(j));
            milestone.bind(3, m.activity);
            milestone.bind(4, m.state);
            milestone.bind(5, m.date.isValid() ? m.date.toString(Qt::ISODate) : QString());
            milestone.bind(6, m.note);
            if (!milestone.run())
                return milestone.error();
        }
    }
    return std::nullopt;
}

} // namespace shirube::core::projectfile
