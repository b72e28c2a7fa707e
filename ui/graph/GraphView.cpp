// SPDX-License-Identifier: Apache-2.0
#include "ui/graph/GraphView.h"

#include "ui/graph/GraphCanvas.h"
#include "ui/graph/GraphDetailsPane.h"
#include "ui/graph/GraphItems.h"
#include "ui/graph/GraphLegend.h"
#include "ui/graph/GraphvizLayout.h"
#include "ui/graph/RulesetLayout.h"
#include "ui/widgets/WrappingLabel.h"

#include <QAction>
#include <QEvent>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace shirube::ui {

namespace {

QString kindName(ElementKind kind)
{
    return kind == ElementKind::State ? QStringLiteral("state") : QStringLiteral("transition");
}

} // namespace

GraphView::GraphView(QWidget* parent)
    : QWidget(parent)
    , m_canvas(new GraphCanvas(this))
    , m_scene(new QGraphicsScene(this))
    , m_details(new GraphDetailsPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_legend(new GraphLegend(this))
    , m_message(new WrappingLabel(this))
    , m_zoomInAction(new QAction(this))
    , m_zoomOutAction(new QAction(this))
    , m_fitAction(new QAction(this))
    , m_zoomInButton(new QToolButton(this))
    , m_zoomOutButton(new QToolButton(this))
    , m_fitButton(new QToolButton(this))
    , m_palette(std::make_unique<GraphPalette>(GraphPalette::fromPalette(palette())))
{
    setObjectName(QStringLiteral("graphView"));
    m_canvas->setScene(m_scene);
    m_legend->setObjectName(QStringLiteral("graphLegend"));
    m_message->setObjectName(QStringLiteral("graphMessage"));
    m_message->hide();

    m_zoomInAction->setObjectName(QStringLiteral("graphZoomInAction"));
    m_zoomOutAction->setObjectName(QStringLiteral("graphZoomOutAction"));
    m_fitAction->setObjectName(QStringLiteral("graphFitAction"));
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction* action : {m_zoomInAction, m_zoomOutAction, m_fitAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_zoomInAction, &QAction::triggered, this, &GraphView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, this, &GraphView::zoomOut);
    connect(m_fitAction, &QAction::triggered, this, &GraphView::zoomToFit);
    m_zoomInButton->setObjectName(QStringLiteral("graphZoomInButton"));
    m_zoomOutButton->setObjectName(QStringLiteral("graphZoomOutButton"));
    m_fitButton->setObjectName(QStringLiteral("graphFitButton"));
    m_zoomInButton->setDefaultAction(m_zoomInAction);
    m_zoomOutButton->setDefaultAction(m_zoomOutAction);
    m_fitButton->setDefaultAction(m_fitAction);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_zoomOutButton);
    bar->addWidget(m_zoomInButton);
    bar->addWidget(m_fitButton);
    bar->addSpacing(8);
    bar->addWidget(m_legend, 1);

    auto* graphSide = new QWidget(this);
    auto* graphLayout = new QVBoxLayout(graphSide);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(0);
    graphLayout->addLayout(bar);
    graphLayout->addWidget(m_message);
    graphLayout->addWidget(m_canvas, 1);

    m_details->setMinimumWidth(200);
    m_splitter->setObjectName(QStringLiteral("graphSplitter"));
    m_splitter->addWidget(graphSide);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSizedSplitter = true; });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_canvas, &GraphCanvas::elementClicked, this, &GraphView::activate);
    connect(m_canvas, &GraphCanvas::keyboardCurrentChanged, this, [this](GraphElementItem* element) {
        m_currentKind = kindName(element->kind());
        m_currentId = element->id();
        restyle();
        showInDetails(m_currentKind, m_currentId);
    });
    connect(m_details, &GraphDetailsPane::elementLinkActivated, this,
            [this](const QString& kind, const QString& id) {
                const auto& items = kind == QLatin1String("state") ? m_stateItems : m_transitionItems;
                if (GraphElementItem* element = items.value(id)) {
                    m_canvas->ensureVisible(element->boundingRect(), 40, 40);
                    activate(element);
                }
            });
    retranslate();
}

GraphView::~GraphView() = default;

