// SPDX-License-Identifier: Apache-2.0
#include "ui/project/commands/SwitchProductCommand.h"

#include <utility>

namespace shirube::ui {

SwitchProductCommand::SwitchProductCommand(QObject* owner, Show show, qint64 fromId, qint64 toId,
                                           const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_owner(owner)
    , m_show(std::move(show))
    , m_from(fromId)
    , m_to(toId)
{}

void SwitchProductCommand::redo()
{
    if (m_owner && m_show)
        m_show(m_to);
}

void SwitchProductCommand::undo()
{
    if (m_owner && m_show)
        m_show(m_from);
}

} // namespace shirube::ui
