// SPDX-License-Identifier: Apache-2.0
#include "ui/project/ReplanOffer.h"

#include "core/storage/PlanDiff.h"
#include "core/storage/ProductOverrides.h"
#include "ui/Labels.h"
#include "ui/project/ProjectController.h"
#include "ui/project/ProjectDocument.h"
#include "ui/project/ProjectHost.h"
#include "ui/project/ProjectPrompts.h"
#include "ui/project/commands/ReplanProductCommand.h"

#include <QJsonObject>
#include <QUndoStack>

namespace shirube::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString jsonText(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return Labels::unknown();
    if (v.isBool())
        return v.toBool() ? Labels::yes() : Labels::no();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

} // namespace

ReplanOffer::ReplanOffer(ProjectController& owner)
    : m_owner(owner)
{}

QList<qint64> ReplanOffer::productsPlannedWithOtherRuleset() const
{
    QList<qint64> out;
    const core::RulesetPtr ruleset = m_owner.host()->ruleset();
    if (!ruleset)
        return out;
    for (const core::Product& p : m_owner.document()->project().products)
        if (p.plannedWithOtherRuleset(ruleset->id, ruleset->version))
            out << p.id;
    return out;
}

QString ReplanOffer::describeChange(const core::PlanChange& c)
{
    using Kind = core::PlanChange::Kind;
    const QString subject = c.label.isEmpty() ? c.subject : c.label;
    const auto monthsOf = [](const QJsonValue& v) {
        return v.isDouble() ? Labels::months(v.toDouble()) : Labels::unknown();
    };
    const auto yenOf = [](const QJsonValue& v) {
        return v.isDouble() ? Labels::yen(v.toDouble()) : Labels::unknown();
    };
    const auto classOf = [](const QJsonValue& v) {
        return Labels::deviceClass(v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt);
    };
    switch (c.kind) {
    case Kind::Ruleset:
        return ProjectController::tr("Ruleset: %1 → %2").arg(jsonText(c.before), jsonText(c.after));
    case Kind::Regulated:
        return ProjectController::tr("Regulated as a medical device: %1 → %2")
            .arg(jsonText(c.before), jsonText(c.after));
    case Kind::DeviceClass:
        return ProjectController::tr("Class: %1 → %2").arg(classOf(c.before), classOf(c.after));
    case Kind::Procedure:
        return ProjectController::tr("Procedure: %1 → %2")
            .arg(Labels::procedure(c.before.toString()), Labels::procedure(c.after.toString()));
    case Kind::ReviewCategory:
        return ProjectController::tr("Review category: %1 → %2")
            .arg(Labels::reviewCategory(c.before.toString()), Labels::reviewCategory(c.after.toString()));
    case Kind::RouteAdded:
        return ProjectController::tr("New route: %1 (P80 %2)").arg(subject, monthsOf(c.after));
    case Kind::RouteRemoved:
        return ProjectController::tr("Route no longer possible: %1 (was P80 %2)")
            .arg(subject, monthsOf(c.before));
    case Kind::RouteMonths:
        return ProjectController::tr("Route %1: P80 %2 → %3")
            .arg(subject, monthsOf(c.before), monthsOf(c.after));
    case Kind::RouteCost:
        return ProjectController::tr("Route %1: P80 cost %2 → %3")
            .arg(subject, yenOf(c.before), yenOf(c.after));
    case Kind::Designation:
        return ProjectController::tr("Designation %1: %2 → %3")
            .arg(subject, Labels::eligibility(c.before.toString()), Labels::eligibility(c.after.toString()));
    case Kind::FundingAdded:
        return ProjectController::tr("New funding match: %1 (%2)")
            .arg(subject, Labels::fit(c.after.toString()));
    case Kind::FundingRemoved:
        return ProjectController::tr("Funding no longer matching: %1").arg(subject);
    }
    return c.toString();
}

QString ReplanOffer::changesHtml(qint64 id) const
{
    const core::Product* p = m_owner.document()->product(id);
    if (!p || !m_owner.host()->ruleset())
        return {};
    core::PlanOptions options;
    options.lang = m_owner.host()->language();
    options.overrides = core::stepOverrides(p->overrides);
    const QJsonObject now = core::planToJson(m_owner.planner().plan(p->profile, options));
    const core::PlanDiff diff = core::diffPlans(p->planSnapshot, now);
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(p->name));
    html += QStringLiteral("<p>") +
            esc(ProjectController::tr("Planned with ruleset %1 %2.").arg(p->rulesetId, p->rulesetVersion)) +
            QStringLiteral("</p>");
    if (!diff.changesOutcome()) {
        html += QStringLiteral("<p>") +
                esc(ProjectController::tr("The new ruleset gives the same outcome.")) +
                QStringLiteral("</p>");
        return html;
    }
    html += QStringLiteral("<ul>");
    for (const core::PlanChange& c : diff.changes)
        if (c.kind != core::PlanChange::Kind::Ruleset)
            html += QStringLiteral("<li>") + esc(describeChange(c)) + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    return html;
}

bool ReplanOffer::offer()
{
    m_owner.flushCurrentProfile();
    const QList<qint64> ids = productsPlannedWithOtherRuleset();
    const core::RulesetPtr ruleset = m_owner.host()->ruleset();
    if (ids.isEmpty() || !ruleset)
        return false;
    QString html;
    for (qint64 id : ids)
        html += changesHtml(id);
    const QString summary =
        ProjectController::tr(
            "%n product(s) of this project were planned with another version of the ruleset. The current "
            "ruleset is %1 %2. Re-plan them to see their routes under today's rules?",
            nullptr, int(ids.size()))
            .arg(ruleset->id, ruleset->version);
    if (!m_owner.prompts()->askReplan(m_owner.host()->window(), summary, html))
        return false;

    core::PlanOptions options;
    options.lang = m_owner.host()->language();
    QUndoStack* stack = m_owner.host()->undoStack();
    stack->beginMacro(ProjectController::tr("Re-plan with ruleset %1").arg(ruleset->version));
    for (qint64 id : ids) {
        const core::Product before = *m_owner.document()->product(id);
        core::Product after = before;
        after.rulesetId = ruleset->id;
        after.rulesetVersion = ruleset->version;
        options.overrides = core::stepOverrides(before.overrides);
        after.planSnapshot = core::planToJson(m_owner.planner().plan(before.profile, options));
        stack->push(new ReplanProductCommand(m_owner.document(), before, after, QString()));
    }
    stack->endMacro();
    return true;
}

} // namespace shirube::ui
