// SPDX-License-Identifier: Apache-2.0
// `shirube-cli plan` (one profile, a JSON Lines batch, or a project file) and `shirube-cli funding`.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/common/BoundedRead.h"
#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/profile/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>

namespace shirube::cli {

namespace {

// Monte Carlo samples per route in --batch runs (and for `funding`, which shows no months): the
// planner's batch count, core::kBatchSamples; a single plan uses the planner's default, 10,000.
// --samples overrides it.
constexpr int kBatchSamples = core::kBatchSamples;
// Flush the batch output buffer to stdout at about this size.
constexpr qsizetype kBatchFlushBytes = 1 << 20;

const QString kPlanCommand = QStringLiteral("plan");
const QString kPlanUsage = QStringLiteral(
    "shirube-cli plan PROFILE.json|PROJECT.shirube [--format json|markdown|csv] [--routes K] [--ruleset "
    "FILE] "
    "[--as-of YYYY-MM] [--lang ja|en] [--samples N]\n"
    "       shirube-cli plan --batch PROFILES.jsonl [--format json|csv] [--routes K] [--ruleset FILE] "
    "[--as-of YYYY-MM] [--lang ja|en] [--samples N]");
const QString kFundingCommand = QStringLiteral("funding");
const QString kFundingUsage =
    QStringLiteral("shirube-cli funding PROFILE.json [--ruleset FILE] [--as-of YYYY-MM] [--lang ja|en]");

std::vector<OptionDef> planOptionDefs()
{
    return {
        {QStringLiteral("--format"),
         QStringLiteral("json|markdown|csv"),
         {QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("csv")}},
        {QStringLiteral("--routes"), QStringLiteral("K"), {}},
        {QStringLiteral("--ruleset"), QStringLiteral("FILE"), {}},
        {QStringLiteral("--as-of"), QStringLiteral("YYYY-MM"), {}},
        {QStringLiteral("--lang"), QStringLiteral("ja|en"), {QStringLiteral("ja"), QStringLiteral("en")}},
        {QStringLiteral("--samples"), QStringLiteral("N"), {}},
        {QStringLiteral("--batch"), QStringLiteral("PROFILES.jsonl"), {}},
    };
}

void printPlanHelp(QTextStream& out)
{
    out << "usage: " << kPlanUsage << "\n\n"
        << "Plans how a product reaches the Japanese market: class, procedure, routes with P50/P80\n"
           "months and cost, designations and funding (schema shirube.plan/1).\n\n"
           "  PROFILE.json        one shirube.profile/1 object ('-' reads stdin)\n"
           "  PROJECT.shirube     a project file: plans every product in it\n"
           "  --batch FILE        JSON Lines in, JSON Lines out (one result per line, same order);\n"
           "                      a bad line gives {\"line\": N, \"error\": \"...\"}, the run goes on\n"
           "                      and exits 3 at the end; a blank line gives {\"line\": N, \"error\":\n"
           "                      \"blank line\"} (exit code unchanged), so output line N is input\n"
           "                      line N. A line has at most 1 MiB. Uses "
        << kBatchSamples
        << " Monte Carlo samples per route\n"
           "                      unless --samples says otherwise.\n"
           "  --format F          json (default) | markdown | csv (one row per route step)\n"
           "  --routes K          keep the K best routes (default 5)\n"
           "  --ruleset FILE      use this ruleset instead of the built-in one\n"
           "  --as-of YYYY-MM     the month the plan starts from (default: this month); the same\n"
           "                      input and --as-of give byte-identical output\n"
           "  --lang ja|en        language of labels and reasons (default en)\n"
           "  --samples N         Monte Carlo samples per route (default 10000)\n\n"
           "Exit codes: 0 ok, 1 other error, 2 usage, 3 invalid profile, 4 invalid ruleset,\n"
           "5 project file refused.\n";
    out.flush();
}

// Strips `fileName` (the first positional) from the raw arguments, for runPlanProject.
QStringList withoutFirst(const QStringList& args, const QString& fileName)
{
    QStringList rest = args;
    rest.removeOne(fileName);
    return rest;
}

// {"line": N, "error": "...", "field": "..."}: written by hand so that "line" comes first, as in cli.md.
QByteArray badLine(int line, const core::Error& error)
{
    const auto jsonString = [](const QString& text) {
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2); // strip [ ]
    };
    core::Error withoutLine = error;
    withoutLine.line = 0;
    QByteArray out = "{\"line\":" + QByteArray::number(line) +
                     ",\"error\":" + jsonString(describeError(QString(), withoutLine));
    if (!error.path.isEmpty())
        out += ",\"field\":" + jsonString(error.path);
    return out + "}\n";
}

// {"line": N, "error": "blank line"}: a blank input line keeps its place in the output (it is not an
// invalid profile: the exit code does not change).
QByteArray blankLine(int line)
{
    return "{\"line\":" + QByteArray::number(line) + ",\"error\":\"blank line\"}\n";
}

int runBatch(const QString& fileName, const ParsedArgs& args, const core::PlanOptions& options,
             QTextStream& out, QTextStream& err)
{
    const QString format = args.value(QStringLiteral("--format"), QStringLiteral("json"));
    if (format == QLatin1String("markdown"))
        return usageError(
            err, kPlanCommand,
            QStringLiteral("--batch writes JSON Lines or CSV; expected --format json or --format csv"),
            kPlanUsage);
    int rulesetExit = ExitOk;
    const core::RulesetPtr ruleset = loadRuleset(args.value(QStringLiteral("--ruleset")), err, rulesetExit);
    if (!ruleset)
        return rulesetExit;
    const core::Planner planner(ruleset);
    const bool csv = format == QLatin1String("csv");

    // One buffer for the whole run (the plans' JSON is appended in place), flushed every megabyte.
    std::string buffer;
    buffer.reserve(std::size_t(kBatchFlushBytes) + (std::size_t(64) << 10));
    auto append = [&buffer](const QByteArray& bytes) {
        buffer.append(bytes.constData(), std::size_t(bytes.size()));
    };
    auto flush = [&buffer, &out] {
        writeUtf8(out, QByteArray::fromRawData(buffer.data(), qsizetype(buffer.size())));
        buffer.clear();
    };
    if (csv)
        append(core::planCsvHeader().toUtf8());
    int badLines = 0;
    int planned = 0;
    // Streamed: at most one line (kMaxProfileLineBytes) is held, whatever the size of the input. Every
    // input line gives one output line (JSON), blank ones included, so output line N answers input line N.
    const std::optional<core::Error> readError = core::forEachLine(
        fileName, core::kMaxProfileLineBytes, core::kMaxBatchFileBytes, QStringLiteral("a JSON Lines batch"),
        [&](core::InputLine&& input) {
            const int lineNo = input.number;
            const QByteArray line = input.text.trimmed();
            if (input.tooLong || line.isEmpty()) {
                if (input.tooLong) {
                    ++badLines;
                    const core::Error e{core::ErrorCode::InvalidProfile,
                                        QStringLiteral("the line has ") + QString::number(input.length) +
                                            QStringLiteral(" bytes, more than the ") +
                                            core::capText(core::kMaxProfileLineBytes) +
                                            QStringLiteral(" limit for one profile"),
                                        QString(), lineNo};
                    err << describeError(fileName, e) << '\n';
                    if (!csv)
                        append(badLine(lineNo, e));
                } else if (!csv) {
                    append(blankLine(lineNo));
                }
            } else if (core::Result<core::Profile> profile = core::Profile::parse(line); !profile.ok()) {
                ++badLines;
                core::Error e = profile.error();
                err << describeError(fileName, core::Error{e.code, e.message, e.path, lineNo}) << '\n';
                if (!csv)
                    append(badLine(lineNo, e));
            } else {
                const core::Plan plan = planner.plan(profile.value(), options);
                if (csv) {
                    append(core::planToCsv(plan, false).toUtf8());
                } else {
                    core::appendPlanJsonBytes(buffer, plan, true);
                    buffer += '\n';
                }
                ++planned;
            }
            if (buffer.size() >= std::size_t(kBatchFlushBytes))
                flush();
        });
    flush();
    out.flush();
    if (readError) {
        err << "shirube-cli: cannot read " << core::terminalSafe(fileName) << ": " << readError->message
            << '\n';
        err.flush();
        return ExitOther;
    }
    if (badLines > 0) {
        err << "shirube-cli plan: " << badLines << " of " << (badLines + planned) << " profiles in "
            << fileName << " were invalid (see the lines above); the others were planned\n";
        err.flush();
        return ExitInvalidProfile;
    }
    return ExitOk;
}

std::optional<core::Profile> readProfile(const QString& fileName, QTextStream& err, int& exitCode)
{
    const std::optional<QByteArray> bytes =
        readInput(fileName, err, core::kMaxProfileFileBytes, QStringLiteral("a profile"));
    if (!bytes) {
        exitCode = ExitOther;
        return std::nullopt;
    }
    core::Result<core::Profile> profile = core::Profile::parse(*bytes);
    if (!profile.ok()) {
        err << describeError(fileName, profile.error()) << '\n';
        err.flush();
        exitCode = exitCodeFor(profile.error().code);
        return std::nullopt;
    }
    return std::move(profile).value();
}

} // namespace