void GraphView::setRuleset(core::RulesetPtr ruleset)
{
    m_ruleset = std::move(ruleset);
    m_hasPlan = false;
    m_routes.clear();
    m_feasibleStates.clear();
    m_feasibleTransitions.clear();
    m_highlightedStates.clear();
    m_highlightedTransitions.clear();
    m_focusedState.clear();
    m_currentKind.clear();
    m_currentId.clear();
    m_details->setRuleset(m_ruleset);
    rebuild();
    m_canvas->resetAutoZoom();
}

void GraphView::setPlan(const core::Plan& plan)
{
    m_hasPlan = true;
    m_routes = plan.routes;
    m_feasibleStates.clear();
    m_feasibleTransitions.clear();
    for (const core::Route& route : m_routes) {
        for (const QString& s : route.states)
            m_feasibleStates.insert(s);
        for (const QString& t : route.transitions)
            m_feasibleTransitions.insert(t);
    }
    resolveRoute();
    restyle();
    updateFocusRect();
}

void GraphView::setSelectedRoute(const QString& routeId)
{
    m_selectedRoute = routeId;
    resolveRoute();
    restyle();
    updateFocusRect();
}

void GraphView::updateFocusRect()
{
    QRectF rect;
    for (const QString& id : std::as_const(m_highlightedStates))
        if (const GraphElementItem* item = m_stateItems.value(id))
            rect = rect.isNull() ? item->boundingRect() : rect.united(item->boundingRect());
    m_canvas->setFocusRect(rect);
    m_canvas->applyAutoZoom();
}

void GraphView::resolveRoute()
{
    m_highlightedStates.clear();
    m_highlightedTransitions.clear();
    if (m_selectedRoute.isEmpty())
        return;
    for (const core::Route& route : m_routes) {
        if (route.id != m_selectedRoute)
            continue;
        m_highlightedStates = route.states;
        m_highlightedTransitions = route.transitions;
        break;
    }
}

void GraphView::focusState(const QString& stateId)
{
    m_focusedState = stateId;
    restyle();
    GraphElementItem* item = m_stateItems.value(stateId);
    if (!item)
        return;
    // The state must be readable where it is shown (a room, a projector): at least 100 %, or the
    // presenter's zoom (trainer mode).
    const double wanted = std::max(1.0, m_focusZoom);
    const double zoom = m_canvas->zoomLevel();
    if (zoom < 0.95 * wanted || (m_focusZoom > 1.0 && zoom > 1.05 * wanted))
        m_canvas->zoomBy(wanted / m_canvas->zoomLevel());
    m_canvas->centerOn(item->anchor());
}

void GraphView::setLanguage(core::Lang lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    m_details->setLanguage(lang);
    rebuild();
}

QStringList GraphView::highlightedTransitions() const
{
    QStringList out;
    for (const QString& id : m_highlightedTransitions)
        if (m_transitionItems.contains(id))
            out << id;
    return out;
}

QStringList GraphView::highlightedStates() const
{
    QStringList out;
    for (const QString& id : m_highlightedStates)
        if (m_stateItems.contains(id))
            out << id;
    return out;
}

QStringList GraphView::dimmedTransitions() const
{
    QStringList out;
    if (!m_ruleset || !m_hasPlan)
        return out;
    for (const core::TransitionDef& t : m_ruleset->transitions)
        if (m_transitionItems.contains(t.id) && !m_feasibleTransitions.contains(t.id))
            out << t.id;
    return out;
}

QStringList GraphView::dimmedStates() const
{
    QStringList out;
    if (!m_ruleset || !m_hasPlan)
        return out;
    for (const core::StateDef& s : m_ruleset->states)
        if (m_stateItems.contains(s.id) && !m_feasibleStates.contains(s.id))
            out << s.id;
    return out;
}

void GraphView::setDetailsPaneVisible(bool visible)
{
    m_details->setVisible(visible);
}

void GraphView::setKeyboardNavigation(bool enabled)
{
    m_canvas->setFocusPolicy(enabled ? Qt::StrongFocus : Qt::NoFocus);
}

std::optional<QPointF> GraphView::elementScenePos(const QString& kind, const QString& id) const
{
    const auto& items = kind == QLatin1String("state") ? m_stateItems : m_transitionItems;
    if (const GraphElementItem* item = items.value(id))
        return item->anchor();
    return std::nullopt;
}

