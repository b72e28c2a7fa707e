// SPDX-License-Identifier: Apache-2.0
// Data-driven shirube-cli cases: tests/cli/data/cases.json lists arguments, the exit code and the
// substrings stdout and stderr must contain. A new case needs no C++.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <string>
#include <vector>

#include "tests/cli/CliRunner.h"

using shirube::test::cliData;
using shirube::test::runCli;

namespace {

struct CliCase
{
    std::string name;
    QJsonObject spec;
};

void PrintTo(const CliCase& c, std::ostream* os)
{
    *os << c.name;
}

QString expand(QString text)
{
    text.replace(QStringLiteral("{data}"), QStringLiteral(SHIRUBE_CLI_DATA_DIR));
    text.replace(QStringLiteral("{version}"), QStringLiteral(SHIRUBE_VERSION));
    return text;
}

std::vector<CliCase> loadCases()
{
    std::vector<CliCase> cases;
    QFile file(cliData(QStringLiteral("cases.json")));
    if (!file.open(QIODevice::ReadOnly))
        return cases;
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
    for (const QJsonValue& v : list)
        cases.push_back({v.toObject().value(QStringLiteral("name")).toString().toStdString(), v.toObject()});
    return cases;
}

class CliCases : public ::testing::TestWithParam<CliCase>
{
};

TEST(CliCasesFile, HasCases)
{
    // Guards the parameterised suite below against an unreadable or empty case file.
    EXPECT_GE(loadCases().size(), 20u);
}

TEST_P(CliCases, ExitCodeAndMessages)
{
    const QJsonObject spec = GetParam().spec;
    QStringList args;
    for (const QJsonValue& a : spec.value(QStringLiteral("args")).toArray())
        args << expand(a.toString());
    QByteArray input;
    if (spec.contains(QStringLiteral("stdin_file"))) {
        QFile in(expand(spec.value(QStringLiteral("stdin_file")).toString()));
        ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << in.fileName().toStdString();
        input = in.readAll();
    }
    const shirube::test::CliResult r = runCli(args, input);
    ASSERT_FALSE(r.crashed) << r.err.toStdString();
    EXPECT_EQ(r.exitCode, spec.value(QStringLiteral("exit")).toInt())
        << "stdout: " << r.out.left(2000).toStdString() << "\nstderr: " << r.err.left(2000).toStdString();
    for (const QJsonValue& v : spec.value(QStringLiteral("stdout")).toArray()) {
        EXPECT_TRUE(r.outText().contains(expand(v.toString())))
            << "stdout lacks '" << v.toString().toStdString() << "':\n"
            << r.out.left(2000).toStdString();
    }
    for (const QJsonValue& v : spec.value(QStringLiteral("stderr")).toArray()) {
        EXPECT_TRUE(r.errText().contains(expand(v.toString())))
            << "stderr lacks '" << v.toString().toStdString() << "':\n"
            << r.err.left(2000).toStdString();
    }
    if (spec.value(QStringLiteral("stdout_empty")).toBool()) {
        EXPECT_TRUE(r.out.isEmpty()) << "stdout should be empty (results only on success):\n"
                                     << r.out.left(2000).toStdString();
    }
    if (spec.value(QStringLiteral("stderr_empty")).toBool()) {
        EXPECT_TRUE(r.err.isEmpty()) << "stderr should be empty:\n" << r.err.left(2000).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, CliCases, ::testing::ValuesIn(loadCases()),
                         [](const ::testing::TestParamInfo<CliCase>& param) { return param.param.name; });

} // namespace
