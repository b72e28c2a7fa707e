// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

namespace shirube::ui {

class ProfileModel;

// Changes one questionnaire answer (a null/undefined value = "unknown") of one document (the project's
// product shown when it was made: ProfileModel::documentKey()). Its undo and redo show that product
// first, so they edit the product the answer belongs to. Consecutive edits of the same free-text or
// number field merge into one command, so typing a name is one undo step; picking from a list is its own
// step, except changes stepped through with the keyboard (`mergeable`).
class SetAnswerCommand final : public QUndoCommand
{
public:
    SetAnswerCommand(ProfileModel* model, const QString& path, const QJsonValue& oldValue,
                     const QJsonValue& newValue, bool mergeable, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const QString& path() const { return m_path; }
    const QJsonValue& oldValue() const { return m_old; }
    const QJsonValue& newValue() const { return m_new; }

private:
    QPointer<ProfileModel> m_model;
    QString m_path;
    QJsonValue m_old;
    QJsonValue m_new;
    bool m_mergeable;
    qint64 m_document = 0;
};

} // namespace shirube::ui
