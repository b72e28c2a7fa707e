// SPDX-License-Identifier: Apache-2.0
#include "ui/project/commands/RenameProductCommand.h"

#include "ui/project/ProjectDocument.h"

namespace shirube::ui {

RenameProductCommand::RenameProductCommand(ProjectDocument* document, qint64 productId,
                                           const QString& oldName, const QString& newName,
                                           const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_id(productId)
    , m_old(oldName)
    , m_new(newName)
{}

void RenameProductCommand::redo()
{
    if (m_document)
        m_document->rename(m_id, m_new);
}

void RenameProductCommand::undo()
{
    if (m_document)
        m_document->rename(m_id, m_old);
}

} // namespace shirube::ui
