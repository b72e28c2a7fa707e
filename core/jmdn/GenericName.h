// SPDX-License-Identifier: Apache-2.0
#pragma once

// One Japanese medical-device generic name (一般的名称, JMDN): the unit that fixes a device's class in
// Japan and decides whether certification (認証) can apply (shared/reference/regulatory-japan.md,
// CLS-5 and JMDN-1..3).

#include "core/common/Result.h"
#include "core/common/Text.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace shirube::core {

// The 認証基準 that names a generic name: the MHLW notice (告示) and the standard's own name.
// The profile's jmdn_code when the user says no generic name fits (a new kind of device): the
// classification questions decide, and no generic name is assumed from the product's name.
inline constexpr const char* kNoGenericName = "none";

struct CertificationStandard
{
    QString notice; // "平成17年厚生労働省告示第112号 別表第2 第NNN号" or as precise as known
    QString name;   // "全身用X線CT診断装置等認証基準"

    bool operator==(const CertificationStandard&) const = default;
};

// Where a row of the table comes from.
enum class GenericNameOrigin
{
    Shipped, // resources/jmdn/generic-names.json, embedded in the binary
    User,    // the table the user imported from PMDA's list (GenericNameImporter)
};

struct GenericName
{
    QString code;                                               // 8 digits, e.g. "37618010"
    QString nameJa;                                             // 全身用X線CT診断装置
    QString nameEn;                                             // empty when PMDA publishes none
    QString definitionJa;                                       // short definition
    int deviceClass = 0;                                        // 1..4 (クラスI..IV)
    std::optional<CertificationStandard> certificationStandard; // nullopt: no 認証基準 names it
    bool specifiedMaintenance = false;                          // 特定保守管理医療機器
    bool installationManagement = false;                        // 設置管理医療機器
    bool qms = false;                                           // QMS省令 applies
    QString repairCategory; // 修理区分 (imported lists only), e.g. "G2"
    QString previousCode;   // 旧一般的名称コード (imported lists only)
    QString previousName;   // 旧一般的名称
    QString source;         // URL or document
    Confidence confidence = Confidence::Estimate;
    QString note; // why the row is an estimate, caveats
    GenericNameOrigin origin = GenericNameOrigin::Shipped;

    // Certification (認証 by a registered body) is possible only for class II and III names a
    // 認証基準 covers (CLS-2, CLS-3); everything else in class II-IV needs approval, class I notification.
    bool certifiable() const
    {
        return certificationStandard.has_value() && (deviceClass == 2 || deviceClass == 3);
    }

    // "notification" | "certification" | "approval": the procedure the name implies (CLS-1..4).
    QString procedure() const;

    bool operator==(const GenericName&) const = default;
};

// True for exactly eight ASCII digits.
bool isValidJmdnCode(const QString& code);

// The row as the table's JSON object (the format of resources/jmdn/generic-names.json).
QJsonObject toJson(const GenericName& name);

// Parses one row; `locator` ("names[12]") prefixes every error. Checks the code, the class, the
// confidence and the required fields.
Result<GenericName> genericNameFromJson(const QJsonObject& object, const QString& locator);

QString toString(GenericNameOrigin origin);

} // namespace shirube::core
