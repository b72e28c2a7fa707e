// SPDX-License-Identifier: Apache-2.0
// `shirube-cli ruleset check [FILE]` and `shirube-cli ruleset show [--format json|dot]`.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/common/BoundedRead.h"
#include "core/graph/StateGraph.h"
#include "core/rules/RulesetLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace shirube::cli {

namespace {

const QString kCommand = QStringLiteral("ruleset");
const QString kUsage =
    QStringLiteral("shirube-cli ruleset check [FILE]\n"
                   "       shirube-cli ruleset show [--format json|dot] [--ruleset FILE] [--lang ja|en]");

void printHelp(QTextStream& out)
{
    out << "usage: " << kUsage << "\n\n"
        << "  check [FILE]      validates the built-in ruleset, or FILE: syntax, unknown ids, missing\n"
           "                    sources or confidence, durations, unreachable states, dead ends,\n"
           "                    cycles. Prints every problem and exits 4 when there is any.\n"
           "  show              the state graph: states, transitions with guards, steps, sources\n"
           "    --format json   (default) as JSON, schema shirube.ruleset-graph/1\n"
           "    --format dot    as Graphviz dot (render with: dot -Tsvg)\n"
           "    --ruleset FILE  show FILE instead of the built-in ruleset\n"
           "    --lang ja|en    label language of the dot output (default en)\n";
    out.flush();
}

QJsonValue localText(const core::LocalText& t)
{
    if (t.isEmpty())
        return QJsonValue();
    QJsonObject o;
    o.insert(QStringLiteral("ja"), t.ja);
    o.insert(QStringLiteral("en"), t.en);
    return o;
}

QJsonValue threePoint(const core::ThreePoint& p)
{
    QJsonObject o;
    o.insert(QStringLiteral("min"), p.min);
    o.insert(QStringLiteral("likely"), p.likely);
    o.insert(QStringLiteral("max"), p.max);
    return o;
}

QJsonValue guard(const std::optional<core::Expr>& when)
{
    if (!when || when->isConstantTrue())
        return QJsonValue();
    return when->text();
}

void addProvenance(QJsonObject& o, const core::Provenance& p)
{
    o.insert(QStringLiteral("source"), p.source);
    o.insert(QStringLiteral("confidence"), core::toString(p.confidence));
}

QJsonObject rulesetToJson(const core::Ruleset& r)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QStringLiteral("shirube.ruleset-graph/1"));
    QJsonObject id;
    id.insert(QStringLiteral("id"), r.id);
    id.insert(QStringLiteral("version"), r.version);
    id.insert(QStringLiteral("title"), localText(r.title));
    root.insert(QStringLiteral("ruleset"), id);

    QJsonArray states;
    for (const core::StateDef& s : r.states) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), s.id);
        o.insert(QStringLiteral("label"), localText(s.label));
        o.insert(QStringLiteral("phase"), s.phase);
        addProvenance(o, s.provenance);
        states.append(o);
    }
    root.insert(QStringLiteral("states"), states);

    QJsonObject stages;
    for (auto it = r.stageStates.constBegin(); it != r.stageStates.constEnd(); ++it)
        stages.insert(it.key(), it.value());
    root.insert(QStringLiteral("stages"), stages);

    QJsonArray targets;
    for (const core::TargetDef& t : r.targets) {
        QJsonObject o;
        o.insert(QStringLiteral("state"), t.state);
        o.insert(QStringLiteral("when"), t.when.isConstantTrue() ? QJsonValue() : QJsonValue(t.when.text()));
        o.insert(QStringLiteral("label"), localText(t.label));
        targets.append(o);
    }
    root.insert(QStringLiteral("targets"), targets);

    QJsonArray transitions;
    for (const core::TransitionDef& t : r.transitions) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), t.id);
        o.insert(QStringLiteral("from"), t.from);
        o.insert(QStringLiteral("to"), t.to);
        o.insert(QStringLiteral("when"), guard(t.when));
        if (!t.designation.isEmpty())
            o.insert(QStringLiteral("designation"), t.designation);
        if (!t.tag.isEmpty())
            o.insert(QStringLiteral("tag"), t.tag);
        o.insert(QStringLiteral("label"), localText(t.label));
        addProvenance(o, t.provenance);
        QJsonArray steps;
        for (const core::StepDef& s : t.steps) {
            QJsonObject step;
            step.insert(QStringLiteral("activity"), s.activity);
            step.insert(QStringLiteral("months"), threePoint(s.months));
            step.insert(QStringLiteral("cost_jpy"), threePoint(s.costJpy));
            step.insert(QStringLiteral("parallel"), s.parallel);
            step.insert(QStringLiteral("when"), guard(s.when));
            addProvenance(step, s.provenance);
            steps.append(step);
        }
        o.insert(QStringLiteral("steps"), steps);
        transitions.append(o);
    }
    root.insert(QStringLiteral("transitions"), transitions);

    QJsonArray sources;
    for (const core::SourceRef& s : r.sources) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), s.key);
        o.insert(QStringLiteral("title"), s.title);
        o.insert(QStringLiteral("url"), s.url);
        sources.append(o);
    }
    root.insert(QStringLiteral("sources"), sources);
    return root;
}

