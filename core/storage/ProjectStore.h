// SPDX-License-Identifier: Apache-2.0
#pragma once

// Where a project lives, behind one interface (issue 15): a .shirube file (FileProjectStore, one
// consultant on one machine) or a team project on a PostgreSQL server (PostgresProjectStore, many
// consultants at once). Callers read the whole project, then save what they changed product by product:
// each product carries the version it was read at, and a save that finds a newer version on the other
// side does not overwrite it but returns a SaveConflict (keep mine / take theirs / both as a copy).

#include "core/common/Result.h"
#include "core/storage/Project.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace shirube::core {

// A project as read from a store, with the version of each product (PostgreSQL: 1 when added, +1 per
// save; a .shirube file keeps no versions, all 0).
struct StoredProject
{
    Project project;
    QHash<qint64, qint64> versions; // product id -> version as read
    qint64 metaVersion = 0;         // the version of the project's details (title, owner, clients, notes)
    bool readOnly = false;          // this user may read the project but not change it
    // Who saved each product's version, and when (UTC); empty for a .shirube file.
    QHash<qint64, QString> changedBy;
    QHash<qint64, QDateTime> changedAt;
};

// The version of a product whose version as read is not known (a recovered autosave without its base):
// no stored product has it, so a save of that product always returns a conflict, never overwrites.
constexpr qint64 kUnknownVersion = -1;

// One product to write (or remove), and the version it was read at.
struct ProductChange
{
    enum class Kind
    {
        Save,
        Remove,
    };
    Kind kind = Kind::Save;
    Product product;        // for Remove only product.id counts
    int position = -1;      // its place in the list; -1: where it is (at the end when new)
    qint64 baseVersion = 0; // 0: a new product
    bool restore = false;   // recorded in the history as a restore of an earlier version
};

// A product someone else saved (or removed) since it was read: nothing of `mine` was written.
struct SaveConflict
{
    qint64 productId = 0;
    std::optional<Product> mine;   // nullopt: I removed it
    std::optional<Product> theirs; // nullopt: they removed it
    qint64 theirVersion = 0;       // 0 when it no longer exists
    QString changedBy;             // who saved theirs
    QDateTime changedAt;           // UTC
};

struct StoreSaveResult
{
    std::vector<qint64> saved;        // product ids written or removed
    QHash<qint64, qint64> renumbered; // a new product whose id another user took meanwhile: old -> new id
    QHash<qint64, qint64> versions;   // product id -> its version now, for every product written
    std::vector<SaveConflict> conflicts;
    bool metaConflict = false; // the details were changed by someone else; mine were not written
    qint64 metaVersion = 0;    // the details' version now
    bool complete() const { return conflicts.empty() && !metaConflict; }
};

// One change in a team project's history.
struct HistoryEntry
{
    qint64 id = 0;
    qint64 productId = 0;
    qint64 version = 0; // the product's version after the change (0 for a removal)
    QString action;     // "created", "changed", "removed", "restored"
    QString productName;
    QString changedBy;
    QDateTime changedAt;             // UTC
    std::optional<Product> previous; // the product before the change; nullopt when it was created
};

class ProjectStore
{
public:
    virtual ~ProjectStore() = default;

    // The file's path, or the URL (never with a password).
    virtual QString location() const = 0;
    virtual bool keepsHistory() const = 0;

    virtual Result<StoredProject> read() = 0;
    // Writes the details (when `meta` is set; `metaBaseVersion` is the version they were read at) and
    // the changed products, in one transaction. Conflicts are returned, never overwritten.
    virtual Result<StoreSaveResult> save(const std::optional<ProjectMeta>& meta, qint64 metaBaseVersion,
                                         const std::vector<ProductChange>& changes) = 0;
    // Every change of product `productId` (0: of every product), oldest first.
    virtual Result<std::vector<HistoryEntry>> history(qint64 productId = 0) = 0;
};

// True for "postgresql://…" and "postgres://…".
bool isTeamProjectUrl(const QString& location);

struct StoreOptions
{
    bool createFile = false; // a .shirube file that does not exist reads as an empty project
};

// A FileProjectStore for a path, a PostgresProjectStore for a postgresql:// URL (connected, its schema
// checked and, when older, upgraded).
Result<std::unique_ptr<ProjectStore>> openProjectStore(const QString& location,
                                                       const StoreOptions& options = {});

// The changes that turn `base` into `edited`: products added, changed, moved or removed, each with the
// version it was read at (`versions`).
std::vector<ProductChange> changesBetween(const Project& base, const Project& edited,
                                          const QHash<qint64, qint64>& versions);

// Conflict resolutions, as the changes to save next: keep mine (over theirs, which stays in the
// history), or both (mine as a new product, "NAME (mine)"). Taking theirs needs no save.
std::optional<ProductChange> keepMine(const SaveConflict& conflict);
std::optional<ProductChange> keepBothAsCopy(const SaveConflict& conflict, const QString& copyName = {});

} // namespace shirube::core
