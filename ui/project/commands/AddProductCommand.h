// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/Project.h"

#include <QPointer>
#include <QUndoCommand>

namespace shirube::ui {

class ProjectDocument;

// Adds a product (a new one, or a duplicate) at a position. The product gets its id on the first
// redo() and keeps it across undo/redo, so later commands naming that id stay valid.
class AddProductCommand final : public QUndoCommand
{
public:
    AddProductCommand(ProjectDocument* document, core::Product product, int index, const QString& text,
                      QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 productId() const { return m_product.id; }

private:
    QPointer<ProjectDocument> m_document;
    core::Product m_product;
    int m_index;
};

} // namespace shirube::ui
