// SPDX-License-Identifier: Apache-2.0
#include "tests/jmdn/NameGenerator.h"

#include "core/jmdn/PmdaColumns.h"

namespace shirube::test {

namespace {

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

struct Part
{
    const char* ja;
    const char* en;
};

const Part kUse[] = {{"", ""},
                     {"単回使用", "Single-use "},
                     {"再使用可能な", "Reusable "},
                     {"ヘパリン使用", "Heparin-coated "},
                     {"抗菌作用", "Antimicrobial "}};
const Part kSite[] = {{"汎用", "general-purpose "},    {"中心循環系", "central circulatory "},
                      {"非中心循環系", "peripheral "}, {"血管用", "vascular "},
                      {"泌尿器用", "urological "},     {"消化器用", "gastrointestinal "},
                      {"呼吸器用", "respiratory "},    {"眼科用", "ophthalmic "},
                      {"歯科用", "dental "},           {"整形外科用", "orthopaedic "},
                      {"耳鼻咽喉科用", "ENT "},        {"脳神経外科用", "neurosurgical "},
                      {"心臓用", "cardiac "},          {"家庭用", "home-use "},
                      {"手術用", "surgical "},         {"移動型", "mobile "},
                      {"据置型", "stationary "},       {"携帯型", "portable "},
                      {"小児用", "paediatric "},       {"体外式", "external "}};
const Part kThing[] = {{"カテーテル", "catheter"},
                       {"ステント", "stent"},
                       {"電極", "electrode"},
                       {"プローブ", "probe"},
                       {"モニタ", "monitor"},
                       {"輸液ポンプ", "infusion pump"},
                       {"X線診断装置", "diagnostic X-ray system"},
                       {"治療器", "therapy device"},
                       {"鉗子", "forceps"},
                       {"縫合糸", "suture"},
                       {"ガイドワイヤ", "guidewire"},
                       {"チューブ", "tube"},
                       {"レンズ", "lens"},
                       {"診断用プログラム", "diagnostic software"},
                       {"ワークステーション", "workstation"},
                       {"測定器", "meter"},
                       {"内視鏡", "endoscope"},
                       {"手袋", "glove"},
                       {"補聴器", "hearing aid"},
                       {"血圧計", "sphygmomanometer"}};
const Part kKind[] = {
    {"", ""}, {"キット", " kit"}, {"セット", " set"}, {"システム", " system"}, {"ユニット", " unit"}};
const char* const kPurpose[] = {"診断", "治療", "モニタリング", "処置", "検査", "補助"};

} // namespace

std::vector<core::GenericName> generateGenericNames(int count)
{
    std::vector<core::GenericName> names;
    names.reserve(std::size_t(count));
    const int nUse = int(std::size(kUse)), nSite = int(std::size(kSite)), nThing = int(std::size(kThing)),
              nKind = int(std::size(kKind));
    for (int i = 0; i < count; ++i) {
        // Mixed radix over the parts, so consecutive rows differ in their noun first.
        int r = i;
        const Part& thing = kThing[r % nThing];
        r /= nThing;
        const Part& site = kSite[r % nSite];
        r /= nSite;
        const Part& kind = kKind[r % nKind];
        r /= nKind;
        const Part& use = kUse[r % nUse];
        r /= nUse;
        core::GenericName n;
        n.code = QStringLiteral("8%1").arg(i, 7, 10, QLatin1Char('0'));
        n.nameJa = u(use.ja) + u(site.ja) + u(thing.ja) + u(kind.ja) +
                   (r > 0 ? QStringLiteral("%1型").arg(r) : QString());
        n.nameEn = QString(u(use.en) + u(site.en) + u(thing.en) + u(kind.en)).trimmed();
        n.nameEn[0] = n.nameEn[0].toUpper();
        if (r > 0)
            n.nameEn += QStringLiteral(", type %1").arg(r);
        n.definitionJa = u(site.ja) + u(thing.ja) + u("をいう。") +
                         u(kPurpose[i % int(std::size(kPurpose))]) +
                         u("に用いる。\"標準\"型、付属品を含む。");
        n.deviceClass = 1 + (i % 4);
        n.specifiedMaintenance = i % 3 == 0;
        n.installationManagement = i % 11 == 0;
        n.qms = n.deviceClass > 1;
        n.repairCategory = n.specifiedMaintenance ? QStringLiteral("G2") : u("非該当");
        n.source = QStringLiteral("generated");
        n.confidence = core::Confidence::Estimate;
        n.note = QStringLiteral("generated for tests");
        names.push_back(n);
    }
    return names;
}

QStringList pmdaCsvHeader(const QString& dropColumn)
{
    QStringList header = {u("類別コード")};
    for (const core::PmdaColumnSpec& spec : core::pmdaColumns()) {
        if (spec.header != dropColumn)
            header << spec.header;
    }
    header << u("GHTFルール");
    return header;
}

QByteArray pmdaCsv(const std::vector<core::GenericName>& names, const QString& dropColumn)
{
    auto quote = [](const QString& s) -> QString {
        if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
            return s;
        QString q = s;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    };
    static const char* const roman[] = {"", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"};
    const QStringList header = pmdaCsvHeader(dropColumn);
    QString text = u("一般的名称一覧 (PMDA 医療機器基準等情報),,,\r\n") + header.join(QLatin1Char(',')) +
                   QStringLiteral("\r\n");
    for (std::size_t i = 0; i < names.size(); ++i) {
        const core::GenericName& n = names[i];
        QString definition = n.definitionJa + u("、長さ等は問わない");
        if (i % 97 == 96)
            definition += u("\n（改行を含む定義）");
        QStringList cells;
        for (const QString& h : header) {
            QString v;
            if (h == u("類別コード"))
                v = QStringLiteral("器51");
            else if (h == u("GHTFルール"))
                v = QStringLiteral("7");
            else if (h == core::pmdaColumn(core::PmdaColumn::Code).header)
                v = n.code;
            else if (h == core::pmdaColumn(core::PmdaColumn::Name).header)
                v = n.nameJa;
            else if (h == core::pmdaColumn(core::PmdaColumn::Definition).header)
                v = definition;
            else if (h == core::pmdaColumn(core::PmdaColumn::Class).header)
                v = u(roman[n.deviceClass]);
            else if (h == core::pmdaColumn(core::PmdaColumn::SpecifiedMaintenance).header)
                v = n.specifiedMaintenance ? u("該当") : QString();
            else if (h == core::pmdaColumn(core::PmdaColumn::InstallationManagement).header)
                v = n.installationManagement ? u("該当") : QString();
            else if (h == core::pmdaColumn(core::PmdaColumn::RepairCategory).header)
                v = n.repairCategory;
            else if (h == core::pmdaColumn(core::PmdaColumn::Qms).header)
                v = n.qms ? u("該当") : u("非該当");
            else if (h == core::pmdaColumn(core::PmdaColumn::NameEn).header)
                v = n.nameEn;
            cells << quote(v);
        }
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace shirube::test
