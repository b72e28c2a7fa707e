// SPDX-License-Identifier: Apache-2.0
#include "core/eligibility/Eligibility.h"

#include <algorithm>

namespace shirube::core {

namespace {

const QString kCheck = QStringLiteral("✓ ");
const QString kCross = QStringLiteral("✗ ");
const QString kQuery = QStringLiteral("? ");

QString mark(Tri t)
{
    return t == Tri::True ? kCheck : (t == Tri::False ? kCross : kQuery);
}

// "✓ Intent to file in Japan first (evidence.world_first = true)": the criterion's text and the facts
// its expression read, with their values.
QString reason(Tri t, const QString& text, const Facts& facts, const std::vector<int>& used, Lang lang,
               bool preferred = false)
{
    QString out = mark(t) + text;
    if (preferred && t != Tri::True)
        out += lang == Lang::Ja ? QStringLiteral("（推奨要件）") : QStringLiteral(" [preferred]");
    if (!used.empty()) {
        QStringList described;
        described.reserve(qsizetype(used.size()));
        for (int slot : used)
            described << facts.describe(slot);
        out += QStringLiteral(" (") + described.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return out;
}

// Criteria outcome: any required False -> excluded; any Unknown or preferred False -> open.
struct CriteriaResult
{
    bool excluded = false;
    bool open = false;
    int held = 0; // criteria that hold
    QStringList reasons;
};

CriteriaResult evaluateCriteria(const std::vector<Criterion>& criteria, const Facts& facts, Lang lang,
                                const QString& prefix = {}, Reasons reasons = Reasons::Include)
{
    CriteriaResult r;
    std::vector<int> used;
    for (const Criterion& c : criteria) {
        used.clear();
        const Tri evaluated = c.when.evaluate(facts, used);
        // A requirement that must be stated is not met while its answer is missing.
        const bool missing = evaluated == Tri::Unknown && c.needsAnswer;
        const Tri t = missing ? Tri::False : evaluated;
        if (t == Tri::True)
            ++r.held;
        else if (t == Tri::False && c.required)
            r.excluded = true;
        else
            r.open = true;
        if (reasons == Reasons::Include) {
            QString text = prefix + reason(t, c.text.in(lang), facts, used, lang, !c.required);
            if (missing)
                text += lang == Lang::Ja ? QStringLiteral(" — 未回答") : QStringLiteral(" — not answered");
            r.reasons << text;
        }
    }
    return r;
}

// A scheme's list of applicant types or stages: listed -> True, not listed -> False, unknown -> Unknown.
Tri listed(const QStringList& list, const Facts& facts, int slot)
{
    if (list.isEmpty())
        return Tri::True;
    const auto* v = slot < 0 ? nullptr : std::get_if<QString>(&facts.get(slot));
    if (!v)
        return Tri::Unknown;
    return list.contains(*v) ? Tri::True : Tri::False;
}

} // namespace

std::vector<DesignationResult> evaluateDesignations(const Ruleset& ruleset, Facts& facts, Lang lang,
                                                    Reasons reasons)
{
    std::vector<DesignationResult> out;
    out.reserve(ruleset.designations.size());
    const FactTable& table = facts.table();
    const int regulatedSlot = table.slot(QStringLiteral("regulated"));
    const FactValue& regulated = regulatedSlot < 0 ? FactValue() : facts.get(regulatedSlot);
    const bool notDevice = std::holds_alternative<bool>(regulated) && !std::get<bool>(regulated);

    for (const DesignationDef& d : ruleset.designations) {
        DesignationResult r;
        r.id = d.id;
        r.name = d.name.in(lang);
        r.provenance = d.provenance;
        if (d.baseRate && d.grant == QLatin1String("selection")) {
            r.chance = d.baseRate->p;
            if (reasons == Reasons::Include)
                r.chanceBasis = d.baseRate->basis.in(lang);
            r.chanceProvenance = d.baseRate->provenance;
        }
        if (notDevice) {
            // Designations are granted to medical devices only.
            r.eligible = QStringLiteral("no");
            if (reasons == Reasons::Include)
                r.reasons << kCross +
                                 (lang == Lang::Ja ? QStringLiteral("医療機器に該当しない")
                                                   : QStringLiteral("Not a medical device")) +
                                 QStringLiteral(" (") + facts.describe(regulatedSlot) + QLatin1Char(')');
        } else {
            const CriteriaResult c = evaluateCriteria(d.criteria, facts, lang, {}, reasons);
            r.reasons = c.reasons;
            if (c.excluded)
                r.eligible = QStringLiteral("no");
            else if (c.open)
                r.eligible = QStringLiteral("possible");
            else if (d.grant == QLatin1String("elective"))
                r.eligible = QStringLiteral("yes");
            else
                r.eligible = QStringLiteral("likely"); // MHLW selects: never certain
        }
        facts.set(QStringLiteral("designation.") + d.id, r.eligible);
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<FundingMatch> matchFunding(const Ruleset& ruleset, const Facts& facts,
                                       const QStringList& routeActivities, Lang lang)
{
    std::vector<FundingMatch> out;
    const FactTable& table = facts.table();
    const int applicantSlot = table.slot(QStringLiteral("applicant.type"));
    const int stageSlot = table.slot(QStringLiteral("stage"));

    for (const FundingScheme& s : ruleset.funding) {
        FundingMatch m;
        bool open = false;

        const Tri applicant = listed(s.applicants, facts, applicantSlot);
        const Tri stage = listed(s.stages, facts, stageSlot);
        if (applicant == Tri::False || stage == Tri::False)
            continue;
        if (!s.applicants.isEmpty()) {
            open = open || applicant == Tri::Unknown;
            m.reasons << mark(applicant) +
                             (lang == Lang::Ja ? QStringLiteral("対象者: ")
                                               : QStringLiteral("Applicants: ")) +
                             s.applicants.join(QStringLiteral(", ")) + QStringLiteral(" (") +
                             facts.describe(applicantSlot) + QLatin1Char(')');
        }
        if (!s.stages.isEmpty()) {
            open = open || stage == Tri::Unknown;
            m.reasons << mark(stage) +
                             (lang == Lang::Ja ? QStringLiteral("対象段階: ")
                                               : QStringLiteral("Stages funded: ")) +
                             s.stages.join(QStringLiteral(", ")) + QStringLiteral(" (") +
                             facts.describe(stageSlot) + QLatin1Char(')');
        }

        const CriteriaResult c = evaluateCriteria(s.criteria, facts, lang);
        if (c.excluded)
            continue;
        open = open || c.open;
        m.reasons << c.reasons;

        if (!s.areas.empty()) {
            // The best-fitting area: a full fit before an open one, then the one with more criteria
            // holding, then file order.
            const FundingArea* best = nullptr;
            CriteriaResult bestResult;
            for (const FundingArea& a : s.areas) {
                CriteriaResult ar =
                    evaluateCriteria(a.criteria, facts, lang, a.name.in(lang) + QStringLiteral(": "));
                if (ar.excluded)
                    continue;
                const bool better = !best || (bestResult.open && !ar.open) ||
                                    (bestResult.open == ar.open && ar.held > bestResult.held);
                if (better) {
                    best = &a;
                    bestResult = std::move(ar);
                }
            }
            if (!best)
                continue; // the call is by area, and no area fits
            m.area = best->id;
            open = open || bestResult.open;
            m.reasons << bestResult.reasons;
        }

        m.id = s.id;
        m.nameJa = s.name.ja;
        m.name = s.name.in(lang);
        m.ministry = s.ministry;
        m.amed = s.amed;
        m.fy = s.fy;
        m.budgetJpy = s.budgetJpy;
        m.budgetNote = s.budgetNote.in(lang);
        m.fit = open ? QStringLiteral("possible") : QStringLiteral("strong");
        if (routeActivities.isEmpty()) {
            m.coversActivities = s.coversActivities;
        } else {
            for (const QString& a : s.coversActivities) {
                if (routeActivities.contains(a))
                    m.coversActivities << a;
            }
        }
        m.provenance = s.provenance;
        out.push_back(std::move(m));
    }

    // Strong before possible, then the larger budget (unknown budgets last), then id for a stable order.
    std::stable_sort(out.begin(), out.end(), [](const FundingMatch& a, const FundingMatch& b) {
        const bool aStrong = a.fit == QLatin1String("strong");
        const bool bStrong = b.fit == QLatin1String("strong");
        if (aStrong != bStrong)
            return aStrong;
        const qint64 ab = a.budgetJpy.value_or(-1);
        const qint64 bb = b.budgetJpy.value_or(-1);
        if (ab != bb)
            return ab > bb;
        return a.id < b.id;
    });
    return out;
}

} // namespace shirube::core
