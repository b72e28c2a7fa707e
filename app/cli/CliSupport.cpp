// SPDX-License-Identifier: Apache-2.0
#include "app/cli/CliSupport.h"

#include "core/common/BoundedRead.h"
#include "core/planning/Plan.h"
#include "core/rules/RulesetLoader.h"
#include "core/storage/ProjectStore.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>

#include <cstdio>

namespace shirube::cli {

namespace {

const OptionDef* findOption(const std::vector<OptionDef>& defs, const QString& name)
{
    for (const OptionDef& d : defs) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

QString optionList(const std::vector<OptionDef>& defs)
{
    QStringList names;
    for (const OptionDef& d : defs)
        names << d.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

int usageError(QTextStream& err, const QString& command, const QString& message, const QString& usage)
{
    err << "shirube-cli " << command << ": " << message << '\n';
    if (!usage.isEmpty())
        err << "usage: " << usage << '\n';
    err << "Try 'shirube-cli " << command << " --help'.\n";
    err.flush();
    return ExitUsage;
}

std::optional<int> expectOneInput(const ParsedArgs& parsed, QTextStream& err, const QString& command,
                                  const QString& what, const QString& usage)
{
    if (parsed.positional.size() == 1)
        return std::nullopt;
    return usageError(err, command,
                      parsed.positional.isEmpty()
                          ? QString(QStringLiteral("missing ") + what)
                          : QString(QStringLiteral("expected one ") + what + QStringLiteral(", got ") +
                                    QString::number(parsed.positional.size()) + QStringLiteral(" files")),
                      usage);
}

std::optional<ParsedArgs> parseOptions(const QStringList& args, const std::vector<OptionDef>& defs,
                                       const QString& command, const QString& usage, QTextStream& err)
{
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            parsed.positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            parsed.values.insert(QStringLiteral("--help"), QString());
            continue;
        }
        QString name = arg;
        std::optional<QString> inlineValue;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            name = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
        }
        const OptionDef* def = findOption(defs, name);
        if (!def) {
            usageError(err, command,
                       QStringLiteral("unknown option '") + name +
                           (defs.empty() ? QStringLiteral("'; it takes none")
                                         : QStringLiteral("'; expected one of: ") + optionList(defs)),
                       usage);
            return std::nullopt;
        }
        if (parsed.values.contains(name)) {
            usageError(err, command, QStringLiteral("option ") + name + QStringLiteral(" given twice"),
                       usage);
            return std::nullopt;
        }
        if (def->valueName.isEmpty()) {
            if (inlineValue) {
                usageError(err, command, QStringLiteral("option ") + name + QStringLiteral(" takes no value"),
                           usage);
                return std::nullopt;
            }
            parsed.values.insert(name, QString());
            continue;
        }
        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            usageError(err, command,
                       QStringLiteral("option ") + name + QStringLiteral(" needs a value: ") + def->valueName,
                       usage);
            return std::nullopt;
        }
        if (!def->allowed.isEmpty() && !def->allowed.contains(value)) {
            usageError(err, command,
                       QStringLiteral("'") + value + QStringLiteral("' is not allowed for ") + name +
                           QStringLiteral("; expected one of: ") + def->allowed.join(QStringLiteral(", ")),
                       usage);
            return std::nullopt;
        }
        parsed.values.insert(name, value);
    }
    return parsed;
}

std::optional<QByteArray> readInput(const QString& fileName, QTextStream& err, qint64 cap,
                                    const QString& what)
{
    // The built-in ruleset is a Qt resource, not a file on disk.
    if (fileName.startsWith(QLatin1String(":/"))) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "shirube-cli: cannot read " << fileName << ": " << file.errorString() << '\n';
            err.flush();
            return std::nullopt;
        }
        return file.readAll();
    }
    if (fileName == QLatin1String("-")) {
        core::Result<QByteArray> bytes = core::readStdin(cap, what);
        if (!bytes.ok()) {
            err << "shirube-cli: " << bytes.error().message << '\n';
            err.flush();
            return std::nullopt;
        }
        return std::move(bytes).value();
    }
    core::Result<core::FileBytes> file = core::readRegularFile(fileName, cap, what);
    if (!file.ok()) {
        err << "shirube-cli: cannot read " << core::terminalSafe(fileName) << ": " << file.error().message
            << '\n';
        err.flush();
        return std::nullopt;
    }
    return std::move(file).value().bytes;
}

