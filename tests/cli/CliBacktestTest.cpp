// SPDX-License-Identifier: Apache-2.0
// `shirube-cli backtest`: the JSON shape, real months from the case dates, the consistency of
// p50_error / inside_p80 with p50 / p80 / real, a bad case file reported by name with exit 3, and
// determinism. The fixtures in data/backtest: one approval, one certification, one bad profile field.

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <gtest/gtest.h>

#include "tests/cli/CliRunner.h"

using shirube::test::cliData;
using shirube::test::parseObject;
using shirube::test::runCli;

namespace {

// Few samples keep the tests quick; the figures only need to be consistent.
const QStringList kFast = {QStringLiteral("--samples"), QStringLiteral("200")};

QJsonObject caseNamed(const QJsonArray& cases, const QString& file)
{
    for (const QJsonValue& v : cases) {
        if (v.toObject().value(QStringLiteral("file")).toString() == file)
            return v.toObject();
    }
    return {};
}

// p50_error and inside_p80 follow from p50, p80 and real_months (errors rounded to 0.001).
void expectConsistent(const QJsonObject& c)
{
    const double real = c.value(QStringLiteral("real_months")).toDouble();
    const double p50 = c.value(QStringLiteral("p50")).toDouble();
    const double p80 = c.value(QStringLiteral("p80")).toDouble();
    ASSERT_GT(real, 0);
    EXPECT_NEAR(c.value(QStringLiteral("p50_error")).toDouble(), (p50 - real) / real, 0.0005 + 1e-9);
    EXPECT_EQ(c.value(QStringLiteral("inside_p80")).toBool(), real <= p80);
    EXPECT_LE(p50, p80);
}

class CliBacktest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QStringList args = {QStringLiteral("backtest"), cliData(QStringLiteral("backtest")),
                            QStringLiteral("--format"), QStringLiteral("json")};
        s_result = new shirube::test::CliResult(runCli(args + kFast));
    }
    static void TearDownTestSuite()
    {
        delete s_result;
        s_result = nullptr;
    }
    static const shirube::test::CliResult& result() { return *s_result; }
    static QJsonObject json()
    {
        QString error;
        const QJsonObject o = parseObject(s_result->out, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString() << "\n" << s_result->out.toStdString();
        return o;
    }

private:
    static inline shirube::test::CliResult* s_result = nullptr;
};

TEST_F(CliBacktest, BadCaseFileIsNamedAndExits3)
{
    ASSERT_FALSE(result().crashed);
    EXPECT_EQ(result().exitCode, 3);
    EXPECT_TRUE(
        result().errText().contains(QStringLiteral("bad-significance.json: profile.software.significance")))
        << result().err.toStdString();
    const QJsonArray errors = json().value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0].toObject().value(QStringLiteral("file")).toString(),
              QStringLiteral("bad-significance.json"));
    EXPECT_EQ(errors[0].toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("profile.software.significance"));
}

