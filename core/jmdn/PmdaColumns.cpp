// SPDX-License-Identifier: Apache-2.0
#include "core/jmdn/PmdaColumns.h"

#include <optional>

namespace shirube::core {

namespace {

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

const std::vector<PmdaColumnSpec>& pmdaColumns()
{
    static const std::vector<PmdaColumnSpec> columns = {
        {PmdaColumn::Code, u("コード"), {u("一般的名称コード"), u("JMDNコード"), u("JMDN")}, true},
        {PmdaColumn::Name, u("一般的名称"), {u("一般的名称(和名)")}, true},
        {PmdaColumn::Definition, u("一般的名称定義"), {u("定義")}, true},
        {PmdaColumn::Class, u("クラス分類"), {u("クラス")}, true},
        {PmdaColumn::SpecifiedMaintenance,
         u("特定保守"),
         {u("特定保守管理"), u("特定保守管理医療機器")},
         true},
        {PmdaColumn::InstallationManagement, u("設置管理"), {u("設置管理医療機器")}, true},
        {PmdaColumn::RepairCategory, u("修理区分"), {}, true},
        {PmdaColumn::Qms, u("QMS"), {u("QMS適用"), u("QMS該当")}, true},
        {PmdaColumn::PreviousCode, u("旧一般的名称コード"), {u("旧コード")}, false},
        {PmdaColumn::PreviousName, u("旧一般的名称"), {}, false},
        {PmdaColumn::NameEn, u("英名"), {u("一般的名称(英名)"), u("英語名称"), u("Englishname")}, false},
    };
    return columns;
}

const PmdaColumnSpec& pmdaColumn(PmdaColumn column)
{
    for (const PmdaColumnSpec& spec : pmdaColumns()) {
        if (spec.column == column)
            return spec;
    }
    return pmdaColumns().front();
}

QString normalizedHeader(const QString& header)
{
    QString h = header.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(h.size());
    for (const QChar c : h) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

std::optional<bool> parsePmdaFlag(const QString& value)
{
    const QString v = value.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    static const QStringList yes = {u("該当"), u("○"),   u("〇"),   u("あり"),
                                    u("有"),   u("yes"), u("true"), u("1")};
    static const QStringList no = {QString(), u("非該当"), u("-"),  u("−"),  u("ー"),    u("―"),
                                   u("×"),    u("なし"),   u("無"), u("no"), u("false"), u("0")};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

std::optional<int> parsePmdaClass(const QString& value)
{
    QString v = value.trimmed();
    // Roman numeral characters (Ⅰ U+2160 …) survive as themselves; NFKC would turn Ⅳ into "IV".
    v = v.normalized(QString::NormalizationForm_KC).toUpper();
    v.remove(QLatin1Char(' '));
    if (v.startsWith(u("クラス")))
        v = v.mid(3);
    else if (v.startsWith(QStringLiteral("CLASS")))
        v = v.mid(5);
    static const QStringList numerals = {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"),
                                         QStringLiteral("IV")};
    const int roman = int(numerals.indexOf(v));
    if (roman >= 0)
        return roman + 1;
    if (v.size() == 1 && v.at(0) >= QLatin1Char('1') && v.at(0) <= QLatin1Char('4'))
        return v.at(0).unicode() - '0';
    return std::nullopt;
}

} // namespace shirube::core
