// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/TeamSession.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

class QUndoStack;

namespace shirube::ui {

class ProjectDocument;

// The project's products as a list (a thin adapter over ProjectDocument). Renaming in place pushes a
// RenameProductCommand; the model never mutates the document itself. A product of a team project that
// someone else saved while this window has unsaved edits to it ("contested") is marked with a warning
// icon and a tooltip saying who and when, until the document is loaded again (the next save).
class ProductListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductListModel)

public:
    enum Role
    {
        ProductIdRole = Qt::UserRole + 1, // qint64
        CurrentRole,                      // bool: shown in the questionnaire
        ContestedRole,                    // bool: someone else saved it while it has unsaved edits here
    };

    ProductListModel(ProjectDocument* document, QUndoStack* undoStack, QObject* parent = nullptr);

    void setCurrentProductId(qint64 id);
    qint64 currentProductId() const { return m_current; }
    QModelIndex indexOfProduct(qint64 id) const;
    qint64 productIdAt(int row) const;
    // Marks product `id` as saved by someone else (`save`) while it is edited here; cleared by a reset.
    void setContested(qint64 id, const core::OthersSave& save);
    bool isContested(qint64 id) const { return m_contested.contains(id); }
    // The tooltip sentence of a contested product, translated.
    static QString contestedText(const core::OthersSave& save);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QPointer<ProjectDocument> m_document;
    QPointer<QUndoStack> m_undoStack;
    qint64 m_current = 0;
    QHash<qint64, core::OthersSave> m_contested;
};

} // namespace shirube::ui
