// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace shirube::core {
struct PlanChange;
}

namespace shirube::ui {

class ProjectController;

// Products planned with another ruleset id/version than the current one: what re-planning them would
// change (a human summary), and the re-plan itself as one undo step when the user accepts it. Part of
// ProjectController, which owns it and forwards to it.
class ReplanOffer final
{
public:
    explicit ReplanOffer(ProjectController& owner);
    ReplanOffer(const ReplanOffer&) = delete;
    ReplanOffer& operator=(const ReplanOffer&) = delete;

    QList<qint64> productsPlannedWithOtherRuleset() const;
    // The human summary of what a re-plan of `id` changes (HTML); empty when nothing.
    QString changesHtml(qint64 id) const;
    // Asks whether to re-plan the products planned with another ruleset; true when they were.
    bool offer();

    // One change of a plan as a sentence ("Class: Class II → Class III").
    static QString describeChange(const core::PlanChange& change);

private:
    ProjectController& m_owner;
};

} // namespace shirube::ui
