// SPDX-License-Identifier: Apache-2.0
// The rules of Japan's system that no ruleset may break, checked by trying every combination of the
// answers procedure rules read (kind, class, novelty, certification standard), and the checks of the
// answer-model entries (designation base rates, typical answers). Called by validateRuleset().

#include "core/rules/HardRules.h"

#include "core/profile/ProfileSchema.h"

namespace shirube::core {

namespace {

QString combination(const QString& kind, int cls, const QString& novelty, const QString& standard)
{
    return QStringLiteral("kind=%1, class=%2, novelty=%3, certification_standard=%4")
        .arg(kind)
        .arg(cls)
        .arg(novelty, standard);
}

// The procedure the rules give for one combination; empty when a rule before the first that holds is
// still open (then the planner would not decide either).
QString procedureFor(const Ruleset& rs, Facts& facts)
{
    for (const OutcomeRule& r : rs.procedureRules) {
        const Tri t = r.when.evaluate(facts);
        if (t == Tri::True)
            return r.outcome;
        if (t == Tri::Unknown)
            return {};
    }
    return {};
}

} // namespace

void checkHardRules(const Ruleset& rs, std::vector<RulesetIssue>& issues)
{
    if (!rs.facts || rs.procedureRules.empty())
        return;
    // An invalid outcome is reported by the validator itself; the combinations would only repeat it.
    static const QStringList procedures = {QStringLiteral("notification"), QStringLiteral("certification"),
                                           QStringLiteral("approval")};
    for (const OutcomeRule& r : rs.procedureRules) {
        if (!procedures.contains(r.outcome))
            return;
    }
    static const char* const rules[] = {
        "every device gets a procedure",
        "a Class I device is notified",
        "a Class IV device needs approval",
        "a new device is never certified (a standard covers only equivalents)",
        "certification needs a standard for the generic name",
    };
    struct Broken
    {
        QString first; // the first combination that breaks it, with what the rules give
        int count = 0;
    };
    Broken broken[std::size(rules)];
    const QStringList kinds = {QStringLiteral("hardware"), QStringLiteral("samd"),
                               QStringLiteral("hardware_with_software")};
    const QStringList novelties = {QStringLiteral("new"), QStringLiteral("improved"),
                                   QStringLiteral("generic")};
    const QStringList standards = {QStringLiteral("exists"), QStringLiteral("none")};
    for (const QString& kind : kinds) {
        for (int cls = 1; cls <= 4; ++cls) {
            for (const QString& novelty : novelties) {
                for (const QString& standard : standards) {
                    Facts facts(*rs.facts);
                    facts.set(QStringLiteral("kind"), kind);
                    facts.set(QStringLiteral("samd"), kind != QLatin1String("hardware"));
                    facts.set(QStringLiteral("regulated"), true);
                    facts.set(QStringLiteral("class"), double(cls));
                    facts.set(QStringLiteral("novelty"), novelty);
                    facts.set(QStringLiteral("certification_standard"), standard);
                    const QString p = procedureFor(rs, facts);
                    int k = -1;
                    if (p.isEmpty())
                        k = 0;
                    else if (cls == 1 && p != QLatin1String("notification"))
                        k = 1;
                    else if (cls == 4 && p != QLatin1String("approval"))
                        k = 2;
                    else if (p == QLatin1String("certification") && novelty == QLatin1String("new"))
                        k = 3;
                    else if (p == QLatin1String("certification") && standard != QLatin1String("exists"))
                        k = 4;
                    if (k < 0)
                        continue;
                    if (broken[k].count++ == 0)
                        broken[k].first =
                            QStringLiteral("'") + (p.isEmpty() ? QStringLiteral("nothing") : p) +
                            QStringLiteral("' for ") + combination(kind, cls, novelty, standard);
                }
            }
        }
    }
    for (std::size_t k = 0; k < std::size(rules); ++k) {
        if (broken[k].count == 0)
            continue;
        QString message = QStringLiteral("hard rule broken: ") + QLatin1String(rules[k]) +
                          QStringLiteral("; the rules give ") + broken[k].first;
        if (broken[k].count > 1)
            message += QStringLiteral(" (and %1 more combinations)").arg(broken[k].count - 1);
        issues.push_back({QStringLiteral("classification.procedure"), message, 0});
    }
}

void checkAnswerModel(const Ruleset& rs, std::vector<RulesetIssue>& issues,
                      const std::function<void(const Provenance&, const QString&)>& provenance)
{
    auto issue = [&issues](const QString& at, const QString& message) {
        issues.push_back({at, message, 0});
    };
    auto texts = [&](const LocalText& t, const QString& at) {
        if (t.ja.trimmed().isEmpty() || t.en.trimmed().isEmpty())
            issue(at, QStringLiteral("needs ja and en texts"));
    };
    for (std::size_t i = 0; i < rs.designations.size(); ++i) {
        const DesignationDef& d = rs.designations[i];
        const QString at = QStringLiteral("designations[%1].base_rate").arg(d.id);
        if (!d.baseRate) {
            if (d.grant == QLatin1String("selection"))
                issue(at, QStringLiteral("a selective designation needs a base rate from the public record"));
            continue;
        }
        texts(d.baseRate->basis, at + QStringLiteral(".basis"));
        const ThreePoint& a = d.baseRate->attemptMonths;
        if (a.min < 0 || a.min > a.likely || a.likely > a.max)
            issue(at + QStringLiteral(".attempt_months"), QStringLiteral("needs 0 <= min <= likely <= max"));
        provenance(d.baseRate->provenance, at);
    }
    for (std::size_t i = 0; i < rs.typicalAnswers.size(); ++i) {
        const TypicalAnswer& t = rs.typicalAnswers[i];
        const QString at = QStringLiteral("typical_answers[%1]").arg(i);
        texts(t.basis, at + QStringLiteral(".basis"));
        provenance(t.provenance, at);
        if (t.when) {
            for (const QString& id : t.when->identifiers()) {
                if (!findField(id) && id != QLatin1String("samd") && id != QLatin1String("overseas") &&
                    id != QLatin1String("trial_running"))
                    issue(at + QStringLiteral(".when"),
                          QStringLiteral("a typical answer may read only the profile's answers, not ") + id);
            }
        }
    }
}

} // namespace shirube::core