int runPlan(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const std::optional<ParsedArgs> parsed =
        parseOptions(args, planOptionDefs(), kPlanCommand, kPlanUsage, err);
    if (!parsed)
        return ExitUsage;
    if (parsed->has(QStringLiteral("--help"))) {
        printPlanHelp(out);
        return ExitOk;
    }
    core::PlanOptions options;
    if (!applyPlanOptions(*parsed, options, kPlanCommand, kPlanUsage, err))
        return ExitUsage;

    if (parsed->has(QStringLiteral("--batch"))) {
        if (!parsed->positional.isEmpty())
            return usageError(
                err, kPlanCommand,
                QStringLiteral("--batch takes one JSON Lines file and no PROFILE; unexpected '") +
                    parsed->positional.first() + QLatin1Char('\''),
                kPlanUsage);
        if (!parsed->has(QStringLiteral("--samples")))
            options.samples = kBatchSamples;
        return runBatch(parsed->value(QStringLiteral("--batch")), *parsed, options, out, err);
    }

    if (parsed->positional.isEmpty())
        return usageError(
            err, kPlanCommand,
            QStringLiteral("missing PROFILE.json (a shirube.profile/1 file), PROJECT.shirube or "
                           "--batch PROFILES.jsonl"),
            kPlanUsage);
    if (parsed->positional.size() > 1)
        return usageError(err, kPlanCommand,
                          QStringLiteral("expected one PROFILE.json, got ") +
                              QString::number(parsed->positional.size()) +
                              QStringLiteral(" files; use --batch for many"),
                          kPlanUsage);
    const QString fileName = parsed->positional.first();
    if (looksLikeProjectFile(fileName))
        return runPlanProject(fileName, withoutFirst(args, fileName), out, err);

    int exitCode = ExitOk;
    const std::optional<core::Profile> profile = readProfile(fileName, err, exitCode);
    if (!profile)
        return exitCode;
    int rulesetExit = ExitOk;
    const core::RulesetPtr ruleset =
        loadRuleset(parsed->value(QStringLiteral("--ruleset")), err, rulesetExit);
    if (!ruleset)
        return rulesetExit;
    const core::Planner planner(ruleset);
    const core::Plan plan = planner.plan(*profile, options);

    const QString format = parsed->value(QStringLiteral("--format"), QStringLiteral("json"));
    if (format == QLatin1String("markdown"))
        out << core::planToMarkdown(plan, ruleset.get());
    else if (format == QLatin1String("csv"))
        out << core::planToCsv(plan, true);
    else
        writeUtf8(out, core::planToJsonBytes(plan, false));
    out.flush();
    return ExitOk;
}

