// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QPointer>

class QUndoStack;

namespace shirube::ui {

class ProjectDocument;

// The project's products as a list (a thin adapter over ProjectDocument). Renaming in place pushes a
// RenameProductCommand; the model never mutates the document itself.
class ProductListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductListModel)

public:
    enum Role
    {
        ProductIdRole = Qt::UserRole + 1, // qint64
        CurrentRole,                      // bool: shown in the questionnaire
    };

    ProductListModel(ProjectDocument* document, QUndoStack* undoStack, QObject* parent = nullptr);

    void setCurrentProductId(qint64 id);
    qint64 currentProductId() const { return m_current; }
    QModelIndex indexOfProduct(qint64 id) const;
    qint64 productIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QPointer<ProjectDocument> m_document;
    QPointer<QUndoStack> m_undoStack;
    qint64 m_current = 0;
};

} // namespace shirube::ui
