// SPDX-License-Identifier: Apache-2.0
// shirube-cli: the planning engine on the command line (app/cli/README.md). Links shirube_core only.

#include "app/cli/Commands.h"
#include "app/cli/TeamCommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage(QTextStream& s)
{
    s << "usage: shirube-cli COMMAND [ARGS]\n\n"
         "Plans how a medical device or SaMD reaches the Japanese market.\n\n"
         "Commands:\n"
         "  plan PROFILE.json [--format json|markdown|csv] [--routes K] [--ruleset FILE] [--as-of YYYY-MM]\n"
         "                    [--lang ja|en] [--samples N]\n"
         "  plan --batch PROFILES.jsonl [--format json|csv] [--ruleset FILE] [--as-of YYYY-MM]\n"
         "  plan PROJECT.shirube [--format json|markdown|csv] ...   plans every product of a project file\n"
         "  ruleset check [FILE]                validates the built-in or a given ruleset\n"
         "  ruleset show [--format json|dot]    the state graph: states, transitions, guards, sources\n"
         "  funding PROFILE.json                only the funding matches\n"
         "  project import PROJECT.shirube PROFILES.jsonl\n"
         "  project export PROJECT.shirube\n"
         "  project list PROJECT.shirube\n"
         "  project show PROJECT.shirube PRODUCT\n"
         "  project push PROJECT.shirube URL | pull URL PROJECT.shirube   a project file to/from a team "
         "project\n"
         "  project history URL [PRODUCT] | restore URL ENTRY   who changed what; restore an earlier "
         "version\n"
         "  admin init URL                      prepares a PostgreSQL database as a team project, with "
         "roles\n"
         "    (PROJECT.shirube may be a team project: postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=…])\n"
         "  jmdn search TEXT [--format json|text] [--limit N]   finds Japanese generic names (JMDN)\n"
         "  jmdn show CODE                      one generic name: class, certification standard, source\n"
         "  jmdn import FILE.csv                imports PMDA's list of generic names (CSV UTF-8)\n"
         "  backtest [DIR] [--format text|json] [--samples N] [--ruleset FILE]\n"
         "                                      replays real authorisations, compares P50/P80 months\n"
         "  report PROFILE|PROJECT --format pdf|ics|xlsx -o FILE [--lang ja|en] [--as-of YYYY-MM]\n"
         "                    [--paper a4|letter]   the client roadmap: PDF report, calendar, spreadsheet\n\n"
         "Options: --help (also after a command), --version\n"
         "Exit codes: 0 ok, 1 other error, 2 usage, 3 invalid profile (or jmdn import file), 4 invalid "
         "ruleset,\n"
         "5 project file refused. Results go to stdout (UTF-8), errors to stderr.\n";
    s.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = shirube::cli::makeCliApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shirube-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Shirube"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHIRUBE_VERSION));

    QFile stdoutFile;
    QFile stderrFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || !stderrFile.open(stderr, QIODevice::WriteOnly))
        return shirube::cli::ExitOther;
    QTextStream out(&stdoutFile);
    QTextStream err(&stderrFile);

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        err << "shirube-cli: missing command; expected plan, ruleset, funding, project, jmdn, backtest or "
               "report\n";
        printUsage(err);
        return shirube::cli::ExitUsage;
    }
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    int code = shirube::cli::ExitOther;
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printUsage(out);
        code = shirube::cli::ExitOk;
    } else if (command == QLatin1String("--version") || command == QLatin1String("-V")) {
        out << "shirube-cli " << SHIRUBE_VERSION << '\n';
        code = shirube::cli::ExitOk;
    } else if (command == QLatin1String("plan")) {
        code = shirube::cli::runPlan(rest, out, err);
    } else if (command == QLatin1String("ruleset")) {
        code = shirube::cli::runRuleset(rest, out, err);
    } else if (command == QLatin1String("funding")) {
        code = shirube::cli::runFunding(rest, out, err);
    } else if (command == QLatin1String("project")) {
        code = shirube::cli::runProject(rest, out, err);
    } else if (command == QLatin1String("jmdn")) {
        code = shirube::cli::runJmdn(rest, out, err);
    } else if (command == QLatin1String("admin")) {
        code = shirube::cli::runAdmin(rest, out, err);
    } else if (command == QLatin1String("backtest")) {
        code = shirube::cli::runBacktest(rest, out, err);
    } else if (command == QLatin1String("report")) {
        code = shirube::cli::runReport(rest, out, err);
    } else {
        err << "shirube-cli: unknown command '" << command
            << "'; expected plan, ruleset, funding, project, jmdn, backtest or report\n";
        printUsage(err);
        code = shirube::cli::ExitUsage;
    }
    out.flush();
    err.flush();
    return code;
}
