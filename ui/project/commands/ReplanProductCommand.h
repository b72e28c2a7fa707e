// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/Project.h"

#include <QPointer>
#include <QUndoCommand>

namespace shirube::ui {

class ProjectDocument;

// Accepts a re-plan with the current ruleset: the product's plan snapshot and ruleset id/version are
// replaced; undo restores the old plan (and with it the "planned with an older ruleset" offer).
class ReplanProductCommand final : public QUndoCommand
{
public:
    // Only the plan fields (rulesetId, rulesetVersion, planSnapshot) of `before`/`after` are used.
    ReplanProductCommand(ProjectDocument* document, const core::Product& before, const core::Product& after,
                         const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const core::Product& planFrom);

    QPointer<ProjectDocument> m_document;
    core::Product m_before;
    core::Product m_after;
};

} // namespace shirube::ui
