// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers of the export tests: a plan of a bundled example, and running a reader program.

#include "core/export/Roadmap.h"
#include "core/planning/Planner.h"
#include "core/profile/Profile.h"
#include "core/rules/RulesetLoader.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace shirube::test {

struct ProgramResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ProgramResult runProgram(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    ProgramResult r;
    if (!process.waitForStarted(30000) || !process.waitForFinished(240000)) {
        ADD_FAILURE() << program.toStdString() << " did not run: " << process.errorString().toStdString();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

inline QString examplePath(const QString& name)
{
    return QStringLiteral(SHIRUBE_SOURCE_DIR "/resources/examples/") + name;
}

inline core::Profile exampleProfile(const QString& name)
{
    QFile file(examplePath(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    core::Result<core::Profile> p = core::Profile::parse(file.readAll());
    EXPECT_TRUE(p.ok()) << name.toStdString();
    return p.ok() ? p.value() : core::Profile();
}

// The plan `shirube-cli report` makes for an example (same options: default samples, --as-of, --lang).
inline core::Plan examplePlan(const QString& name, core::Lang lang, int year = 2026, int month = 4,
                              int samples = 10000)
{
    core::Result<core::RulesetPtr> ruleset = core::RulesetLoader::loadBuiltin();
    EXPECT_TRUE(ruleset.ok());
    core::PlanOptions options;
    options.asOfYear = year;
    options.asOfMonth = month;
    options.lang = lang;
    options.samples = samples;
    return core::Planner(ruleset.value()).plan(exampleProfile(name), options);
}

// One entry of a zip archive (an .xlsx part), read with unzip -p.
inline QByteArray zipEntry(const QString& zip, const QString& entry)
{
    const ProgramResult r = runProgram(QStringLiteral(SHIRUBE_UNZIP), {QStringLiteral("-p"), zip, entry});
    EXPECT_EQ(r.exitCode, 0) << "unzip -p " << zip.toStdString() << ' ' << entry.toStdString() << ": "
                             << r.err.toStdString();
    return r.out;
}

} // namespace shirube::test
