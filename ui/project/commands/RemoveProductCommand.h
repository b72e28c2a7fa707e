// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/Project.h"

#include <QPointer>
#include <QUndoCommand>

namespace shirube::ui {

class ProjectDocument;

// Deletes a product; undo puts it back where it was, with the same id and content.
class RemoveProductCommand final : public QUndoCommand
{
public:
    RemoveProductCommand(ProjectDocument* document, qint64 productId, const QString& text,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<ProjectDocument> m_document;
    qint64 m_id;
    int m_index = -1;
    core::Product m_product;
};

} // namespace shirube::ui