int runFunding(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const std::vector<OptionDef> defs = {
        {QStringLiteral("--ruleset"), QStringLiteral("FILE"), {}},
        {QStringLiteral("--as-of"), QStringLiteral("YYYY-MM"), {}},
        {QStringLiteral("--lang"), QStringLiteral("ja|en"), {QStringLiteral("ja"), QStringLiteral("en")}},
        {QStringLiteral("--format"), QStringLiteral("json"), {QStringLiteral("json")}},
    };
    const std::optional<ParsedArgs> parsed = parseOptions(args, defs, kFundingCommand, kFundingUsage, err);
    if (!parsed)
        return ExitUsage;
    if (parsed->has(QStringLiteral("--help"))) {
        out << "usage: " << kFundingUsage << "\n\n"
            << "Lists only the funding schemes that fit the product (strong fits first), as JSON:\n"
               "{\"schema\": \"shirube.funding/1\", \"ruleset\", \"profile\", \"regulated\", \"funding\": "
               "[...]}\n"
               "with the fields of shirube.plan/1's \"funding\" entries.\n";
        out.flush();
        return ExitOk;
    }
    core::PlanOptions options;
    if (!applyPlanOptions(*parsed, options, kFundingCommand, kFundingUsage, err))
        return ExitUsage;
    if (const std::optional<int> bad =
            expectOneInput(*parsed, err, kFundingCommand,
                           QStringLiteral("PROFILE.json (a shirube.profile/1 file)"), kFundingUsage))
        return *bad;
    int exitCode = ExitOk;
    const std::optional<core::Profile> profile = readProfile(parsed->positional.first(), err, exitCode);
    if (!profile)
        return exitCode;
    int rulesetExit = ExitOk;
    const core::RulesetPtr ruleset =
        loadRuleset(parsed->value(QStringLiteral("--ruleset")), err, rulesetExit);
    if (!ruleset)
        return rulesetExit;
    // Funding covers the activities of the plan's routes, so plan first (few samples: months are not shown).
    options.samples = kBatchSamples;
    const core::Planner planner(ruleset);
    const QJsonObject plan = core::planToJson(planner.plan(*profile, options));

    QJsonObject result;
    result.insert(QStringLiteral("schema"), QStringLiteral("shirube.funding/1"));
    result.insert(QStringLiteral("ruleset"), plan.value(QStringLiteral("ruleset")));
    result.insert(QStringLiteral("profile"), plan.value(QStringLiteral("profile")));
    result.insert(QStringLiteral("regulated"), plan.value(QStringLiteral("regulated")));
    result.insert(QStringLiteral("funding"), plan.value(QStringLiteral("funding")).toArray());
    writeUtf8(out, QJsonDocument(result).toJson(QJsonDocument::Indented));
    out.flush();
    return ExitOk;
}

} // namespace shirube::cli
