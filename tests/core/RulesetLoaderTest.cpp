// SPDX-License-Identifier: Apache-2.0
#include "core/rules/RulesetLoader.h"

#include "core/profile/Profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

namespace shirube::core {
namespace {

using test::testData;

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The 1-based line of the first line of `text` that contains `needle`, or 0.
int lineOf(const QByteArray& text, const QByteArray& needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : int(std::count(text.begin(), text.begin() + at, '\n')) + 1;
}

ThreePoint threePointOf(const QJsonValue& v)
{
    if (v.isDouble())
        return ThreePoint::fixed(v.toDouble());
    const QJsonArray a = v.toArray();
    return ThreePoint{a[0].toDouble(), a[1].toDouble(), a[2].toDouble()};
}

TEST(RulesetLoader, BuiltinRulesetLoadsAndValidates)
{
    const Result<RulesetPtr> r = RulesetLoader::loadBuiltin();
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    const Ruleset& rs = *r.value();
    EXPECT_EQ(rs.schema, QStringLiteral("shirube.ruleset/1"));
    EXPECT_EQ(rs.id, QStringLiteral("jp-pmd"));
    ASSERT_TRUE(rs.facts);
    // The fact table knows every designation of the file.
    for (const DesignationDef& d : rs.designations)
        EXPECT_TRUE(rs.facts->contains(QStringLiteral("designation.") + d.id)) << d.id.toStdString();
    // Loaded once per process: the same object every time.
    EXPECT_EQ(RulesetLoader::loadBuiltin().value().get(), r.value().get());
}

TEST(RulesetLoader, BuiltinMatchesTheFileItWasEmbeddedFrom)
{
    const QByteArray embedded = readFile(RulesetLoader::builtinPath());
    ASSERT_FALSE(embedded.isEmpty());
    EXPECT_EQ(embedded, readFile(test::sourcePath("resources/ruleset/jp-pmd.json")));
}

TEST(RulesetLoader, ReadsEveryPartOfTheFormat)
{
    const QString path = testData("data/rulesets/minimal.json");
    const QByteArray json = readFile(path);
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    const Result<RulesetPtr> r = RulesetLoader::loadFile(path);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    const Ruleset& rs = *r.value();

    EXPECT_EQ(rs.id, doc[QStringLiteral("id")].toString());
    EXPECT_EQ(rs.version, doc[QStringLiteral("version")].toString());
    EXPECT_EQ(rs.activities.size(), std::size_t(doc[QStringLiteral("activities")].toArray().size()));
    EXPECT_EQ(rs.states.size(), std::size_t(doc[QStringLiteral("states")].toArray().size()));
    EXPECT_EQ(rs.transitions.size(), std::size_t(doc[QStringLiteral("transitions")].toArray().size()));
    EXPECT_EQ(rs.designations.size(), std::size_t(doc[QStringLiteral("designations")].toArray().size()));
    EXPECT_EQ(rs.funding.size(), std::size_t(doc[QStringLiteral("funding")].toArray().size()));
    EXPECT_EQ(rs.questions.size(), std::size_t(doc[QStringLiteral("questions")].toArray().size()));
    EXPECT_EQ(rs.stageStates.size(), doc[QStringLiteral("stages")].toObject().size());

    // Every transition and step as written: ids, states, three-point estimates, parallel, guards.
    const QJsonArray transitions = doc[QStringLiteral("transitions")].toArray();
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        const QJsonObject jt = transitions[i].toObject();
        const TransitionDef& t = rs.transitions[std::size_t(i)];
        EXPECT_EQ(t.id, jt[QStringLiteral("id")].toString());
        EXPECT_EQ(t.from, jt[QStringLiteral("from")].toString());
        EXPECT_EQ(t.to, jt[QStringLiteral("to")].toString());
        EXPECT_EQ(t.when.has_value(), jt.contains(QStringLiteral("when")));
        if (t.when) {
            EXPECT_EQ(t.when->text(), jt[QStringLiteral("when")].toString());
        }
        EXPECT_EQ(t.designation, jt[QStringLiteral("designation")].toString());
        EXPECT_EQ(t.tag, jt[QStringLiteral("tag")].toString());
        EXPECT_EQ(t.label.en, jt[QStringLiteral("label")][QStringLiteral("en")].toString());
        EXPECT_EQ(t.label.ja, jt[QStringLiteral("label")][QStringLiteral("ja")].toString());
        const QJsonArray steps = jt[QStringLiteral("steps")].toArray();
        ASSERT_EQ(t.steps.size(), std::size_t(steps.size()));
        for (qsizetype k = 0; k < steps.size(); ++k) {
            const QJsonObject js = steps[k].toObject();
            const StepDef& s = t.steps[std::size_t(k)];
            const ThreePoint months = threePointOf(js[QStringLiteral("months")]);
            const ThreePoint cost = threePointOf(js[QStringLiteral("cost_jpy")]);
            EXPECT_EQ(s.activity, js[QStringLiteral("activity")].toString());
            EXPECT_EQ(s.months.min, months.min);
            EXPECT_EQ(s.months.likely, months.likely);
            EXPECT_EQ(s.months.max, months.max);
            EXPECT_EQ(s.costJpy.min, cost.min);
            EXPECT_EQ(s.costJpy.likely, cost.likely);
            EXPECT_EQ(s.costJpy.max, cost.max);
            EXPECT_EQ(s.parallel, js[QStringLiteral("parallel")].toBool(false));
            EXPECT_EQ(s.when.has_value(), js.contains(QStringLiteral("when")));
            EXPECT_EQ(s.provenance.source, js[QStringLiteral("source")].toString());
            EXPECT_EQ(toString(s.provenance.confidence), js[QStringLiteral("confidence")].toString());
        }
    }

