// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers shared by the shirube-cli commands: option parsing with usage errors that say what is
// expected, file reading, ruleset loading (--ruleset), --as-of / --lang parsing and error printing.

#include "app/cli/Commands.h"
#include "core/common/Result.h"
#include "core/common/Text.h"
#include "core/rules/Ruleset.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <vector>

namespace shirube::core {
struct PlanOptions;
}

namespace shirube::cli {

// One option a command accepts. An empty valueName makes it a switch (no value).
struct OptionDef
{
    QString name;        // "--format"
    QString valueName;   // "json|markdown|csv", "K", "FILE"; empty for a switch
    QStringList allowed; // when not empty, the value must be one of these
};

struct ParsedArgs
{
    QStringList positional;
    QHash<QString, QString> values; // option name -> value ("" for a switch)

    bool has(const QString& name) const { return values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const
    {
        return values.value(name, fallback);
    }
};

// Parses `--name value`, `--name=value` and switches; `--` ends the options and a lone `-` is a
// positional (stdin). On a usage error prints "shirube-cli COMMAND: …" plus the usage line to `err`
// and returns nullopt. `--help` / `-h` is reported as a value "--help" so the caller can print help.
std::optional<ParsedArgs> parseOptions(const QStringList& args, const std::vector<OptionDef>& defs,
                                       const QString& command, const QString& usage, QTextStream& err);

// Prints "shirube-cli COMMAND: message" and the usage line; returns ExitUsage.
int usageError(QTextStream& err, const QString& command, const QString& message, const QString& usage);

// With exactly one positional argument: nullopt. Else prints "missing WHAT" or "expected one WHAT, got
// N files" as a usage error and returns ExitUsage.
std::optional<int> expectOneInput(const ParsedArgs& parsed, QTextStream& err, const QString& command,
                                  const QString& what, const QString& usage);

// Reads a whole file ("-" = stdin, ":/…" a built-in resource) of at most `cap` bytes; `what` names the
// kind in messages ("a profile"). Devices, FIFOs and folders are refused before anything is read. On
// failure prints "shirube-cli: cannot read FILE: reason" (the cap, when that is the reason).
std::optional<QByteArray> readInput(const QString& fileName, QTextStream& err, qint64 cap,
                                    const QString& what);

// The ruleset: the built-in one, or FILE when non-empty. On failure prints every problem (or why
// the file cannot be read), sets `exitCode` (ExitInvalidRuleset, or ExitOther when unreadable) and
// returns nullptr.
core::RulesetPtr loadRuleset(const QString& fileName, QTextStream& err, int& exitCode);

// "2026-04" -> {2026, 4}; nullopt unless YYYY-MM with a month 01..12 and a year 1900..9999.
std::optional<std::pair<int, int>> parseYearMonth(const QString& text);

// Applies --as-of, --lang, --routes and --samples to `options`; prints a usage error and returns
// false when one of them is malformed.
bool applyPlanOptions(const ParsedArgs& args, core::PlanOptions& options, const QString& command,
                      const QString& usage, QTextStream& err);

// "FILE: path: message", "FILE:LINE: message" — the way every command reports a core::Error.
QString describeError(const QString& fileName, const core::Error& error);
// The exit code of app/cli/README.md for an error code.
int exitCodeFor(core::ErrorCode code);

// Writes UTF-8 bytes to the stream's device when it has one (no QString round trip), else as text.
void writeUtf8(QTextStream& out, const QByteArray& bytes);

// True for a Shirube project file: a name ending in .shirube, or a file starting with the SQLite header.
bool looksLikeProjectFile(const QString& fileName);

} // namespace shirube::cli
