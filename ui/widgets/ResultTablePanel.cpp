#include "ui/widgets/ResultTablePanel.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shirube::ui {

ResultTablePanel::ResultTablePanel(QAbstractItemModel* model, int detailsRole, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_detailsRole(detailsRole)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_details = new QTextBrowser(splitter);
    m_details->setOpenExternalLinks(true);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResultTablePanel::showDetails);
    connect(model, &QAbstractItemModel::modelReset, this, &ResultTablePanel::refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &ResultTablePanel::showDetails);
}

void ResultTablePanel::setEmptyText(const QString& text)
{
    m_emptyText = text;
    showDetails();
}

void ResultTablePanel::refresh()
{
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
    // Columns fit their contents up to a third of the view; the last one stretches.
    m_table->resizeColumnsToContents();
    const int cap = qMax(120, m_table->viewport()->width() / 3);
    for (int c = 0; c < m_model->columnCount() - 1; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), cap));
    showDetails();
}

void ResultTablePanel::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setPlainText(m_model->rowCount() == 0 ? m_emptyText : QString());
        return;
    }
    m_details->setHtml(m_model->data(m_model->index(current.row(), 0), m_detailsRole).toString());
}

} // namespace shirube::ui
