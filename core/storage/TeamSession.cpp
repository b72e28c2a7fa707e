#include "core/storage/TeamSession.h"

#include "core/storage/postgres/PostgresProjectStore.h"

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

QString TeamSession::location() const
{
    return m_store->location();
}

Result<Project> TeamSession::reload()
{
    Result<StoredProject> read = m_store->read();
    if (!read.ok())
        return read.error();
    m_base = std::move(read).value();
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

} // namespace shirube::core
