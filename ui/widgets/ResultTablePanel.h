// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QTextBrowser;

namespace shirube::ui {

// A results table with a details pane under it: the designations panel and the funding panel. The
// table stays compact (one line a row); the pane shows the selected row in full (reasons, budget note,
// fundable steps, source and confidence), taken from the model's `detailsRole`. Both panels sit in tabs
// behind the state graph, so the table and the pane are made when the panel is first shown (or asked
// for): the window's first frame has no use for them.
class ResultTablePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultTablePanel)

public:
    ResultTablePanel(QAbstractItemModel* model, int detailsRole, QWidget* parent = nullptr);

    // The table and the details pane; made now if the panel has not been shown yet.
    QTableView* table();
    QTextBrowser* details();
    // The table's object and accessible names (kept until the table is made).
    void setTableNames(const QString& objectName, const QString& accessibleName);
    void setEmptyText(const QString& text);
    // Keeps the current row (or selects the first) after the model was reset.
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void showDetails();
    void fitColumns();

    QAbstractItemModel* m_model;
    int m_detailsRole;
    QTableView* m_table = nullptr;
    QTextBrowser* m_details = nullptr;
    QString m_emptyText;
    QString m_tableName;
    QString m_tableAccessibleName;
    bool m_stale = false; // changed while hidden (another tab): fitted and shown when it appears
};

} // namespace shirube::ui
