// SPDX-License-Identifier: Apache-2.0
#include "app/cli/TeamCommands.h"

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/common/Text.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectStore.h"
#include "core/storage/postgres/PgAdmin.h"
#include "core/storage/postgres/PostgresProjectStore.h"

#include <QFileInfo>

namespace shirube::cli {

namespace {

int report(const core::Error& e, QTextStream& err)
{
    err << "shirube-cli: " << core::terminalSafe(e.toString()) << '\n';
    err.flush();
    return exitCodeFor(e.code);
}

std::unique_ptr<core::PostgresProjectStore> connectTo(const QString& url, QTextStream& err, int& exitCode)
{
    core::Result<std::unique_ptr<core::PostgresProjectStore>> store =
        core::PostgresProjectStore::connect(url);
    if (!store.ok()) {
        exitCode = report(store.error(), err);
        return nullptr;
    }
    return std::move(store).value();
}

// Prints the conflicts of a save; true when there were any.
bool reportConflicts(const core::StoreSaveResult& r, QTextStream& err)
{
    for (const core::SaveConflict& c : r.conflicts) {
        err << "shirube-cli: product " << c.productId << " was not saved: "
            << (c.theirs ? QStringLiteral("\"") + core::terminalSafe(c.theirs->name) +
                               QStringLiteral("\" was changed by ")
                         : QStringLiteral("it was removed by "))
            << core::terminalSafe(c.changedBy) << " at " << c.changedAt.toString(Qt::ISODate)
            << " since it was read; nothing was overwritten\n";
    }
    if (r.metaConflict)
        err << "shirube-cli: the project's details were changed by someone else meanwhile; yours were not "
               "saved\n";
    err.flush();
    return !r.complete();
}

} // namespace

std::optional<core::Project> readProjectAt(const QString& location, QTextStream& err, int& exitCode)
{
    core::Result<std::unique_ptr<core::ProjectStore>> store = core::openProjectStore(location);
    if (!store.ok()) {
        exitCode = report(store.error(), err);
        return std::nullopt;
    }
    core::Result<core::StoredProject> read = store.value()->read();
    if (!read.ok()) {
        exitCode = report(read.error(), err);
        return std::nullopt;
    }
    return std::move(read.value().project);
}

int runTeamImport(const QString& url, std::vector<core::Profile> profiles,
                  const std::optional<QString>& title, QTextStream& out, QTextStream& err)
{
    int exitCode = ExitOk;
    auto store = connectTo(url, err, exitCode);
    if (!store)
        return exitCode;
    core::Result<core::StoredProject> read = store->read();
    if (!read.ok())
        return report(read.error(), err);
    std::optional<core::ProjectMeta> meta;
    if (title) {
        meta = read.value().project.meta;
        meta->title = *title;
    }
    std::vector<core::ProductChange> changes;
    for (core::Profile& profile : profiles) {
        core::ProductChange c;
        c.product.name = profile.name();
        c.product.profile = std::move(profile);
        changes.push_back(std::move(c));
    }
    core::Result<core::StoreSaveResult> saved = store->save(meta, read.value().metaVersion, changes);
    if (!saved.ok())
        return report(saved.error(), err);
    if (reportConflicts(saved.value(), err))
        return ExitProjectRefused;
    const std::vector<qint64>& ids = saved.value().saved;
    out << store->location() << ": added " << ids.size() << (ids.size() == 1 ? " product" : " products");
    if (!ids.empty()) {
        out << " (id " << ids.front();
        if (ids.size() > 1)
            out << "–" << ids.back();
        out << ')';
    }
    out << "; " << read.value().project.products.size() + ids.size() << " in the project\n";
    out.flush();
    return ExitOk;
}

int runTeamPush(const QString& file, const QString& url, QTextStream& out, QTextStream& err)
{
    int exitCode = ExitOk;
    if (core::isTeamProjectUrl(file) || !core::isTeamProjectUrl(url))
        return usageError(err, QStringLiteral("project push"),
                          QStringLiteral("expected a project file, then a postgresql:// URL"),
                          QStringLiteral("usage: shirube-cli project push FILE.shirube URL\n"));
    const std::optional<core::Project> project = readProjectAt(file, err, exitCode);
    if (!project)
        return exitCode;
    auto store = connectTo(url, err, exitCode);
    if (!store)
        return exitCode;
    core::Result<core::StoredProject> read = store->read();
    if (!read.ok())
        return report(read.error(), err);
    if (!read.value().project.products.empty()) {
        err << "shirube-cli: " << store->location() << " already holds "
            << read.value().project.products.size()
            << " products; push fills an empty team project (use `project import` to add profiles to this "
               "one)\n";
        err.flush();
        return ExitProjectRefused;
    }
    std::vector<core::ProductChange> changes;
    for (size_t i = 0; i < project->products.size(); ++i) {
        core::ProductChange c;
        c.product = project->products[i];
        c.position = int(i);
        changes.push_back(std::move(c));
    }
    core::Result<core::StoreSaveResult> saved = store->save(project->meta, read.value().metaVersion, changes);
    if (!saved.ok())
        return report(saved.error(), err);
    if (reportConflicts(saved.value(), err) || !saved.value().renumbered.isEmpty()) {
        err << "shirube-cli: someone else saved into " << store->location()
            << " during the push; check it with `project list`\n";
        return ExitProjectRefused;
    }
    out << core::terminalSafe(file) << " -> " << store->location() << ": " << saved.value().saved.size()
        << (saved.value().saved.size() == 1 ? " product\n" : " products\n");
    out.flush();
    return ExitOk;
}

int runTeamPull(const QString& url, const QString& file, QTextStream& out, QTextStream& err)
{
    int exitCode = ExitOk;
    if (!core::isTeamProjectUrl(url) || core::isTeamProjectUrl(file))
        return usageError(err, QStringLiteral("project pull"),
                          QStringLiteral("expected a postgresql:// URL, then a project file"),
                          QStringLiteral("usage: shirube-cli project pull URL FILE.shirube\n"));
    if (QFileInfo::exists(file) || QFileInfo(file).isSymLink()) {
        err << "shirube-cli: " << core::terminalSafe(file)
            << " exists; pull writes a new file and never overwrites one (choose another name)\n";
        err.flush();
        return ExitOther;
    }
    const std::optional<core::Project> project = readProjectAt(url, err, exitCode);
    if (!project)
        return exitCode;
    if (std::optional<core::Error> e = core::ProjectFile::save(*project, file))
        return report(*e, err);
    out << url << " -> " << core::terminalSafe(file) << ": " << project->products.size()
        << (project->products.size() == 1 ? " product\n" : " products\n");
    out.flush();
    return ExitOk;
}

int runTeamHistory(const QString& url, const QString& product, QTextStream& out, QTextStream& err)
{
    int exitCode = ExitOk;
    auto store = connectTo(url, err, exitCode);
    if (!store)
        return exitCode;
    qint64 id = 0;
    if (!product.isEmpty()) {
        core::Result<core::StoredProject> read = store->read();
        if (!read.ok())
            return report(read.error(), err);
        const core::Product* p = read.value().project.findProduct(product);
        bool numeric = false;
        id = p ? p->id : product.toLongLong(&numeric); // a removed product still has its history
        if (!p && !numeric)
            return usageError(err, QStringLiteral("project history"),
                              QStringLiteral("no single product '") + product + QStringLiteral("' in ") + url,
                              QStringLiteral("usage: shirube-cli project history URL [PRODUCT]\n"));
    }
    core::Result<std::vector<core::HistoryEntry>> history = store->history(id);
    if (!history.ok())
        return report(history.error(), err);
    out << "entry\twhen (UTC)\twho\tproduct\tversion\twhat\n";
    for (const core::HistoryEntry& h : history.value())
        out << h.id << '\t' << h.changedAt.toString(Qt::ISODate) << '\t' << core::terminalSafe(h.changedBy)
            << '\t' << h.productId << " \"" << core::terminalSafe(h.productName) << "\"\t" << h.version
            << '\t' << h.action
            << (h.previous ? QStringLiteral(" (the previous version is kept: `project restore URL ") +
                                 QString::number(h.id) + QStringLiteral("`)")
                           : QString())
            << '\n';
    out.flush();
    return ExitOk;
}

int runTeamRestore(const QString& url, const QString& entry, QTextStream& out, QTextStream& err)
{
    bool ok = false;
    const qint64 id = entry.toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(
            err, QStringLiteral("project restore"),
            QStringLiteral("expected a history entry number (see `project history URL`), not '") + entry +
                QLatin1Char('\''),
            QStringLiteral("usage: shirube-cli project restore URL ENTRY\n"));
    int exitCode = ExitOk;
    auto store = connectTo(url, err, exitCode);
    if (!store)
        return exitCode;
    core::Result<core::StoreSaveResult> r = store->restore(id);
    if (!r.ok())
        return report(r.error(), err);
    if (reportConflicts(r.value(), err))
        return ExitProjectRefused;
    for (qint64 pid : r.value().saved)
        out << store->location() << ": product " << pid << " restored to the version before entry " << id
            << " (now version " << r.value().versions.value(pid) << ")\n";
    out.flush();
    return ExitOk;
}

int runAdmin(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString usage = QStringLiteral(
        "usage: shirube-cli admin init URL [--reader-role NAME] [--editor-role NAME]\n\n"
        "Prepares the PostgreSQL database at URL as a team project: creates or upgrades its tables, and\n"
        "the roles NAME (default shirube_reader: may read) and NAME (default shirube_editor: may read and\n"
        "save; the history is append-only). Run it as the database's owner with CREATEROLE, or a superuser.\n"
        "Then make users members, e.g. in psql: GRANT shirube_editor TO alice;\n");
    core::pg::RoleNames roles;
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << usage;
            out.flush();
            return ExitOk;
        }
        if (a == QLatin1String("--reader-role") || a == QLatin1String("--editor-role")) {
            if (i + 1 >= args.size())
                return usageError(err, QStringLiteral("admin"), a + QStringLiteral(" needs a value"), usage);
            (a == QLatin1String("--reader-role") ? roles.reader : roles.editor) = args[++i];
            continue;
        }
        if (a.startsWith(QLatin1String("--")))
            return usageError(err, QStringLiteral("admin"),
                              QStringLiteral("unknown option '") + a + QLatin1Char('\''), usage);
        positional << a;
    }
    if (positional.value(0) != QLatin1String("init") || positional.size() != 2 ||
        !core::isTeamProjectUrl(positional[1]))
        return usageError(err, QStringLiteral("admin"),
                          QStringLiteral("expected init and a postgresql:// URL"), usage);
    QStringList done;
    if (std::optional<core::Error> e = core::pg::initTeamProject(positional[1], roles, &done))
        return report(*e, err);
    for (const QString& line : done)
        out << line << '\n';
    out.flush();
    return ExitOk;
}

} // namespace shirube::cli
