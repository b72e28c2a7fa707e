// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jmdn/GenericNameImporter.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace shirube::ui {

// Imports PMDA's list of generic names (CSV UTF-8) with the same core importer as `shirube-cli jmdn
// import`, into the user's data folder (never the shipped table), then reloads the shared table so the
// questionnaire's search and the plans see the imported names at once. The dialog shows the outcome:
// how many names were imported, or every bad row by line and column, in a table.
class GenericNameImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenericNameImportDialog)

public:
    // Runs the import of `csvFile` into `dataDir` (empty: the default data folder) and returns the
    // dialog showing its outcome, not yet shown (callers open() it; it deletes itself on close).
    static GenericNameImportDialog* importFile(const QString& csvFile, QWidget* parent,
                                               const QString& dataDir = {});

    bool succeeded() const { return m_succeeded; }
    QString summaryText() const;
    QTableWidget* issuesTable() const { return m_issues; }

private:
    explicit GenericNameImportDialog(QWidget* parent);
    void showSuccess(const QString& csvFile, const core::ImportReport& report, int total);
    void showFailure(const QString& csvFile, const core::Error& error,
                     const std::vector<core::ImportIssue>& issues);

    bool m_succeeded = false;
    QLabel* m_summary = nullptr;
    QTableWidget* m_issues = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace shirube::ui
