// SPDX-License-Identifier: Apache-2.0
#pragma once

// The column layout of PMDA's list of generic names (一般的名称), as its Excel sheet is saved as CSV.
// The one place that names the expected headers: the importer, its tests and the fixture generators
// use this table. Source: PMDA 基準DB (std.pmda.go.jp), whose generic-name entries show コード, GHTFルール,
// 特定保守, 設置管理, 修理区分, QMS, 旧一般的名称 and 旧クラス分類 for every name, and the published
// クラス分類表 (columns 類別コード, 類別名称, 中分類名, コード, 一般的名称, 一般的名称定義, クラス分類,
// GHTFルール, 特定保守, 設置管理, 旧一般的名称コード, 旧一般的名称, 旧クラス分類, 旧修理区分).

#include <QString>
#include <QStringList>

#include <vector>

namespace shirube::core {

enum class PmdaColumn
{
    Code,                   // コード: the 8-digit JMDN code
    Name,                   // 一般的名称
    Definition,             // 一般的名称定義
    Class,                  // クラス分類: Ⅰ..Ⅳ (also I..IV, 1..4, クラスⅡ)
    SpecifiedMaintenance,   // 特定保守: 該当 / blank
    InstallationManagement, // 設置管理: 該当 / blank
    RepairCategory,         // 修理区分: e.g. G2, 非該当
    Qms,                    // QMS: 該当 / 非該当
    PreviousCode,           // 旧一般的名称コード (optional)
    PreviousName,           // 旧一般的名称 (optional)
    NameEn,                 // 英名 (optional; PMDA's English list)
};

struct PmdaColumnSpec
{
    PmdaColumn column;
    QString header;      // the header PMDA uses, named in error messages
    QStringList aliases; // other spellings accepted (after NFKC and removing spaces)
    bool required;
};

// Every column, required ones first, in the order of PMDA's sheet.
const std::vector<PmdaColumnSpec>& pmdaColumns();
const PmdaColumnSpec& pmdaColumn(PmdaColumn column);

// The header as compared: NFKC, without white space, "（）" folded to "()".
QString normalizedHeader(const QString& header);

// Values of the yes/no columns: 該当, ○, あり, yes, true, 1 = true; blank, 非該当, -, −, ー, ×, なし,
// no, false, 0 = false; anything else nullopt.
std::optional<bool> parsePmdaFlag(const QString& value);
// Ⅰ..Ⅳ, I..IV, 1..4, with an optional "クラス" / "class" prefix; nullopt otherwise.
std::optional<int> parsePmdaClass(const QString& value);

} // namespace shirube::core
