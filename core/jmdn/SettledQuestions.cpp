// SPDX-License-Identifier: Apache-2.0
#include "core/jmdn/SettledQuestions.h"

#include <QSet>

namespace shirube::core {

namespace {

void addReads(QSet<QString>& reads, const Expr& e)
{
    for (const QString& id : e.identifiers()) {
        reads.insert(id);
        // Facts derived from answers stand for the answers they are derived from.
        if (id == QLatin1String("imdrf_category")) {
            reads.insert(QStringLiteral("software.significance"));
            reads.insert(QStringLiteral("software.situation"));
        }
    }
}

void addReads(QSet<QString>& reads, const std::optional<Expr>& e)
{
    if (e)
        addReads(reads, *e);
}

void addReads(QSet<QString>& reads, const std::vector<Criterion>& criteria)
{
    for (const Criterion& c : criteria)
        addReads(reads, c.when);
}

} // namespace

QStringList questionsSettledByGenericName(const Ruleset& ruleset)
{
    const QString knownClass = QStringLiteral("known_class");
    const QString standard = QStringLiteral("certification_standard");

    QSet<QString> classReads;
    for (const ClassRule& r : ruleset.classRules)
        addReads(classReads, r.when);

    // Everything else that reads answers. The procedure rules read the class and the certification
    // standard, which the name sets; what else they read (novelty, kind) is not settled by the name.
    QSet<QString> otherReads;
    for (const OutcomeRule& r : ruleset.procedureRules)
        addReads(otherReads, r.when);
    for (const OutcomeRule& r : ruleset.reviewCategoryRules)
        addReads(otherReads, r.when);
    for (const TransitionDef& t : ruleset.transitions) {
        addReads(otherReads, t.when);
        for (const StepDef& s : t.steps) {
            addReads(otherReads, s.when);
            if (!s.monthsPlus.isEmpty())
                otherReads.insert(s.monthsPlus);
        }
    }
    for (const TargetDef& t : ruleset.targets)
        addReads(otherReads, t.when);
    for (const DesignationDef& d : ruleset.designations)
        addReads(otherReads, d.criteria);
    for (const FundingScheme& f : ruleset.funding) {
        addReads(otherReads, f.criteria);
        for (const FundingArea& a : f.areas)
            addReads(otherReads, a.criteria);
    }
    otherReads.remove(standard);

    QStringList settled;
    for (const QuestionDef& q : ruleset.questions) {
        if (q.path == knownClass || q.path == standard ||
            (classReads.contains(q.path) && !otherReads.contains(q.path)))
            settled << q.path;
    }
    return settled;
}

} // namespace shirube::core
