// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/eligibility/Eligibility.h"
#include "core/rules/Ruleset.h"

#include <QAbstractTableModel>

namespace shirube::ui {

// The plan's designations (先駆け, orphan, two-stage approval …): eligibility and the reasons for it, and
// for the designations MHLW selects, the chance of being granted (its basis and confidence mark).
class DesignationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesignationModel)

public:
    enum Column
    {
        NameColumn,
        EligibilityColumn,
        ChanceColumn, // how often it is granted, for the designations MHLW selects
        SourceColumn,
        ReasonsColumn, // last: it takes the remaining width
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        EligibleRole, // yes | likely | possible | no
        DetailsRole,  // rich text for the details pane
    };

    explicit DesignationModel(QObject* parent = nullptr);
    void setRuleset(core::RulesetPtr ruleset) { m_ruleset = std::move(ruleset); }
    void setDesignations(const std::vector<core::DesignationResult>& designations);
    void retranslate();
    const std::vector<core::DesignationResult>& designations() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString details(const core::DesignationResult& d) const;
    // "about 21% ◆"; empty when the designation is not selective.
    static QString chanceText(const core::DesignationResult& d);
    QString chanceTooltip(const core::DesignationResult& d) const;

    core::RulesetPtr m_ruleset;
    std::vector<core::DesignationResult> m_items;
};

} // namespace shirube::ui
