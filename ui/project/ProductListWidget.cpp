// SPDX-License-Identifier: Apache-2.0
#include "ui/project/ProductListWidget.h"

#include "ui/project/ProductListModel.h"
#include "ui/project/ProjectController.h"
#include "ui/widgets/WrappingLabel.h"

#include <QDockWidget>
#include <QEvent>
#include <QGridLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace shirube::ui {

ProductListWidget::ProductListWidget(ProjectController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_view(new QListView(this))
    , m_hint(new WrappingLabel(this))
    , m_add(new QToolButton(this))
    , m_duplicate(new QToolButton(this))
    , m_rename(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_compare(new QToolButton(this))
{
    setObjectName(QStringLiteral("productList"));
    m_view->setObjectName(QStringLiteral("productListView"));
    m_view->setModel(controller->productModel());
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Long names end in "…" within the dock's width (the full name is in the tooltip) instead of scrolling.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->installEventFilter(this);
    m_hint->setObjectName(QStringLiteral("productListHint"));

    m_add->setObjectName(QStringLiteral("addProductButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateProductButton"));
    m_rename->setObjectName(QStringLiteral("renameProductButton"));
    m_remove->setObjectName(QStringLiteral("deleteProductButton"));
    m_compare->setObjectName(QStringLiteral("compareProductsButton"));
    m_add->setText(QStringLiteral("+"));

    // Two rows: one row of five text buttons made the dock a quarter of a 1366-pixel screen wide.
    auto* buttons = new QGridLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(0);
    int i = 0;
    for (QToolButton* b : {m_add, m_duplicate, m_rename, m_remove, m_compare}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        buttons->addWidget(b, i / 3, i % 3);
        ++i;
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);

    connect(m_add, &QToolButton::clicked, this, [this] {
        if (m_controller)
            m_controller->addProduct();
    });
    connect(m_duplicate, &QToolButton::clicked, this, [this] {
        if (m_controller && selectedProductId())
            m_controller->duplicateProduct(selectedProductId());
    });
    connect(m_rename, &QToolButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            m_view->edit(m_view->currentIndex());
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (m_controller && selectedProductId())
            m_controller->removeProduct(selectedProductId());
    });
    connect(m_compare, &QToolButton::clicked, this, [this] {
        if (m_controller)
            m_controller->compareProducts(m_controller->currentProductId());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        if (!m_syncing)
            onClicked();
    });
    ProductListModel* model = controller->productModel();
    connect(model, &QAbstractItemModel::modelReset, this, &ProductListWidget::syncSelection);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ProductListWidget::syncSelection);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ProductListWidget::syncSelection);
    connect(controller, &ProjectController::currentProductChanged, this, &ProductListWidget::syncSelection);
    retranslate();
    syncSelection();
}

qint64 ProductListWidget::selectedProductId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ProductListModel::ProductIdRole).toLongLong() : 0;
}

void ProductListWidget::onClicked()
{
    const qint64 id = selectedProductId();
    if (m_controller && id && id != m_controller->currentProductId())
        m_controller->selectProduct(id);
}

void ProductListWidget::syncSelection()
{
    if (!m_controller)
        return;
    m_syncing = true;
    const QModelIndex index = m_controller->productModel()->indexOfProduct(m_controller->currentProductId());
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
    updateButtons();
}

void ProductListWidget::updateButtons()
{
    const bool selected = m_view->currentIndex().isValid();
    const int count = m_view->model() ? m_view->model()->rowCount() : 0;
    m_duplicate->setEnabled(selected);
    m_rename->setEnabled(selected);
    m_remove->setEnabled(selected && count > 1);
    m_compare->setEnabled(count > 1);
}

bool ProductListWidget::eventFilter(QObject* watched, QEvent* event)
{
    // While a name is edited, keys go to the editor, not to the view: Del here means "delete the product".
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && selectedProductId() && m_controller) {
            m_controller->removeProduct(selectedProductId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProductListWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProductListWidget::retranslate()
{
    m_add->setToolTip(tr("Add a new product to the project"));
    m_add->setAccessibleName(tr("Add product"));
    m_duplicate->setText(tr("Duplicate"));
    m_duplicate->setToolTip(tr("Copy the selected product, answers included"));
    m_rename->setText(tr("Rename"));
    m_rename->setToolTip(tr("Rename the selected product (F2)"));
    m_remove->setText(tr("Delete"));
    m_remove->setToolTip(tr("Delete the selected product (Del); Undo brings it back"));
    m_compare->setText(tr("Compare…"));
    m_compare->setToolTip(tr("Compare two products' plans side by side"));
    m_view->setAccessibleName(tr("Products of the project"));
    m_hint->setText(tr("Click a product to edit its answers."));
    if (auto* dock = qobject_cast<QDockWidget*>(parentWidget()))
        dock->setWindowTitle(tr("Products"));
}

} // namespace shirube::ui
