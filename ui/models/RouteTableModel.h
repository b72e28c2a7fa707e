// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/planning/Plan.h"
#include "core/rules/Ruleset.h"

#include <QAbstractTableModel>
#include <QHash>

namespace shirube::ui {

// The plan's routes, one row each: label, P50/P80 months, P80 cost, chance of the target date,
// designations used, key steps, and the confidence marks of the numbers (tooltips list every step's
// source). The recommended route (Route::headline) is named so, in bold; a route that needs a selective
// designation says "if granted (about N %)".
class RouteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteTableModel)

public:
    enum Column
    {
        RouteColumn,
        P50Column,
        P80Column,
        CostColumn,
        TargetColumn,
        DesignationsColumn,
        ConfidenceColumn,
        StepsColumn,
        ColumnCount
    };
    enum Role
    {
        RouteIdRole = Qt::UserRole + 1,
        ParetoRole,
    };

    explicit RouteTableModel(QObject* parent = nullptr);

    void setRuleset(core::RulesetPtr ruleset) { m_ruleset = std::move(ruleset); }
    void setPlan(const core::Plan& plan);
    void retranslate();

    const std::vector<core::Route>& routes() const { return m_routes; }
    // Compact: the route cell also carries the target date, designations and key steps (one line
    // each), for a table too narrow for their columns (RouteTableView::fitCompact hides them).
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // What the table says when it has no route: why (not a medical device, no route reaches the goal).
    QString emptyText() const { return m_emptyText; }
    // A route that goes over the budget (P80 cost) or is more likely than not to miss the target date.
    static bool overBudget(const core::Route& route) { return route.withinBudget && !*route.withinBudget; }
    static bool missesTarget(const core::Route& route)
    {
        return route.meetsTargetDate && *route.meetsTargetDate < 0.5;
    }
    int rowOf(const QString& routeId) const;
    QString routeIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "≈ ✓": the distinct confidence marks of a route's steps, weakest first.
    static QString confidenceMarks(const core::Route& route);
    // One line per step: activity, months, cost, source, confidence.
    QString stepsTooltip(const core::Route& route) const;
    QString keySteps(const core::Route& route) const;
    // "if granted (about 21%)": a route that needs a selective designation.
    static QString ifGranted(double chance);

private:
    QString designationNames(const core::Route& route) const;
    QString chanceNote(const core::Route& route) const;

    bool m_compact = false;
    QString m_emptyText;
    core::RulesetPtr m_ruleset;
    core::Lang m_lang = core::Lang::En;
    std::vector<core::Route> m_routes;
    QHash<QString, QString> m_scenarioLabels; // alternative scenario id -> "if …"
};

} // namespace shirube::ui
