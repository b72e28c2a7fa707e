// SPDX-License-Identifier: Apache-2.0
#include "core/profile/Profile.h"

#include "core/common/JsonScan.h"
#include "core/common/Text.h"
#include "core/profile/ProfileSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace shirube::core {

namespace {

// The path is cut and escaped: an unknown key may be megabytes long or hold control characters.
Error profileError(const QString& path, const QString& message)
{
    return Error{ErrorCode::InvalidProfile, message, elided(terminalSafe(path)), 0};
}

// A number as a person writes it: 4294967296, not 4.29497e+09; 0.5; 1e+308 only when it is that large.
QString numberText(double d)
{
    if (!std::isfinite(d))
        return QStringLiteral("a number out of range");
    if (d == std::trunc(d) && std::abs(d) < 1e18)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

QString describeJson(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberText(v.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + elided(terminalSafe(v.toString())) + QLatin1Char('"');
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

constexpr double kMaxWholeNumber = 9.0e15;

bool isWholeNumber(const QJsonValue& v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d >= 0 && d <= kMaxWholeNumber && d == std::trunc(d);
}

// 1-based line and column of a byte offset.
std::pair<int, int> lineColumn(const QByteArray& text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

std::optional<Error> Profile::validateValue(const QString& path, const QJsonValue& value)
{
    const FieldSpec* spec = findField(path);
    if (!spec)
        return profileError(path, QStringLiteral("unknown field"));
    if (value.isNull() || value.isUndefined()) {
        if (spec->required)
            return profileError(path, QStringLiteral("is required"));
        return std::nullopt;
    }
    switch (spec->type) {
    case FieldType::Text:
        if (!value.isString())
            return profileError(path, QStringLiteral("expected text, got ") + describeJson(value));
        if (spec->required && value.toString().trimmed().isEmpty())
            return profileError(path, QStringLiteral("must not be empty"));
        break;
    case FieldType::Enum:
        if (!value.isString() || !spec->allowed.contains(value.toString()))
            return profileError(path,
                                describeJson(value) + QStringLiteral(" is not allowed; allowed values: ") +
                                    spec->allowed.join(QStringLiteral(", ")) + QStringLiteral(" (or null)"));
        break;
    case FieldType::Bool:
        if (!value.isBool())
            return profileError(path, QStringLiteral("expected true or false (or null), got ") +
                                          describeJson(value));
        break;
    case FieldType::Integer:
        if (!isWholeNumber(value)) {
            if (value.isDouble() && value.toDouble() > kMaxWholeNumber)
                return profileError(path,
                                    describeJson(value) +
                                        QStringLiteral(" is too large; at most 9000000000000000 (or null)"));
            if (value.isDouble() && value.toDouble() < 0)
                return profileError(
                    path, describeJson(value) +
                              QStringLiteral(" is negative; expected a whole number >= 0 (or null)"));
            return profileError(path, QStringLiteral("expected a whole number >= 0 (or null), got ") +
                                          describeJson(value));
        }
        break;
    case FieldType::ClassNum:
        if (!isWholeNumber(value) || value.toInt() < 1 || value.toInt() > 4)
            return profileError(path,
                                describeJson(value) +
                                    QStringLiteral(" is not allowed; allowed values: 1, 2, 3, 4 (or null)"));
        break;
    case FieldType::Countries: {
        if (!value.isArray())
            return profileError(
                path,
                QStringLiteral("expected a list of ISO 3166-1 alpha-2 codes such as [\"JP\", \"VN\"], got ") +
                    describeJson(value));
        static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list[i].isString() || !code.match(list[i].toString()).hasMatch())
                return profileError(
                    path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                    describeJson(list[i]) +
                        QStringLiteral(
                            " is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. \"JP\")"));
        }
        break;
    }
    case FieldType::YearMonth: {
        static const QRegularExpression ym(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
        if (!value.isString() || !ym.match(value.toString()).hasMatch())
            return profileError(path, QStringLiteral("expected \"YYYY-MM\" (e.g. \"2027-04\"), got ") +
                                          describeJson(value));
        break;
    }
    }
    return std::nullopt;
}

QString Profile::name() const
{
    return m_values.value(QStringLiteral("name")).toString();
}

void Profile::setName(const QString& name)
{
    m_values.insert(QStringLiteral("name"), name);
}

std::optional<QJsonValue> Profile::value(const QString& path) const
{
    const auto it = m_values.constFind(path);
    if (it == m_values.constEnd() || it->isNull() || it->isUndefined())
        return std::nullopt;
    return *it;
}

std::optional<QString> Profile::text(const QString& path) const
{
    const auto v = value(path);
    if (!v || !v->isString())
        return std::nullopt;
    return v->toString();
}

std::optional<bool> Profile::flag(const QString& path) const
{
    const auto v = value(path);
    if (!v || !v->isBool())
        return std::nullopt;
    return v->toBool();
}

std::optional<qint64> Profile::integer(const QString& path) const
{
    const auto v = value(path);
    if (!v || !v->isDouble())
        return std::nullopt;
    return qint64(v->toDouble());
}

void Profile::setValue(const QString& path, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        m_values.remove(path);
    else
        m_values.insert(path, value);
}

QJsonObject Profile::toJson() const
{
    QJsonObject out;
    out.insert(QStringLiteral("schema"), QLatin1String(kProfileSchemaId));
    QJsonObject groups;
    for (const FieldSpec& f : profileFields()) {
        const auto v = value(f.path);
        if (!v)
            continue;
        const qsizetype dot = f.path.indexOf(QLatin1Char('.'));
        if (dot < 0) {
            out.insert(f.path, *v);
        } else {
            const QString group = f.path.left(dot);
            QJsonObject g = groups.value(group).toObject();
            g.insert(f.path.mid(dot + 1), *v);
            groups.insert(group, g);
        }
    }
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QByteArray Profile::toJsonBytes(bool compact) const
{
    return QJsonDocument(toJson()).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented);
}

Result<Profile> Profile::fromJson(const QJsonObject& object)
{
    Profile p;
    const QJsonValue schema = object.value(QStringLiteral("schema"));
    if (schema.isUndefined())
        return profileError(QStringLiteral("schema"), QStringLiteral("is required; expected \"") +
                                                          QLatin1String(kProfileSchemaId) + QLatin1Char('"'));
    if (schema.toString() != QLatin1String(kProfileSchemaId))
        return profileError(QStringLiteral("schema"), describeJson(schema) +
                                                          QStringLiteral(" is not supported; expected \"") +
                                                          QLatin1String(kProfileSchemaId) + QLatin1Char('"'));
    if (!object.contains(QStringLiteral("name")))
        return profileError(QStringLiteral("name"),
                            QStringLiteral("is required (free text naming the product)"));

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("schema"))
            continue;
        if (profileGroups().contains(key)) {
            if (it->isNull())
                continue;
            if (!it->isObject())
                return profileError(key, QStringLiteral("expected an object, got ") + describeJson(*it));
            const QJsonObject group = it->toObject();
            for (auto g = group.constBegin(); g != group.constEnd(); ++g) {
                const QString path = key + QLatin1Char('.') + g.key();
                if (!findField(path))
                    return profileError(path,
                                        QStringLiteral("unknown field (check the spelling; see profile.md)"));
                if (auto err = validateValue(path, *g))
                    return *err;
                p.setValue(path, *g);
            }
            continue;
        }
        const FieldSpec* spec = findField(key);
        if (!spec || key.contains(QLatin1Char('.')))
            return profileError(key, QStringLiteral("unknown field (check the spelling; see profile.md)"));
        if (auto err = validateValue(key, *it))
            return *err;
        p.setValue(key, *it);
    }
    return p;
}

Result<Profile> Profile::parse(const QByteArray& input)
{
    QByteArray json = input;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3); // a UTF-8 byte-order mark, as some Windows editors write
    if (json.startsWith("\xFF\xFE") || json.startsWith("\xFE\xFF") ||
        (json.size() >= 2 && (json[0] == '\0' || json[1] == '\0')))
        return profileError(QString(), QStringLiteral("the profile is UTF-16 (or UTF-32) text; Shirube reads "
                                                      "UTF-8 only: save it as UTF-8"));
    if (json.trimmed().isEmpty())
        return profileError(
            QString(), json.isEmpty() ? QStringLiteral("the profile is empty (0 bytes); expected one JSON "
                                                       "object (a shirube.profile/1 profile)")
                                      : QStringLiteral("the profile holds only white space; expected one "
                                                       "JSON object (a shirube.profile/1 profile)"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(json, parseError.offset);
        return Error{ErrorCode::InvalidProfile,
                     QStringLiteral("not valid JSON: ") + parseError.errorString() +
                         QStringLiteral(" (column ") + QString::number(column) + QLatin1Char(')'),
                     QString(), line};
    }
    if (!doc.isObject())
        return profileError(QString(),
                            QStringLiteral("expected one JSON object (a shirube.profile/1 profile)"));
    if (const std::optional<DuplicateKey> dup = findDuplicateKey(json)) {
        Error e = profileError(dup->key, QStringLiteral("appears twice in one object (line ") +
                                             QString::number(lineOfOffset(json, dup->offset)) +
                                             QStringLiteral("); keep one of them"));
        return e;
    }
    return fromJson(doc.object());
}

std::vector<ProfileLine> parseProfileLines(const QByteArray& jsonl)
{
    std::vector<ProfileLine> out;
    int lineNo = 0;
    qsizetype start = 0;
    while (start <= jsonl.size()) {
        qsizetype end = jsonl.indexOf('\n', start);
        if (end < 0)
            end = jsonl.size();
        ++lineNo;
        const QByteArray line = jsonl.mid(start, end - start).trimmed();
        if (!line.isEmpty()) {
            Result<Profile> r = Profile::parse(line);
            if (!r.ok()) {
                Error e = r.error();
                e.line = lineNo;
                out.push_back(ProfileLine{lineNo, std::move(e)});
            } else {
                out.push_back(ProfileLine{lineNo, std::move(r)});
            }
        }
        if (end >= jsonl.size())
            break;
        start = end + 1;
    }
    return out;
}

} // namespace shirube::core
