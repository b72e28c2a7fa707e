// SPDX-License-Identifier: Apache-2.0
#pragma once

// shirube-cli is split by command family; main.cpp dispatches. Each run* takes the arguments after
// the command word (e.g. for `shirube-cli project list X`, args = {"list", "X"}) and returns the exit
// code of app/cli/README.md: 0 ok, 1 other, 2 usage, 3 invalid profile, 4 invalid ruleset, 5 project
// refused.

#include <QStringList>
#include <QTextStream>

#include <memory>

class QCoreApplication;

namespace shirube::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitOther = 1,
    ExitUsage = 2,
    ExitInvalidProfile = 3,
    ExitInvalidRuleset = 4,
    ExitProjectRefused = 5,
};

int runPlan(const QStringList& args, QTextStream& out, QTextStream& err);
int runRuleset(const QStringList& args, QTextStream& out, QTextStream& err);
int runFunding(const QStringList& args, QTextStream& out, QTextStream& err);
int runProject(const QStringList& args, QTextStream& out, QTextStream& err);
// `jmdn search|show|import`: the Japanese generic-name table (JmdnCommands.cpp).
int runJmdn(const QStringList& args, QTextStream& out, QTextStream& err);
// `plan PROJECT.shirube [--format …]`: plans every product of a project file (ProjectCommands.cpp).
int runPlanProject(const QString& projectFile, const QStringList& args, QTextStream& out, QTextStream& err);
// `backtest [DIR] [--format text|json] [--samples N] [--ruleset FILE]`: replays real authorisations
// (resources/backtest/cases) and compares the plans' months with theirs (BacktestCommands.cpp).
int runBacktest(const QStringList& args, QTextStream& out, QTextStream& err);
// `report PROFILE|PROJECT --format pdf|ics|xlsx -o FILE`: the client roadmap (ReportCommands.cpp).
int runReport(const QStringList& args, QTextStream& out, QTextStream& err);
// The application object: a QGuiApplication (offscreen) for `report`, which draws the PDF, when built
// with the GUI libraries; a QCoreApplication for every other command.
std::unique_ptr<QCoreApplication> makeCliApplication(int& argc, char** argv);

} // namespace shirube::cli