void GraphView::zoomIn()
{
    m_canvas->zoomBy(1.25);
}

void GraphView::zoomOut()
{
    m_canvas->zoomBy(1 / 1.25);
}

void GraphView::zoomToFit()
{
    m_canvas->fitAll();
}

void GraphView::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        rebuild(); // the phase titles changed size
        break;
    case QEvent::PaletteChange:
        *m_palette = GraphPalette::fromPalette(palette());
        updateLegend();
        m_scene->update(); // every item draws with the palette
        break;
    case QEvent::FontChange:
        rebuild();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void GraphView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_userSizedSplitter)
        return;
    // Until the user moves the splitter: the graph gets the room, the details a readable column.
    const int details = std::clamp(width() / 4, 220, 360);
    m_splitter->setSizes({std::max(120, width() - details), details});
}

void GraphView::retranslate()
{
    m_zoomInAction->setText(tr("Zoom in"));
    m_zoomInAction->setToolTip(tr("Zoom in (Ctrl++, Ctrl+wheel)"));
    m_zoomOutAction->setText(tr("Zoom out"));
    m_zoomOutAction->setToolTip(tr("Zoom out (Ctrl+−, Ctrl+wheel)"));
    m_fitAction->setText(tr("Fit"));
    m_fitAction->setToolTip(tr("Show the whole graph (Ctrl+0)"));
    for (QToolButton* button : {m_zoomInButton, m_zoomOutButton, m_fitButton})
        button->setAccessibleName(button->defaultAction()->text());
    m_zoomInButton->setText(QStringLiteral("+"));
    m_zoomOutButton->setText(QStringLiteral("−"));
    updateLegend();
    m_canvas->setAccessibleName(tr("State graph"));
    m_canvas->setAccessibleDescription(
        tr("The regulatory states and the transitions between them. Arrow keys move between elements, "
           "Enter shows the details."));
    m_canvas->setToolTip(QString());
}

void GraphView::updateLegend()
{
    // The phase colours, the route, the faded parts: on one line where there is room.
    std::vector<GraphLegend::Entry> entries;
    for (const char* phase : {"development", "regulatory", "market", "overseas"}) {
        const QString id = QString::fromLatin1(phase);
        entries.push_back(
            {GraphLegend::Swatch::Filled, m_palette->phaseBorder(id), GraphDetailsPane::phaseName(id)});
    }
    QColor faded = m_palette->text;
    faded.setAlphaF(0.35f);
    entries.push_back({GraphLegend::Swatch::Line, m_palette->highlight, tr("selected route")});
    entries.push_back({GraphLegend::Swatch::Hollow, faded, tr("faded: not possible for this product")});
    m_legend->setEntries(std::move(entries));
    m_legend->setToolTip(
        tr("Drag to pan, Ctrl+wheel or +/− to zoom, 0 to fit; click a box or an arrow for details."));
}