    // Classification, outcome and designation rules keep their order, outcomes and classes.
    const QJsonObject classification = doc[QStringLiteral("classification")].toObject();
    const QJsonArray rules = classification[QStringLiteral("rules")].toArray();
    ASSERT_EQ(rs.classRules.size(), std::size_t(rules.size()));
    for (qsizetype i = 0; i < rules.size(); ++i) {
        EXPECT_EQ(rs.classRules[std::size_t(i)].id, rules[i][QStringLiteral("id")].toString());
        EXPECT_EQ(rs.classRules[std::size_t(i)].group, rules[i][QStringLiteral("group")].toString());
        EXPECT_EQ(rs.classRules[std::size_t(i)].deviceClass, rules[i][QStringLiteral("class")].toInt(0));
        EXPECT_EQ(rs.classRules[std::size_t(i)].when.text(), rules[i][QStringLiteral("when")].toString());
    }
    const QJsonArray procedure = classification[QStringLiteral("procedure")].toArray();
    ASSERT_EQ(rs.procedureRules.size(), std::size_t(procedure.size()));
    for (qsizetype i = 0; i < procedure.size(); ++i)
        EXPECT_EQ(rs.procedureRules[std::size_t(i)].outcome,
                  procedure[i][QStringLiteral("procedure")].toString());

    const QJsonArray funding = doc[QStringLiteral("funding")].toArray();
    for (qsizetype i = 0; i < funding.size(); ++i) {
        const FundingScheme& f = rs.funding[std::size_t(i)];
        EXPECT_EQ(f.id, funding[i][QStringLiteral("id")].toString());
        ASSERT_TRUE(f.budgetJpy.has_value());
        EXPECT_EQ(*f.budgetJpy, funding[i][QStringLiteral("budget_jpy")].toInteger());
        EXPECT_EQ(f.areas.size(), std::size_t(funding[i][QStringLiteral("areas")].toArray().size()));
    }

    // Lookups by id.
    ASSERT_NE(rs.state(QStringLiteral("filed")), nullptr);
    EXPECT_EQ(rs.state(QStringLiteral("filed"))->id, QStringLiteral("filed"));
    EXPECT_EQ(rs.state(QStringLiteral("nowhere")), nullptr);
    ASSERT_NE(rs.transition(QStringLiteral("review")), nullptr);
    EXPECT_EQ(rs.transition(QStringLiteral("review"))->to, QStringLiteral("approved"));
    EXPECT_NE(rs.activity(QStringLiteral("pmda_review")), nullptr);
    EXPECT_NE(rs.designation(QStringLiteral("sakigake")), nullptr);
    EXPECT_NE(rs.scheme(QStringLiteral("mediso")), nullptr);
    EXPECT_NE(rs.question(QStringLiteral("hardware.duration")), nullptr);
    EXPECT_EQ(rs.question(QStringLiteral("hardware.colour")), nullptr);
}

TEST(RulesetLoader, ParsedGuardsEvaluateAgainstFacts)
{
    const Result<RulesetPtr> r = RulesetLoader::loadFile(testData("data/rulesets/minimal.json"));
    ASSERT_TRUE(r.ok());
    const Ruleset& rs = *r.value();
    const TransitionDef* review = rs.transition(QStringLiteral("review"));
    ASSERT_TRUE(review && review->when);
    Facts facts(*rs.facts);
    EXPECT_EQ(review->when->evaluate(facts), Tri::Unknown);
    facts.set(QStringLiteral("procedure"), QStringLiteral("approval"));
    EXPECT_EQ(review->when->evaluate(facts), Tri::True);
    facts.set(QStringLiteral("procedure"), QStringLiteral("notification"));
    EXPECT_EQ(review->when->evaluate(facts), Tri::False);
    // A designation fact exists for each designation of the file.
    EXPECT_TRUE(rs.facts->contains(QStringLiteral("designation.sakigake")));
    EXPECT_FALSE(rs.facts->contains(QStringLiteral("designation.nonexistent")));
}

TEST(RulesetLoader, SyntaxErrorNamesItsLine)
{
    const QString path = testData("data/rulesets/syntax-error.json");
    const QByteArray json = readFile(path);
    const int line = lineOf(json, "1.0.0");
    ASSERT_GT(line, 1);

    std::vector<RulesetIssue> issues;
    EXPECT_EQ(RulesetLoader::parse(json, issues), nullptr);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].line, line);

    const Result<RulesetPtr> r = RulesetLoader::loadFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::InvalidRuleset);
    EXPECT_TRUE(
        r.error().message.startsWith(QStringLiteral("line ") + QString::number(line) + QLatin1Char(':')))
        << r.error().message.toStdString();
}

