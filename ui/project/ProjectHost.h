// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Text.h"
#include "core/planning/Plan.h"
#include "core/profile/Profile.h"
#include "core/rules/Ruleset.h"

#include <QString>

#include <functional>
#include <vector>

class QDockWidget;
class QUndoStack;
class QWidget;

namespace shirube::ui {

// What the project code needs from the window it lives in. MainWindowProjectHost adapts MainWindow;
// tests may give a lighter host.
class ProjectHost
{
public:
    virtual ~ProjectHost() = default;

    virtual QWidget* window() const = 0;
    virtual QUndoStack* undoStack() const = 0;
    virtual core::RulesetPtr ruleset() const = 0;
    virtual core::Lang language() const = 0;

    // The profile the questionnaire shows. setProfile(…, false) must not touch the undo stack.
    virtual core::Profile currentProfile() const = 0;
    virtual void setProfile(const core::Profile& profile, bool resetHistory) = 0;
    // The current product's own estimates (its overrides), applied to its plans. Call before setProfile.
    virtual void setOverrides(const std::vector<core::StepOverride>& /*overrides*/) {}
    // The product the questionnaire now shows, and how to show another (ProfileModel::setDocument): an
    // answer's undo shows the product it was made on first.
    virtual void setDocumentKey(qint64 /*id*/, std::function<void(qint64)> /*show*/) {}
    virtual QString selectedRoute() const = 0;
    virtual void setSelectedRoute(const QString& routeId) = 0;

    // The document's file (window title) and the recent-files list.
    virtual void setCurrentFile(const QString& fileName) = 0;
    // The document was opened read-only (the title says so).
    virtual void setReadOnly(bool /*readOnly*/) {}
    virtual void addRecentFile(const QString& fileName) = 0;
    virtual void addDock(QDockWidget* dock) = 0;
};

} // namespace shirube::ui
