// SPDX-License-Identifier: Apache-2.0
#include "ui/models/DesignationModel.h"

#include "core/rules/RuleText.h"
#include "ui/Labels.h"
#include "ui/Language.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>

namespace shirube::ui {

DesignationModel::DesignationModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DesignationModel::setDesignations(const std::vector<core::DesignationResult>& designations)
{
    beginResetModel();
    m_items = designations;
    // The engine's reasons name facts by path: in words here.
    const core::Lang lang = Language::current();
    for (core::DesignationResult& d : m_items)
        for (QString& r : d.reasons)
            r = core::RuleText::reason(r, m_ruleset.get(), lang);
    endResetModel();
}

void DesignationModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DesignationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DesignationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DesignationModel::details(const core::DesignationResult& d) const
{
    const core::DesignationDef* def = m_ruleset ? m_ruleset->designation(d.id) : nullptr;
    const core::Lang lang = Language::current();
    QString html = QStringLiteral("<h3>") + d.name.toHtmlEscaped() + QStringLiteral("</h3><p><b>") +
                   Labels::eligibilityMark(d.eligible) + QLatin1Char(' ') +
                   Labels::eligibility(d.eligible).toHtmlEscaped() + QStringLiteral("</b></p>");
    if (def && !def->effect.isEmpty())
        html += QStringLiteral("<p>") + tr("What it gives: %1").arg(def->effect.in(lang)).toHtmlEscaped() +
                QStringLiteral("</p>");
    if (d.chance)
        html +=
            QStringLiteral("<p>") +
            tr("Chance of being granted: about %1 %2")
                .arg(Labels::probability(*d.chance), Labels::confidenceMark(d.chanceProvenance.confidence))
                .toHtmlEscaped() +
            (d.chanceBasis.isEmpty() ? QString() : QStringLiteral(" — ") + d.chanceBasis.toHtmlEscaped()) +
            QStringLiteral("</p>");
    html += QStringLiteral("<ul>");
    for (const QString& r : d.reasons)
        html += QStringLiteral("<li>") + r.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul><p><small>") +
            tr("Source: %1")
                .arg(core::RuleText::sources(d.provenance.source, m_ruleset.get(), Language::current()))
                .toHtmlEscaped() +
            QStringLiteral(" — ") + Labels::confidenceMark(d.provenance.confidence) + QLatin1Char(' ') +
            Labels::confidenceName(d.provenance.confidence).toHtmlEscaped() + QStringLiteral("</small></p>");
    return html;
}

QString DesignationModel::chanceText(const core::DesignationResult& d)
{
    // A base rate is the chance for products that qualify: none for one that does not.
    if (!d.chance || d.eligible == QLatin1String("no"))
        return QStringLiteral("—");
    return tr("about %1").arg(Labels::probability(*d.chance)) + QLatin1Char(' ') +
           Labels::confidenceMark(d.chanceProvenance.confidence);
}

QString DesignationModel::chanceTooltip(const core::DesignationResult& d) const
{
    if (!d.chance)
        return tr("Granted whenever the requirements are met: no selection.");
    QStringList lines;
    lines << tr("Granted to about %1 of the products that apply.").arg(Labels::probability(*d.chance));
    if (!d.chanceBasis.isEmpty())
        lines << d.chanceBasis;
    const QString source =
        core::RuleText::sources(d.chanceProvenance.source, m_ruleset.get(), Language::current());
    if (!source.isEmpty())
        lines << tr("Source: %1").arg(source);
    lines << Labels::confidenceMark(d.chanceProvenance.confidence) + QLatin1Char(' ') +
                 Labels::confidenceExplanation(d.chanceProvenance.confidence);
    return lines.join(QLatin1Char('\n'));
}

QVariant DesignationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DesignationResult& d = m_items[std::size_t(index.row())];
    switch (role) {
    case IdRole:
        return d.id;
    case EligibleRole:
        return d.eligible;
    case DetailsRole:
        return details(d);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.name;
        case EligibilityColumn:
            return QString(Labels::eligibilityMark(d.eligible) + QLatin1Char(' ') +
                           Labels::eligibility(d.eligible));
        case ChanceColumn:
            return chanceText(d);
        case ReasonsColumn:
            return d.reasons.join(QStringLiteral("; "));
        case SourceColumn:
            return QString(Labels::confidenceMark(d.provenance.confidence) + QLatin1Char(' ') +
                           d.provenance.source);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ChanceColumn)
            return chanceTooltip(d);
        if (index.column() == SourceColumn)
            return Labels::tooltip(
                core::RuleText::sources(d.provenance.source, m_ruleset.get(), Language::current()) +
                QLatin1Char('\n') + Labels::confidenceExplanation(d.provenance.confidence));
        return Labels::tooltip(d.reasons.join(QLatin1Char('\n')));
    case Qt::ForegroundRole:
        if (d.eligible == QLatin1String("no"))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant DesignationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Designation");
    case EligibilityColumn:
        return tr("Eligibility");
    case ChanceColumn:
        return tr("Chance granted");
    case ReasonsColumn:
        return tr("Why");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace shirube::ui
