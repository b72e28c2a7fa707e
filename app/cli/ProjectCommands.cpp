// SPDX-License-Identifier: Apache-2.0
// `shirube-cli project import|export|list|show` and `shirube-cli plan PROJECT.shirube` (issue 5).
// Self-contained on purpose: it meets the rest of the CLI only through Commands.h.

#include "app/cli/Commands.h"
#include "app/cli/TeamCommands.h"
#include "core/common/BoundedRead.h"
#include "core/common/Text.h"
#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/profile/Profile.h"
#include "core/rules/RulesetLoader.h"
#include "core/storage/PlanDiff.h"
#include "core/storage/ProductOverrides.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectLock.h"
#include "core/storage/ProjectStore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <optional>
#include <tuple>

namespace shirube::cli {

namespace {

const QString kProjectUsage =
    QStringLiteral("usage: shirube-cli project import PROJECT.shirube PROFILES.jsonl [--title TEXT]\n"
                   "       shirube-cli project export PROJECT.shirube\n"
                   "       shirube-cli project list PROJECT.shirube\n"
                   "       shirube-cli project show PROJECT.shirube PRODUCT [--format text|json]\n"
                   "       shirube-cli project push PROJECT.shirube URL\n"
                   "       shirube-cli project pull URL PROJECT.shirube\n"
                   "       shirube-cli project history URL [PRODUCT]\n"
                   "       shirube-cli project restore URL ENTRY\n"
                   "PROJECT.shirube may be a team project's URL, postgresql://[USER@]HOST[:PORT]/DATABASE\n");
const QString kPlanProjectUsage =
    QStringLiteral("usage: shirube-cli plan PROJECT.shirube [--format json|markdown|csv] [--routes K] "
                   "[--ruleset FILE] [--as-of YYYY-MM] [--lang ja|en] [--samples N]\n");

struct Options
{
    QStringList positional;
    QHash<QString, QString> values;
    bool has(const QString& name) const { return values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const
    {
        return values.value(name, fallback);
    }
};

int usage(QTextStream& err, const QString& command, const QString& message, const QString& text)
{
    err << "shirube-cli " << command << ": " << message << '\n' << text;
    err.flush();
    return ExitUsage;
}

// `--name value`, `--name=value`; `allowed` maps each option to its allowed values (empty: any).
std::optional<Options> parse(const QStringList& args, const QHash<QString, QStringList>& allowed,
                             const QString& command, const QString& text, QTextStream& err)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.values.insert(QStringLiteral("--help"), QString());
            continue;
        }
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            if (a != QLatin1String("--"))
                o.positional.append(a);
            else
                o.positional.append(args.mid(i + 1));
            if (a == QLatin1String("--"))
                break;
            continue;
        }
        QString name = a;
        QString value;
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq > 0) {
            name = a.left(eq);
            value = a.mid(eq + 1);
        }
        if (!allowed.contains(name)) {
            usage(err, command, QStringLiteral("unknown option '") + name + QLatin1Char('\''), text);
            return std::nullopt;
        }
        if (eq <= 0) {
            if (i + 1 >= args.size()) {
                usage(err, command, name + QStringLiteral(" needs a value"), text);
                return std::nullopt;
            }
            value = args[++i];
        }
        const QStringList& values = allowed.value(name);
        if (!values.isEmpty() && !values.contains(value)) {
            usage(err, command,
                  name + QStringLiteral(" '") + value + QStringLiteral("' is not allowed; expected ") +
                      values.join(QLatin1Char('|')),
                  text);
            return std::nullopt;
        }
        o.values.insert(name, value);
    }
    return o;
}

void writeBytes(QTextStream& out, const QByteArray& utf8)
{
    out.flush();
    if (QIODevice* device = out.device())
        device->write(utf8);
    else
        out << QString::fromUtf8(utf8);
}

// Prints why a project file was not opened; returns the exit code (5 refused, 1 I/O).
int reportOpenError(const core::OpenResult& r, QTextStream& err)
{
    err << "shirube-cli: " << core::terminalSafe(r.error().toString()) << '\n';
    err.flush();
    return r.error().code == core::ErrorCode::ProjectRefused ? ExitProjectRefused : ExitOther;
}

