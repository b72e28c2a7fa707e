// SPDX-License-Identifier: Apache-2.0
#include "ui/models/FundingModel.h"

#include "core/rules/RuleText.h"
#include "ui/Labels.h"
#include "ui/Language.h"

namespace shirube::ui {

FundingModel::FundingModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FundingModel::setFunding(const std::vector<core::FundingMatch>& funding, const QString& asOf)
{
    beginResetModel();
    m_items = funding;
    m_asOf = asOf;
    // The engine's reasons name facts by path and list ids: in words here.
    const core::Lang lang = Language::current();
    for (core::FundingMatch& f : m_items)
        for (QString& r : f.reasons)
            r = core::RuleText::reason(r, m_ruleset.get(), lang);
    endResetModel();
}

void FundingModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FundingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int FundingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FundingModel::budget(const core::FundingMatch& f) const
{
    const QString fy = tr("FY%1").arg(f.fy);
    if (!f.budgetJpy)
        return fy + QLatin1Char(' ') + tr("not stated");
    return fy + QLatin1Char(' ') + Labels::yen(double(*f.budgetJpy));
}

QString FundingModel::activities(const core::FundingMatch& f) const
{
    QStringList names;
    const core::Lang lang = Language::current();
    for (const QString& id : f.coversActivities) {
        const core::ActivityDef* a = m_ruleset ? m_ruleset->activity(id) : nullptr;
        names << (a ? a->name.in(lang) : id);
    }
    return names.join(QStringLiteral(", "));
}

QString FundingModel::areaName(const core::FundingMatch& f) const
{
    if (f.area.isEmpty() || !m_ruleset)
        return f.area;
    if (const core::FundingScheme* s = m_ruleset->scheme(f.id)) {
        for (const core::FundingArea& a : s->areas) {
            if (a.id == f.area)
                return a.name.in(Language::current());
        }
    }
    return f.area;
}

QString FundingModel::pastFiscalYear(const core::FundingMatch& f) const
{
    // Japan's fiscal year N runs from April N to March N+1.
    const QString lastMonth = QStringLiteral("%1-03").arg(f.fy + 1);
    if (m_asOf.size() != 7 || m_asOf <= lastMonth)
        return {};
    return tr("⚠ The budget is the FY%1 figure (April %1 – March %2), and the plan's month %3 is past that "
              "fiscal year: check the current call before relying on it.")
        .arg(f.fy)
        .arg(f.fy + 1)
        .arg(m_asOf);
}

QString FundingModel::details(const core::FundingMatch& f) const
{
    QString html = QStringLiteral("<h3>") + f.name.toHtmlEscaped() + QStringLiteral("</h3>");
    if (const QString past = pastFiscalYear(f); !past.isEmpty())
        html += QStringLiteral("<p style=\"color:#b02020\">") + past.toHtmlEscaped() + QStringLiteral("</p>");
    if (Language::current() != core::Lang::Ja && !f.nameJa.isEmpty())
        html += QStringLiteral("<p>") + f.nameJa.toHtmlEscaped() + QStringLiteral("</p>");
    html += QStringLiteral("<p><b>") + Labels::fit(f.fit).toHtmlEscaped() + QStringLiteral("</b> — ") +
            f.ministry.toHtmlEscaped() + (f.amed ? QStringLiteral(" (AMED)") : QString()) +
            QStringLiteral(" — ") + budget(f).toHtmlEscaped() + QStringLiteral(" ") +
            Labels::confidenceMark(f.provenance.confidence) + QStringLiteral("</p>");
    if (f.budgetJpy)
        html += QStringLiteral("<p>") + Labels::exactYen(double(*f.budgetJpy)).toHtmlEscaped() +
                QStringLiteral("</p>");
    if (!f.budgetNote.isEmpty())
        html += QStringLiteral("<p>") + f.budgetNote.toHtmlEscaped() + QStringLiteral("</p>");
    if (!f.area.isEmpty())
        html += QStringLiteral("<p>") + tr("Best-fitting area: %1").arg(areaName(f)).toHtmlEscaped() +
                QStringLiteral("</p>");
    html += QStringLiteral("<ul>");
    for (const QString& r : f.reasons)
        html += QStringLiteral("<li>") + r.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    if (!f.coversActivities.isEmpty())
        html += QStringLiteral("<p>") + tr("Can fund: %1").arg(activities(f)).toHtmlEscaped() +
                QStringLiteral("</p>");
    html += QStringLiteral("<p><small>") +
            tr("Source: %1")
                .arg(core::RuleText::sources(f.provenance.source, m_ruleset.get(), Language::current()))
                .toHtmlEscaped() +
            QStringLiteral(" — ") + Labels::confidenceMark(f.provenance.confidence) + QLatin1Char(' ') +
            Labels::confidenceName(f.provenance.confidence).toHtmlEscaped() + QStringLiteral("</small></p>");
    return html;
}

QVariant FundingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::FundingMatch& f = m_items[std::size_t(index.row())];
    switch (role) {
    case IdRole:
        return f.id;
    case FitRole:
        return f.fit;
    case DetailsRole:
        return details(f);
    case Qt::DisplayRole:
        switch (index.column()) {
        case SchemeColumn:
            return QString(f.area.isEmpty() ? f.name : f.name + QStringLiteral(" — ") + areaName(f));
        case MinistryColumn:
            return QString(f.ministry + (f.amed ? QStringLiteral(" (AMED)") : QString()));
        case BudgetColumn:
            return QString(budget(f) + QLatin1Char(' ') + Labels::confidenceMark(f.provenance.confidence) +
                           (pastFiscalYear(f).isEmpty() ? QString() : QStringLiteral(" ⚠")));
        case FitColumn:
            return Labels::fit(f.fit);
        case ReasonsColumn:
            return f.reasons.join(QStringLiteral("; "));
        case StepsColumn:
            return activities(f);
        case SourceColumn:
            return QString(Labels::confidenceMark(f.provenance.confidence) + QLatin1Char(' ') +
                           f.provenance.source);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case BudgetColumn:
            return Labels::tooltip(
                (pastFiscalYear(f).isEmpty() ? QString() : pastFiscalYear(f) + QLatin1Char('\n')) +
                (f.budgetJpy ? tr("FY%1 budget: %2").arg(f.fy).arg(Labels::exactYen(double(*f.budgetJpy))) +
                                   QLatin1Char('\n')
                             : QString()) +
                f.budgetNote);
        case SourceColumn:
            return Labels::tooltip(
                core::RuleText::sources(f.provenance.source, m_ruleset.get(), Language::current()) +
                QLatin1Char('\n') + Labels::confidenceExplanation(f.provenance.confidence));
        default:
            return Labels::tooltip(f.reasons.join(QLatin1Char('\n')));
        }
    default:
        return {};
    }
}

QVariant FundingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case SchemeColumn:
        return tr("Scheme");
    case MinistryColumn:
        return tr("Ministry");
    case BudgetColumn:
        return tr("Budget");
    case FitColumn:
        return tr("Fit");
    case ReasonsColumn:
        return tr("Why");
    case StepsColumn:
        return tr("Can fund");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace shirube::ui
