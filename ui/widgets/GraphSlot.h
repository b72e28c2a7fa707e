#pragma once

#include "core/common/Text.h"
#include "core/planning/Plan.h"
#include "core/rules/Ruleset.h"

#include <QStringList>

class QWidget;

namespace shirube::ui {

class GraphView;

// The main window's and trainer's handle on the state-graph view (ui/graph/GraphView, owned by the
// graph helper). Until that view is in the tree, create() gives a placeholder with the same slot.
class GraphSlot
{
public:
    static bool available();
    static QWidget* create(QWidget* parent);
    static GraphView* view(QWidget* slot);

    static void setRuleset(QWidget* slot, const core::RulesetPtr& ruleset);
    static void setPlan(QWidget* slot, const core::Plan& plan);
    static void setSelectedRoute(QWidget* slot, const QString& routeId);
    static void focusState(QWidget* slot, const QString& stateId);
    static void setLanguage(QWidget* slot, core::Lang lang);
    static QStringList highlightedTransitions(QWidget* slot);
    static void zoomIn(QWidget* slot);
    static void zoomOut(QWidget* slot);
    static void zoomToFit(QWidget* slot);
};

} // namespace shirube::ui