std::optional<core::OpenedProject> openProject(const QString& file, QTextStream& err, int& exitCode)
{
    core::OpenOptions options;
    options.upgradeFile = false; // reading never changes the file
    core::OpenResult r = core::ProjectFile::open(file, options);
    if (!r.ok()) {
        exitCode = reportOpenError(r, err);
        return std::nullopt;
    }
    return std::move(r).value();
}

QString planSummary(const core::Product& p)
{
    if (!p.isPlanned())
        return QStringLiteral("not planned");
    const QJsonObject plan = p.planSnapshot.object();
    QStringList parts;
    if (plan.value(QStringLiteral("regulated")) == QJsonValue(false))
        parts << QStringLiteral("not a medical device");
    else if (plan.value(QStringLiteral("class")).isDouble())
        parts << QStringLiteral("class ") + QString::number(plan.value(QStringLiteral("class")).toInt());
    else
        parts << QStringLiteral("class undetermined");
    const QString procedure = plan.value(QStringLiteral("procedure")).toString();
    if (!procedure.isEmpty())
        parts << procedure;
    parts << p.rulesetId + QLatin1Char(' ') + p.rulesetVersion;
    return parts.join(QStringLiteral(", "));
}

// ---- project import ----

// How long a writer waits for another one: ProjectLock::kDefaultWait (10 s), or SHIRUBE_LOCK_WAIT_MS
// (for scripts and tests).
std::chrono::milliseconds lockWait()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("SHIRUBE_LOCK_WAIT_MS", &ok);
    return ok && ms >= 0 ? std::chrono::milliseconds(ms) : core::ProjectLock::kDefaultWait;
}

