// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Text.h"
#include "core/rules/Ruleset.h"
#include "ui/graph/GraphvizLayout.h"

#include <QFont>

namespace shirube::ui {

// The fonts the graph is drawn with; the layout reserves room for the texts in these fonts.
struct GraphFonts
{
    QFont state;
    QFont edge;
    QFont cluster;

    static GraphFonts fromBase(const QFont& base);
};

// What Graphviz should lay out for a ruleset: one box per state (sized for its label in `lang`), one
// edge per transition (with room for its label); with `phaseClusters`, states grouped in one region per
// phase (clearer, but about half again as wide). Transitions naming an unknown state are left out (the
// ruleset loader reports them).
LayoutInput layoutInputFor(const shirube::core::Ruleset& ruleset, shirube::core::Lang lang,
                           const GraphFonts& fonts, bool phaseClusters = false);

} // namespace shirube::ui
