// SPDX-License-Identifier: Apache-2.0
#include "ui/commands/SetAnswerCommand.h"

#include "ui/commands/UndoIds.h"
#include "ui/models/ProfileModel.h"

namespace shirube::ui {

SetAnswerCommand::SetAnswerCommand(ProfileModel* model, const QString& path, const QJsonValue& oldValue,
                                   const QJsonValue& newValue, bool mergeable, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_path(path)
    , m_old(oldValue)
    , m_new(newValue)
    , m_mergeable(mergeable)
    , m_document(model ? model->documentKey() : 0)
{
    setText(model ? model->questionLabel(path) : path);
}

void SetAnswerCommand::undo()
{
    if (!m_model)
        return;
    m_model->showDocument(m_document);
    m_model->applyAnswer(m_path, m_old);
}

void SetAnswerCommand::redo()
{
    if (!m_model)
        return;
    m_model->showDocument(m_document);
    m_model->applyAnswer(m_path, m_new);
}

int SetAnswerCommand::id() const
{
    return SetAnswerUndoId;
}

bool SetAnswerCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetAnswerCommand*>(other); // same id() => same class
    if (!m_mergeable || !next->m_mergeable || next->m_path != m_path || next->m_model != m_model ||
        next->m_document != m_document)
        return false;
    m_new = next->m_new;
    // An edit that ends where it started is no edit: QUndoStack drops obsolete commands.
    setObsolete(m_new == m_old);
    return true;
}

} // namespace shirube::ui