int runImport(const Options& o, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("project import");
    if (o.positional.size() != 3)
        return usage(err, command,
                     QStringLiteral("expected PROJECT.shirube and PROFILES.jsonl ('-' reads stdin)"),
                     kProjectUsage);
    const QString file = o.positional[1];
    const QString input = o.positional[2];

    // The profiles first (streamed, one line at most 1 MiB), so the project is locked only while it is
    // being changed.
    struct Parsed
    {
        int line;
        core::Result<core::Profile> profile;
    };
    std::vector<Parsed> profiles;
    const std::optional<core::Error> readError = core::forEachLine(
        input, core::kMaxProfileLineBytes, core::kMaxBatchFileBytes, QStringLiteral("a JSON Lines import"),
        [&](core::InputLine&& line) {
            if (line.tooLong) {
                profiles.push_back(
                    {line.number, core::Error{core::ErrorCode::InvalidProfile,
                                              QStringLiteral("the line has ") + QString::number(line.length) +
                                                  QStringLiteral(" bytes, more than the ") +
                                                  core::capText(core::kMaxProfileLineBytes) +
                                                  QStringLiteral(" limit for one profile"),
                                              QString(), line.number}});
                return;
            }
            const QByteArray text = line.text.trimmed();
            if (!text.isEmpty())
                profiles.push_back({line.number, core::Profile::parse(text)});
        });
    if (readError) {
        err << "shirube-cli: cannot read " << core::terminalSafe(input) << ": " << readError->message << '\n';
        err.flush();
        return ExitOther;
    }

    if (core::isTeamProjectUrl(file)) {
        std::vector<core::Profile> good;
        int invalid = 0;
        for (Parsed& line : profiles) {
            if (!line.profile.ok()) {
                ++invalid;
                const core::Error& e = line.profile.error();
                err << core::terminalSafe(input) << ':' << line.line << ": "
                    << (e.path.isEmpty() ? QString()
                                         : core::terminalSafe(core::elided(e.path)) + QStringLiteral(": "))
                    << e.message << '\n';
                continue;
            }
            good.push_back(std::move(line.profile).value());
        }
        const qsizetype valid = qsizetype(good.size());
        const std::optional<QString> title = o.has(QStringLiteral("--title"))
                                                 ? std::optional<QString>(o.value(QStringLiteral("--title")))
                                                 : std::nullopt;
        const int code = runTeamImport(file, std::move(good), title, out, err);
        if (code != ExitOk)
            return code;
        if (invalid > 0) {
            err << "shirube-cli project import: " << invalid << " of " << (invalid + valid) << " profiles in "
                << input << " were invalid (see the lines above); the others were added\n";
            err.flush();
            return ExitInvalidProfile;
        }
        return ExitOk;
    }

    // Writers take the project's lock (waiting up to 10 s for another writer to finish), so two imports
    // into one file both land; a save still checks the file did not change since it was opened.
    core::ProjectLock lock(file);
    if (std::optional<core::Error> e = lock.lock(lockWait())) {
        err << "shirube-cli: " << core::terminalSafe(e->toString()) << '\n';
        err.flush();
        return ExitOther;
    }

    core::Project project;
    core::FileStamp stamp;
    const bool exists = QFileInfo::exists(file); // through symlinks: a dangling chain gets its target created
    if (exists) {
        int exitCode = ExitOk;
        std::optional<core::OpenedProject> opened = openProject(file, err, exitCode);
        if (!opened)
            return exitCode;
        project = std::move(opened->project);
        stamp = opened->stamp;
    } else {
        project.meta.title = QFileInfo(file).completeBaseName();
    }
    const core::Project base = project;
    if (o.has(QStringLiteral("--title")))
        project.meta.title = o.value(QStringLiteral("--title"));

    int bad = 0;
    QList<qint64> added;
    for (Parsed& line : profiles) {
        if (!line.profile.ok()) {
            ++bad;
            const core::Error& e = line.profile.error();
            err << core::terminalSafe(input) << ':' << line.line << ": "
                << (e.path.isEmpty() ? QString()
                                     : core::terminalSafe(core::elided(e.path)) + QStringLiteral(": "))
                << e.message << '\n';
            continue;
        }
        core::Product p;
        p.profile = std::move(line.profile).value();
        p.name = p.profile.name();
        added.append(project.addProduct(std::move(p)));
    }

    if (!added.isEmpty() || (!exists && bad == 0) || o.has(QStringLiteral("--title"))) {
        core::Result<core::SaveOutcome> saved = core::ProjectFile::saveChecked(project, file, base, stamp);
        if (!saved.ok()) {
            const core::Error& e = saved.error();
            err << "shirube-cli: " << core::terminalSafe(e.toString()) << '\n';
            return e.code == core::ErrorCode::ProjectRefused ? ExitProjectRefused : ExitOther;
        }
        if (saved.value().merged) {
            err << "shirube-cli: " << core::terminalSafe(file)
                << " was changed by another program while importing; the changes were merged ("
                << saved.value().mergeNotes.size() << " from the other side)\n";
            err.flush();
        }
        project = std::move(saved.value().project);
    }
    out << file << ": added " << added.size() << (added.size() == 1 ? " product" : " products");
    if (!added.isEmpty()) {
        out << " (id " << added.first();
        if (added.size() > 1)
            out << "–" << added.last();
        out << ')';
    }
    out << "; " << project.products.size() << " in the project\n";
    out.flush();
    if (bad > 0) {
        err << "shirube-cli project import: " << bad << " of " << (bad + added.size()) << " profiles in "
            << input << " were invalid (see the lines above); the others were added\n";
        err.flush();
        return ExitInvalidProfile;
    }
    return ExitOk;
}

// ---- project export / list / show ----

int runExport(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.positional.size() != 2)
        return usage(err, QStringLiteral("project export"), QStringLiteral("expected PROJECT.shirube"),
                     kProjectUsage);
    int exitCode = ExitOk;
    const std::optional<core::Project> project = readProjectAt(o.positional[1], err, exitCode);
    if (!project)
        return exitCode;
    QByteArray bytes;
    for (const core::Product& p : project->products) {
        bytes += p.profile.toJsonBytes(true);
        bytes += '\n';
    }
    writeBytes(out, bytes);
    return ExitOk;
}

int runList(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.positional.size() != 2)
        return usage(err, QStringLiteral("project list"), QStringLiteral("expected PROJECT.shirube"),
                     kProjectUsage);
    int exitCode = ExitOk;
    const std::optional<core::Project> project = readProjectAt(o.positional[1], err, exitCode);
    if (!project)
        return exitCode;
    for (const core::Product& p : project->products)
        out << p.id << '\t' << core::terminalSafe(p.name) << '\t' << core::terminalSafe(planSummary(p))
            << '\n';
    out.flush();
    return ExitOk;
}

