// SPDX-License-Identifier: Apache-2.0
#include "ui/project/commands/AddProductCommand.h"

#include "ui/project/ProjectDocument.h"

namespace shirube::ui {

AddProductCommand::AddProductCommand(ProjectDocument* document, core::Product product, int index,
                                     const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_product(std::move(product))
    , m_index(index)
{
    if (m_document && (m_product.id <= 0 || m_document->indexOf(m_product.id) >= 0))
        m_product.id = m_document->nextProductId();
}

void AddProductCommand::redo()
{
    if (m_document)
        m_document->insert(m_index, m_product);
}

void AddProductCommand::undo()
{
    if (!m_document)
        return;
    if (std::optional<core::Product> taken = m_document->take(m_product.id))
        m_product = std::move(*taken); // keep anything a later, now undone, command changed
}

} // namespace shirube::ui
