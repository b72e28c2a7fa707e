// SPDX-License-Identifier: Apache-2.0
#pragma once

// The team-project parts of the main window (issue 15): a TeamWatcher that brings other users' saved
// changes in (said in the status bar), and File › Team Project History…, enabled while a team project
// is open.

namespace shirube::ui {

class MainWindow;
class ProjectController;
class TeamWatcher;

namespace TeamActions {

// Adds them to `window` for `controller`; returns the watcher (owned by the controller).
TeamWatcher* install(MainWindow* window, ProjectController* controller);

} // namespace TeamActions

} // namespace shirube::ui