QString months(const core::ThreePoint& t)
{
    return QString::number(t.min) + QStringLiteral(" / ") + QString::number(t.likely) +
           QStringLiteral(" / ") + QString::number(t.max) + QStringLiteral(" months (min / likely / max)");
}

QString indented(const QString& text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString& l : lines)
        l = pad + core::terminalSafe(l); // one line each: a name or note cannot forge lines or escapes
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int runShow(const Options& o, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("project show");
    if (o.positional.size() != 3)
        return usage(err, command, QStringLiteral("expected PROJECT.shirube and PRODUCT (its id or name)"),
                     kProjectUsage);
    const QString file = o.positional[1];
    int exitCode = ExitOk;
    const std::optional<core::Project> read = readProjectAt(file, err, exitCode);
    if (!read)
        return exitCode;
    const core::Project& project = *read;
    const core::Product* p = project.findProduct(o.positional[2]);
    if (!p) {
        QStringList known;
        for (const core::Product& x : project.products)
            known << QString::number(x.id) + QStringLiteral(" \"") + core::terminalSafe(x.name) +
                         QLatin1Char('"');
        return usage(err, command,
                     QStringLiteral("no single product '") + o.positional[2] + QStringLiteral("' in ") +
                         file + QStringLiteral("; products: ") +
                         (known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))),
                     kProjectUsage);
    }
    if (o.value(QStringLiteral("--format"), QStringLiteral("text")) == QLatin1String("json")) {
        writeBytes(out, QJsonDocument(p->toJson()).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    out << "Product " << p->id << ": " << core::terminalSafe(p->name) << '\n';
    out << "Project: "
        << (project.meta.title.isEmpty() ? QStringLiteral("(untitled)")
                                         : core::terminalSafe(project.meta.title));
    if (!project.meta.clients.isEmpty())
        out << " — clients: " << core::terminalSafe(project.meta.clients.join(QStringLiteral(", ")));
    out << '\n';
    out << "Plan: " << core::terminalSafe(planSummary(*p)) << '\n';
    out << "Selected route: "
        << (p->selectedRoute.isEmpty() ? QStringLiteral("none") : core::terminalSafe(p->selectedRoute))
        << '\n';
    out << "Profile:\n" << indented(QString::fromUtf8(p->profile.toJsonBytes(false)), 2);
    out << "Overrides:";
    if (p->overrides.empty())
        out << " none";
    out << '\n';
    for (const core::Override& x : p->overrides) {
        out << "  - " << core::terminalSafe(x.activity);
        if (!x.transition.isEmpty())
            out << " (transition " << core::terminalSafe(x.transition) << ')';
        out << ':';
        if (x.months)
            out << ' ' << months(*x.months);
        if (x.months && x.costJpy)
            out << ',';
        if (x.costJpy)
            out << " cost " << QLocale::c().toString(*x.costJpy) << " JPY";
        if (!x.note.isEmpty())
            out << " — " << core::terminalSafe(x.note);
        out << '\n';
    }
    out << "Milestones:";
    if (p->milestones.empty())
        out << " none";
    out << '\n';
    for (const core::Milestone& m : p->milestones) {
        out << "  - " << (m.date.isValid() ? m.date.toString(Qt::ISODate) : QStringLiteral("(date unknown)"));
        if (!m.activity.isEmpty())
            out << ' ' << core::terminalSafe(m.activity);
        if (!m.state.isEmpty())
            out << " [state " << core::terminalSafe(m.state) << ']';
        if (!m.note.isEmpty())
            out << " — " << core::terminalSafe(m.note);
        out << '\n';
    }
    out << "Notes:"
        << (p->notes.isEmpty() ? QStringLiteral(" none\n") : QStringLiteral("\n") + indented(p->notes, 2));
    out.flush();
    return ExitOk;
}

std::optional<std::pair<int, int>> yearMonth(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (year < 1900)
        return std::nullopt;
    return std::make_pair(year, m.captured(2).toInt());
}

} // namespace

