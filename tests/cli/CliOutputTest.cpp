// SPDX-License-Identifier: Apache-2.0
// shirube-cli outputs: shirube.plan/1 JSON, Markdown, CSV, --batch, --as-of determinism, funding,
// ruleset check/show and project-file dispatch, each driven through the built binary.

#include "core/planning/Plan.h"
#include "core/profile/ProfileSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/cli/CliRunner.h"

using shirube::test::cliData;
using shirube::test::CliResult;
using shirube::test::parseObject;
using shirube::test::runCli;

namespace {

QString profile(const char* name)
{
    return cliData(QStringLiteral("profiles/") + QString::fromUtf8(name));
}

QStringList exampleProfiles()
{
    const QDir dir(QStringLiteral(SHIRUBE_SOURCE_DIR "/resources/examples"));
    QStringList files;
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(f);
    return files;
}

QJsonObject readJsonFile(const QString& fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::string show(const CliResult& r)
{
    return "exit " + std::to_string(r.exitCode) + "\nstdout: " + r.outText().left(3000).toStdString() +
           "\nstderr: " + r.errText().left(3000).toStdString();
}

// Checks one shirube.plan/1 object; `where` names it in failures.
void checkPlanJson(const QJsonObject& plan, int maxRoutes, const std::string& where)
{
    SCOPED_TRACE(where);
    EXPECT_EQ(plan.value(QStringLiteral("schema")).toString(), QStringLiteral("shirube.plan/1"));
    const QJsonObject ruleset = plan.value(QStringLiteral("ruleset")).toObject();
    EXPECT_FALSE(ruleset.value(QStringLiteral("id")).toString().isEmpty());
    EXPECT_FALSE(ruleset.value(QStringLiteral("version")).toString().isEmpty());
    EXPECT_TRUE(plan.value(QStringLiteral("profile")).isString());
    for (const char* key : {"regulated", "class", "class_rationale", "procedure", "review_category",
                            "designations", "routes", "funding", "warnings"})
        EXPECT_TRUE(plan.contains(QLatin1String(key))) << "missing key " << key;
    const QJsonValue cls = plan.value(QStringLiteral("class"));
    if (!cls.isNull()) {
        EXPECT_GE(cls.toInt(), 1);
        EXPECT_LE(cls.toInt(), 4);
    }
    // The recommended route first (headline, no selective designation), then the headline scenario's
    // others by p80 months when no target date is set; --routes K keeps K in the headline scenario and
    // one per alternative scenario (one consistent set of answers each).
    const QJsonArray routes = plan.value(QStringLiteral("routes")).toArray();
    const bool byDate =
        !routes.isEmpty() && !routes.first().toObject().value(QStringLiteral("meets_target_date")).isNull();
    if (!routes.isEmpty()) {
        const QJsonObject first = routes.first().toObject();
        EXPECT_TRUE(first.value(QStringLiteral("headline")).toBool());
        EXPECT_TRUE(first.value(QStringLiteral("chance")).isNull()) << "the headline assumes a designation";
    }
    double previousP80 = -1;
    int index = 0;
    QSet<QString> ids;
    QHash<QString, int> perScenario;
    for (const QJsonValue& rv : routes) {
        const QJsonObject route = rv.toObject();
        const QString id = route.value(QStringLiteral("id")).toString();
        const QString scenario = route.value(QStringLiteral("scenario")).toString();
        EXPECT_FALSE(id.isEmpty());
        EXPECT_FALSE(ids.contains(scenario + QLatin1Char('/') + id))
            << "duplicate route id " << id.toStdString();
        ids.insert(scenario + QLatin1Char('/') + id);
        EXPECT_LE(++perScenario[scenario], scenario.isEmpty() ? maxRoutes : 1)
            << "too many routes in scenario " << scenario.toStdString();
        const QJsonObject months = route.value(QStringLiteral("months")).toObject();
        const double p50 = months.value(QStringLiteral("p50")).toDouble(-1);
        const double p80 = months.value(QStringLiteral("p80")).toDouble(-1);
        EXPECT_GE(p50, 0) << id.toStdString();
        EXPECT_LE(p50, p80) << id.toStdString();
        if (index++ > 1 && scenario.isEmpty() && !byDate) {
            EXPECT_GE(p80, previousP80) << "routes not sorted by p80 months at " << id.toStdString();
        }
        if (index > 1)
            previousP80 = p80;
        EXPECT_TRUE(route.value(QStringLiteral("pareto_optimal")).isBool());
        const QJsonArray steps = route.value(QStringLiteral("steps")).toArray();
        EXPECT_FALSE(steps.isEmpty()) << id.toStdString();
        for (const QJsonValue& sv : steps) {
            const QJsonObject step = sv.toObject();
            EXPECT_FALSE(step.value(QStringLiteral("activity")).toString().isEmpty());
            // Every number shown traces to a ruleset entry with a source.
            EXPECT_FALSE(step.value(QStringLiteral("source")).toString().isEmpty())
                << id.toStdString() << " / "
                << step.value(QStringLiteral("activity")).toString().toStdString();
            const QJsonObject m = step.value(QStringLiteral("months")).toObject();
            EXPECT_LE(m.value(QStringLiteral("min")).toDouble(),
                      m.value(QStringLiteral("likely")).toDouble());
            EXPECT_LE(m.value(QStringLiteral("likely")).toDouble(),
                      m.value(QStringLiteral("max")).toDouble());
        }
    }
    for (const QJsonValue& fv : plan.value(QStringLiteral("funding")).toArray()) {
        const QString fit = fv.toObject().value(QStringLiteral("fit")).toString();
        EXPECT_TRUE(fit == QLatin1String("strong") || fit == QLatin1String("possible")) << fit.toStdString();
        EXPECT_FALSE(fv.toObject().value(QStringLiteral("source")).toString().isEmpty());
    }
}

QList<QByteArray> nonEmptyLines(const QByteArray& text)
{
    QList<QByteArray> lines;
    for (const QByteArray& l : text.split('\n')) {
        if (!l.trimmed().isEmpty())
            lines << l;
    }
    return lines;
}

TEST(CliPlan, JsonIsShirubePlanForFixturesAndEveryBundledExample)
{
    QStringList files = {profile("samd-ai.json"), profile("hardware-basic.json"), profile("minimal.json")};
    const QStringList examples = exampleProfiles();
    EXPECT_FALSE(examples.isEmpty()) << "no bundled examples under resources/examples";
    files << examples;
    for (const QString& file : files) {
        const CliResult r =
            runCli({QStringLiteral("plan"), file, QStringLiteral("--as-of"), QStringLiteral("2025-04")});
        ASSERT_EQ(r.exitCode, 0) << file.toStdString() << "\n" << show(r);
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
        QString error;
        const QJsonObject plan = parseObject(r.out, &error);
        ASSERT_TRUE(error.isEmpty()) << file.toStdString() << ": " << error.toStdString();
        checkPlanJson(plan, 5, file.toStdString());
        EXPECT_EQ(plan.value(QStringLiteral("profile")).toString(),
                  readJsonFile(file).value(QStringLiteral("name")).toString());
    }
}

TEST(CliPlan, RoutesOptionKeepsTheKBest)
{
    const CliResult all =
        runCli({QStringLiteral("plan"), profile("samd-ai.json"), QStringLiteral("--as-of"),
                QStringLiteral("2025-04"), QStringLiteral("--routes"), QStringLiteral("20")});
    const CliResult one =
        runCli({QStringLiteral("plan"), profile("samd-ai.json"), QStringLiteral("--as-of"),
                QStringLiteral("2025-04"), QStringLiteral("--routes"), QStringLiteral("1")});
    ASSERT_EQ(all.exitCode, 0) << show(all);
    ASSERT_EQ(one.exitCode, 0) << show(one);
    // Per scenario, K = 1 keeps the fastest route, which is the first of that scenario in the long list.
    QHash<QString, QStringList> allByScenario;
    for (const QJsonValue& v : parseObject(all.out).value(QStringLiteral("routes")).toArray())
        allByScenario[v.toObject().value(QStringLiteral("scenario")).toString()]
            << v.toObject().value(QStringLiteral("id")).toString();
    QHash<QString, QStringList> oneByScenario;
    for (const QJsonValue& v : parseObject(one.out).value(QStringLiteral("routes")).toArray())
        oneByScenario[v.toObject().value(QStringLiteral("scenario")).toString()]
            << v.toObject().value(QStringLiteral("id")).toString();
    ASSERT_FALSE(allByScenario.isEmpty());
    EXPECT_EQ(oneByScenario.keys().size(), allByScenario.keys().size());
    bool someAlternatives = false;
    for (auto it = allByScenario.constBegin(); it != allByScenario.constEnd(); ++it) {
        someAlternatives = someAlternatives || it.value().size() >= 2;
        ASSERT_EQ(oneByScenario.value(it.key()).size(), 1) << "scenario " << it.key().toStdString();
        EXPECT_EQ(oneByScenario.value(it.key()).first(), it.value().first())
            << "scenario " << it.key().toStdString();
    }
    EXPECT_TRUE(someAlternatives) << "the SaMD fixture should have alternative routes";
}

TEST(CliPlan, InvalidEnumNamesThePathAndEveryAllowedValue)
{
    const CliResult r = runCli({QStringLiteral("plan"), profile("bad-duration.json")});
    EXPECT_EQ(r.exitCode, 3) << show(r);
    EXPECT_TRUE(r.out.isEmpty());
    const shirube::core::FieldSpec* spec = shirube::core::findField(QStringLiteral("hardware.duration"));
    ASSERT_NE(spec, nullptr);
    ASSERT_FALSE(spec->allowed.isEmpty());
    EXPECT_TRUE(r.errText().contains(QStringLiteral("bad-duration.json: hardware.duration:"))) << show(r);
    for (const QString& value : spec->allowed)
        EXPECT_TRUE(r.errText().contains(value)) << "allowed value " << value.toStdString() << " not named\n"
                                                 << show(r);
}

TEST(CliPlan, AsOfGivesByteIdenticalOutputInEveryFormat)
{
    for (const QString& format :
         {QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("csv")}) {
        const QStringList args = {QStringLiteral("plan"),     profile("samd-ai.json"),
                                  QStringLiteral("--format"), format,
                                  QStringLiteral("--as-of"),  QStringLiteral("2026-01")};
        const CliResult a = runCli(args);
        const CliResult b = runCli(args);
        ASSERT_EQ(a.exitCode, 0) << show(a);
        EXPECT_FALSE(a.out.isEmpty());
        EXPECT_EQ(a.out, b.out) << "format " << format.toStdString() << " is not deterministic";
    }
    const QStringList batch = {QStringLiteral("plan"), QStringLiteral("--batch"),
                               cliData(QStringLiteral("batch-mixed.jsonl")), QStringLiteral("--as-of"),
                               QStringLiteral("2026-01")};
    const CliResult a = runCli(batch);
    const CliResult b = runCli(batch);
    EXPECT_EQ(a.exitCode, 3);
    EXPECT_FALSE(a.out.isEmpty());
    EXPECT_EQ(a.out, b.out) << "--batch is not deterministic";
}

TEST(CliPlan, AsOfMovesTheChanceOfMeetingTheTargetDate)
{
    // samd-ai.json sets goals.target_date = 2028-04: starting in 2016 leaves years, late 2027 months.
    const auto chances = [](const char* asOf) {
        const CliResult r =
            runCli({QStringLiteral("plan"), profile("samd-ai.json"), QStringLiteral("--as-of"),
                    QLatin1String(asOf), QStringLiteral("--routes"), QStringLiteral("20")});
        EXPECT_EQ(r.exitCode, 0) << show(r);
        QHash<QString, double> byRoute;
        for (const QJsonValue& v : parseObject(r.out).value(QStringLiteral("routes")).toArray()) {
            const QJsonValue p = v.toObject().value(QStringLiteral("meets_target_date"));
            EXPECT_TRUE(p.isDouble()) << "meets_target_date should be a probability when target_date is set";
            byRoute.insert(v.toObject().value(QStringLiteral("id")).toString(), p.toDouble());
        }
        return byRoute;
    };
    const QHash<QString, double> early = chances("2016-01");
    const QHash<QString, double> late = chances("2027-12");
    ASSERT_FALSE(early.isEmpty());
    bool someDiffer = false;
    for (auto it = early.constBegin(); it != early.constEnd(); ++it) {
        if (!late.contains(it.key()))
            continue;
        EXPECT_GE(it.value(), late.value(it.key())) << it.key().toStdString();
        EXPECT_GE(it.value(), 0.0);
        EXPECT_LE(it.value(), 1.0);
        someDiffer = someDiffer || it.value() > late.value(it.key());
    }
    EXPECT_TRUE(someDiffer) << "--as-of did not change any route's chance of meeting the target date";
}

TEST(CliPlan, MarkdownIsAReportWithWellFormedTables)
{
    const CliResult r =
        runCli({QStringLiteral("plan"), profile("samd-ai.json"), QStringLiteral("--format"),
                QStringLiteral("markdown"), QStringLiteral("--as-of"), QStringLiteral("2025-04")});
    ASSERT_EQ(r.exitCode, 0) << show(r);
    const QString md = r.outText();
    ASSERT_FALSE(md.trimmed().isEmpty());
    EXPECT_TRUE(md.startsWith(QStringLiteral("# "))) << md.left(200).toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("Chest X-ray triage AI")));
    // Consecutive lines starting with '|' form a table: every row has the header's column count.
    const QStringList lines = md.split(QLatin1Char('\n'));
    int tables = 0;
    int columns = -1;
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (!line.startsWith(QLatin1Char('|'))) {
            columns = -1;
            continue;
        }
        QString unescaped = line;
        unescaped.remove(QStringLiteral("\\|"));
        const int n = int(unescaped.count(QLatin1Char('|')));
        if (columns < 0) {
            columns = n;
            ++tables;
        } else {
            EXPECT_EQ(n, columns) << "ragged table row: " << line.toStdString();
        }
    }
    EXPECT_GE(tables, 1) << "the report has no table";
}

