// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/profile/Profile.h"
#include "core/rules/Ruleset.h"

#include <QString>
#include <QStringList>

#include <memory>

#include "tests/support/QtPrinters.h"

namespace shirube::ui {
class MainWindow;
}

namespace shirube::test {

// The built-in ruleset, loaded once per test binary (fails the test when it does not load).
core::RulesetPtr builtinRuleset();
std::shared_ptr<const core::Planner> planner();

// A main window in English at 1366×768, shown, with its first plan applied.
std::unique_ptr<ui::MainWindow> makeWindow();

// What the core engine says for `profile`, in `lang`: the expectation every GUI assertion compares to.
core::Plan corePlan(const core::Profile& profile, core::Lang lang = core::Lang::En);

// Route ids with their transitions: a compact, comparable summary of a plan's routes.
QStringList routeSignature(const core::Plan& plan);

// A complete hardware profile from answers a founder could give (no example file needed).
core::Profile simpleHardwareProfile();

// A bundled example (or, failing that, a built-in sample) whose plan has at least `routes` routes.
core::Profile profileWithRoutes(int routes);

// Removes and re-creates an empty directory under the test binary dir.
QString freshDirectory(const QString& name);

// A bundled example's profile (":/examples/NAME.json" or a resource path); fails the test if it does not
// parse.
core::Profile exampleProfile(const QString& resourceOrName);

} // namespace shirube::test