int check(const QStringList& positional, QTextStream& out, QTextStream& err)
{
    if (positional.size() > 1)
        return usageError(err, kCommand,
                          QStringLiteral("check takes at most one FILE, got ") +
                              QString::number(positional.size()),
                          kUsage);
    const QString fileName = positional.isEmpty() ? QString() : positional.first();
    const QString shownName = fileName.isEmpty() ? core::RulesetLoader::builtinPath() : fileName;
    const std::optional<QByteArray> bytes =
        readInput(fileName.isEmpty() ? core::RulesetLoader::builtinPath() : fileName, err,
                  core::kMaxRulesetFileBytes, QStringLiteral("a ruleset"));
    if (!bytes)
        return fileName.isEmpty() ? ExitInvalidRuleset : ExitOther;

    std::vector<core::RulesetIssue> issues;
    // parse() runs every structural and graph check (validateRuleset) and reports each problem.
    const core::RulesetPtr ruleset = core::RulesetLoader::parse(*bytes, issues);
    QSet<QString> seen;
    QStringList problems;
    for (const core::RulesetIssue& issue : issues) {
        const QString text = issue.toString();
        if (seen.contains(text))
            continue;
        seen.insert(text);
        problems << text;
    }
    const QString name = QStringLiteral("ruleset ") +
                         (ruleset ? QString(ruleset->id + QLatin1Char(' ') + ruleset->version) : shownName);
    if (!problems.isEmpty()) {
        for (const QString& p : problems)
            err << shownName << ": " << p << '\n';
        err << name << ": " << problems.size() << (problems.size() == 1 ? " problem" : " problems") << '\n';
        err.flush();
        return ExitInvalidRuleset;
    }
    if (!ruleset) {
        err << shownName << ": cannot be read as a ruleset\n";
        err.flush();
        return ExitInvalidRuleset;
    }
    const core::Ruleset& r = *ruleset;
    out << name << ": " << r.states.size() << " states, " << r.transitions.size() << " transitions, "
        << r.activities.size() << " activities, " << r.classRules.size() << " classification rules, "
        << r.designations.size() << " designations, " << r.funding.size() << " funding schemes, "
        << r.sources.size() << QStringLiteral(" sources \u2014 OK\n");
    out.flush();
    return ExitOk;
}

int show(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const std::vector<OptionDef> defs = {
        {QStringLiteral("--format"),
         QStringLiteral("json|dot"),
         {QStringLiteral("json"), QStringLiteral("dot")}},
        {QStringLiteral("--ruleset"), QStringLiteral("FILE"), {}},
        {QStringLiteral("--lang"), QStringLiteral("ja|en"), {QStringLiteral("ja"), QStringLiteral("en")}},
    };
    const std::optional<ParsedArgs> parsed = parseOptions(args, defs, kCommand, kUsage, err);
    if (!parsed)
        return ExitUsage;
    if (parsed->has(QStringLiteral("--help"))) {
        printHelp(out);
        return ExitOk;
    }
    if (!parsed->positional.isEmpty())
        return usageError(err, kCommand,
                          QStringLiteral("show takes no FILE argument (use --ruleset FILE); unexpected '") +
                              parsed->positional.first() + QLatin1Char('\''),
                          kUsage);
    int rulesetExit = ExitOk;
    const core::RulesetPtr ruleset =
        loadRuleset(parsed->value(QStringLiteral("--ruleset")), err, rulesetExit);
    if (!ruleset)
        return rulesetExit;
    if (parsed->value(QStringLiteral("--format"), QStringLiteral("json")) == QLatin1String("dot")) {
        core::StateGraph graph(*ruleset);
        core::StateGraph::DotStyle style;
        style.lang =
            parsed->value(QStringLiteral("--lang")) == QLatin1String("ja") ? core::Lang::Ja : core::Lang::En;
        out << graph.toDot(style);
    } else {
        writeUtf8(out, QJsonDocument(rulesetToJson(*ruleset)).toJson(QJsonDocument::Indented));
    }
    out.flush();
    return ExitOk;
}

} // namespace

int runRuleset(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty())
        return usageError(err, kCommand, QStringLiteral("missing subcommand; expected 'check' or 'show'"),
                          kUsage);
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        printHelp(out);
        return ExitOk;
    }
    if (sub == QLatin1String("check")) {
        const std::optional<ParsedArgs> parsed = parseOptions(rest, {}, kCommand, kUsage, err);
        if (!parsed)
            return ExitUsage;
        if (parsed->has(QStringLiteral("--help"))) {
            printHelp(out);
            return ExitOk;
        }
        return check(parsed->positional, out, err);
    }
    if (sub == QLatin1String("show"))
        return show(rest, out, err);
    return usageError(err, kCommand,
                      QStringLiteral("unknown subcommand '") + sub +
                          QStringLiteral("'; expected 'check' or 'show'"),
                      kUsage);
}

} // namespace shirube::cli