int runProject(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QHash<QString, QStringList> allowed = {
        {QStringLiteral("--title"), {}},
        {QStringLiteral("--format"), {QStringLiteral("text"), QStringLiteral("json")}},
    };
    const std::optional<Options> o = parse(args, allowed, QStringLiteral("project"), kProjectUsage, err);
    if (!o)
        return ExitUsage;
    if (o->has(QStringLiteral("--help"))) {
        out << kProjectUsage
            << "\nA project file (.shirube) keeps many products: each with its profile, chosen route, "
               "overrides,\n"
               "milestones, notes and last plan.\n\n"
               "  import   adds one product per JSON Lines profile; creates the file if missing. Bad lines\n"
               "           are reported with their line numbers and skipped; exit 3 at the end if any.\n"
               "  export   every product's profile, JSON Lines on stdout (the input format of import).\n"
               "  list     one product a line: id, name, and class/procedure of its last plan "
               "(tab-separated).\n"
               "  show     one product by id or name: profile, selected route, overrides, milestones, "
               "notes.\n\n"
               "Reading never changes the file. A file that is corrupt, truncated, not a Shirube project or\n"
               "from a newer Shirube is refused (exit 5), with the reason, and left untouched.\n\n"
               "import locks the project (.NAME.lock beside it) while it changes it; when another writer\n"
               "holds the lock it waits up to 10 s (SHIRUBE_LOCK_WAIT_MS overrides), then exits 1 naming\n"
               "that writer. A file changed by a program that took no lock is merged product by product,\n"
               "or the import is refused (exit 5); it is never overwritten.\n";
        out.flush();
        return ExitOk;
    }
    const QString sub = o->positional.value(0);
    if (sub == QLatin1String("import"))
        return runImport(*o, out, err);
    if (o->has(QStringLiteral("--title")))
        return usage(err, QStringLiteral("project ") + sub, QStringLiteral("--title is an option of import"),
                     kProjectUsage);
    if (sub == QLatin1String("export"))
        return runExport(*o, out, err);
    if (sub == QLatin1String("list"))
        return runList(*o, out, err);
    if (sub == QLatin1String("show"))
        return runShow(*o, out, err);
    const auto teamArgs = [&](int n, const QString& what) {
        if (o->positional.size() == n + 1 || (sub == QLatin1String("history") && o->positional.size() == 2))
            return true;
        usage(err, QStringLiteral("project ") + sub, QStringLiteral("expected ") + what, kProjectUsage);
        return false;
    };
    if (sub == QLatin1String("push"))
        return teamArgs(2, QStringLiteral("PROJECT.shirube and URL"))
                   ? runTeamPush(o->positional[1], o->positional[2], out, err)
                   : int(ExitUsage);
    if (sub == QLatin1String("pull"))
        return teamArgs(2, QStringLiteral("URL and PROJECT.shirube"))
                   ? runTeamPull(o->positional[1], o->positional[2], out, err)
                   : int(ExitUsage);
    if (sub == QLatin1String("history"))
        return teamArgs(2, QStringLiteral("URL and optionally PRODUCT"))
                   ? runTeamHistory(o->positional[1], o->positional.value(2), out, err)
                   : int(ExitUsage);
    if (sub == QLatin1String("restore"))
        return teamArgs(2, QStringLiteral("URL and ENTRY (see project history)"))
                   ? runTeamRestore(o->positional[1], o->positional[2], out, err)
                   : int(ExitUsage);
    return usage(
        err, QStringLiteral("project"),
        sub.isEmpty()
            ? QStringLiteral(
                  "missing subcommand; expected import, export, list, show, push, pull, history or restore")
            : QStringLiteral("unknown subcommand '") + sub +
                  QStringLiteral("'; expected import, export, list, show, push, pull, history or restore"),
        kProjectUsage);
}

