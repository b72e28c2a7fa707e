// SPDX-License-Identifier: Apache-2.0
#include "core/jmdn/GenericName.h"

#include <QJsonValue>

namespace shirube::core {

namespace {

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

Error rowError(const QString& locator, const QString& message)
{
    return Error{ErrorCode::InvalidData, message, locator, 0};
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QString GenericName::procedure() const
{
    if (deviceClass == 1)
        return QStringLiteral("notification");
    return certifiable() ? QStringLiteral("certification") : QStringLiteral("approval");
}

bool isValidJmdnCode(const QString& code)
{
    if (code.size() != 8)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString toString(GenericNameOrigin origin)
{
    return origin == GenericNameOrigin::User ? QStringLiteral("user") : QStringLiteral("shipped");
}

QJsonObject toJson(const GenericName& n)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), n.code);
    o.insert(QStringLiteral("name_ja"), n.nameJa);
    o.insert(QStringLiteral("name_en"), textOrNull(n.nameEn));
    o.insert(QStringLiteral("definition_ja"), n.definitionJa);
    o.insert(QStringLiteral("class"), n.deviceClass);
    if (n.certificationStandard) {
        o.insert(QStringLiteral("certification_standard"),
                 QJsonObject{{QStringLiteral("notice"), n.certificationStandard->notice},
                             {QStringLiteral("name"), n.certificationStandard->name}});
    } else {
        o.insert(QStringLiteral("certification_standard"), QJsonValue(QJsonValue::Null));
    }
    o.insert(QStringLiteral("specified_maintenance"), n.specifiedMaintenance);
    o.insert(QStringLiteral("installation_management"), n.installationManagement);
    o.insert(QStringLiteral("qms"), n.qms);
    if (!n.repairCategory.isEmpty())
        o.insert(QStringLiteral("repair_category"), n.repairCategory);
    if (!n.previousCode.isEmpty())
        o.insert(QStringLiteral("previous_code"), n.previousCode);
    if (!n.previousName.isEmpty())
        o.insert(QStringLiteral("previous_name"), n.previousName);
    o.insert(QStringLiteral("source"), n.source);
    o.insert(QStringLiteral("confidence"), toString(n.confidence));
    if (!n.note.isEmpty())
        o.insert(QStringLiteral("note"), n.note);
    return o;
}

Result<GenericName> genericNameFromJson(const QJsonObject& o, const QString& locator)
{
    GenericName n;
    const QJsonValue code = o.value(QStringLiteral("code"));
    if (!code.isString() || !isValidJmdnCode(code.toString()))
        return rowError(locator + QStringLiteral(".code"), str("must be a string of 8 digits"));
    n.code = code.toString();
    const QString at = locator + QStringLiteral(" (") + n.code + QStringLiteral(")");

    n.nameJa = o.value(QStringLiteral("name_ja")).toString().trimmed();
    if (n.nameJa.isEmpty())
        return rowError(at + QStringLiteral(".name_ja"), str("is required"));
    const QJsonValue en = o.value(QStringLiteral("name_en"));
    if (!en.isNull() && !en.isUndefined() && !en.isString())
        return rowError(at + QStringLiteral(".name_en"), str("must be a string or null"));
    n.nameEn = en.toString().trimmed();
    n.definitionJa = o.value(QStringLiteral("definition_ja")).toString().trimmed();

    const QJsonValue cls = o.value(QStringLiteral("class"));
    const int c = cls.toInt(0);
    if (!cls.isDouble() || c < 1 || c > 4 || double(c) != cls.toDouble())
        return rowError(at + QStringLiteral(".class"), str("must be 1, 2, 3 or 4"));
    n.deviceClass = c;

    const QJsonValue cert = o.value(QStringLiteral("certification_standard"));
    if (cert.isObject()) {
        CertificationStandard s{cert.toObject().value(QStringLiteral("notice")).toString().trimmed(),
                                cert.toObject().value(QStringLiteral("name")).toString().trimmed()};
        if (s.notice.isEmpty())
            return rowError(at + QStringLiteral(".certification_standard.notice"), str("is required"));
        n.certificationStandard = s;
    } else if (!cert.isNull() && !cert.isUndefined()) {
        return rowError(at + QStringLiteral(".certification_standard"),
                        str("must be null or {\"notice\", \"name\"}"));
    }

    struct Flag
    {
        const char* key;
        bool* target;
    };
    const Flag flags[] = {{"specified_maintenance", &n.specifiedMaintenance},
                          {"installation_management", &n.installationManagement},
                          {"qms", &n.qms}};
    for (const Flag& f : flags) {
        const QJsonValue v = o.value(QLatin1String(f.key));
        if (!v.isBool())
            return rowError(at + QStringLiteral(".") + QLatin1String(f.key), str("must be true or false"));
        *f.target = v.toBool();
    }
    n.repairCategory = o.value(QStringLiteral("repair_category")).toString();
    n.previousCode = o.value(QStringLiteral("previous_code")).toString();
    n.previousName = o.value(QStringLiteral("previous_name")).toString();

    n.source = o.value(QStringLiteral("source")).toString().trimmed();
    if (n.source.isEmpty())
        return rowError(at + QStringLiteral(".source"), str("is required (a URL or a document)"));
    const std::optional<Confidence> conf =
        confidenceFromString(o.value(QStringLiteral("confidence")).toString());
    if (!conf || *conf == Confidence::Seed)
        return rowError(at + QStringLiteral(".confidence"), str("must be sourced, known or estimate"));
    n.confidence = *conf;
    n.note = o.value(QStringLiteral("note")).toString();
    if (n.confidence == Confidence::Estimate && n.note.isEmpty())
        return rowError(at + QStringLiteral(".note"), str("an estimate row needs a note saying why"));
    return n;
}

} // namespace shirube::core
