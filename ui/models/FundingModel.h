// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/eligibility/Eligibility.h"
#include "core/rules/Ruleset.h"

#include <QAbstractTableModel>

namespace shirube::ui {

// The funding schemes that fit (strong first): scheme, ministry, FY budget, fit, reasons, fundable steps.
class FundingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingModel)

public:
    enum Column
    {
        SchemeColumn,
        MinistryColumn,
        BudgetColumn,
        FitColumn,
        StepsColumn,
        SourceColumn,
        ReasonsColumn, // last: it takes the remaining width
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        FitRole,
        DetailsRole,
    };

    explicit FundingModel(QObject* parent = nullptr);
    void setRuleset(core::RulesetPtr ruleset) { m_ruleset = std::move(ruleset); }
    // `asOf` ("YYYY-MM", the plan's month): a scheme whose fiscal year (April to March) ended before it
    // is flagged, its budget being last year's figure.
    void setFunding(const std::vector<core::FundingMatch>& funding, const QString& asOf = {});
    // The warning for a scheme whose fiscal year is past at the plan's month; empty otherwise.
    QString pastFiscalYear(const core::FundingMatch& f) const;
    void retranslate();
    const std::vector<core::FundingMatch>& funding() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString budget(const core::FundingMatch& f) const;
    QString activities(const core::FundingMatch& f) const;
    QString areaName(const core::FundingMatch& f) const;
    QString details(const core::FundingMatch& f) const;

    core::RulesetPtr m_ruleset;
    std::vector<core::FundingMatch> m_items;
    QString m_asOf;
};

} // namespace shirube::ui
