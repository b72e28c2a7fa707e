// SPDX-License-Identifier: Apache-2.0
// `shirube-cli jmdn search TEXT`, `jmdn show CODE` and `jmdn import FILE.csv`: the Japanese generic-name
// table (一般的名称, JMDN codes) of core/jmdn.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/jmdn/GenericNameImporter.h"
#include "core/jmdn/GenericNameTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shirube::cli {

namespace {

const QString kCommand = QStringLiteral("jmdn");
const QString kUsage =
    QStringLiteral("shirube-cli jmdn search TEXT [--format json|text] [--limit N] [--data-dir DIR]\n"
                   "       shirube-cli jmdn show CODE [--format json|text] [--data-dir DIR]\n"
                   "       shirube-cli jmdn import FILE.csv [--data-dir DIR]");
constexpr int kDefaultLimit = 20;

void printHelp(QTextStream& out)
{
    out << "usage: " << kUsage << "\n\n"
        << "The Japanese generic names (一般的名称, 8-digit JMDN codes) that fix a device's class and\n"
           "whether a certification standard (認証基準) covers it.\n\n"
           "  search TEXT       finds names by Japanese or English text (parts of words too), by code or\n"
           "                    by definition; best match first (exact code, name prefix, then relevance)\n"
           "    --format json   (default) an array of {code, name_ja, name_en, class,\n"
           "                    certification_standard, source}\n"
           "    --format text   one line a name: code, class, certification, name\n"
           "    --limit N       at most N names (default 20)\n"
           "  show CODE         every fact of one generic name\n"
           "  import FILE.csv   imports PMDA's list of generic names (its Excel sheet saved as \"CSV "
           "UTF-8\")\n"
           "                    into the user's data folder; every row is checked first and nothing is\n"
           "                    written if any is invalid (exit 3, naming line and column)\n"
           "  --data-dir DIR    the user's data folder, shared with the app (default:\n"
           "                    $SHIRUBE_DATA_DIR, else GenericDataLocation/shirube, e.g.\n"
           "                    ~/.local/share/shirube)\n";
    out.flush();
}

QJsonValue certificationJson(const core::GenericName& n)
{
    if (!n.certificationStandard)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("notice"), n.certificationStandard->notice},
                       {QStringLiteral("name"), n.certificationStandard->name}};
}

QJsonObject hitJson(const core::GenericName& n)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), n.code);
    o.insert(QStringLiteral("name_ja"), n.nameJa);
    o.insert(QStringLiteral("name_en"),
             n.nameEn.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.nameEn));
    o.insert(QStringLiteral("class"), n.deviceClass);
    o.insert(QStringLiteral("certification_standard"), certificationJson(n));
    o.insert(QStringLiteral("source"), n.source);
    return o;
}

QString classText(int c)
{
    static const char* const roman[] = {"?", "I", "II", "III", "IV"};
    return QString::fromLatin1(roman[c >= 1 && c <= 4 ? c : 0]);
}

QString certificationText(const core::GenericName& n)
{
    if (!n.certificationStandard)
        return QStringLiteral("no certification standard");
    return n.certificationStandard->name.isEmpty() ? n.certificationStandard->notice
                                                   : n.certificationStandard->name + QStringLiteral(" (") +
                                                         n.certificationStandard->notice + QLatin1Char(')');
}

std::optional<core::GenericNameTable> loadTable(const QString& dataDir, QTextStream& err, int& exitCode)
{
    core::Result<core::GenericNameTable> table = core::GenericNameTable::load({dataDir, true});
    if (!table) {
        err << "shirube-cli jmdn: " << table.error().toString() << '\n';
        exitCode = exitCodeFor(table.error().code);
        return std::nullopt;
    }
    for (const QString& w : table.value().warnings())
        err << "shirube-cli jmdn: warning: " << w << '\n';
    err.flush();
    return std::move(table).value();
}

int search(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const std::optional<ParsedArgs> parsed =
        parseOptions(args,
                     {{QStringLiteral("--format"),
                       QStringLiteral("json|text"),
                       {QStringLiteral("json"), QStringLiteral("text")}},
                      {QStringLiteral("--limit"), QStringLiteral("N"), {}},
                      {QStringLiteral("--data-dir"), QStringLiteral("DIR"), {}}},
                     kCommand, kUsage, err);
    if (!parsed)
        return ExitUsage;
    if (parsed->has(QStringLiteral("--help"))) {
        printHelp(out);
        return ExitOk;
    }
    if (parsed->positional.isEmpty())
        return usageError(err, kCommand, QStringLiteral("search: missing TEXT"), kUsage);
    int limit = kDefaultLimit;
    if (parsed->has(QStringLiteral("--limit"))) {
        bool ok = false;
        limit = parsed->value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usageError(err, kCommand,
                              QStringLiteral("--limit: expected a whole number of at least 1, got '") +
                                  parsed->value(QStringLiteral("--limit")) + QLatin1Char('\''),
                              kUsage);
    }
    int exitCode = ExitOk;
    const std::optional<core::GenericNameTable> table =
        loadTable(parsed->value(QStringLiteral("--data-dir")), err, exitCode);
    if (!table)
        return exitCode;
    const std::vector<core::GenericNameHit> hits =
        table->search(parsed->positional.join(QLatin1Char(' ')), limit);
    if (parsed->value(QStringLiteral("--format"), QStringLiteral("json")) == QLatin1String("text")) {
        for (const core::GenericNameHit& h : hits) {
            out << h.name.code << "  class " << classText(h.name.deviceClass) << "  " << h.name.nameJa;
            if (!h.name.nameEn.isEmpty())
                out << " / " << h.name.nameEn;
            out << "  [" << certificationText(h.name) << "]\n";
        }
        if (hits.empty())
            err << "shirube-cli jmdn: no generic name matches '" << parsed->positional.join(QLatin1Char(' '))
                << "'\n";
        return ExitOk;
    }
    QJsonArray array;
    for (const core::GenericNameHit& h : hits)
        array.append(hitJson(h.name));
    writeUtf8(out, core::toTableOrderedJson(array));
    return ExitOk;
}

