#include "ui/widgets/GraphSlot.h"

#include <QLabel>
#include <QVBoxLayout>

#if __has_include("ui/graph/GraphView.h")
#include "ui/graph/GraphView.h"
#define SHIRUBE_HAVE_GRAPHVIEW 1
#else
#define SHIRUBE_HAVE_GRAPHVIEW 0
#endif

namespace shirube::ui {

namespace {

#if !SHIRUBE_HAVE_GRAPHVIEW
// Stands in for GraphView until it exists; remembers the selection so the rest of the UI behaves.
class GraphPlaceholder final : public QLabel
{
public:
    explicit GraphPlaceholder(QWidget* parent)
        : QLabel(parent)
    {
        setObjectName(QStringLiteral("graphPlaceholder"));
        setAlignment(Qt::AlignCenter);
        setText(QStringLiteral("…"));
    }
    QStringList highlighted;
};
#endif

} // namespace

bool GraphSlot::available()
{
    return SHIRUBE_HAVE_GRAPHVIEW;
}

QWidget* GraphSlot::create(QWidget* parent)
{
#if SHIRUBE_HAVE_GRAPHVIEW
    auto* view = new GraphView(parent);
    view->setObjectName(QStringLiteral("graphView"));
    return view;
#else
    return new GraphPlaceholder(parent);
#endif
}

GraphView* GraphSlot::view(QWidget* slot)
{
#if SHIRUBE_HAVE_GRAPHVIEW
    return qobject_cast<GraphView*>(slot);
#else
    Q_UNUSED(slot);
    return nullptr;
#endif
}

void GraphSlot::setRuleset(QWidget* slot, const core::RulesetPtr& ruleset)
{
#if SHIRUBE_HAVE_GRAPHVIEW
    if (auto* v = view(slot))
        v->setRuleset(ruleset);
#else
    Q_UNUSED(slot);
    Q_UNUSED(ruleset);
#endif
}

void GraphSlot::setPlan(QWidget* slot, const core::Plan& plan)
{
#if SHIRUBE_HAVE_GRAPHVIEW
    if (auto* v = view(slot))
        v->setPlan(plan);
#else
    Q_UNUSED(slot);
    Q_UNUSED(plan);
#endif
}

void GraphSlot::setSelectedRoute(QWidget* slot, const QString& routeId)
{
#if SHIRUBE_HAVE_GRAPHVIEW
    if (auto* v = view(slot))
        v->setSelectedRoute(routeId);
#else
    Q_UNUSED(slot);
    Q_UNUSED(routeId);
#endif
}

void GraphSlot::focusState(QWidget* slot, const QString& stateId)
{
#if SHIRUBE_HAVE_GRAPHVIEW
    if (auto* v = view(slot))
        v->focusState(stateId);
#else
    Q_UNUSED(slot);
    Q_UNUSED(stateId);
#endif
}

void GraphSlot::setLanguage(QWidget* slot, core::Lang lang)
{
#if SHIRUBE_HAVE_GRAPHVIEW
    if (auto* v = view(slot))
        v->setLanguage(lang);
#else
    Q_UNUSED(slot);
    Q_UNUSED(lang);
#endif
}

QStringList GraphSlot::highlightedTransitions(QWidget* slot)
{
#if SHIRUBE_HAVE_GRAPHVIEW
    if (auto* v = view(slot))
        return v->highlightedTransitions();
#else
    Q_UNUSED(slot);
#endif
    return {};
}

void GraphSlot::zoomIn(QWidget* slot)
{
#if SHIRUBE_HAVE_GRAPHVIEW
    if (auto* v = view(slot))
        v->zoomIn();
#else
    Q_UNUSED(slot);
#endif
}

void GraphSlot::zoomOut(QWidget* slot)
{
#if SHIRUBE_HAVE_GRAPHVIEW
    if (auto* v = view(slot))
        v->zoomOut();
#else
    Q_UNUSED(slot);
#endif
}

void GraphSlot::zoomToFit(QWidget* slot)
{
#if SHIRUBE_HAVE_GRAPHVIEW
    if (auto* v = view(slot))
        v->zoomToFit();
#else
    Q_UNUSED(slot);
#endif
}

} // namespace shirube::ui
