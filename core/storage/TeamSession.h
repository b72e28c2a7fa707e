#pragma once

// An open team project, for the GUI (issue 15): the project as last read from the server with its
// versions, and a save that sends only what changed since (changesBetween), lets the caller resolve
// each conflict (keep mine, take theirs, keep both), and reads the project again — with everyone
// else's saved changes — afterwards.

#include "core/common/Result.h"
#include "core/storage/ProjectStore.h"

#include <functional>
#include <memory>

namespace shirube::core {

class PostgresProjectStore;

class TeamSession
{
public:
    // How the user resolves a conflict: the change to save, or nullopt to take theirs.
    using Resolver = std::function<std::optional<ProductChange>(const SaveConflict&)>;

    static Result<std::unique_ptr<TeamSession>> open(const QString& url);
    ~TeamSession();

    QString location() const;
    const StoredProject& stored() const { return m_base; }
    bool readOnly() const { return m_base.readOnly; }

    // Saves `edited`; returns the project as it is on the server afterwards. Conflicts go to `resolve`
    // (at most a few rounds, as others may save meanwhile); a conflict about the project's details keeps
    // theirs and says so in `notes`.
    Result<Project> save(const Project& edited, const Resolver& resolve, QStringList* notes = nullptr);
    // Reads the project again (others' saved changes).
    Result<Project> reload();

private:
    explicit TeamSession(std::unique_ptr<PostgresProjectStore> store);
    std::unique_ptr<PostgresProjectStore> m_store;
    StoredProject m_base;
};

} // namespace shirube::core
