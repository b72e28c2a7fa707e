// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

class QListView;
class QToolButton;
class QLabel;

namespace shirube::ui {

class ProjectController;

// The project's products, in the products dock: click one to show it in the questionnaire; add,
// duplicate, rename (F2 or double-click), delete (Del) and compare. Every change is an undo step.
class ProductListWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductListWidget)

public:
    ProductListWidget(ProjectController* controller, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }
    // The product the list's selection points at (0: none).
    qint64 selectedProductId() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void syncSelection();
    void updateButtons();
    void onClicked();

    QPointer<ProjectController> m_controller;
    QListView* m_view;
    QLabel* m_hint;
    QToolButton* m_add;
    QToolButton* m_duplicate;
    QToolButton* m_rename;
    QToolButton* m_remove;
    QToolButton* m_compare;
    bool m_syncing = false;
};

} // namespace shirube::ui