int show(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const std::optional<ParsedArgs> parsed =
        parseOptions(args,
                     {{QStringLiteral("--format"),
                       QStringLiteral("json|text"),
                       {QStringLiteral("json"), QStringLiteral("text")}},
                      {QStringLiteral("--data-dir"), QStringLiteral("DIR"), {}}},
                     kCommand, kUsage, err);
    if (!parsed)
        return ExitUsage;
    if (parsed->has(QStringLiteral("--help"))) {
        printHelp(out);
        return ExitOk;
    }
    if (parsed->positional.size() != 1)
        return usageError(err, kCommand, QStringLiteral("show: expected one CODE (8 digits)"), kUsage);
    const QString code = parsed->positional.first();
    int exitCode = ExitOk;
    const std::optional<core::GenericNameTable> table =
        loadTable(parsed->value(QStringLiteral("--data-dir")), err, exitCode);
    if (!table)
        return exitCode;
    const std::optional<core::GenericName> name = table->lookup(code);
    if (!name) {
        err << "shirube-cli jmdn: no generic name has the code '" << code << "'"
            << (core::isValidJmdnCode(code) ? QString() : QStringLiteral(" (a code is 8 digits)")) << "\n";
        return ExitUsage;
    }
    if (parsed->value(QStringLiteral("--format"), QStringLiteral("json")) == QLatin1String("text")) {
        out << name->code << "  " << name->nameJa << '\n';
        if (!name->nameEn.isEmpty())
            out << "English:        " << name->nameEn << '\n';
        out << "Class:          " << classText(name->deviceClass) << '\n'
            << "Procedure:      " << name->procedure() << " (" << certificationText(*name) << ")\n"
            << "特定保守管理:   " << (name->specifiedMaintenance ? "yes" : "no") << '\n'
            << "設置管理:       " << (name->installationManagement ? "yes" : "no") << '\n'
            << "QMS:            " << (name->qms ? "yes" : "no") << '\n'
            << "Definition:     " << name->definitionJa << '\n'
            << "Source:         " << name->source << '\n'
            << "Confidence:     " << core::toString(name->confidence) << '\n';
        if (!name->note.isEmpty())
            out << "Note:           " << name->note << '\n';
        return ExitOk;
    }
    QJsonObject o = core::toJson(*name);
    o.insert(QStringLiteral("procedure"), name->procedure());
    o.insert(QStringLiteral("origin"), core::toString(name->origin));
    writeUtf8(out, core::toTableOrderedJson(o));
    return ExitOk;
}

int import(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const std::optional<ParsedArgs> parsed = parseOptions(
        args, {{QStringLiteral("--data-dir"), QStringLiteral("DIR"), {}}}, kCommand, kUsage, err);
    if (!parsed)
        return ExitUsage;
    if (parsed->has(QStringLiteral("--help"))) {
        printHelp(out);
        return ExitOk;
    }
    if (parsed->positional.size() != 1)
        return usageError(err, kCommand, QStringLiteral("import: expected one FILE.csv"), kUsage);
    const QString file = parsed->positional.first();
    core::Result<core::GenericNameTable> shipped = core::GenericNameTable::loadShipped();
    if (!shipped) {
        err << "shirube-cli jmdn: " << shipped.error().toString() << '\n';
        return ExitOther;
    }
    const core::Result<core::ImportReport> report = core::GenericNameImporter::importFile(
        file, parsed->value(QStringLiteral("--data-dir")), shipped.value().names());
    if (!report) {
        // "FILE: the file was not imported (N problems):" then one problem a line.
        const core::Error& e = report.error();
        err << file << ": " << e.message << '\n';
        err.flush();
        return exitCodeFor(e.code);
    }
    for (const QString& w : report.value().warnings)
        err << "shirube-cli jmdn: warning: " << w << '\n';
    out << "imported " << report.value().rows << " generic names from " << file << " into "
        << report.value().writtenFile << " (" << report.value().curatedKept
        << " kept the shipped table's curated facts, " << report.value().newNames
        << " not in the shipped table)\n";
    return ExitOk;
}

} // namespace

int runJmdn(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty())
        return usageError(err, kCommand,
                          QStringLiteral("missing subcommand; expected 'search', 'show' or 'import'"),
                          kUsage);
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        printHelp(out);
        return ExitOk;
    }
    if (sub == QLatin1String("search"))
        return search(rest, out, err);
    if (sub == QLatin1String("show"))
        return show(rest, out, err);
    if (sub == QLatin1String("import"))
        return import(rest, out, err);
    return usageError(err, kCommand,
                      QStringLiteral("unknown subcommand '") + sub +
                          QStringLiteral("'; expected 'search', 'show' or 'import'"),
                      kUsage);
}

} // namespace shirube::cli
