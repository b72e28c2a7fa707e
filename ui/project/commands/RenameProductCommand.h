// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QString>
#include <QUndoCommand>

namespace shirube::ui {

class ProjectDocument;

// Renames a product in the list.
class RenameProductCommand final : public QUndoCommand
{
public:
    RenameProductCommand(ProjectDocument* document, qint64 productId, const QString& oldName,
                         const QString& newName, const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<ProjectDocument> m_document;
    qint64 m_id;
    QString m_old;
    QString m_new;
};

} // namespace shirube::ui
