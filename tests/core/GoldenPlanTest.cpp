// SPDX-License-Identifier: Apache-2.0
// The golden cases of tests/golden/{classification,routes,funding,examples}/*.json (format:
// tests/golden/README.md), each planned with the built-in ruleset and checked key by key. A file that
// does not parse, a case without a profile, an unknown `expect` key or a mismatch fails; no files at all
// is not a failure (the suite is then empty and GoldenFiles.Present is skipped).

#include "core/planning/Planner.h"
#include "core/rules/RulesetLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;

namespace {

struct GoldenCase
{
    QString file; // relative to tests/golden
    int index = 0;
    QString name;
    QJsonObject object;
    QString loadError; // non-empty: the file or the case is malformed
};

const QStringList& goldenDirs()
{
    static const QStringList dirs = {QStringLiteral("classification"), QStringLiteral("routes"),
                                     QStringLiteral("funding"), QStringLiteral("examples"),
                                     QStringLiteral("honest")};
    return dirs;
}

std::vector<GoldenCase> loadCases()
{
    std::vector<GoldenCase> cases;
    const QDir root(shirube::test::testData("golden"));
    for (const QString& dir : goldenDirs()) {
        const QDir d(root.filePath(dir));
        const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& fileName : files) {
            const QString rel = dir + QLatin1Char('/') + fileName;
            QFile f(d.filePath(fileName));
            GoldenCase broken;
            broken.file = rel;
            broken.name = QStringLiteral("file");
            if (!f.open(QIODevice::ReadOnly)) {
                broken.loadError = QStringLiteral("cannot read ") + rel;
                cases.push_back(broken);
                continue;
            }
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
            const QJsonValue list = doc.object().value(QStringLiteral("cases"));
            if (error.error != QJsonParseError::NoError || !list.isArray() || list.toArray().isEmpty()) {
                broken.loadError =
                    rel + QStringLiteral(": ") +
                    (error.error != QJsonParseError::NoError
                         ? error.errorString() + QStringLiteral(" at offset ") + QString::number(error.offset)
                         : QStringLiteral("expected {\"cases\": [ … ]} with at least one case"));
                cases.push_back(broken);
                continue;
            }
            const QJsonArray arr = list.toArray();
            for (qsizetype i = 0; i < arr.size(); ++i) {
                GoldenCase c;
                c.file = rel;
                c.index = int(i);
                c.object = arr[i].toObject();
                c.name = c.object.value(QStringLiteral("name")).toString();
                if (!arr[i].isObject())
                    c.loadError = QStringLiteral("case is not an object");
                cases.push_back(c);
            }
        }
    }
    return cases;
}

std::string caseName(const ::testing::TestParamInfo<GoldenCase>& info)
{
    QString base = info.param.file;
    base.chop(5); // ".json"
    QString name = base + QLatin1Char('_') + QString::number(info.param.index);
    static const QRegularExpression notWord(QStringLiteral("[^A-Za-z0-9]+"));
    name.replace(notWord, QStringLiteral("_"));
    return name.toStdString();
}

const Planner* builtinPlanner(QString& error)
{
    static const Result<RulesetPtr> loaded = RulesetLoader::loadBuiltin();
    if (!loaded.ok()) {
        error = loaded.error().toString();
        return nullptr;
    }
    static const Planner planner(loaded.value());
    return &planner;
}

QStringList toStrings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

QStringList activitiesOf(const Route& r)
{
    QStringList out;
    for (const RouteStep& s : r.steps)
        out << s.activity;
    return out;
}

std::string describeRoutes(const Plan& plan)
{
    QStringList lines;
    for (const Route& r : plan.routes)
        lines << r.id + QStringLiteral(": ") + activitiesOf(r).join(QStringLiteral(", "));
    return lines.isEmpty() ? std::string("(no routes)") : lines.join(QStringLiteral("\n")).toStdString();
}

const FundingMatch* findFunding(const Plan& plan, const QString& id)
{
    for (const FundingMatch& f : plan.funding) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

class GoldenPlan : public ::testing::TestWithParam<GoldenCase>
{
};

} // namespace

