// SPDX-License-Identifier: Apache-2.0
#pragma once

// A project (.shirube file) as plain values: metadata and any number of products, each with its
// profile, chosen route, the user's overrides and milestones, notes, and the plan last made for it.
// Value semantics throughout, so the ui can keep copies for undo and compare for dirty tracking.

#include "core/common/Text.h"
#include "core/profile/Profile.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace shirube::core {

struct ProjectMeta
{
    QString title;
    QString owner;       // who keeps the project (a consultant, a founder)
    QStringList clients; // client names, in the user's order
    QString notes;

    bool operator==(const ProjectMeta& other) const = default;
};

// The user's own estimate for a step of the plan, with the reason.
struct Override
{
    QString activity;   // activity id (resources/ruleset/VOCABULARY.md), e.g. "clinical_trial"
    QString transition; // the transition whose step is meant; empty: the activity wherever it occurs
    std::optional<ThreePoint> months; // nullopt: the ruleset's months stand
    std::optional<qint64> costJpy;    // nullopt: the ruleset's cost stands
    QString note;                     // why (a quote, a consultation outcome…)

    bool operator==(const Override& other) const;
};

// A milestone actually reached.
struct Milestone
{
    QString activity; // activity id completed, or empty
    QString state;    // state id reached, or empty
    QDate date;       // may be invalid (unknown day)
    QString note;

    bool operator==(const Milestone& other) const = default;
};

// The plan last made for a product (shirube.plan/1, as planToJson() wrote it), kept as compressed
// JSON: a portfolio may hold a thousand plans of 10–50 KB each, and opening or saving it should not
// parse or print them all. Converts to and from QJsonObject implicitly; object() parses on demand.
class PlanSnapshot
{
public:
    PlanSnapshot() = default;
    PlanSnapshot(
        const QJsonObject& plan); // NOLINT(google-explicit-constructor): p.planSnapshot = planToJson(plan)
    // From the stored form (qCompress() of compact JSON); checked when parsed.
    static PlanSnapshot fromCompressed(const QByteArray& compressed);

    bool isEmpty() const { return m_compressed.isEmpty(); }
    // The plan; an empty object when empty (or, for a damaged snapshot, unreadable).
    QJsonObject object() const;
    operator QJsonObject() const { return object(); } // NOLINT(google-explicit-constructor)
    QJsonValue value(const QString& key) const;
    const QByteArray& compressed() const { return m_compressed; }

    bool operator==(const PlanSnapshot& other) const;

private:
    QByteArray m_compressed;
};

struct Product
{
    qint64 id = 0; // unique and stable within its project (> 0 once added); 0 = not added yet
    QString name;  // as listed; defaults to the profile's name
    Profile profile;
    QString selectedRoute; // route id of the plan, empty when none was chosen
    std::vector<Override> overrides;
    std::vector<Milestone> milestones;
    QString notes;
    // The ruleset the product was last planned with, and that plan. All empty when it was never planned.
    QString rulesetId;
    QString rulesetVersion;
    PlanSnapshot planSnapshot;

    bool isPlanned() const { return !planSnapshot.isEmpty(); }
    // True when it was planned, but with another ruleset id or version: offer a re-plan (PlanDiff).
    bool plannedWithOtherRuleset(const QString& id, const QString& version) const;

    // The product as one JSON object (for `shirube-cli project show --format json`, and debugging):
    // {"id", "name", "profile", "selected_route", "overrides", "milestones", "notes", "ruleset", "plan"}.
    QJsonObject toJson() const;

    bool operator==(const Product& other) const = default;
};

// The whole project. Products keep the user's order. A product's id never changes; it is unique
// within the project (nextProductId() is one above the highest id present, so the id of a removed
// product may be given to a product added later).
struct Project
{
    ProjectMeta meta;
    std::vector<Product> products;

    // Index of the product with `id` in `products`, or -1.
    int indexOf(qint64 id) const;
    const Product* product(qint64 id) const;
    Product* product(qint64 id);
    // By id ("3") or by name (exact first, then case-insensitive); nullptr when none or ambiguous.
    const Product* findProduct(const QString& idOrName) const;

    qint64 nextProductId() const;
    // Appends `product`, giving it a fresh id when its id is 0 or already taken. Returns the id.
    qint64 addProduct(Product product);
    // Inserts at `index` (clamped) keeping product.id, e.g. to undo a removal. False when the id is
    // 0 or taken.
    bool insertProduct(int index, Product product);
    // Removes and returns the product with `id` (nullopt if absent).
    std::optional<Product> takeProduct(qint64 id);
    // A copy of product `id` right after it, with a fresh id and `newName` (default "NAME (copy)").
    // Returns the new id, or 0 when `id` is absent.
    qint64 duplicateProduct(qint64 id, const QString& newName = {});
    // Moves product `id` to `index` (clamped). False when absent.
    bool moveProduct(qint64 id, int index);

    bool operator==(const Project& other) const = default;
};

} // namespace shirube::core