void GraphView::rebuild()
{
    m_scene->clear();
    m_stateItems.clear();
    m_transitionItems.clear();
    m_clusterItems.clear();
    m_layoutError.clear();
    m_message->hide();
    if (!m_ruleset) {
        m_canvas->setKeyboardOrder({});
        return;
    }

    const GraphFonts fonts = GraphFonts::fromBase(font());
    const LayoutInput input = layoutInputFor(*m_ruleset, m_lang, fonts);
    const LayoutResult layout = GraphvizLayout::layout(input);
    if (!layout.ok) {
        m_layoutError = layout.error;
        m_message->setText(tr("The graph could not be laid out: %1").arg(layout.error));
        m_message->show();
        m_canvas->setKeyboardOrder({});
        return;
    }

    for (const LayoutResult::Cluster& c : layout.clusters) {
        auto* item =
            new ClusterItem(c.id, GraphDetailsPane::phaseName(c.id), c.rect, c.labelRect, fonts.cluster);
        item->setGraphPalette(m_palette.get());
        m_scene->addItem(item);
        m_clusterItems << item;
    }
    for (const LayoutResult::Node& n : layout.nodes) {
        const core::StateDef* state = m_ruleset->state(n.id);
        if (!state)
            continue;
        auto* item = new StateItem(n.id, state->label.in(m_lang), state->phase, n.rect, fonts.state);
        item->setGraphPalette(m_palette.get());
        m_scene->addItem(item);
        m_stateItems.insert(n.id, item);
    }
    for (const LayoutResult::Edge& e : layout.edges) {
        const core::TransitionDef* t = m_ruleset->transition(e.id);
        if (!t || e.curves.empty())
            continue;
        const QPainterPath path = pathFromCurves(e.curves);
        QPolygonF arrow;
        if (e.arrowTip)
            arrow = arrowHead(e.curves.back().last(), *e.arrowTip);
        else
            arrow = arrowHead(path.pointAtPercent(0.95), path.pointAtPercent(1.0));
        auto* item = new TransitionItem(e.id, t->label.in(m_lang), path, arrow, e.labelRect, fonts.edge);
        item->setGraphPalette(m_palette.get());
        m_scene->addItem(item);
        m_transitionItems.insert(e.id, item);
    }
    m_scene->setSceneRect(layout.bounds.adjusted(-20, -20, 20, 20));

    // Keyboard order: states in rank order (top to bottom, then left to right), each followed by its ways
    // out.
    const bool acrossRanks = input.rankDir == QLatin1String("LR");
    QList<GraphElementItem*> states = m_stateItems.values();
    const auto before = [acrossRanks](GraphElementItem* a, GraphElementItem* b) {
        const QPointF pa = a->anchor();
        const QPointF pb = b->anchor();
        const double ra = acrossRanks ? pa.x() : pa.y();
        const double rb = acrossRanks ? pb.x() : pb.y();
        const double oa = acrossRanks ? pa.y() : pa.x();
        const double ob = acrossRanks ? pb.y() : pb.x();
        return ra < rb - 1 || (std::abs(ra - rb) <= 1 && oa < ob);
    };
    std::sort(states.begin(), states.end(), before);
    QList<GraphElementItem*> order;
    for (GraphElementItem* state : std::as_const(states)) {
        order << state;
        QList<GraphElementItem*> out;
        for (const core::TransitionDef& t : m_ruleset->transitions)
            if (t.from == state->id())
                if (GraphElementItem* item = m_transitionItems.value(t.id))
                    out << item;
        std::sort(out.begin(), out.end(),
                  [](GraphElementItem* a, GraphElementItem* b) { return a->anchor().y() < b->anchor().y(); });
        order << out;
    }
    m_canvas->setKeyboardOrder(order);
    restyle();
    updateFocusRect();
}

void GraphView::restyle()
{
    const QSet<QString> highlightedStates(m_highlightedStates.cbegin(), m_highlightedStates.cend());
    const QSet<QString> highlightedTransitions(m_highlightedTransitions.cbegin(),
                                               m_highlightedTransitions.cend());
    for (auto it = m_stateItems.cbegin(); it != m_stateItems.cend(); ++it) {
        ElementState s;
        s.highlighted = highlightedStates.contains(it.key());
        s.dimmed = m_hasPlan && !m_feasibleStates.contains(it.key());
        s.focused = it.key() == m_focusedState;
        s.current = m_currentKind == QLatin1String("state") && it.key() == m_currentId;
        it.value()->setElementState(s);
    }
    for (auto it = m_transitionItems.cbegin(); it != m_transitionItems.cend(); ++it) {
        ElementState s;
        s.highlighted = highlightedTransitions.contains(it.key());
        s.dimmed = m_hasPlan && !m_feasibleTransitions.contains(it.key());
        s.current = m_currentKind == QLatin1String("transition") && it.key() == m_currentId;
        it.value()->setElementState(s);
    }
}

void GraphView::activate(GraphElementItem* element)
{
    if (!element)
        return;
    m_currentKind = kindName(element->kind());
    m_currentId = element->id();
    restyle();
    showInDetails(m_currentKind, m_currentId);
    emit elementActivated(m_currentKind, m_currentId);
}

void GraphView::showInDetails(const QString& kind, const QString& id)
{
    if (kind == QLatin1String("state"))
        m_details->showState(id);
    else
        m_details->showTransition(id);
    m_canvas->setAccessibleDescription(m_details->title());
}

} // namespace shirube::ui