core::RulesetPtr loadRuleset(const QString& fileName, QTextStream& err, int& exitCode)
{
    core::Result<core::RulesetPtr> result = core::RulesetLoader::loadBuiltin();
    if (!fileName.isEmpty()) {
        const std::optional<QByteArray> bytes =
            readInput(fileName, err, core::kMaxRulesetFileBytes, QStringLiteral("a ruleset"));
        if (!bytes) {
            exitCode = ExitOther;
            return nullptr;
        }
        result = core::RulesetLoader::loadBytes(*bytes, fileName);
    }
    if (result.ok()) {
        exitCode = ExitOk;
        return result.value();
    }
    const core::Error& error = result.error();
    const QString where = fileName.isEmpty() ? core::RulesetLoader::builtinPath() : fileName;
    exitCode = exitCodeFor(error.code);
    if (error.code != core::ErrorCode::InvalidRuleset) {
        err << "shirube-cli: " << where << ": " << error.message << '\n';
        err.flush();
        return nullptr;
    }
    // One problem a line, each prefixed with the file, as `ruleset check` prints them.
    const QStringList problems = error.message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& problem : problems)
        err << where << ": " << problem << '\n';
    err << "shirube-cli: the ruleset " << where << " is invalid (" << problems.size()
        << (problems.size() == 1 ? " problem" : " problems") << ")\n";
    err.flush();
    return nullptr;
}

std::optional<std::pair<int, int>> parseYearMonth(const QString& text)
{
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = ym.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (year < 1900 || month < 1 || month > 12)
        return std::nullopt;
    return std::make_pair(year, month);
}

bool applyPlanOptions(const ParsedArgs& args, core::PlanOptions& options, const QString& command,
                      const QString& usage, QTextStream& err)
{
    if (args.has(QStringLiteral("--as-of"))) {
        const QString text = args.value(QStringLiteral("--as-of"));
        const auto ym = parseYearMonth(text);
        if (!ym) {
            usageError(err, command,
                       QStringLiteral("--as-of '") + text +
                           QStringLiteral("' is not a month; expected YYYY-MM, e.g. 2025-04"),
                       usage);
            return false;
        }
        options.asOfYear = ym->first;
        options.asOfMonth = ym->second;
    }
    if (args.has(QStringLiteral("--lang")))
        options.lang =
            args.value(QStringLiteral("--lang")) == QLatin1String("ja") ? core::Lang::Ja : core::Lang::En;
    const auto positiveInt = [&](const QString& name, int max, int& target) {
        if (!args.has(name))
            return true;
        bool ok = false;
        const QString text = args.value(name);
        const int n = text.toInt(&ok);
        if (!ok || n < 1 || n > max) {
            usageError(err, command,
                       name + QStringLiteral(" '") + text +
                           QStringLiteral("' is not allowed; expected a whole number from 1 to ") +
                           QString::number(max),
                       usage);
            return false;
        }
        target = n;
        return true;
    };
    return positiveInt(QStringLiteral("--routes"), 100, options.maxRoutes) &&
           positiveInt(QStringLiteral("--samples"), 1000000, options.samples);
}

QString describeError(const QString& fileName, const core::Error& error)
{
    QString text = fileName;
    if (error.line > 0)
        text += QLatin1Char(':') + QString::number(error.line);
    if (!error.path.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + error.path;
    return text.isEmpty() ? error.message : text + QStringLiteral(": ") + error.message;
}

int exitCodeFor(core::ErrorCode code)
{
    switch (code) {
    case core::ErrorCode::Usage:
        return ExitUsage;
    case core::ErrorCode::InvalidProfile:
    case core::ErrorCode::InvalidData:
        return ExitInvalidProfile;
    case core::ErrorCode::InvalidRuleset:
        return ExitInvalidRuleset;
    case core::ErrorCode::ProjectRefused:
        return ExitProjectRefused;
    case core::ErrorCode::Io:
    case core::ErrorCode::Internal:
        break;
    }
    return ExitOther;
}

void writeUtf8(QTextStream& out, const QByteArray& bytes)
{
    if (QIODevice* device = out.device()) {
        out.flush();
        device->write(bytes);
    } else {
        out << QString::fromUtf8(bytes);
    }
}

bool looksLikeProjectFile(const QString& fileName)
{
    if (core::isTeamProjectUrl(fileName))
        return true; // a team project on PostgreSQL
    if (fileName.endsWith(QLatin1String(".shirube"), Qt::CaseInsensitive))
        return true;
    // Only a regular file is peeked at: opening a FIFO would block, reading a device never end.
    if (fileName == QLatin1String("-") || !QFileInfo(fileName).isFile())
        return false;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray sqliteMagic("SQLite format 3\0", 16);
    return file.read(16) == sqliteMagic;
}

} // namespace shirube::cli
