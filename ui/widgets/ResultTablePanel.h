#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QTextBrowser;

namespace shirube::ui {

// A results table with a details pane under it: the designations panel and the funding panel. The
// table stays compact (one line a row); the pane shows the selected row in full (reasons, budget note,
// fundable steps, source and confidence), taken from the model's `detailsRole`.
class ResultTablePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultTablePanel)

public:
    ResultTablePanel(QAbstractItemModel* model, int detailsRole, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QTextBrowser* details() const { return m_details; }
    void setEmptyText(const QString& text);
    // Keeps the current row (or selects the first) after the model was reset.
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showDetails();
    void fitColumns();

    QAbstractItemModel* m_model;
    int m_detailsRole;
    QTableView* m_table = nullptr;
    QTextBrowser* m_details = nullptr;
    QString m_emptyText;
    bool m_stale = false; // changed while hidden (another tab): fitted and shown when it appears
};

} // namespace shirube::ui
