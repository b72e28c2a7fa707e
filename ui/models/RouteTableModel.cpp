// SPDX-License-Identifier: Apache-2.0
#include "ui/models/RouteTableModel.h"

#include "core/rules/RuleText.h"
#include "ui/Labels.h"
#include "ui/Language.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>
#include <set>

namespace shirube::ui {

RouteTableModel::RouteTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RouteTableModel::setPlan(const core::Plan& plan)
{
    beginResetModel();
    m_routes = plan.routes;
    m_scenarioLabels.clear();
    for (const core::Scenario& s : plan.scenarios)
        m_scenarioLabels.insert(s.id, s.label);
    m_lang = Language::current();
    m_emptyText.clear();
    if (m_routes.empty()) {
        if (plan.classification.regulated && !*plan.classification.regulated)
            m_emptyText = tr("Not a medical device, so there is no regulatory route to plan. If the product "
                             "diagnoses, treats or prevents a disease, check the answers about what it does: "
                             "the classification card says which answer decided this.");
        else if (!plan.warnings.isEmpty())
            m_emptyText = tr("No route found: %1").arg(plan.warnings.join(QLatin1Char(' ')));
        else
            m_emptyText = tr("No route found for these answers.");
    }
    endResetModel();
}

void RouteTableModel::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    if (!m_routes.empty())
        emit dataChanged(index(0, RouteColumn), index(rowCount() - 1, RouteColumn));
}

void RouteTableModel::retranslate()
{
    m_lang = Language::current();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_routes.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RouteTableModel::rowOf(const QString& routeId) const
{
    for (std::size_t i = 0; i < m_routes.size(); ++i) {
        if (m_routes[i].id == routeId)
            return int(i);
    }
    return -1;
}

QString RouteTableModel::routeIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_routes[std::size_t(row)].id : QString();
}

int RouteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_routes.size());
}

int RouteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RouteTableModel::confidenceMarks(const core::Route& route)
{
    std::set<int> levels;
    for (const core::RouteStep& s : route.steps)
        levels.insert(int(s.provenance.confidence));
    QStringList marks;
    // Weakest first: estimate, seed, known, sourced.
    for (auto c : {core::Confidence::Estimate, core::Confidence::Seed, core::Confidence::Known,
                   core::Confidence::Sourced}) {
        if (levels.count(int(c)))
            marks << Labels::confidenceMark(c);
    }
    return marks.join(QLatin1Char(' '));
}

