// SPDX-License-Identifier: Apache-2.0
// `shirube-cli report PROFILE|PROJECT --format pdf|ics|xlsx -o FILE`: the client roadmap of one product
// or of every product of a project, as a PDF (ui/report, Qt Gui, drawn offscreen), an iCalendar file or
// a spreadsheet (core/export). The PDF needs a QGuiApplication: makeCliApplication() makes one for this
// command only (offscreen platform unless QT_QPA_PLATFORM says otherwise), every other command keeps
// a QCoreApplication.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/export/CalendarWriter.h"
#include "core/export/Roadmap.h"
#include "core/export/SpreadsheetWriter.h"
#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/profile/Profile.h"
#include "core/storage/ProjectFile.h"

#ifdef SHIRUBE_CLI_REPORT_PDF
#include "ui/report/RoadmapReport.h"

#include <QGuiApplication>
#endif

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstring>

namespace shirube::cli {

namespace {

const QString kCommand = QStringLiteral("report");
const QString kUsage = QStringLiteral(
    "shirube-cli report PROFILE.json|PROJECT.shirube --format pdf|ics|xlsx -o FILE [--lang ja|en] "
    "[--as-of YYYY-MM] [--paper a4|letter] [--client NAME] [--consultant NAME] [--ruleset FILE] [--samples "
    "N]");

std::vector<OptionDef> optionDefs()
{
    return {
        {QStringLiteral("--format"),
         QStringLiteral("pdf|ics|xlsx"),
         {QStringLiteral("pdf"), QStringLiteral("ics"), QStringLiteral("xlsx")}},
        {QStringLiteral("-o"), QStringLiteral("FILE"), {}},
        {QStringLiteral("--output"), QStringLiteral("FILE"), {}},
        {QStringLiteral("--lang"), QStringLiteral("ja|en"), {QStringLiteral("ja"), QStringLiteral("en")}},
        {QStringLiteral("--as-of"), QStringLiteral("YYYY-MM"), {}},
        {QStringLiteral("--paper"),
         QStringLiteral("a4|letter"),
         {QStringLiteral("a4"), QStringLiteral("letter")}},
        {QStringLiteral("--client"), QStringLiteral("NAME"), {}},
        {QStringLiteral("--consultant"), QStringLiteral("NAME"), {}},
        {QStringLiteral("--ruleset"), QStringLiteral("FILE"), {}},
        {QStringLiteral("--samples"), QStringLiteral("N"), {}},
    };
}

void printHelp(QTextStream& out)
{
    out << "usage: " << kUsage << "\n\n"
        << "Writes a client roadmap: the plan's recommended route (a project product's chosen route) on\n"
           "the calendar from the start month (--as-of, default this month).\n\n"
           "  --format pdf        the report: cover, contents, summary, classification, routes, timeline,\n"
           "                      consultations, designations, funding, assumptions, sources (fonts "
           "embedded)\n"
           "  --format ics        iCalendar: milestones on their P50 dates (P80 in the description),\n"
           "                      consultations and the day to book them\n"
           "  --format xlsx       a workbook: Summary, Steps and Milestones sheets with dates and numbers\n"
           "  -o FILE             where to write (required)\n"
           "  --lang ja|en        language (default en)\n"
           "  --paper a4|letter   PDF paper size (default a4)\n"
           "  --client NAME, --consultant NAME   shown on the PDF's cover (a project's default: its\n"
           "                      clients and owner)\n"
           "  --ruleset FILE, --samples N        as for plan\n";
    out.flush();
}

struct Input
{
    std::vector<core::Roadmap> roadmaps;
    QString title;
    QString client;
    QString consultant;
};

} // namespace

std::unique_ptr<QCoreApplication> makeCliApplication(int& argc, char** argv)
{
#ifdef SHIRUBE_CLI_REPORT_PDF
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

int runReport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const std::optional<ParsedArgs> parsed = parseOptions(args, optionDefs(), kCommand, kUsage, err);
    if (!parsed)
        return ExitUsage;
    if (parsed->has(QStringLiteral("--help"))) {
        printHelp(out);
        return ExitOk;
    }
    core::PlanOptions options;
    if (!applyPlanOptions(*parsed, options, kCommand, kUsage, err))
        return ExitUsage;
    if (const std::optional<int> bad =
            expectOneInput(*parsed, err, kCommand, QStringLiteral("PROFILE.json or PROJECT.shirube"), kUsage))
        return *bad;
    if (!parsed->has(QStringLiteral("--format")))
        return usageError(err, kCommand, QStringLiteral("missing --format pdf|ics|xlsx"), kUsage);
    const QString output = parsed->value(QStringLiteral("-o"), parsed->value(QStringLiteral("--output")));
    if (output.isEmpty())
        return usageError(err, kCommand, QStringLiteral("missing -o FILE: where to write the report"),
                          kUsage);
    const QString format = parsed->value(QStringLiteral("--format"));
#ifndef SHIRUBE_CLI_REPORT_PDF
    if (format == QLatin1String("pdf")) {
        err << "shirube-cli report: this shirube-cli was built without the GUI libraries "
               "(SHIRUBE_BUILD_GUI=OFF), "
               "so it cannot write a PDF; use --format ics or xlsx\n";
        err.flush();
        return ExitOther;
    }
#endif

    int rulesetExit = ExitOk;
    const core::RulesetPtr ruleset =
        loadRuleset(parsed->value(QStringLiteral("--ruleset")), err, rulesetExit);
    if (!ruleset)
        return rulesetExit;
    const core::Planner planner(ruleset);

    Input input;
    const QString fileName = parsed->positional.first();
    if (looksLikeProjectFile(fileName)) {
        core::OpenOptions openOptions;
        openOptions.upgradeFile = false; // reading never changes the file
        core::OpenResult opened = core::ProjectFile::open(fileName, openOptions);
        if (!opened.ok()) {
            err << "shirube-cli: " << core::terminalSafe(opened.error().toString()) << '\n';
            err.flush();
            return opened.error().code == core::ErrorCode::ProjectRefused ? ExitProjectRefused : ExitOther;
        }
        const core::Project& project = opened.value().project;
        input.title =
            project.meta.title.isEmpty() ? QFileInfo(fileName).completeBaseName() : project.meta.title;
        input.client = project.meta.clients.join(QStringLiteral(", "));
        input.consultant = project.meta.owner;
        for (const core::Product& product : project.products)
            input.roadmaps.push_back(core::makeRoadmap(
                product.name, planner.plan(product.profile, options), product.selectedRoute,
                product.profile.text(QStringLiteral("goals.target_date")).value_or(QString())));
        if (input.roadmaps.empty()) {
            err << "shirube-cli report: " << core::terminalSafe(fileName)
                << " has no products to report on\n";
            err.flush();
            return ExitOther;
        }
    } else {
        const std::optional<QByteArray> bytes =
            readInput(fileName, err, core::kMaxProfileFileBytes, QStringLiteral("a profile"));
        if (!bytes)
            return ExitOther;
        core::Result<core::Profile> profile = core::Profile::parse(*bytes);
        if (!profile.ok()) {
            err << describeError(fileName, profile.error()) << '\n';
            err.flush();
            return exitCodeFor(profile.error().code);
        }
        const core::Profile& p = profile.value();
        input.roadmaps.push_back(
            core::makeRoadmap(p.name(), planner.plan(p, options), QString(),
                              p.text(QStringLiteral("goals.target_date")).value_or(QString())));
    }
    for (core::Roadmap& r : input.roadmaps)
        core::addRouteGraph(r, *ruleset);
    if (parsed->has(QStringLiteral("--client")))
        input.client = parsed->value(QStringLiteral("--client"));
    if (parsed->has(QStringLiteral("--consultant")))
        input.consultant = parsed->value(QStringLiteral("--consultant"));
    // The report's date: today, or the first day of --as-of (so that a given --as-of gives the same file).
    const QDate today =
        parsed->has(QStringLiteral("--as-of")) ? input.roadmaps.front().start : QDate::currentDate();

    std::optional<core::Error> error;
    if (format == QLatin1String("ics")) {
        core::Result<QByteArray> ics = core::roadmapsToICalendar(input.roadmaps, today);
        if (!ics.ok()) {
            error = ics.error();
        } else {
            QSaveFile file(output);
            if (!file.open(QIODevice::WriteOnly) || file.write(ics.value()) != ics.value().size() ||
                !file.commit())
                error = core::Error{core::ErrorCode::Io, file.errorString(), output, 0};
        }
    } else if (format == QLatin1String("xlsx")) {
        error = core::writeRoadmapsXlsx(input.roadmaps, output, options.lang);
    } else {
#ifdef SHIRUBE_CLI_REPORT_PDF
        report::ReportOptions ro;
        ro.lang = options.lang;
        ro.paper = parsed->value(QStringLiteral("--paper")) == QLatin1String("letter") ? QPageSize::Letter
                                                                                       : QPageSize::A4;
        ro.title = input.title;
        ro.client = input.client;
        ro.consultant = input.consultant;
        ro.date = today;
        ro.ruleset = ruleset;
        error = report::writeRoadmapPdf(output, input.roadmaps, ro);
#endif
    }
    if (error) {
        err << "shirube-cli: cannot write " << core::terminalSafe(output) << ": " << error->message << '\n';
        err.flush();
        return ExitOther;
    }
    return ExitOk;
}

} // namespace shirube::cli
