// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace shirube::ui {

// Shows another product in the questionnaire, inside the macro that adds or deletes a product: undoing
// the add shows the product that was shown before it, redoing shows the added one again. It edits
// nothing; showing a product on its own (a click in the product list) is no undo step.
class SwitchProductCommand final : public QUndoCommand
{
public:
    using Show = std::function<void(qint64 productId)>;

    // `show` shows a product; it is called only while `owner` lives.
    SwitchProductCommand(QObject* owner, Show show, qint64 fromId, qint64 toId, const QString& text,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<QObject> m_owner;
    Show m_show;
    qint64 m_from;
    qint64 m_to;
};

} // namespace shirube::ui
