// SPDX-License-Identifier: Apache-2.0
#include "ui/jmdn/GenericNameImportDialog.h"

#include "core/jmdn/GenericNameTable.h"
#include "core/jmdn/SharedGenericNames.h"
#include "ui/Language.h"
#include "ui/widgets/WrappingLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shirube::ui {

GenericNameImportDialog::GenericNameImportDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("genericNameImportDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Import generic-name list"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new WrappingLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_summary);
    m_issues = new QTableWidget(0, 3, this);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setWordWrap(false);
    m_issues->hide();
    layout->addWidget(m_issues, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(640, 160);
}

GenericNameImportDialog* GenericNameImportDialog::importFile(const QString& csvFile, QWidget* parent,
                                                             const QString& dataDir)
{
    auto* dialog = new GenericNameImportDialog(parent);
    // The curated facts (sources, certification standards) come from the shipped rows only, so an
    // import never depends on an earlier one.
    auto shipped = core::GenericNameTable::loadShipped();
    if (!shipped) {
        dialog->showFailure(csvFile, shipped.error(), {});
        return dialog;
    }
    std::vector<core::ImportIssue> issues;
    const auto report =
        core::GenericNameImporter::importFile(csvFile, dataDir, shipped.value().names(), &issues);
    if (!report) {
        dialog->showFailure(csvFile, report.error(), issues);
        return dialog;
    }
    core::GenericNameTable::Options options;
    options.dataDir = dataDir;
    const auto reloaded = core::reloadSharedGenericNames(options);
    dialog->showSuccess(csvFile, report.value(), reloaded ? reloaded.value()->size() : 0);
    return dialog;
}

QString GenericNameImportDialog::summaryText() const
{
    return m_summary->text();
}

void GenericNameImportDialog::showSuccess(const QString& csvFile, const core::ImportReport& report, int total)
{
    m_succeeded = true;
    const QLocale locale;
    QString text = tr("Imported %1 generic names from %2 (%3 of them add to the shipped list). The search "
                      "now finds %4 names. The shipped list is unchanged; the imported list is kept in %5.")
                       .arg(locale.toString(report.rows), QFileInfo(csvFile).fileName(),
                            locale.toString(report.newNames), locale.toString(total), report.writtenFile);
    if (!report.warnings.isEmpty())
        text += QLatin1Char('\n') +
                tr("%n imported name(s) have a different class than the shipped list; the imported class is "
                   "used.",
                   nullptr, int(report.warnings.size()));
    m_summary->setText(text);
}

void GenericNameImportDialog::showFailure(const QString& csvFile, const core::Error& error,
                                          const std::vector<core::ImportIssue>& issues)
{
    m_succeeded = false;
    if (issues.empty()) {
        // The file-level failures, in the user's language; the system's own words stay as details.
        const QString file = QFileInfo(csvFile).fileName();
        QString text;
        if (error.code == core::ErrorCode::Io && error.path == csvFile)
            text = tr("%1 could not be read. Check that the file exists and that you may open it. Nothing "
                      "was changed.")
                       .arg(file);
        else if (error.code == core::ErrorCode::Io)
            text = tr("%1 was read, but the imported list could not be saved in %2. Check that the folder "
                      "is writable and the disk is not full. Nothing was changed.")
                       .arg(file, QDir::toNativeSeparators(error.path));
        else
            text = tr("%1 could not be imported. Nothing was changed.").arg(file);
        m_summary->setText(text);
        m_summary->setToolTip(error.toString());
        return;
    }
    m_summary->setText(tr("%1 was not imported: %n row(s) have a problem, listed below. Nothing was "
                          "changed; correct the file and import it again.",
                          nullptr, int(issues.size()))
                           .arg(QFileInfo(csvFile).fileName()));
    m_issues->setRowCount(int(issues.size()));
    for (int i = 0; i < int(issues.size()); ++i) {
        const core::ImportIssue& issue = issues[std::size_t(i)];
        auto* line = new QTableWidgetItem(QString::number(issue.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_issues->setItem(i, 0, line);
        m_issues->setItem(i, 1,
                          new QTableWidgetItem(issue.column.isEmpty() ? tr("(whole row)") : issue.column));
        const QString text = issue.text(Language::current());
        auto* message = new QTableWidgetItem(text);
        message->setToolTip(text);
        m_issues->setItem(i, 2, message);
    }
    m_issues->resizeColumnsToContents();
    m_issues->show();
    resize(760, 420);
}

} // namespace shirube::ui
