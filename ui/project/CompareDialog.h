// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Text.h"
#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/storage/Project.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace shirube::ui {

// Two products' plans side by side: class, procedure, review category, every route with its P50/P80
// months and P80 cost, the designations and the funding. Cells that differ are tinted; a route's
// tooltip lists its steps with their sources and confidence marks.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    // On every cell: true when the two products' cells of that row differ.
    static constexpr int DiffersRole = Qt::UserRole + 1;

    explicit CompareDialog(QWidget* parent = nullptr);
    ~CompareDialog() override;

    void setPlanner(core::RulesetPtr ruleset, core::Lang lang);
    void setProject(const core::Project& project);
    void setProducts(qint64 left, qint64 right);

    qint64 leftProduct() const;
    qint64 rightProduct() const;
    const core::Plan& plan(int side) const { return side == 0 ? m_left : m_right; }
    QTableWidget* table() const { return m_table; }
    // The row of a section: "class", "procedure", "review", "route1".."routeN", "designations", "funding"; -1
    // if absent.
    int rowOf(const QString& key) const;
    QString cellText(const QString& key, int side) const;

    // "Export PDF…": the two products side by side through the report library. The suggested name is
    // "<first> vs <second>.pdf"; exportPdf() adds ".pdf" when the name has no such extension and returns
    // the file written, or an empty string with `error` (a sentence for the user) set.
    QPushButton* exportButton() const { return m_export; }
    QString suggestedPdfName() const;
    QString exportPdf(const QString& fileName, QString* error = nullptr) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillCombos();
    void rebuild();
    void exportInteractively();

    QComboBox* m_leftCombo;
    QComboBox* m_rightCombo;
    QLabel* m_legend;
    QTableWidget* m_table;
    QPushButton* m_export;
    std::unique_ptr<core::Planner> m_planner;
    core::Lang m_lang = core::Lang::En;
    core::Project m_project;
    core::Plan m_left;
    core::Plan m_right;
    QStringList m_rowKeys;
};

} // namespace shirube::ui
