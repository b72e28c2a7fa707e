// SPDX-License-Identifier: Apache-2.0
#include "ui/models/RationaleModel.h"

#include "core/rules/RuleText.h"
#include "ui/Labels.h"
#include "ui/Language.h"

namespace shirube::ui {

RationaleModel::RationaleModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RationaleModel::setRationale(const std::vector<core::RationaleItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void RationaleModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RationaleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RationaleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RationaleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::RationaleItem& item = m_items[std::size_t(index.row())];
    switch (role) {
    case RuleIdRole:
        return item.rule;
    case Qt::DisplayRole:
        if (index.column() == TextColumn)
            return item.text;
        return QString(Labels::confidenceMark(item.confidence) + QLatin1Char(' ') + item.source);
    case Qt::ToolTipRole: {
        const QString source = core::RuleText::sources(item.source, m_ruleset.get(), Language::current());
        return Labels::tooltip(item.text + QStringLiteral("\n") + tr("Source: %1").arg(source) +
                               QLatin1Char('\n') + Labels::confidenceMark(item.confidence) +
                               QLatin1Char(' ') + Labels::confidenceExplanation(item.confidence));
    }
    default:
        return {};
    }
}

QVariant RationaleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == TextColumn ? tr("Why") : tr("Source");
}

} // namespace shirube::ui