TEST_F(CliBacktest, JsonShape)
{
    const QJsonObject o = json();
    for (const char* key :
         {"products", "median_abs_p50_error", "p80_coverage", "by_procedure", "by_start_event", "cases"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_EQ(o.value(QStringLiteral("products")).toInt(), 2); // the bad file is not a product
    const QJsonArray cases = o.value(QStringLiteral("cases")).toArray();
    ASSERT_EQ(cases.size(), 2);
    for (const QJsonValue& v : cases) {
        const QJsonObject c = v.toObject();
        for (const char* key : {"name", "file", "procedure", "start", "start_event", "real_months", "p50",
                                "p80", "p50_error", "inside_p80", "route"})
            EXPECT_TRUE(c.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(c.value(QStringLiteral("route")).isString());
    }
    const QJsonObject byProcedure = o.value(QStringLiteral("by_procedure")).toObject();
    EXPECT_EQ(byProcedure.keys(), (QStringList{QStringLiteral("approval"), QStringLiteral("certification")}));
    EXPECT_EQ(
        byProcedure.value(QStringLiteral("approval")).toObject().value(QStringLiteral("products")).toInt(),
        1);
    const QJsonObject byStart = o.value(QStringLiteral("by_start_event")).toObject();
    EXPECT_EQ(byStart.keys(), QStringList{QStringLiteral("filed")});
    EXPECT_EQ(byStart.value(QStringLiteral("filed")).toObject().value(QStringLiteral("products")).toInt(), 2);
}

TEST_F(CliBacktest, RealMonthsFromTheDates)
{
    const QJsonArray cases = json().value(QStringLiteral("cases")).toArray();
    // 2021-05 -> 2022-04 and 2023-11 -> 2024-06 (across a year boundary).
    EXPECT_EQ(
        caseNamed(cases, QStringLiteral("approval-app.json")).value(QStringLiteral("real_months")).toInt(),
        11);
    EXPECT_EQ(caseNamed(cases, QStringLiteral("certified-ultrasound.json"))
                  .value(QStringLiteral("real_months"))
                  .toInt(),
              7);
    EXPECT_EQ(caseNamed(cases, QStringLiteral("certified-ultrasound.json"))
                  .value(QStringLiteral("procedure"))
                  .toString(),
              QStringLiteral("certification"));
}

TEST_F(CliBacktest, ErrorsConsistentWithMonths)
{
    const QJsonObject o = json();
    const QJsonArray cases = o.value(QStringLiteral("cases")).toArray();
    std::vector<double> absErrors;
    int inside = 0;
    for (const QJsonValue& v : cases) {
        expectConsistent(v.toObject());
        absErrors.push_back(std::abs(v.toObject().value(QStringLiteral("p50_error")).toDouble()));
        inside += v.toObject().value(QStringLiteral("inside_p80")).toBool() ? 1 : 0;
        const QJsonObject insurance = v.toObject().value(QStringLiteral("insurance")).toObject();
        if (!insurance.isEmpty())
            expectConsistent(insurance);
    }
    ASSERT_EQ(absErrors.size(), 2u);
    // Two products: the median is the mean of the two absolute errors.
    EXPECT_NEAR(o.value(QStringLiteral("median_abs_p50_error")).toDouble(), (absErrors[0] + absErrors[1]) / 2,
                0.0015);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("p80_coverage")).toDouble(), inside / 2.0);
}

TEST_F(CliBacktest, InsuranceIsSecondary)
{
    const QJsonArray cases = json().value(QStringLiteral("cases")).toArray();
    const QJsonObject approval = caseNamed(cases, QStringLiteral("approval-app.json"));
    const QJsonObject insurance = approval.value(QStringLiteral("insurance")).toObject();
    if (!insurance.isEmpty()) {
        EXPECT_EQ(insurance.value(QStringLiteral("real_months")).toInt(), 16); // 2021-05 -> 2022-09
    }
    EXPECT_FALSE(
        caseNamed(cases, QStringLiteral("certified-ultrasound.json")).contains(QStringLiteral("insurance")));
}

TEST_F(CliBacktest, Deterministic)
{
    const shirube::test::CliResult again =
        runCli(QStringList{QStringLiteral("backtest"), cliData(QStringLiteral("backtest")),
                           QStringLiteral("--format"), QStringLiteral("json")} +
               kFast);
    EXPECT_EQ(again.out, result().out);
}

TEST(CliBacktestText, OneLinePerCaseAndSummary)
{
    const shirube::test::CliResult r = runCli(
        QStringList{QStringLiteral("backtest"), cliData(QStringLiteral("backtest/approval-app.json"))} +
        kFast);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = r.outText();
    EXPECT_TRUE(text.contains(QStringLiteral("approval-app"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Products: 1")));
    EXPECT_TRUE(text.contains(QStringLiteral("Median |P50 error|: ")));
    EXPECT_TRUE(text.contains(QStringLiteral("P80 coverage: ")));
    EXPECT_TRUE(text.contains(QStringLiteral("Test approval app (fixture)")));
}

} // namespace
