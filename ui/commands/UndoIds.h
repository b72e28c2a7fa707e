// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace shirube::ui {

// QUndoCommand::id() values; one per mergeable command kind (ui/project adds its own from 100 on).
enum UndoId : int
{
    SetAnswerUndoId = 1,
};

} // namespace shirube::ui
