// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Ruleset.h"

#include <QDialog>

namespace shirube::ui {

// About Shirube: version, the ruleset's id, version and title, every source it cites (with URLs), and
// what the confidence marks mean.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(core::RulesetPtr ruleset, QWidget* parent = nullptr);
};

} // namespace shirube::ui
