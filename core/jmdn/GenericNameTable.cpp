// SPDX-License-Identifier: Apache-2.0
#include "core/jmdn/GenericNameTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <mutex>

namespace shirube::core {

namespace {

Error dataError(const QString& fileName, const QString& message)
{
    return Error{ErrorCode::InvalidData, message, fileName, 0};
}

// 2-space JSON with the keys in the order given (QJsonDocument sorts keys and indents by 4).
void writeJson(QByteArray& out, const QJsonValue& v, int depth);

void writeString(QByteArray& out, const QString& s)
{
    // QJsonDocument escapes correctly; reuse it on a one-element array and strip the brackets.
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    out += a.mid(1, a.size() - 2);
}

const QStringList& keyOrder()
{
    static const QStringList order = {QStringLiteral("code"),
                                      QStringLiteral("name_ja"),
                                      QStringLiteral("name_en"),
                                      QStringLiteral("definition_ja"),
                                      QStringLiteral("class"),
                                      QStringLiteral("certification_standard"),
                                      QStringLiteral("notice"),
                                      QStringLiteral("name"),
                                      QStringLiteral("specified_maintenance"),
                                      QStringLiteral("installation_management"),
                                      QStringLiteral("qms"),
                                      QStringLiteral("repair_category"),
                                      QStringLiteral("previous_code"),
                                      QStringLiteral("previous_name"),
                                      QStringLiteral("source"),
                                      QStringLiteral("confidence"),
                                      QStringLiteral("procedure"),
                                      QStringLiteral("origin"),
                                      QStringLiteral("note")};
    return order;
}

QStringList orderedKeys(const QJsonObject& o)
{
    QStringList keys;
    for (const QString& k : keyOrder()) {
        if (o.contains(k))
            keys << k;
    }
    for (const QString& k : o.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    return keys;
}

void writeJson(QByteArray& out, const QJsonValue& v, int depth)
{
    const QByteArray pad(2 * (depth + 1), ' ');
    const QByteArray close(2 * depth, ' ');
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        const QStringList keys = orderedKeys(o);
        for (int i = 0; i < keys.size(); ++i) {
            out += pad;
            writeString(out, keys.at(i));
            out += ": ";
            writeJson(out, o.value(keys.at(i)), depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += close + "}";
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (int i = 0; i < a.size(); ++i) {
            out += pad;
            writeJson(out, a.at(i), depth + 1);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += close + "]";
    } else if (v.isString()) {
        writeString(out, v.toString());
    } else {
        const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        out += a.mid(1, a.size() - 2);
    }
}

QString normalizeCode(const QString& code)
{
    QString c = code.normalized(QString::NormalizationForm_KC);
    c.remove(QLatin1Char(' '));
    c.remove(QLatin1Char('-'));
    return c.trimmed();
}

} // namespace

GenericNameTable::GenericNameTable(GenericNameTable&&) noexcept = default;
GenericNameTable& GenericNameTable::operator=(GenericNameTable&&) noexcept = default;
GenericNameTable::~GenericNameTable() = default;

QString GenericNameTable::shippedPath()
{
    return QStringLiteral(":/jmdn/generic-names.json");
}

QString GenericNameTable::defaultDataDir()
{
    const QString env = qEnvironmentVariable("SHIRUBE_DATA_DIR");
    if (!env.isEmpty())
        return env;
    // Not AppDataLocation: that folder is named after the application ("shirube-cli" for the CLI,
    // "Shirube" for the app), so the two would not see each other's imported table.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("shirube"));
}

QString GenericNameTable::userTablePath(const QString& dataDir)
{
    const QString dir = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    return QDir(dir).filePath(QStringLiteral("jmdn/generic-names.json"));
}

Result<std::vector<GenericName>> GenericNameTable::parseTable(const QByteArray& json, const QString& fileName,
                                                              GenericNameOrigin origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports a byte offset; turn it into a line for the reader.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return Error{ErrorCode::InvalidData, parseError.errorString(), fileName, line};
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("names")).isArray())
        return dataError(fileName, QStringLiteral("expected an object with a \"names\" array"));
    std::vector<GenericName> names;
    QHash<QString, int> seen;
    const QJsonArray rows = doc.object().value(QStringLiteral("names")).toArray();
    names.reserve(std::size_t(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const QString locator = QStringLiteral("names[%1]").arg(i);
        if (!rows.at(i).isObject())
            return dataError(fileName, locator + QStringLiteral(": expected an object"));
        Result<GenericName> row = genericNameFromJson(rows.at(i).toObject(), locator);
        if (!row)
            return dataError(fileName, row.error().toString());
        if (seen.contains(row.value().code)) {
            return dataError(
                fileName,
                locator + QStringLiteral(": code ") + row.value().code +
                    QStringLiteral(" is already used by names[%1]").arg(seen.value(row.value().code)));
        }
        seen.insert(row.value().code, i);
        row.value().origin = origin;
        names.push_back(std::move(row).value());
    }
    return names;
}

QByteArray GenericNameTable::tableJson(const std::vector<GenericName>& names, const QJsonObject& about)
{
    QJsonArray rows;
    for (const GenericName& n : names)
        rows.append(toJson(n));
    QByteArray out = "{\n  \"about\": ";
    writeJson(out, about, 1);
    out += ",\n  \"names\": ";
    writeJson(out, rows, 1);
    out += "\n}\n";
    return out;
}

Result<GenericNameTable> GenericNameTable::build(std::vector<GenericName> names)
{
    GenericNameTable table;
    for (int i = 0; i < int(names.size()); ++i) {
        const QString& code = names[std::size_t(i)].code;
        if (!isValidJmdnCode(code))
            return dataError({}, QStringLiteral("row %1: code \"%2\" is not 8 digits").arg(i).arg(code));
        if (table.m_byCode.contains(code))
            return dataError({}, QStringLiteral("row %1: code %2 appears twice").arg(i).arg(code));
        table.m_byCode.insert(code, i);
    }
    Result<std::unique_ptr<GenericNameIndex>> index = GenericNameIndex::build(names);
    if (!index)
        return index.error();
    table.m_names = std::move(names);
    table.m_index = std::move(index).value();
    return table;
}

Result<GenericNameTable> GenericNameTable::fromNames(std::vector<GenericName> names)
{
    return build(std::move(names));
}

Result<GenericNameTable> GenericNameTable::loadShipped()
{
    return load(Options{QString(), false});
}

Result<GenericNameTable> GenericNameTable::load(const Options& options)
{
    // The shipped rows cannot change while the program runs: parse them once.
    static std::once_flag once;
    static std::optional<Result<std::vector<GenericName>>> shipped;
    std::call_once(once, [] {
        QFile file(shippedPath());
        if (!file.open(QIODevice::ReadOnly))
            shipped.emplace(
                dataError(shippedPath(), QStringLiteral("the shipped generic-name table is missing")));
        else
            shipped.emplace(parseTable(file.readAll(), shippedPath(), GenericNameOrigin::Shipped));
    });
    if (!shipped->ok())
        return shipped->error();
    std::vector<GenericName> names = shipped->value();

    QStringList warnings;
    QString userFile;
    if (options.loadUserTable) {
        const QString path = userTablePath(options.dataDir);
        if (QFileInfo::exists(path)) {
            QFile file(path);
            Result<std::vector<GenericName>> user =
                file.open(QIODevice::ReadOnly)
                    ? parseTable(file.readAll(), path, GenericNameOrigin::User)
                    : Result<std::vector<GenericName>>(dataError(path, file.errorString()));
            if (!user) {
                warnings << QStringLiteral("the imported generic-name table was not loaded: ") +
                                user.error().toString();
            } else {
                userFile = path;
                QHash<QString, int> shippedRow;
                for (int i = 0; i < int(names.size()); ++i)
                    shippedRow.insert(names[std::size_t(i)].code, i);
                for (GenericName& row : user.value()) {
                    const auto it = shippedRow.constFind(row.code);
                    if (it != shippedRow.constEnd()) {
                        GenericName& target = names[std::size_t(*it)];
                        target = withCuratedFacts(std::move(row), target);
                    } else {
                        names.push_back(std::move(row));
                    }
                }
            }
        }
    }
    Result<GenericNameTable> table = build(std::move(names));
    if (table) {
        table.value().m_userTableFile = userFile;
        table.value().m_warnings = warnings;
    }
    return table;
}

int GenericNameTable::userRowCount() const
{
    int n = 0;
    for (const GenericName& row : m_names)
        n += row.origin == GenericNameOrigin::User ? 1 : 0;
    return n;
}

std::optional<GenericName> GenericNameTable::lookup(const QString& code) const
{
    const auto it = m_byCode.constFind(normalizeCode(code));
    if (it == m_byCode.constEnd())
        return std::nullopt;
    return m_names[std::size_t(*it)];
}

std::vector<GenericNameHit> GenericNameTable::search(const QString& query, int limit) const
{
    std::vector<GenericNameHit> hits;
    if (!m_index)
        return hits;
    const std::vector<GenericNameIndex::Match> matches = m_index->search(query, limit);
    hits.reserve(matches.size());
    for (const GenericNameIndex::Match& m : matches)
        hits.push_back({m_names[std::size_t(m.row)], m.tier, m.score});
    return hits;
}

QByteArray toTableOrderedJson(const QJsonValue& value)
{
    QByteArray out;
    writeJson(out, value, 0);
    out += '\n';
    return out;
}

GenericName withCuratedFacts(GenericName imported, const GenericName& curated)
{
    imported.origin = GenericNameOrigin::User;
    if (!imported.certificationStandard && curated.certificationStandard)
        imported.certificationStandard = curated.certificationStandard;
    if (imported.nameEn.isEmpty())
        imported.nameEn = curated.nameEn;
    if (imported.definitionJa.isEmpty())
        imported.definitionJa = curated.definitionJa;
    // The curated row says where its extra facts come from; the imported class and flags stay.
    if (!curated.source.isEmpty() && !imported.source.contains(curated.source))
        imported.source = curated.source + QStringLiteral("; ") + imported.source;
    if (!curated.note.isEmpty() && imported.note.isEmpty())
        imported.note = curated.note;
    return imported;
}

} // namespace shirube::core
