// SPDX-License-Identifier: Apache-2.0
#include "core/storage/TeamSession.h"

#include "core/storage/postgres/PgConnection.h"
#include "core/storage/postgres/PostgresProjectStore.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <atomic>

namespace shirube::core {

TeamSession::TeamSession(std::unique_ptr<PostgresProjectStore> store)
    : m_store(std::move(store))
{}

TeamSession::~TeamSession() = default;

Result<std::unique_ptr<TeamSession>> TeamSession::open(const QString& url)
{
    Result<std::unique_ptr<PostgresProjectStore>> store = PostgresProjectStore::connect(url);
    if (!store.ok())
        return store.error();
    std::unique_ptr<TeamSession> session(new TeamSession(std::move(store).value()));
    Result<Project> read = session->reload();
    if (!read.ok())
        return read.error();
    return session;
}

Result<std::unique_ptr<TeamSession>> TeamSession::resume(const QString& url, const Project& edited,
                                                         std::optional<StoredProject> base)
{
    Result<std::unique_ptr<TeamSession>> opened = open(url);
    if (!opened.ok())
        return opened;
    std::unique_ptr<TeamSession> session = std::move(opened).value();
    const StoredProject& server = session->m_base;
    if (!base) {
        // Which products were edited is not known: a product that differs from the server's is asked
        // about at save; one that is the same, or new here, is saved as usual.
        StoredProject contested;
        contested.project.meta = server.project.meta;
        contested.metaVersion = edited.meta == server.project.meta ? server.metaVersion : kUnknownVersion;
        for (const Product& mine : edited.products) {
            const Product* theirs = server.project.product(mine.id);
            if (!theirs)
                continue;
            contested.project.products.push_back(*theirs);
            contested.versions.insert(mine.id,
                                      *theirs == mine ? server.versions.value(mine.id) : kUnknownVersion);
        }
        base = std::move(contested);
    }
    base->readOnly = server.readOnly;
    session->setBase(std::move(*base));
    return session;
}

QString TeamSession::location() const
{
    return m_store->location();
}

Result<Project> TeamSession::reload()
{
    Result<StoredProject> read = m_store->read();
    if (!read.ok())
        return read.error();
    setBase(std::move(read).value());
    return m_base.project;
}

Result<Project> TeamSession::save(const Project& edited, const Resolver& resolve, QStringList* notes)
{
    std::optional<ProjectMeta> meta;
    if (!(edited.meta == m_base.project.meta))
        meta = edited.meta;
    std::vector<ProductChange> changes = changesBetween(m_base.project, edited, m_base.versions);
    for (int round = 0; round < 5 && (meta || !changes.empty()); ++round) {
        Result<StoreSaveResult> saved = m_store->save(meta, m_base.metaVersion, changes);
        if (!saved.ok())
            return saved.error();
        if (saved.value().metaConflict && notes)
            *notes << QStringLiteral("the project's details were changed by someone else; theirs were kept");
        meta.reset();
        changes.clear();
        for (const SaveConflict& conflict : saved.value().conflicts) {
            if (std::optional<ProductChange> next = resolve ? resolve(conflict) : std::nullopt)
                changes.push_back(std::move(*next));
        }
    }
    if (!changes.empty())
        return Error{ErrorCode::ProjectRefused,
                     QStringLiteral("not saved: others kept saving the same products; try again"), location(),
                     0};
    return reload();
}

void TeamSession::setBase(StoredProject base)
{
    m_base = std::move(base);
    // Unique across sessions too: a read made for a session closed meanwhile never matches.
    static std::atomic<quint64> generations{0};
    m_generation = ++generations;
}

Result<TeamRefresh> TeamSession::refresh(const Project& edited)
{
    Result<StoredProject> read = m_store->read();
    if (!read.ok())
        return read.error();
    return merge(std::move(read).value(), edited);
}

Result<TeamRefresh> TeamSession::refreshWith(StoredProject server, const Project& edited, quint64 generation)
{
    if (generation != m_generation)
        return Error{ErrorCode::Usage,
                     QStringLiteral("the team project was read again meanwhile; this read is out of date"),
                     location(), 0};
    return merge(std::move(server), edited);
}

TeamRefresh TeamSession::merge(StoredProject server, const Project& edited)
{
    const StoredProject& old = m_base;
    StoredProject base = server; // the new base: the server's, but the old one where a product is contested
    TeamRefresh out;
    out.project = edited;
    Project& merged = out.project;

    for (const Product& theirs : server.project.products) {
        const Product* before = old.project.product(theirs.id);
        const Product* mine = edited.product(theirs.id);
        if (!before) {
            if (mine) { // a new product here took the same id: it is renumbered at save
                base.project.products.erase(base.project.products.begin() + base.project.indexOf(theirs.id));
                base.versions.remove(theirs.id);
                continue;
            }
            merged.products.push_back(theirs);
            out.added << theirs.id;
            continue;
        }
        if (server.versions.value(theirs.id) == old.versions.value(theirs.id))
            continue; // not changed there
        if (mine && *mine == *before) {
            merged.products[size_t(merged.indexOf(theirs.id))] = theirs;
            out.updated << theirs.id;
        } else {
            // edited here (or removed here), changed there: the conflict comes at save
            base.project.products[size_t(base.project.indexOf(theirs.id))] = *before;
            base.versions.insert(theirs.id, old.versions.value(theirs.id));
            out.contested << theirs.id;
            out.contestedBy.insert(theirs.id, OthersSave{server.changedBy.value(theirs.id),
                                                         server.changedAt.value(theirs.id), false});
        }
    }
    for (const Product& before : old.project.products) {
        if (server.project.product(before.id))
            continue; // still there
        const Product* mine = edited.product(before.id);
        if (!mine)
            continue; // removed on both sides
        if (*mine == before) {
            merged.products.erase(merged.products.begin() + merged.indexOf(before.id));
            out.removed << before.id;
        } else { // edited here, removed there: keep the edit, the save asks
            base.project.products.push_back(before);
            base.versions.insert(before.id, old.versions.value(before.id));
            out.contested << before.id;
            out.contestedBy.insert(before.id, OthersSave{QString(), QDateTime(), true});
        }
    }
    if (server.metaVersion != old.metaVersion) {
        if (edited.meta == old.project.meta) {
            merged.meta = server.project.meta;
            out.metaUpdated = true;
        } else {
            base.project.meta = old.project.meta;
            base.metaVersion = old.metaVersion;
        }
    }
    setBase(std::move(base));
    return out;
}

Result<std::vector<HistoryEntry>> TeamSession::history(qint64 productId)
{
    return m_store->history(productId);
}

Result<StoreSaveResult> TeamSession::restore(qint64 historyId)
{
    return m_store->restore(historyId);
}

QString TeamSession::userName() const
{
    return m_store->userName();
}

std::optional<Error> TeamSession::checkConnection()
{
    if (std::optional<Error> e = m_store->connection().ensureOpen())
        return e;
    QSqlQuery q(m_store->connection().db());
    if (!q.exec(QStringLiteral("SELECT 1")))
        return m_store->connection().failure(QStringLiteral("reaching the server"), q.lastError());
    return std::nullopt;
}

QSqlDriver* TeamSession::driver()
{
    return m_store->connection().db().driver();
}

} // namespace shirube::core