TEST_P(GoldenPlan, MatchesExpectations)
{
    const GoldenCase& gc = GetParam();
    SCOPED_TRACE(gc.file.toStdString() + " #" + std::to_string(gc.index) + " \"" + gc.name.toStdString() +
                 "\"");
    ASSERT_TRUE(gc.loadError.isEmpty()) << gc.loadError.toStdString();
    const QJsonObject& c = gc.object;
    for (auto it = c.begin(); it != c.end(); ++it) {
        static const QStringList known = {QStringLiteral("name"),    QStringLiteral("profile_file"),
                                          QStringLiteral("profile"), QStringLiteral("as_of"),
                                          QStringLiteral("source"),  QStringLiteral("expect"),
                                          QStringLiteral("note")};
        EXPECT_TRUE(known.contains(it.key()) || it.key().startsWith(QLatin1Char('_')))
            << "unknown case key '" << it.key().toStdString() << "'";
    }
    EXPECT_FALSE(gc.name.isEmpty()) << "a case needs a name";

    // The profile.
    QJsonObject profileObject;
    if (c.contains(QStringLiteral("profile_file"))) {
        const QString path = shirube::test::sourcePath(
            c.value(QStringLiteral("profile_file")).toString().toUtf8().constData());
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << "cannot read " << path.toStdString();
        profileObject = QJsonDocument::fromJson(f.readAll()).object();
    } else {
        ASSERT_TRUE(c.value(QStringLiteral("profile")).isObject()) << "a case needs profile or profile_file";
        profileObject = c.value(QStringLiteral("profile")).toObject();
    }
    const Result<Profile> profile = Profile::fromJson(profileObject);
    ASSERT_TRUE(profile.ok()) << profile.error().toString().toStdString();

    QString loadError;
    const Planner* planner = builtinPlanner(loadError);
    ASSERT_TRUE(planner) << "the built-in ruleset does not load: " << loadError.toStdString();

    PlanOptions options;
    const QString asOf = c.value(QStringLiteral("as_of")).toString(QStringLiteral("2025-04"));
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = ym.match(asOf);
    ASSERT_TRUE(m.hasMatch()) << "as_of must be YYYY-MM: " << asOf.toStdString();
    options.asOfYear = m.captured(1).toInt();
    options.asOfMonth = m.captured(2).toInt();
    const Plan plan = planner->plan(profile.value(), options);
    const Classification& cls = plan.classification;

    const QJsonObject expect = c.value(QStringLiteral("expect")).toObject();
    ASSERT_FALSE(expect.isEmpty()) << "a case needs a non-empty expect";
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        SCOPED_TRACE("expect." + key.toStdString());
        if (key == QLatin1String("regulated")) {
            if (v.isNull())
                EXPECT_FALSE(cls.regulated.has_value()) << "regulated is " << *cls.regulated;
            else
                EXPECT_EQ(cls.regulated, std::optional<bool>(v.toBool()));
        } else if (key == QLatin1String("class")) {
            if (v.isNull())
                EXPECT_FALSE(cls.deviceClass.has_value()) << "class is " << *cls.deviceClass;
            else
                EXPECT_EQ(cls.deviceClass, std::optional<int>(v.toInt()));
        } else if (key == QLatin1String("procedure")) {
            EXPECT_EQ(cls.procedure, v.isNull() ? QString() : v.toString());
        } else if (key == QLatin1String("review_category")) {
            EXPECT_EQ(cls.reviewCategory, v.isNull() ? QString() : v.toString());
        } else if (key == QLatin1String("rationale_rules_include")) {
            QStringList rules;
            for (const RationaleItem& r : cls.rationale)
                rules << r.rule;
            for (const QString& want : toStrings(v))
                EXPECT_TRUE(rules.contains(want)) << want.toStdString() << " not in ["
                                                  << rules.join(QStringLiteral(", ")).toStdString() << "]";
        } else if (key == QLatin1String("best_route_activities")) {
            ASSERT_FALSE(plan.routes.empty()) << "no routes";
            const QStringList have = activitiesOf(plan.routes.front());
            for (const QString& want : toStrings(v))
                EXPECT_TRUE(have.contains(want)) << want.toStdString() << " not in the best route\n"
                                                 << describeRoutes(plan);
        } else if (key == QLatin1String("some_route_activities")) {
            const QStringList wanted = toStrings(v);
            bool found = false;
            for (const Route& r : plan.routes) {
                const QStringList have = activitiesOf(r);
                found = found || std::all_of(wanted.begin(), wanted.end(),
                                             [&have](const QString& a) { return have.contains(a); });
            }
            EXPECT_TRUE(found) << "no route has all of " << wanted.join(QStringLiteral(", ")).toStdString()
                               << "\n"
                               << describeRoutes(plan);
        } else if (key == QLatin1String("no_route_activities")) {
            for (const QString& unwanted : toStrings(v)) {
                for (const Route& r : plan.routes)
                    EXPECT_FALSE(activitiesOf(r).contains(unwanted))
                        << unwanted.toStdString() << " in route " << r.id.toStdString();
            }
        } else if (key == QLatin1String("route_ids_include")) {
            QStringList ids;
            for (const Route& r : plan.routes)
                ids << r.id;
            for (const QString& want : toStrings(v))
                EXPECT_TRUE(ids.contains(want)) << want.toStdString() << " not in ["
                                                << ids.join(QStringLiteral(", ")).toStdString() << "]";
        } else if (key == QLatin1String("min_routes")) {
            EXPECT_GE(int(plan.routes.size()), v.toInt()) << describeRoutes(plan);
        } else if (key == QLatin1String("designations")) {
            const QJsonObject wanted = v.toObject();
            for (auto d = wanted.begin(); d != wanted.end(); ++d) {
                const auto found = std::find_if(plan.designations.begin(), plan.designations.end(),
                                                [&d](const DesignationResult& r) { return r.id == d.key(); });
                ASSERT_NE(found, plan.designations.end()) << "no designation " << d.key().toStdString();
                const QStringList allowed =
                    d.value().isArray() ? toStrings(d.value()) : QStringList{d.value().toString()};
                EXPECT_TRUE(allowed.contains(found->eligible))
                    << d.key().toStdString() << " is " << found->eligible.toStdString()
                    << ", expected one of [" << allowed.join(QStringLiteral(", ")).toStdString() << "]\n"
                    << found->reasons.join(QStringLiteral("\n")).toStdString();
            }
        } else if (key == QLatin1String("funding")) {
            for (const QString& id : toStrings(v))
                EXPECT_TRUE(findFunding(plan, id)) << id.toStdString() << " not matched";
        } else if (key == QLatin1String("funding_strong")) {
            for (const QString& id : toStrings(v)) {
                const FundingMatch* f = findFunding(plan, id);
                ASSERT_TRUE(f) << id.toStdString() << " not matched";
                EXPECT_EQ(f->fit, QStringLiteral("strong"))
                    << id.toStdString() << "\n"
                    << f->reasons.join(QStringLiteral("\n")).toStdString();
            }
        } else if (key == QLatin1String("funding_absent")) {
            for (const QString& id : toStrings(v))
                EXPECT_FALSE(findFunding(plan, id)) << id.toStdString() << " matched but should not";
        } else if (key == QLatin1String("funding_area")) {
            const QJsonObject wanted = v.toObject();
            for (auto a = wanted.begin(); a != wanted.end(); ++a) {
                const FundingMatch* f = findFunding(plan, a.key());
                ASSERT_TRUE(f) << a.key().toStdString() << " not matched";
                EXPECT_EQ(f->area, a.value().toString()) << a.key().toStdString();
            }
        } else if (key == QLatin1String("warnings_contain")) {
            for (const QString& want : toStrings(v)) {
                const bool found = std::any_of(plan.warnings.begin(), plan.warnings.end(),
                                               [&want](const QString& w) { return w.contains(want); });
                EXPECT_TRUE(found) << "no warning contains '" << want.toStdString() << "'; warnings:\n"
                                   << plan.warnings.join(QStringLiteral("\n")).toStdString();
            }
        } else if (key == QLatin1String("deciding_questions_include")) {
            for (const QString& want : toStrings(v))
                EXPECT_TRUE(cls.decidingQuestions.contains(want))
                    << want.toStdString() << " not in ["
                    << cls.decidingQuestions.join(QStringLiteral(", ")).toStdString() << "]";
        } else if (key == QLatin1String("assumed_include") || key == QLatin1String("assumed_exclude")) {
            QStringList paths;
            for (const AssumedAnswer& a : plan.assumed)
                paths << a.path;
            const bool include = key == QLatin1String("assumed_include");
            for (const QString& want : toStrings(v))
                EXPECT_EQ(paths.contains(want), include)
                    << want.toStdString() << (include ? " not" : "") << " in the assumed answers ["
                    << paths.join(QStringLiteral(", ")).toStdString() << "]";
        } else if (key == QLatin1String("headline_route")) {
            ASSERT_FALSE(plan.routes.empty()) << "no routes";
            EXPECT_EQ(plan.routes.front().id, v.toString()) << describeRoutes(plan);
            EXPECT_TRUE(plan.routes.front().headline);
            EXPECT_FALSE(plan.routes.front().chance.has_value())
                << "the headline assumes a selective designation";
        } else if (key == QLatin1String("best_route_designations")) {
            ASSERT_FALSE(plan.routes.empty()) << "no routes";
            EXPECT_EQ(plan.routes.front().designations, toStrings(v)) << describeRoutes(plan);
        } else if (key == QLatin1String("route_chance")) {
            const QJsonObject wanted = v.toObject();
            for (auto w = wanted.begin(); w != wanted.end(); ++w) {
                const auto r = std::find_if(plan.routes.begin(), plan.routes.end(),
                                            [&w](const Route& x) { return x.id == w.key(); });
                ASSERT_NE(r, plan.routes.end()) << "no route " << w.key().toStdString() << "\n"
                                                << describeRoutes(plan);
                ASSERT_TRUE(r->chance.has_value()) << w.key().toStdString();
                EXPECT_NEAR(*r->chance, w.value().toDouble(), 1e-9) << w.key().toStdString();
            }
        } else if (key == QLatin1String("no_route_states")) {
            for (const QString& unwanted : toStrings(v)) {
                for (const Route& r : plan.routes)
                    EXPECT_FALSE(r.states.contains(unwanted))
                        << unwanted.toStdString() << " in route " << r.id.toStdString();
            }
        } else if (key == QLatin1String("best_route_excludes")) {
            ASSERT_FALSE(plan.routes.empty()) << "no routes";
            for (const QString& unwanted : toStrings(v))
                EXPECT_FALSE(activitiesOf(plan.routes.front()).contains(unwanted))
                    << unwanted.toStdString() << " in the best route\n"
                    << describeRoutes(plan);
        } else if (key == QLatin1String("best_route_p50_at_most")) {
            ASSERT_FALSE(plan.routes.empty()) << "no routes";
            EXPECT_LE(plan.routes.front().months.p50, v.toDouble()) << describeRoutes(plan);
        } else if (key == QLatin1String("best_route_p80_at_most")) {
            ASSERT_FALSE(plan.routes.empty()) << "no routes";
            EXPECT_LE(plan.routes.front().months.p80, v.toDouble()) << describeRoutes(plan);
        } else if (key == QLatin1String("scenario_routes_consistent")) {
            // Every route's answers are one consistent set: no route assumes an unanswered value.
            for (const Route& r : plan.routes)
                EXPECT_TRUE(r.assumptions.isEmpty())
                    << r.id.toStdString() << ": " << r.assumptions.join(QStringLiteral("; ")).toStdString();
            QStringList ids;
            for (const Route& r : plan.routes)
                ids << r.id;
            EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        } else {
            ADD_FAILURE() << "unknown expect key '" << key.toStdString()
                          << "' (tests/golden/README.md lists the keys)";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenPlan, ::testing::ValuesIn(loadCases()), caseName);
// While tests/golden holds no case files the suite is empty, which is not an error.
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(GoldenPlan);

TEST(GoldenFiles, Present)
{
    int files = 0;
    const QDir root(shirube::test::testData("golden"));
    for (const QString& dir : goldenDirs())
        files += int(QDir(root.filePath(dir)).entryList({QStringLiteral("*.json")}, QDir::Files).size());
    EXPECT_GT(files, 0) << "no golden case files under tests/golden";
    EXPECT_GT(loadCases().size(), 0u);
}
