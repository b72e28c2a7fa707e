#pragma once

#include <QPointer>
#include <QUndoCommand>

namespace shirube::ui {

class ProjectController;

// Shows another product in the questionnaire. It is on the undo stack so that the answer edits
// before it are undone on the product they were made on: undoing past it shows that product again.
class SwitchProductCommand final : public QUndoCommand
{
public:
    SwitchProductCommand(ProjectController* controller, qint64 fromId, qint64 toId, const QString& text,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<ProjectController> m_controller;
    qint64 m_from;
    qint64 m_to;
};

} // namespace shirube::ui
