// SPDX-License-Identifier: Apache-2.0
#include "ui/project/commands/RemoveProductCommand.h"

#include "ui/project/ProjectDocument.h"

namespace shirube::ui {

RemoveProductCommand::RemoveProductCommand(ProjectDocument* document, qint64 productId, const QString& text,
                                           QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_id(productId)
{}

void RemoveProductCommand::redo()
{
    if (!m_document)
        return;
    m_index = m_document->indexOf(m_id);
    if (std::optional<core::Product> taken = m_document->take(m_id))
        m_product = std::move(*taken);
}

void RemoveProductCommand::undo()
{
    if (m_document && m_index >= 0)
        m_document->insert(m_index, m_product);
}

} // namespace shirube::ui
