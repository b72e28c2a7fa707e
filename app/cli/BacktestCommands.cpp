// SPDX-License-Identifier: Apache-2.0
// `shirube-cli backtest [DIR] [--format text|json] [--samples N] [--ruleset FILE]`: reads the case
// files, replays them (Backtest.cpp) and prints the comparison. DIR defaults to the cases embedded
// in the binary (:/backtest/cases, from resources/backtest/cases).

#include "app/cli/Backtest.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/planning/Planner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <deque>

namespace shirube::cli {

namespace {

const QString kBacktestCommand = QStringLiteral("backtest");
const QString kBacktestUsage = QStringLiteral(
    "shirube-cli backtest [DIR|CASE.json] [--format text|json] [--samples N] [--ruleset FILE]");
const QString kBundledCases = QStringLiteral(":/backtest/cases");

void printBacktestHelp(QTextStream& out)
{
    out << "usage: " << kBacktestUsage << "\n\n"
        << "Replays real Japanese market authorisations through the planner as if today were each\n"
           "case's start month, and compares the headline route's P50/P80 months to approval with\n"
           "the real months from start to approval (resources/backtest/README.md: the case format).\n\n"
           "  DIR               a folder of case files (*.json), or one case file; default: the "
           "bundled\n"
           "                    cases (resources/backtest/cases, built into the binary)\n"
           "  --format F        text (default): one line per case and a summary; json: one object\n"
           "                    {products, median_abs_p50_error, p80_coverage, by_procedure,\n"
           "                    by_start_event, cases: [...]} with errors as fractions\n"
           "  --samples N       Monte Carlo samples per route (default "
        << kBacktestSamples
        << ")\n"
           "  --ruleset FILE    use this ruleset instead of the built-in one\n\n"
           "P50 error = (P50 - real) / real; inside P80 = real <= P80. A case whose plan has no\n"
           "headline route counts as a miss (|error| 1.0, outside P80). Insurance listing is\n"
           "compared as a secondary figure when the case and the route both have one.\n"
           "The figures are information, not a gate: the exit code is 0 when the run completed,\n"
           "2 on a usage error, 3 when a case file is invalid (the others are still replayed),\n"
           "4 invalid ruleset, 1 when DIR cannot be read.\n";
    out.flush();
}

// The case files to read: every *.json in DIR by name, or DIR itself when it is a file.
std::optional<QStringList> caseFiles(const QString& dir, QTextStream& err)
{
    const QFileInfo info(dir);
    if (info.isFile())
        return QStringList{dir};
    if (!info.isDir()) {
        err << "shirube-cli backtest: cannot read " << dir << ": no such folder or file\n";
        err.flush();
        return std::nullopt;
    }
    const QStringList names =
        QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    if (names.isEmpty()) {
        err << "shirube-cli backtest: " << dir << " holds no case files (*.json)\n";
        err.flush();
        return std::nullopt;
    }
    QStringList files;
    for (const QString& name : names)
        files << QDir(dir).filePath(name);
    return files;
}

QString percent(double fraction, int decimals = 1)
{
    return QString::number(fraction * 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString signedPercent(double fraction)
{
    const double value = std::round(fraction * 1000.0) / 10.0;
    return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value == 0 ? 0.0 : value, 'f', 1) +
           QLatin1Char('%');
}

QString months(double value)
{
    return QString::number(value, 'f', 1);
}

void printFiguresRow(QTextStream& out, const QString& key, const BacktestFigures& f)
{
    out << "  " << key.leftJustified(20) << QString::number(f.products).rightJustified(8)
        << percent(f.medianAbsP50Error).rightJustified(20) << percent(f.p80Coverage, 0).rightJustified(14)
        << "  (" << f.insideP80 << " of " << f.products << ")\n";
}

void printText(QTextStream& out, const QString& source, const core::Ruleset& ruleset, int samples,
               const std::vector<BacktestResult>& results, const BacktestSummary& summary)
{
    out << "Back-test of " << results.size() << (results.size() == 1 ? " case" : " cases") << " from "
        << source << " (ruleset " << ruleset.id << ' ' << ruleset.version << ", " << samples
        << " samples per route)\n\n";
    out << QStringLiteral("case").leftJustified(48) << QStringLiteral("procedure").leftJustified(14)
        << QStringLiteral("start event").leftJustified(18) << QStringLiteral("real").rightJustified(5)
        << QStringLiteral("P50").rightJustified(7) << QStringLiteral("P80").rightJustified(7)
        << QStringLiteral("error").rightJustified(9) << "  in P80  route / product\n";
    for (const BacktestResult& r : results) {
        const BacktestCase& c = *r.backtestCase;
        const BacktestComparison& a = r.authorisation;
        out << c.slug().leftJustified(47) << ' ' << c.procedure.leftJustified(14)
            << c.startEvent.leftJustified(18) << QString::number(a.realMonths).rightJustified(5);
        if (r.noRoute) {
            out << QStringLiteral("-").rightJustified(7) << QStringLiteral("-").rightJustified(7)
                << QStringLiteral("miss").rightJustified(9) << "  no      (no route) / " << c.name << '\n';
            continue;
        }
        out << months(a.p50).rightJustified(7) << months(a.p80).rightJustified(7)
            << signedPercent(a.p50Error).rightJustified(9) << "  " << (a.insideP80 ? "yes" : "no ") << "     "
            << r.routeId << " / " << c.name << '\n';
        if (!c.outOfScope.isEmpty())
            out << "    not in the figures: " << c.outOfScope << '\n';
        if (r.insurance) {
            const BacktestComparison& i = *r.insurance;
            out << "    insurance listing (secondary): real " << i.realMonths << ", P50 " << months(i.p50)
                << ", P80 " << months(i.p80) << ", error " << signedPercent(i.p50Error) << ", in P80 "
                << (i.insideP80 ? "yes" : "no") << '\n';
        }
    }
    const BacktestFigures& o = summary.overall;
    out << "\nProducts: " << o.products << '\n'
        << "Median |P50 error|: " << percent(o.medianAbsP50Error) << '\n'
        << "P80 coverage: " << percent(o.p80Coverage, 0) << " (" << o.insideP80 << " of " << o.products
        << ")\n\n";
    const auto header = [&out](const QString& title) {
        out << title.leftJustified(22) << QStringLiteral("products").rightJustified(8)
            << QStringLiteral("median |P50 error|").rightJustified(20)
            << QStringLiteral("P80 coverage").rightJustified(14) << '\n';
    };
    header(QStringLiteral("By procedure"));
    for (const auto& [key, f] : summary.byProcedure)
        printFiguresRow(out, key, f);
    header(QStringLiteral("By start event"));
    for (const auto& [key, f] : summary.byStartEvent)
        printFiguresRow(out, key, f);
    if (summary.outOfScope.products > 0)
        out << "\nOut of scope (pathways the planner does not model, not in the figures above): "
            << summary.outOfScope.products << " cases, median |P50 error| "
            << percent(summary.outOfScope.medianAbsP50Error) << '\n';
    const BacktestFigures& ins = summary.insurance;
    out << "\nInsurance listing (secondary, not in the figures above): ";
    if (ins.products == 0)
        out << "no case with both a listing month and a reimbursed milestone\n";
    else
        out << ins.products << (ins.products == 1 ? " case" : " cases") << ", median |P50 error| "
            << percent(ins.medianAbsP50Error) << ", P80 coverage " << percent(ins.p80Coverage, 0) << '\n';
}

// QJsonDocument's indented text of `value` (4 spaces a level), with every line after the first
// indented by one more level, so that it can sit inside a hand-ordered object.
QByteArray nested(const QJsonValue& value)
{
    QByteArray text = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                      : value.isArray()
                          ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                          : QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    while (text.endsWith('\n'))
        text.chop(1);
    text.replace("\n", "\n    ");
    return text;
}

QByteArray toJson(const core::Ruleset& ruleset, int samples, const std::vector<BacktestResult>& results,
                  const BacktestSummary& summary, const QJsonArray& errors)
{
    const auto groups = [](const std::map<QString, BacktestFigures>& map) {
        QJsonObject o;
        for (const auto& [key, f] : map)
            o.insert(key, figuresToJson(f));
        return o;
    };
    QJsonArray cases;
    for (const BacktestResult& r : results)
        cases.append(resultToJson(r));
    // Key order as documented (summary first, cases last); QJsonObject would sort them.
    const std::vector<std::pair<const char*, QJsonValue>> fields = {
        {"products", summary.overall.products},
        {"median_abs_p50_error", roundFraction(summary.overall.medianAbsP50Error)},
        {"p80_coverage", roundFraction(summary.overall.p80Coverage)},
        {"by_procedure", groups(summary.byProcedure)},
        {"by_start_event", groups(summary.byStartEvent)},
        {"insurance", figuresToJson(summary.insurance)},
        {"out_of_scope", figuresToJson(summary.outOfScope)},
        {"ruleset", QString(ruleset.id + QLatin1Char(' ') + ruleset.version)},
        {"samples", samples},
        {"errors", errors},
        {"cases", cases},
    };
    QByteArray out = "{\n";
    for (std::size_t i = 0; i < fields.size(); ++i) {
        out += "    \"" + QByteArray(fields[i].first) + "\": " + nested(fields[i].second);
        out += i + 1 < fields.size() ? ",\n" : "\n";
    }
    return out + "}\n";
}

} // namespace

int runBacktest(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const std::vector<OptionDef> defs = {
        {QStringLiteral("--format"),
         QStringLiteral("text|json"),
         {QStringLiteral("text"), QStringLiteral("json")}},
        {QStringLiteral("--samples"), QStringLiteral("N"), {}},
        {QStringLiteral("--ruleset"), QStringLiteral("FILE"), {}},
    };
    const std::optional<ParsedArgs> parsed = parseOptions(args, defs, kBacktestCommand, kBacktestUsage, err);
    if (!parsed)
        return ExitUsage;
    if (parsed->has(QStringLiteral("--help"))) {
        printBacktestHelp(out);
        return ExitOk;
    }
    core::PlanOptions options;
    options.samples = kBacktestSamples;
    if (!applyPlanOptions(*parsed, options, kBacktestCommand, kBacktestUsage, err))
        return ExitUsage;
    if (parsed->positional.size() > 1)
        return usageError(err, kBacktestCommand,
                          QStringLiteral("expected at most one DIR, got ") +
                              QString::number(parsed->positional.size()),
                          kBacktestUsage);
    const bool bundled = parsed->positional.isEmpty();
    const QString dir = bundled ? kBundledCases : parsed->positional.first();

    int rulesetExit = ExitOk;
    const core::RulesetPtr ruleset =
        loadRuleset(parsed->value(QStringLiteral("--ruleset")), err, rulesetExit);
    if (!ruleset)
        return rulesetExit;
    const std::optional<QStringList> files = caseFiles(dir, err);
    if (!files)
        return ExitOther;

    // A deque: results point at their case, so the cases must not move.
    std::deque<BacktestCase> cases;
    QJsonArray errors;
    for (const QString& path : *files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "shirube-cli backtest: cannot read " << path << ": " << file.errorString() << '\n';
            errors.append(QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                      {QStringLiteral("error"), file.errorString()}});
            continue;
        }
        core::Result<BacktestCase> c = parseBacktestCase(file.readAll(), QFileInfo(path).fileName());
        if (!c.ok()) {
            const core::Error& e = c.error();
            err << "shirube-cli backtest: " << describeError(path, e) << '\n';
            QJsonObject entry{{QStringLiteral("file"), QFileInfo(path).fileName()},
                              {QStringLiteral("error"), e.message}};
            if (!e.path.isEmpty())
                entry.insert(QStringLiteral("field"), e.path);
            errors.append(entry);
            continue;
        }
        cases.push_back(std::move(c).value());
    }
    err.flush();

    const core::Planner planner(ruleset);
    std::vector<BacktestResult> results;
    results.reserve(cases.size());
    for (const BacktestCase& c : cases)
        results.push_back(replayCase(c, planner, options.samples));
    const BacktestSummary summary = summarise(results);

    if (parsed->value(QStringLiteral("--format"), QStringLiteral("text")) == QLatin1String("json"))
        writeUtf8(out, toJson(*ruleset, options.samples, results, summary, errors));
    else
        printText(out, bundled ? QStringLiteral("the bundled cases") : dir, *ruleset, options.samples,
                  results, summary);
    out.flush();

    if (!errors.isEmpty()) {
        err << "shirube-cli backtest: " << errors.size() << " of " << files->size() << " case files in "
            << dir << " were invalid (see above); the others were replayed\n";
        err.flush();
        return ExitInvalidProfile;
    }
    return ExitOk;
}

} // namespace shirube::cli