TEST(RulesetLoader, IssuesCarryTheLineOfTheirEntry)
{
    struct Case
    {
        const char* file;
        const char* locator;
        const char* entryText; // text on the entry's line
    };
    const Case cases[] = {
        {"broken-unreachable-state.json", "states[orphan_state]", "\"id\": \"orphan_state\""},
        {"broken-negative-duration.json", "transitions[develop].steps[0].months", "\"id\": \"develop\""},
        {"broken-missing-confidence.json", "activities[pmda_review]", "\"id\": \"pmda_review\""},
        {"broken-invalid-procedure.json", "classification.procedure[proc.other]", "\"id\": \"proc.other\""},
        {"broken-unknown-identifier.json", "transitions[review].when", "\"id\": \"review\""},
        {"broken-missing-en-text.json", "states[filed].label", "\"id\": \"filed\""},
        {"broken-missing-stage.json", "stages", "\"stages\":"},
        {"broken-missing-vocabulary-id.json", "activities", "\"activities\":"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file);
        const QByteArray json = readFile(testData("data/rulesets/") + QLatin1String(c.file));
        std::vector<RulesetIssue> issues;
        ASSERT_TRUE(RulesetLoader::parse(json, issues));
        const auto it = std::find_if(issues.begin(), issues.end(), [&](const RulesetIssue& i) {
            return i.locator == QLatin1String(c.locator);
        });
        ASSERT_NE(it, issues.end());
        EXPECT_EQ(it->line, lineOf(json, c.entryText)) << it->toString().toStdString();
    }

    // The second of two entries with one id is named by its index, and its own line is given.
    const QByteArray json = readFile(testData("data/rulesets/broken-duplicate-id.json"));
    std::vector<RulesetIssue> issues;
    ASSERT_TRUE(RulesetLoader::parse(json, issues));
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].line, lineOf(json, "\"en\": \"approved again\""));
    EXPECT_GT(issues[0].line, lineOf(json, "\"id\": \"approved\""));
}

TEST(RulesetLoader, LoadErrorListsOneIssuePerLine)
{
    const QString path = testData("data/rulesets/broken-many.json");
    std::vector<RulesetIssue> issues;
    ASSERT_TRUE(RulesetLoader::parse(readFile(path), issues));
    ASSERT_GT(issues.size(), 1u);
    const Result<RulesetPtr> r = RulesetLoader::loadFile(path);
    ASSERT_FALSE(r.ok());
    const QStringList lines = r.error().message.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), qsizetype(issues.size()));
    for (std::size_t i = 0; i < issues.size(); ++i) {
        EXPECT_EQ(lines[qsizetype(i)], issues[i].toString());
        if (i > 0) { // in file order
            EXPECT_LE(issues[i - 1].line, issues[i].line);
        }
    }
}

TEST(RulesetLoader, RejectsWhatIsNotARuleset)
{
    const Result<RulesetPtr> missing = RulesetLoader::loadFile(testData("data/rulesets/does-not-exist.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);

    const Result<RulesetPtr> array = RulesetLoader::loadBytes("[1, 2]", QStringLiteral("x.json"));
    ASSERT_FALSE(array.ok());
    EXPECT_EQ(array.error().code, ErrorCode::InvalidRuleset);

    std::vector<RulesetIssue> issues;
    const RulesetPtr empty = RulesetLoader::parse("{}", issues);
    ASSERT_TRUE(empty);
    // Every missing section is named, with the schema first.
    ASSERT_FALSE(issues.empty());
    EXPECT_EQ(issues[0].locator, QStringLiteral("schema"));
    for (const char* section :
         {"'activities'", "'states'", "'transitions'", "'classification'", "'funding'"}) {
        EXPECT_TRUE(std::any_of(issues.begin(), issues.end(), [&](const RulesetIssue& i) {
            return i.message.contains(QLatin1String(section));
        })) << section;
    }
}

TEST(RulesetLoader, ExpandsSourceKeys)
{
    const Result<RulesetPtr> r = RulesetLoader::loadFile(testData("data/rulesets/minimal.json"));
    ASSERT_TRUE(r.ok());
    const Ruleset& rs = *r.value();
    ASSERT_NE(rs.source(QStringLiteral("TEST")), nullptr);
    const QString title = rs.source(QStringLiteral("TEST"))->title;
    EXPECT_EQ(rs.expandSource(QStringLiteral("TEST")), QStringLiteral("TEST, ") + title);
    EXPECT_EQ(rs.expandSource(QStringLiteral("TEST; PMD Act Art. 23-2-5")),
              QStringLiteral("TEST, ") + title + QStringLiteral("; PMD Act Art. 23-2-5"));
    EXPECT_EQ(rs.expandSource(QStringLiteral("free citation")), QStringLiteral("free citation"));
}

} // namespace
} // namespace shirube::core
