// SPDX-License-Identifier: Apache-2.0
#include "ui/project/commands/ReplanProductCommand.h"

#include "ui/project/ProjectDocument.h"

namespace shirube::ui {

ReplanProductCommand::ReplanProductCommand(ProjectDocument* document, const core::Product& before,
                                           const core::Product& after, const QString& text,
                                           QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(before)
    , m_after(after)
{}

void ReplanProductCommand::apply(const core::Product& planFrom)
{
    if (!m_document)
        return;
    const core::Product* current = m_document->product(planFrom.id);
    if (!current)
        return;
    core::Product p = *current;
    p.rulesetId = planFrom.rulesetId;
    p.rulesetVersion = planFrom.rulesetVersion;
    p.planSnapshot = planFrom.planSnapshot;
    m_document->replace(p.id, std::move(p));
}

void ReplanProductCommand::redo()
{
    apply(m_after);
}

void ReplanProductCommand::undo()
{
    apply(m_before);
}

} // namespace shirube::ui