TEST(CliPlan, CsvHasTheHeaderAndAConsistentColumnCount)
{
    const CliResult r = runCli({QStringLiteral("plan"), profile("samd-ai.json"), QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--as-of"), QStringLiteral("2025-04")});
    ASSERT_EQ(r.exitCode, 0) << show(r);
    bool ok = false;
    const QList<QStringList> rows = shirube::test::parseCsv(r.outText(), ok);
    ASSERT_TRUE(ok) << "malformed CSV quoting";
    ASSERT_GE(rows.size(), 2) << "header and at least one route step expected";
    bool headerOk = false;
    const QList<QStringList> header = shirube::test::parseCsv(shirube::core::planCsvHeader(), headerOk);
    ASSERT_TRUE(headerOk);
    ASSERT_EQ(header.size(), 1);
    EXPECT_EQ(rows[0], header[0]);
    for (qsizetype i = 1; i < rows.size(); ++i)
        EXPECT_EQ(rows[i].size(), rows[0].size())
            << "row " << i << ": " << rows[i].join(QLatin1Char('|')).toStdString();
}

TEST(CliPlan, JapaneseOutputIsUtf8)
{
    const CliResult r = runCli({QStringLiteral("plan"), profile("ja-name.json"), QStringLiteral("--format"),
                                QStringLiteral("markdown"), QStringLiteral("--lang"), QStringLiteral("ja"),
                                QStringLiteral("--as-of"), QStringLiteral("2025-04")});
    ASSERT_EQ(r.exitCode, 0) << show(r);
    const QString text = r.outText();
    EXPECT_EQ(text.toUtf8(), r.out) << "stdout is not valid UTF-8";
    EXPECT_TRUE(text.contains(QStringLiteral("胃カメラAI")));
    static const QRegularExpression kana(QStringLiteral("[\\x{3040}-\\x{30FF}]"));
    QString withoutName = text;
    withoutName.remove(QStringLiteral("胃カメラAI"));
    EXPECT_TRUE(kana.match(withoutName).hasMatch())
        << "--lang ja printed no Japanese besides the product name";
}

TEST(CliBatch, BadLinesAreReportedWithTheirNumberAndTheRunGoesOn)
{
    const QString input = cliData(QStringLiteral("batch-mixed.jsonl"));
    const QJsonObject expected = readJsonFile(cliData(QStringLiteral("batch-mixed.expected.json")));
    const QJsonObject badLines = expected.value(QStringLiteral("bad_lines")).toObject();
    const QJsonArray planned = expected.value(QStringLiteral("planned")).toArray();
    ASSERT_FALSE(badLines.isEmpty());

    const CliResult r = runCli({QStringLiteral("plan"), QStringLiteral("--batch"), input,
                                QStringLiteral("--as-of"), QStringLiteral("2025-04")});
    EXPECT_EQ(r.exitCode, 3) << show(r);
    const QList<QByteArray> lines = nonEmptyLines(r.out);

    // Output line N answers input line N: blank input lines give {"line": N, "error": "blank line"}.
    QFile in(input);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QList<QByteArray> inputLines = in.readAll().split('\n');
    if (!inputLines.isEmpty() && inputLines.last().isEmpty())
        inputLines.removeLast(); // the final newline ends the last line; it starts none
    ASSERT_EQ(lines.size(), inputLines.size()) << show(r);
    qsizetype out = 0;
    qsizetype plannedIndex = 0;
    for (qsizetype i = 0; i < inputLines.size(); ++i) {
        if (inputLines[i].trimmed().isEmpty()) {
            const QJsonObject o = parseObject(lines[out++]);
            EXPECT_EQ(o.value(QStringLiteral("line")).toInt(), i + 1);
            EXPECT_EQ(o.value(QStringLiteral("error")).toString(), QStringLiteral("blank line"));
            continue;
        }
        const QString lineNo = QString::number(i + 1);
        ASSERT_LT(out, lines.size());
        QString error;
        const QJsonObject o = parseObject(lines[out++], &error);
        ASSERT_TRUE(error.isEmpty()) << "output line " << out << " is not a JSON object";
        if (badLines.contains(lineNo)) {
            EXPECT_EQ(o.value(QStringLiteral("line")).toInt(), i + 1);
            const QString message = o.value(QStringLiteral("error")).toString();
            EXPECT_FALSE(message.isEmpty());
            const QString field = badLines.value(lineNo).toString();
            if (!field.isEmpty()) {
                EXPECT_TRUE(message.contains(field)) << message.toStdString();
            }
            EXPECT_TRUE(
                r.errText().contains(QStringLiteral("batch-mixed.jsonl:") + lineNo + QLatin1Char(':')))
                << "stderr does not name line " << lineNo.toStdString() << "\n"
                << show(r);
        } else {
            ASSERT_LT(plannedIndex, planned.size());
            EXPECT_EQ(o.value(QStringLiteral("schema")).toString(), QStringLiteral("shirube.plan/1"));
            EXPECT_EQ(o.value(QStringLiteral("profile")).toString(), planned[plannedIndex++].toString());
            checkPlanJson(o, 5, "batch line " + lineNo.toStdString());
        }
    }
    EXPECT_EQ(plannedIndex, planned.size());
}

TEST(CliBatch, EachLineEqualsTheSinglePlanWithTheSameSamples)
{
    const QString input = cliData(QStringLiteral("batch-valid.jsonl"));
    const CliResult batch =
        runCli({QStringLiteral("plan"), QStringLiteral("--batch"), input, QStringLiteral("--as-of"),
                QStringLiteral("2025-04"), QStringLiteral("--samples"), QStringLiteral("2000")});
    ASSERT_EQ(batch.exitCode, 0) << show(batch);
    EXPECT_TRUE(batch.err.isEmpty()) << batch.err.toStdString();
    const QList<QByteArray> outLines = nonEmptyLines(batch.out);
    QFile in(input);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QList<QByteArray> inLines = nonEmptyLines(in.readAll());
    ASSERT_EQ(outLines.size(), inLines.size());
    for (qsizetype i = 0; i < inLines.size(); ++i) {
        const CliResult single =
            runCli({QStringLiteral("plan"), QStringLiteral("-"), QStringLiteral("--as-of"),
                    QStringLiteral("2025-04"), QStringLiteral("--samples"), QStringLiteral("2000")},
                   inLines[i]);
        ASSERT_EQ(single.exitCode, 0) << show(single);
        EXPECT_EQ(parseObject(outLines[i]), parseObject(single.out)) << "line " << i + 1;
    }
}

TEST(CliBatch, CsvHasOneHeaderAndConsistentRows)
{
    const CliResult r = runCli({QStringLiteral("plan"), QStringLiteral("--batch"),
                                cliData(QStringLiteral("batch-mixed.jsonl")), QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--as-of"), QStringLiteral("2025-04")});
    EXPECT_EQ(r.exitCode, 3) << show(r);
    bool ok = false;
    const QList<QStringList> rows = shirube::test::parseCsv(r.outText(), ok);
    ASSERT_TRUE(ok);
    ASSERT_GE(rows.size(), 2);
    qsizetype headers = 0;
    for (const QStringList& row : rows) {
        EXPECT_EQ(row.size(), rows[0].size());
        headers += row == rows[0] ? 1 : 0;
    }
    EXPECT_EQ(headers, 1);
}

TEST(CliFunding, ListsExactlyThePlansFundingMatches)
{
    const CliResult funding = runCli({QStringLiteral("funding"), profile("samd-ai.json"),
                                      QStringLiteral("--as-of"), QStringLiteral("2025-04")});
    ASSERT_EQ(funding.exitCode, 0) << show(funding);
    const QJsonObject f = parseObject(funding.out);
    EXPECT_EQ(f.value(QStringLiteral("schema")).toString(), QStringLiteral("shirube.funding/1"));
    const CliResult plan =
        runCli({QStringLiteral("plan"), profile("samd-ai.json"), QStringLiteral("--as-of"),
                QStringLiteral("2025-04"), QStringLiteral("--samples"), QStringLiteral("1000")});
    ASSERT_EQ(plan.exitCode, 0) << show(plan);
    const QJsonObject p = parseObject(plan.out);
    EXPECT_FALSE(f.value(QStringLiteral("funding")).toArray().isEmpty())
        << "a startup SaMD fits some FY2025 scheme";
    EXPECT_EQ(f.value(QStringLiteral("funding")), p.value(QStringLiteral("funding")));
    EXPECT_EQ(f.value(QStringLiteral("ruleset")), p.value(QStringLiteral("ruleset")));
    EXPECT_FALSE(f.contains(QStringLiteral("routes")));
}

TEST(CliRuleset, CheckListsEveryPlantedProblem)
{
    const QString file = cliData(QStringLiteral("rulesets/broken-several.json"));
    const QJsonObject expected =
        readJsonFile(cliData(QStringLiteral("rulesets/broken-several.expected.json")));
    const CliResult r = runCli({QStringLiteral("ruleset"), QStringLiteral("check"), file});
    EXPECT_EQ(r.exitCode, 4) << show(r);
    EXPECT_TRUE(r.out.isEmpty());
    const QJsonArray mentions = expected.value(QStringLiteral("mentions")).toArray();
    ASSERT_FALSE(mentions.isEmpty());
    for (const QJsonValue& m : mentions)
        EXPECT_TRUE(r.errText().contains(m.toString()))
            << "problem with " << m.toString().toStdString() << " not listed\n"
            << show(r);
    qsizetype problemLines = 0;
    for (const QString& line : r.errText().split(QLatin1Char('\n'))) {
        if (line.startsWith(file + QStringLiteral(": ")))
            ++problemLines;
    }
    EXPECT_GE(problemLines, expected.value(QStringLiteral("min_problems")).toInt());
    EXPECT_TRUE(r.errText().contains(QString::number(problemLines) + QStringLiteral(" problems")))
        << "the summary should count the problems listed";
}

TEST(CliRuleset, BuiltinChecksCleanAndShowDescribesTheSameGraph)
{
    const CliResult check = runCli({QStringLiteral("ruleset"), QStringLiteral("check")});
    ASSERT_EQ(check.exitCode, 0) << show(check);
    const CliResult json = runCli({QStringLiteral("ruleset"), QStringLiteral("show")});
    ASSERT_EQ(json.exitCode, 0) << show(json);
    QString error;
    const QJsonObject graph = parseObject(json.out, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QJsonArray states = graph.value(QStringLiteral("states")).toArray();
    const QJsonArray transitions = graph.value(QStringLiteral("transitions")).toArray();
    ASSERT_FALSE(states.isEmpty());
    ASSERT_FALSE(transitions.isEmpty());
    const QJsonObject ruleset = graph.value(QStringLiteral("ruleset")).toObject();
    // The summary line of `check` counts what `show` lists.
    const QString summary = QStringLiteral("ruleset ") + ruleset.value(QStringLiteral("id")).toString() +
                            QLatin1Char(' ') + ruleset.value(QStringLiteral("version")).toString() +
                            QStringLiteral(": ") + QString::number(states.size()) +
                            QStringLiteral(" states, ") + QString::number(transitions.size()) +
                            QStringLiteral(" transitions");
    EXPECT_TRUE(check.outText().startsWith(summary))
        << check.outText().toStdString() << "\nexpected: " << summary.toStdString();

    QSet<QString> stateIds;
    for (const QJsonValue& s : states)
        stateIds.insert(s.toObject().value(QStringLiteral("id")).toString());
    EXPECT_EQ(stateIds.size(), states.size()) << "duplicate state ids";
    QSet<QString> sourceKeys;
    for (const QJsonValue& s : graph.value(QStringLiteral("sources")).toArray())
        sourceKeys.insert(s.toObject().value(QStringLiteral("key")).toString());
    EXPECT_FALSE(sourceKeys.isEmpty());
    for (const QJsonValue& tv : transitions) {
        const QJsonObject t = tv.toObject();
        const std::string id = t.value(QStringLiteral("id")).toString().toStdString();
        EXPECT_TRUE(stateIds.contains(t.value(QStringLiteral("from")).toString())) << id;
        EXPECT_TRUE(stateIds.contains(t.value(QStringLiteral("to")).toString())) << id;
        EXPECT_TRUE(t.value(QStringLiteral("when")).isNull() || t.value(QStringLiteral("when")).isString())
            << id;
        for (const QJsonValue& sv : t.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = sv.toObject();
            EXPECT_FALSE(step.value(QStringLiteral("source")).toString().isEmpty()) << id;
            EXPECT_FALSE(step.value(QStringLiteral("confidence")).toString().isEmpty()) << id;
        }
    }

    // The plan names the same ruleset.
    const CliResult plan = runCli({QStringLiteral("plan"), profile("minimal.json"), QStringLiteral("--as-of"),
                                   QStringLiteral("2025-04")});
    ASSERT_EQ(plan.exitCode, 0) << show(plan);
    EXPECT_EQ(parseObject(plan.out).value(QStringLiteral("ruleset")).toObject().value(QStringLiteral("id")),
              ruleset.value(QStringLiteral("id")));

    // dot: one edge per transition.
    const CliResult dot = runCli({QStringLiteral("ruleset"), QStringLiteral("show"),
                                  QStringLiteral("--format"), QStringLiteral("dot")});
    ASSERT_EQ(dot.exitCode, 0) << show(dot);
    EXPECT_TRUE(dot.outText().trimmed().startsWith(QStringLiteral("digraph")));
    EXPECT_TRUE(dot.outText().trimmed().endsWith(QLatin1Char('}')));
    static const QRegularExpression edge(QStringLiteral("^\\s*\"?[\\w.-]+\"?\\s*->\\s*\"?[\\w.-]+\"?"),
                                         QRegularExpression::MultilineOption);
    qsizetype edges = 0;
    for (auto it = edge.globalMatch(dot.outText()); it.hasNext(); it.next())
        ++edges;
    EXPECT_EQ(edges, transitions.size());
}

TEST(CliRuleset, PlanWithAnotherValidRuleset)
{
    // The engine's minimal test ruleset (tests/data/rulesets) loads with --ruleset and names itself.
    const QString file = QStringLiteral(SHIRUBE_SOURCE_DIR "/tests/data/rulesets/minimal.json");
    ASSERT_TRUE(QFile::exists(file));
    const QString id = readJsonFile(file).value(QStringLiteral("id")).toString();
    const CliResult check = runCli({QStringLiteral("ruleset"), QStringLiteral("check"), file});
    ASSERT_EQ(check.exitCode, 0) << show(check);
    const CliResult plan =
        runCli({QStringLiteral("plan"), profile("minimal.json"), QStringLiteral("--ruleset"), file,
                QStringLiteral("--as-of"), QStringLiteral("2025-04")});
    ASSERT_EQ(plan.exitCode, 0) << show(plan);
    EXPECT_EQ(parseObject(plan.out)
                  .value(QStringLiteral("ruleset"))
                  .toObject()
                  .value(QStringLiteral("id"))
                  .toString(),
              id);
}

QByteArray sha256(const QString& fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

TEST(CliProject, PlanRefusesAForeignProjectFileAndLeavesItUntouched)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // By extension: a text file named .shirube.
    const QString byName = dir.filePath(QStringLiteral("notes.shirube"));
    {
        QFile f(byName);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("These are meeting notes, not a project.\n");
    }
    // By content: a file with the SQLite header but a .json name goes to the project loader, not the profile
    // parser.
    const QString byContent = dir.filePath(QStringLiteral("looks-like.json"));
    {
        QFile f(byContent);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3\0", 16);
        bytes += QByteArray(4080, '\x5a');
        f.write(bytes);
    }
    for (const QString& file : {byName, byContent}) {
        const QByteArray before = sha256(file);
        const CliResult r = runCli({QStringLiteral("plan"), file});
        EXPECT_EQ(r.exitCode, 5) << file.toStdString() << "\n" << show(r);
        EXPECT_FALSE(r.err.isEmpty());
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_EQ(sha256(file), before) << "the refused file was modified";
    }
}

} // namespace