QString RouteTableModel::stepsTooltip(const core::Route& route) const
{
    QStringList lines;
    lines << core::RuleText::routeName(route.label, m_scenarioLabels.value(route.scenario)) +
                 (route.scenario.isEmpty()
                      ? QString()
                      : QStringLiteral(" (") +
                            core::RuleText::scenario(route.scenario, m_ruleset.get(), m_lang) +
                            QLatin1Char(')'));
    for (const core::RouteStep& s : route.steps) {
        QString line = QStringLiteral("• ") + s.activityName + QStringLiteral(": ") +
                       Labels::monthsRange(s.months.min, s.months.likely, s.months.max) +
                       QStringLiteral(", ") + Labels::yen(s.costJpy.likely);
        if (s.parallel)
            line += QStringLiteral(" ") + tr("(in parallel)");
        line += QStringLiteral(" — ") + Labels::confidenceMark(s.provenance.confidence) + QLatin1Char(' ') +
                core::RuleText::sources(s.provenance.source, m_ruleset.get(), Language::current());
        lines << line;
    }
    if (route.chance)
        lines << chanceNote(route);
    if (!route.assumptions.isEmpty()) {
        QStringList assumed;
        for (const QString& a : route.assumptions)
            assumed << core::RuleText::assumption(a, m_ruleset.get(), m_lang);
        lines << tr("Assumes: %1").arg(assumed.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QString RouteTableModel::ifGranted(double chance)
{
    return tr("if granted (about %1)").arg(Labels::probability(chance));
}

QString RouteTableModel::chanceNote(const core::Route& route) const
{
    return tr("Needs %1, granted to about %2 of the products that apply; its months and costs include "
              "the chance of a refusal (the standard route after the attempt).")
        .arg(designationNames(route), Labels::probability(route.chance.value_or(1)));
}

QString RouteTableModel::keySteps(const core::Route& route) const
{
    QStringList names;
    for (const core::RouteStep& s : route.steps) {
        if (!s.parallel && !names.contains(s.activityName))
            names << s.activityName;
    }
    return names.join(QStringLiteral(" → "));
}

QString RouteTableModel::designationNames(const core::Route& route) const
{
    QStringList names;
    for (const QString& id : route.designations) {
        const core::DesignationDef* d = m_ruleset ? m_ruleset->designation(id) : nullptr;
        names << (d ? d->name.in(m_lang) : id);
    }
    return names.isEmpty() ? Labels::none() : names.join(QStringLiteral(", "));
}

QVariant RouteTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Route& r = m_routes[std::size_t(index.row())];
    if (role == RouteIdRole)
        return r.id;
    if (role == ParetoRole)
        return r.paretoOptimal;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case RouteColumn: {
            // One alternative a line ("A\n+ B"): two routes that share a start stay told apart. An
            // alternative scenario's route says which answers it takes ("… (if …)", on a line of its
            // own); the recommended route says so on its first line.
            const bool display = role == Qt::DisplayRole;
            QString label = core::RuleText::routeName(r.label, m_scenarioLabels.value(r.scenario));
            QString scenario;
            if (!r.scenario.isEmpty())
                scenario = QLatin1Char('(') + core::RuleText::scenario(r.scenario, m_ruleset.get(), m_lang) +
                           QLatin1Char(')');
            if (!display && !scenario.isEmpty()) {
                label += QLatin1Char(' ') + scenario;
                scenario.clear();
            }
            if (display)
                label.replace(QStringLiteral(" + "), QStringLiteral("\n+ "));
            if (r.chance)
                label += QLatin1Char(' ') + ifGranted(*r.chance);
            if (!scenario.isEmpty())
                label += QLatin1Char('\n') + scenario;
            if (r.headline)
                label = display ? tr("Recommended") + QLatin1Char('\n') + label
                                : tr("Recommended: %1").arg(label);
            if (display && m_compact) {
                // The columns this narrow table hides, one line each.
                if (overBudget(r))
                    label += QLatin1Char('\n') + tr("⚠ Over budget");
                if (r.meetsTargetDate)
                    label += QLatin1Char('\n') + (missesTarget(r) ? tr("⚠ Target date likely missed (%1)")
                                                                  : tr("Target date: %1 chance"))
                                                     .arg(Labels::probability(*r.meetsTargetDate));
                if (!r.designations.isEmpty())
                    label += QLatin1Char('\n') + tr("Designations: %1").arg(designationNames(r));
                label += QLatin1Char('\n') + tr("Key steps: %1").arg(keySteps(r));
            }
            label.prepend(r.paretoOptimal ? QStringLiteral("★ ") : QString());
            return label;
        }
        case P50Column:
            return Labels::months(r.months.p50);
        case P80Column:
            return Labels::months(r.months.p80);
        case CostColumn:
            return overBudget(r) ? QString(Labels::yen(r.costJpy.p80) + QStringLiteral(" ⚠"))
                                 : Labels::yen(r.costJpy.p80);
        case TargetColumn:
            if (!r.meetsTargetDate)
                return QStringLiteral("—");
            return missesTarget(r) ? QString(Labels::probability(*r.meetsTargetDate) + QStringLiteral(" ⚠"))
                                   : Labels::probability(*r.meetsTargetDate);
        case DesignationsColumn:
            return designationNames(r);
        case StepsColumn:
            return keySteps(r);
        case ConfidenceColumn:
            return confidenceMarks(r);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        const QString text = [&]() -> QString {
            switch (index.column()) {
            case RouteColumn: {
                QStringList lines;
                if (r.headline)
                    lines << tr("The recommended route: it takes the typical answers for the questions left "
                                "blank and needs no designation that may be refused.");
                if (r.chance)
                    lines << chanceNote(r);
                lines << (r.paretoOptimal
                              ? tr("★ Pareto-optimal: no other route is both faster and cheaper (P80).")
                              : tr("Another route is both faster and cheaper (P80)."));
                return lines.join(QLatin1Char('\n'));
            }
            case TargetColumn:
                if (missesTarget(r))
                    return tr("Likely to miss your target date: only %1 of the simulated timelines reach the "
                              "goal by then.")
                        .arg(Labels::probability(r.meetsTargetDate.value_or(0)));
                return tr("Chance of reaching the goal by the target date (Monte Carlo)");
            case ConfidenceColumn:
                return QString(Labels::confidenceLegend() + QLatin1Char('\n') + stepsTooltip(r));
            case CostColumn:
                return QString((overBudget(r) ? tr("Over your budget: four in five simulated costs are below "
                                                   "%1, more than the budget you gave.")
                                                    .arg(Labels::exactYen(r.costJpy.p80))
                                              : Labels::exactYen(r.costJpy.p80)) +
                               QLatin1Char('\n') + stepsTooltip(r));
            default:
                return stepsTooltip(r);
            }
        }();
        return Labels::tooltip(text);
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() >= P50Column && index.column() <= TargetColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && index.column() == RouteColumn && r.headline) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && ((index.column() == CostColumn && overBudget(r)) ||
                                       (index.column() == TargetColumn && missesTarget(r))))
        return QBrush(QColor(0xb0, 0x20, 0x20)); // a warning, in every row
    if (role == Qt::ForegroundRole && !r.paretoOptimal)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant RouteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case P50Column:
            return tr("Half of the simulated timelines finish sooner than this");
        case P80Column:
            return tr("Four in five simulated timelines finish sooner than this");
        case CostColumn:
            return tr("Four in five simulated costs are lower than this");
        case ConfidenceColumn:
            return Labels::confidenceLegend();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RouteColumn:
        return tr("Route");
    case P50Column:
        return tr("P50 time");
    case P80Column:
        return tr("P80 time");
    case CostColumn:
        return tr("P80 cost");
    case TargetColumn:
        return tr("Target date");
    case DesignationsColumn:
        return tr("Designations");
    case StepsColumn:
        return tr("Key steps");
    case ConfidenceColumn:
        return tr("Confidence");
    }
    return {};
}

} // namespace shirube::ui
