// SPDX-License-Identifier: Apache-2.0
#pragma once

// A team project on a PostgreSQL server (issue 15), through Qt's QPSQL driver. One database holds one
// project. Every statement is prepared (values bound, never spliced into SQL); every save is one
// transaction under an advisory lock, so saves from many clients apply one after the other.
//
// Optimistic concurrency: each product has a version (1 when added, +1 per save). A save names the
// version each product was read at; a product whose version moved on meanwhile (or that was removed) is
// not written but returned as a SaveConflict, with their product, who saved it and when. A new product
// whose id another client took meanwhile is given the next free id (StoreSaveResult::renumbered).
//
// History: every write of a product adds a row to product_history (who, when, what: created, changed,
// removed, restored) with the product as it was before; restore() writes such a previous version back.
// After each save the server sends NOTIFY shirube_project (payload: the ids saved), for clients that
// LISTEN.

#include "core/storage/ProjectStore.h"

#include <memory>

namespace shirube::core {

namespace pg {
class Connection;
struct Target;
} // namespace pg

class PostgresProjectStore : public ProjectStore
{
public:
    // Connects, checks the schema (a newer one is refused untouched) and creates or upgrades it when
    // this user may.
    static Result<std::unique_ptr<PostgresProjectStore>> connect(const QString& url);

    QString location() const override;
    bool keepsHistory() const override { return true; }
    Result<StoredProject> read() override;
    Result<StoreSaveResult> save(const std::optional<ProjectMeta>& meta, qint64 metaBaseVersion,
                                 const std::vector<ProductChange>& changes) override;
    Result<std::vector<HistoryEntry>> history(qint64 productId = 0) override;
    // Writes back the product as it was before history entry `historyId` (a new version; the current
    // one stays in the history).
    Result<StoreSaveResult> restore(qint64 historyId);

    // The PostgreSQL user of this connection.
    QString userName() const;
    // Whether this user may change the project (the editor role, or the owner).
    Result<bool> canWrite();

    pg::Connection& connection() { return *m_connection; }

    explicit PostgresProjectStore(const pg::Target& target);
    ~PostgresProjectStore() override;

private:
    std::unique_ptr<pg::Connection> m_connection;
};

} // namespace shirube::core
