#include "ui/project/commands/SwitchProductCommand.h"

#include "ui/project/ProjectController.h"

namespace shirube::ui {

SwitchProductCommand::SwitchProductCommand(ProjectController* controller, qint64 fromId, qint64 toId,
                                           const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_controller(controller)
    , m_from(fromId)
    , m_to(toId)
{}

void SwitchProductCommand::redo()
{
    if (m_controller)
        m_controller->showProduct(m_to);
}

void SwitchProductCommand::undo()
{
    if (m_controller)
        m_controller->showProduct(m_from);
}

} // namespace shirube::ui
