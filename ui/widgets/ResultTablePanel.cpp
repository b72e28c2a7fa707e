// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/ResultTablePanel.h"

#include <QAbstractItemModel>
#include <QEvent>
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
    connect(model, &QAbstractItemModel::modelReset, this, &ResultTablePanel::refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &ResultTablePanel::showDetails);
}

void ResultTablePanel::build()
{
    if (m_table)
        return;
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(m_tableName);
    m_table->setAccessibleName(m_tableAccessibleName);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->installEventFilter(this);
    m_details = new QTextBrowser(splitter);
    m_details->setOpenExternalLinks(true);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout()->addWidget(splitter);
    if (isVisible())
        splitter->show(); // made from showEvent: a new child of a shown widget is shown on request
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResultTablePanel::showDetails);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_stale = true;
}

QTableView* ResultTablePanel::table()
{
    build();
    return m_table;
}

QTextBrowser* ResultTablePanel::details()
{
    build();
    return m_details;
}

void ResultTablePanel::setTableNames(const QString& objectName, const QString& accessibleName)
{
    m_tableName = objectName;
    m_tableAccessibleName = accessibleName;
    if (m_table) {
        m_table->setObjectName(objectName);
        m_table->setAccessibleName(accessibleName);
    }
}

void ResultTablePanel::setEmptyText(const QString& text)
{
    m_emptyText = text;
    showDetails();
}

void ResultTablePanel::refresh()
{
    if (!m_table) {
        m_stale = true;
        return;
    }
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
    if (!isVisible()) {
        m_stale = true; // every answer re-plans: measuring hidden tables would only slow that down
        return;
    }
    m_stale = false;
    fitColumns();
    showDetails();
}

void ResultTablePanel::showEvent(QShowEvent* event)
{
    build();
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ResultTablePanel::fitColumns()
{
    if (!m_table)
        return;
    // Columns fit their contents: the name up to 40 % of the view, the others up to a quarter; the last
    // (the reasons) takes what is left. Everything cut short is in the tooltip and the details pane.
    m_table->resizeColumnsToContents();
    const int width = m_table->viewport()->width();
    for (int c = 0; c < m_model->columnCount() - 1; ++c) {
        const int cap = qMax(100, c == 0 ? width * 2 / 5 : width / 4);
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), cap));
    }
}

bool ResultTablePanel::eventFilter(QObject* watched, QEvent* event)
{
    // Filters run before the view's own resize handling: fit once the viewport has its new width.
    if (watched == m_table && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &ResultTablePanel::fitColumns, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void ResultTablePanel::showDetails()
{
    if (!m_table || !isVisible()) {
        m_stale = true;
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setPlainText(m_model->rowCount() == 0 ? m_emptyText : QString());
        return;
    }
    m_details->setHtml(m_model->data(m_model->index(current.row(), 0), m_detailsRole).toString());
}

} // namespace shirube::ui
