// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/classification/Classifier.h"
#include "core/rules/Ruleset.h"

#include <QAbstractTableModel>

namespace shirube::ui {

// The classification's rationale trace: which rule said what, from which source, how sure.
class RationaleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RationaleModel)

public:
    enum Column
    {
        TextColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        RuleIdRole = Qt::UserRole + 1,
    };

    explicit RationaleModel(QObject* parent = nullptr);
    void setRuleset(core::RulesetPtr ruleset) { m_ruleset = std::move(ruleset); }
    void setRationale(const std::vector<core::RationaleItem>& items);
    void retranslate();
    const std::vector<core::RationaleItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::RulesetPtr m_ruleset;
    std::vector<core::RationaleItem> m_items;
};

} // namespace shirube::ui