int runPlanProject(const QString& projectFile, const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("plan");
    const QHash<QString, QStringList> allowed = {
        {QStringLiteral("--format"),
         {QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("csv")}},
        {QStringLiteral("--routes"), {}},
        {QStringLiteral("--ruleset"), {}},
        {QStringLiteral("--as-of"), {}},
        {QStringLiteral("--lang"), {QStringLiteral("ja"), QStringLiteral("en")}},
        {QStringLiteral("--samples"), {}},
    };
    const std::optional<Options> o = parse(args, allowed, command, kPlanProjectUsage, err);
    if (!o)
        return ExitUsage;
    if (!o->positional.isEmpty())
        return usage(err, command, QStringLiteral("unexpected '") + o->positional.first() + QLatin1Char('\''),
                     kPlanProjectUsage);

    core::PlanOptions options;
    if (o->has(QStringLiteral("--as-of"))) {
        const auto ym = yearMonth(o->value(QStringLiteral("--as-of")));
        if (!ym)
            return usage(err, command,
                         QStringLiteral("--as-of '") + o->value(QStringLiteral("--as-of")) +
                             QStringLiteral("' is not a month; expected YYYY-MM, e.g. 2025-04"),
                         kPlanProjectUsage);
        options.asOfYear = ym->first;
        options.asOfMonth = ym->second;
    }
    if (o->has(QStringLiteral("--lang")))
        options.lang =
            o->value(QStringLiteral("--lang")) == QLatin1String("ja") ? core::Lang::Ja : core::Lang::En;
    for (const auto& [name, max, target] :
         {std::tuple<QString, int, int*>{QStringLiteral("--routes"), 100, &options.maxRoutes},
          std::tuple<QString, int, int*>{QStringLiteral("--samples"), 1000000, &options.samples}}) {
        if (!o->has(name))
            continue;
        bool ok = false;
        const int n = o->value(name).toInt(&ok);
        if (!ok || n < 1 || n > max)
            return usage(err, command,
                         name + QStringLiteral(" '") + o->value(name) +
                             QStringLiteral("' is not allowed; expected a whole number from 1 to ") +
                             QString::number(max),
                         kPlanProjectUsage);
        *target = n;
    }

    int exitCode = ExitOk;
    const std::optional<core::Project> project = readProjectAt(projectFile, err, exitCode);
    if (!project)
        return exitCode;

    const QString rulesetFile = o->value(QStringLiteral("--ruleset"));
    core::Result<core::RulesetPtr> ruleset = rulesetFile.isEmpty()
                                                 ? core::RulesetLoader::loadBuiltin()
                                                 : core::RulesetLoader::loadFile(rulesetFile);
    if (!ruleset.ok()) {
        const QString where = rulesetFile.isEmpty() ? core::RulesetLoader::builtinPath() : rulesetFile;
        for (const QString& line : ruleset.error().message.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            err << where << ": " << line << '\n';
        err.flush();
        return ruleset.error().code == core::ErrorCode::InvalidRuleset ? ExitInvalidRuleset : ExitOther;
    }
    const core::Planner planner(ruleset.value());
    const QString rulesetId = planner.ruleset().id;
    const QString rulesetVersion = planner.ruleset().version;

    const QString format = o->value(QStringLiteral("--format"), QStringLiteral("json"));
    QByteArray buffer;
    if (format == QLatin1String("csv"))
        buffer += core::planCsvHeader().toUtf8();
    bool first = true;
    for (const core::Product& product : project->products) {
        core::PlanOptions productOptions = options;
        productOptions.overrides = core::stepOverrides(product.overrides); // the user's own estimates
        const core::Plan plan = planner.plan(product.profile, productOptions);
        QJsonObject json = core::planToJson(plan);
        if (product.plannedWithOtherRuleset(rulesetId, rulesetVersion)) {
            const core::PlanDiff diff = core::diffPlans(product.planSnapshot.object(), json);
            err << projectFile << ": product " << product.id << " (\"" << core::terminalSafe(product.name)
                << "\") was planned with " << product.rulesetId << ' ' << product.rulesetVersion << "; with "
                << rulesetId << ' ' << rulesetVersion
                << (diff.changesOutcome() ? ":" : ": no change to its class, routes or funding") << '\n';
            for (const core::PlanChange& c : diff.changes) {
                if (c.kind != core::PlanChange::Kind::Ruleset)
                    err << "  " << c.toString() << '\n';
            }
        }
        if (format == QLatin1String("csv")) {
            buffer += core::planToCsv(plan, false).toUtf8();
        } else if (format == QLatin1String("markdown")) {
            if (!first)
                buffer += "\n---\n\n";
            buffer += core::planToMarkdown(plan, &planner.ruleset()).toUtf8();
        } else {
            json.insert(QStringLiteral("product_id"), double(product.id));
            json.insert(QStringLiteral("product_name"), product.name);
            buffer += QJsonDocument(json).toJson(QJsonDocument::Compact);
            buffer += '\n';
        }
        first = false;
    }
    err.flush();
    writeBytes(out, buffer);
    return ExitOk;
}

} // namespace shirube::cli
