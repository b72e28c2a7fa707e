// SPDX-License-Identifier: Apache-2.0
#include "ui/graph/RulesetLayout.h"

#include "ui/graph/GraphDetailsPane.h"
#include "ui/graph/GraphItems.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace shirube::ui {

namespace {

QSizeF measure(const QFont& font, const QString& text, double maxWidth)
{
    QFont bold = font;
    bold.setBold(true); // highlighted elements are drawn bold: reserve their room
    const int flags = int(Qt::AlignCenter) | int(Qt::TextWordWrap);
    const QRectF r = QFontMetricsF(bold).boundingRect(QRectF(0, 0, maxWidth, 100000), flags, text);
    return {std::ceil(r.width()) + 2, std::ceil(r.height())};
}

} // namespace

GraphFonts GraphFonts::fromBase(const QFont& base)
{
    GraphFonts fonts{base, base, base};
    fonts.edge.setPointSizeF(base.pointSizeF() * 0.85);
    fonts.cluster.setBold(true);
    return fonts;
}

LayoutInput layoutInputFor(const core::Ruleset& ruleset, core::Lang lang, const GraphFonts& fonts,
                           bool phaseClusters)
{
    LayoutInput input;
    QStringList phases;
    for (const core::StateDef& state : ruleset.states) {
        const QSizeF text = measure(fonts.state, state.label.in(lang), StateItem::kMaxTextWidth);
        input.nodes.push_back({state.id,
                               QSizeF(std::max(text.width(), 56.0) + 2 * StateItem::kPadX,
                                      text.height() + 2 * StateItem::kPadY),
                               phaseClusters ? state.phase : QString()});
        if (!state.phase.isEmpty() && !phases.contains(state.phase))
            phases << state.phase;
    }
    for (const QString& phase : std::as_const(phases))
        if (phaseClusters)
            input.clusters.push_back(
                {phase, measure(fonts.cluster, GraphDetailsPane::phaseName(phase), 400)});
    for (const core::TransitionDef& t : ruleset.transitions) {
        if (!ruleset.state(t.from) || !ruleset.state(t.to))
            continue;
        const QString label = t.label.in(lang);
        input.edges.push_back(
            {t.id, t.from, t.to,
             label.isEmpty() ? QSizeF() : measure(fonts.edge, label, TransitionItem::kMaxLabelWidth)});
    }
    return input;
}

} // namespace shirube::ui
