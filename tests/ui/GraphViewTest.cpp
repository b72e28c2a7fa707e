// SPDX-License-Identifier: Apache-2.0
// GraphView driven like a user: a plan dims what is infeasible, a selected route is highlighted,
// clicks and keys open the details pane, zoom and focus move the view.

#include "ui/graph/GraphView.h"

#include "core/rules/Expr.h"
#include "ui/Labels.h"
#include "ui/graph/GraphCanvas.h"
#include "ui/graph/GraphDetailsPane.h"
#include "ui/graph/GraphItems.h"
#include "ui/graph/GraphLegend.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>
#include <memory>

using namespace shirube;
using shirube::ui::GraphView;

namespace {

core::LocalText text(const char* en, const char* ja)
{
    return {QString::fromUtf8(ja), QString::fromUtf8(en)};
}

std::shared_ptr<core::Ruleset> smallRuleset()
{
    auto rs = std::make_shared<core::Ruleset>();
    rs->id = QStringLiteral("test");
    rs->version = QStringLiteral("1");
    rs->facts = std::make_unique<core::FactTable>();
    rs->sources.push_back({QStringLiteral("FEES"), QStringLiteral("PMDA fee schedule"),
                           QStringLiteral("https://example.invalid/fees")});
    core::ActivityDef review;
    review.id = QStringLiteral("pmda_review");
    review.name = text("PMDA review", "PMDAによる承認審査");
    rs->activities.push_back(review);
    core::ActivityDef qms;
    qms.id = QStringLiteral("qms_inspection");
    qms.name = text("QMS inspection", "QMS適合性調査");
    rs->activities.push_back(qms);

    const auto state = [&](const char* id, const char* en, const char* ja, const char* phase) {
        core::StateDef s;
        s.id = QString::fromUtf8(id);
        s.label = text(en, ja);
        s.phase = QString::fromUtf8(phase);
        s.narration = text("Narration of ", "ナレーション ");
        s.narration.en += s.id;
        s.narration.ja += s.id;
        s.provenance = {QStringLiteral("FEES"), core::Confidence::Sourced};
        rs->states.push_back(s);
    };
    state("idea", "Idea", "アイデア", "development");
    state("prototype", "Prototype", "試作品", "development");
    state("filed", "Application filed", "申請済み", "regulatory");
    state("approved", "Approved", "承認取得", "regulatory");
    state("certified", "Certified", "認証取得", "regulatory");
    state("on_market", "On the market", "上市", "market");

    const auto transition = [&](const char* id, const char* from, const char* to, const char* en,
                                const char* ja) {
        core::TransitionDef t;
        t.id = QString::fromUtf8(id);
        t.from = QString::fromUtf8(from);
        t.to = QString::fromUtf8(to);
        t.label = text(en, ja);
        t.provenance = {QStringLiteral("seed#H7"), core::Confidence::Seed};
        rs->transitions.push_back(std::move(t));
    };
    transition("develop", "idea", "prototype", "Develop", "開発");
    transition("file", "prototype", "filed", "File", "申請");
    transition("review_standard", "filed", "approved", "Standard review", "通常審査");
    transition("review_fast", "filed", "approved", "Fast-track review", "優先審査");
    transition("certify", "filed", "certified", "Certification", "認証審査");
    transition("launch_approved", "approved", "on_market", "Launch", "上市");
    transition("launch_certified", "certified", "on_market", "Launch", "上市");

    core::TransitionDef& standard = rs->transitions[2];
    auto guard = core::Expr::parse(QStringLiteral("procedure == 'approval'"), *rs->facts);
    EXPECT_TRUE(guard.ok());
    standard.when = guard.value();
    core::StepDef step;
    step.activity = QStringLiteral("pmda_review");
    step.months = {10, 12, 16};
    step.costJpy = core::ThreePoint::fixed(11651400);
    step.provenance = {QStringLiteral("FEES"), core::Confidence::Sourced};
    standard.steps.push_back(step);
    core::StepDef inspection;
    inspection.activity = QStringLiteral("qms_inspection");
    inspection.months = {2, 4, 6};
    inspection.costJpy = {500000, 1000000, 2000000};
    inspection.parallel = true;
    inspection.provenance = {QStringLiteral("an estimate"), core::Confidence::Estimate};
    standard.steps.push_back(inspection);
    return rs;
}

core::Route route(const char* id, QStringList states, QStringList transitions)
{
    core::Route r;
    r.id = QString::fromUtf8(id);
    r.states = std::move(states);
    r.transitions = std::move(transitions);
    return r;
}

// Two feasible routes (standard and fast track); the certification branch is infeasible.
core::Plan twoRoutePlan()
{
    core::Plan plan;
    const QStringList states{QStringLiteral("idea"), QStringLiteral("prototype"), QStringLiteral("filed"),
                             QStringLiteral("approved"), QStringLiteral("on_market")};
    plan.routes.push_back(route("standard", states,
                                {QStringLiteral("develop"), QStringLiteral("file"),
                                 QStringLiteral("review_standard"), QStringLiteral("launch_approved")}));
    plan.routes.push_back(route("fast", states,
                                {QStringLiteral("develop"), QStringLiteral("file"),
                                 QStringLiteral("review_fast"), QStringLiteral("launch_approved")}));
    return plan;
}

class GraphViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_ruleset = smallRuleset();
        m_view = std::make_unique<GraphView>();
        m_view->resize(1000, 600);
        m_view->setRuleset(m_ruleset);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }

    QPoint viewportPos(const QString& kind, const QString& id) const
    {
        const auto scenePos = m_view->elementScenePos(kind, id);
        EXPECT_TRUE(scenePos.has_value()) << id.toStdString();
        return m_view->canvas()->mapFromScene(scenePos.value_or(QPointF()));
    }

    std::shared_ptr<core::Ruleset> m_ruleset;
    std::unique_ptr<GraphView> m_view;
};

} // namespace

TEST_F(GraphViewTest, HighlightsExactlyTheSelectedRoutesTransitions)
{
    const core::Plan plan = twoRoutePlan();
    m_view->setPlan(plan);
    EXPECT_TRUE(m_view->highlightedTransitions().isEmpty());

    m_view->setSelectedRoute(QStringLiteral("standard"));
    EXPECT_EQ(m_view->highlightedTransitions(), plan.routes[0].transitions);
    EXPECT_EQ(m_view->highlightedStates(), plan.routes[0].states);

    m_view->setSelectedRoute(QStringLiteral("fast"));
    EXPECT_EQ(m_view->highlightedTransitions(), plan.routes[1].transitions);
    EXPECT_FALSE(m_view->highlightedTransitions().contains(QStringLiteral("review_standard")));

    m_view->setSelectedRoute(QString());
    EXPECT_TRUE(m_view->highlightedTransitions().isEmpty());
    m_view->setSelectedRoute(QStringLiteral("no_such_route"));
    EXPECT_TRUE(m_view->highlightedTransitions().isEmpty());
}

TEST_F(GraphViewTest, SelectionMadeBeforeThePlanAppliesWhenThePlanArrives)
{
    m_view->setSelectedRoute(QStringLiteral("fast"));
    EXPECT_TRUE(m_view->highlightedTransitions().isEmpty());
    m_view->setPlan(twoRoutePlan());
    EXPECT_EQ(m_view->highlightedTransitions(), twoRoutePlan().routes[1].transitions);
}

TEST_F(GraphViewTest, DimsTheStatesAndTransitionsOnNoRoute)
{
    EXPECT_TRUE(m_view->dimmedTransitions().isEmpty()) << "nothing is dimmed before there is a plan";
    m_view->setPlan(twoRoutePlan());
    EXPECT_EQ(m_view->dimmedTransitions(),
              QStringList({QStringLiteral("certify"), QStringLiteral("launch_certified")}));
    EXPECT_EQ(m_view->dimmedStates(), QStringList{QStringLiteral("certified")});

    core::Plan noRoute;
    m_view->setPlan(noRoute);
    EXPECT_EQ(m_view->dimmedTransitions().size(), qsizetype(m_ruleset->transitions.size()));
}

// A plan repaints only the parts whose look it changes: the same plan again changes nothing on the
// canvas, another selected route repaints, and so does a new palette (every part's colours).
TEST_F(GraphViewTest, RepaintsOnlyWhatAPlanChanges)
{
    const core::Plan plan = twoRoutePlan();
    m_view->setPlan(plan);
    m_view->setSelectedRoute(QStringLiteral("standard"));
    QCoreApplication::processEvents();
    QSignalSpy changed(m_view->canvas()->scene(), &QGraphicsScene::changed);

    m_view->setPlan(plan);
    m_view->setSelectedRoute(QStringLiteral("standard"));
    QCoreApplication::processEvents();
    EXPECT_EQ(changed.count(), 0) << "the same plan and route: nothing to repaint";

    m_view->setSelectedRoute(QStringLiteral("fast"));
    QCoreApplication::processEvents();
    ASSERT_GE(changed.count(), 1);
    QRectF region;
    for (const QList<QVariant>& signal : std::as_const(changed))
        for (const QRectF& r : signal.at(0).value<QList<QRectF>>())
            region |= r;
    changed.clear();
    EXPECT_FALSE(region.isEmpty());
    EXPECT_LT(region.width() * region.height(), m_view->canvas()->scene()->itemsBoundingRect().width() *
                                                    m_view->canvas()->scene()->itemsBoundingRect().height())
        << "only the two review transitions and their labels";

    QPalette dark = m_view->palette();
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::Text, Qt::white);
    m_view->setPalette(dark);
    QCoreApplication::processEvents();
    EXPECT_GE(changed.count(), 1) << "a new palette repaints the graph";
}

TEST_F(GraphViewTest, ClickingAStateEmitsElementActivatedAndFillsTheDetailsPane)
{
    QSignalSpy spy(m_view.get(), &GraphView::elementActivated);
    QTest::mouseClick(m_view->canvas()->viewport(), Qt::LeftButton, {},
                      viewportPos(QStringLiteral("state"), QStringLiteral("approved")));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy[0][0].toString(), QStringLiteral("state"));
    EXPECT_EQ(spy[0][1].toString(), QStringLiteral("approved"));

    const ui::GraphDetailsPane* pane = m_view->detailsPane();
    EXPECT_EQ(pane->kind(), QStringLiteral("state"));
    EXPECT_EQ(pane->id(), QStringLiteral("approved"));
    EXPECT_EQ(pane->title(), QStringLiteral("Approved"));
    const QString body = pane->plainText();
    EXPECT_TRUE(body.contains(QStringLiteral("Narration of approved"))) << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("PMDA fee schedule"))) << body.toStdString();
    EXPECT_TRUE(body.contains(ui::Labels::confidenceName(core::Confidence::Sourced))) << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("Standard review")))
        << "ways in are listed: " << body.toStdString();
}

TEST_F(GraphViewTest, ClickingATransitionShowsStepsDurationsFeesGuardAndSource)
{
    QSignalSpy spy(m_view.get(), &GraphView::elementActivated);
    QTest::mouseClick(m_view->canvas()->viewport(), Qt::LeftButton, {},
                      viewportPos(QStringLiteral("transition"), QStringLiteral("review_standard")));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy[0][0].toString(), QStringLiteral("transition"));
    EXPECT_EQ(spy[0][1].toString(), QStringLiteral("review_standard"));

    const QString body = m_view->detailsPane()->plainText();
    EXPECT_EQ(m_view->detailsPane()->title(), QStringLiteral("Standard review"));
    // The guard in words ("procedure == 'approval'" in the ruleset), never as an expression.
    EXPECT_TRUE(body.contains(ui::Labels::procedure(QStringLiteral("approval")))) << body.toStdString();
    EXPECT_FALSE(body.contains(QStringLiteral("=="))) << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("PMDA review"))) << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("QMS inspection"))) << body.toStdString();
    EXPECT_TRUE(body.contains(ui::Labels::monthsRange(10, 12, 16))) << body.toStdString();
    EXPECT_TRUE(body.contains(ui::Labels::yen(11651400))) << body.toStdString();
    EXPECT_TRUE(body.contains(ui::Labels::yen(500000))) << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("PMDA fee schedule"))) << body.toStdString();
    EXPECT_TRUE(body.contains(ui::Labels::confidenceName(core::Confidence::Estimate))) << body.toStdString();
    EXPECT_TRUE(body.contains(ui::Labels::confidenceName(core::Confidence::Seed))) << body.toStdString();
}

TEST_F(GraphViewTest, ClickingEmptySpaceOrDraggingActivatesNothing)
{
    QSignalSpy spy(m_view.get(), &GraphView::elementActivated);
    QTest::mouseClick(m_view->canvas()->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    EXPECT_EQ(spy.count(), 0);

    const QPoint start = viewportPos(QStringLiteral("state"), QStringLiteral("filed"));
    QTest::mousePress(m_view->canvas()->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(m_view->canvas()->viewport(), start + QPoint(60, 40));
    QTest::mouseRelease(m_view->canvas()->viewport(), Qt::LeftButton, {}, start + QPoint(60, 40));
    EXPECT_EQ(spy.count(), 0);
    EXPECT_TRUE(m_view->detailsPane()->kind().isEmpty());
}

TEST_F(GraphViewTest, KeyboardWalksTheElementsAndEnterActivates)
{
    m_view->canvas()->setFocus();
    QSignalSpy spy(m_view.get(), &GraphView::elementActivated);
    QTest::keyClick(m_view->canvas(), Qt::Key_Right);
    EXPECT_EQ(m_view->detailsPane()->kind(), QStringLiteral("state"));
    EXPECT_EQ(m_view->detailsPane()->id(), QStringLiteral("idea"))
        << "the first state in rank order comes first";
    EXPECT_EQ(spy.count(), 0) << "moving only previews";
    QTest::keyClick(m_view->canvas(), Qt::Key_Right);
    EXPECT_EQ(m_view->detailsPane()->id(), QStringLiteral("develop")) << "then its way out";
    QTest::keyClick(m_view->canvas(), Qt::Key_Return);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy[0][1].toString(), QStringLiteral("develop"));
    QTest::keyClick(m_view->canvas(), Qt::Key_Left);
    EXPECT_EQ(m_view->detailsPane()->id(), QStringLiteral("idea"));
}

TEST_F(GraphViewTest, ZoomInOutFitAndCtrlWheel)
{
    ui::GraphCanvas* canvas = m_view->canvas();
    const double fitted = canvas->zoomLevel();
    m_view->zoomIn();
    EXPECT_GT(canvas->zoomLevel(), fitted);
    EXPECT_FALSE(canvas->autoFit());
    m_view->zoomOut();
    m_view->zoomOut();
    EXPECT_LT(canvas->zoomLevel(), fitted);
    m_view->zoomToFit();
    EXPECT_NEAR(canvas->zoomLevel(), fitted, 1e-6);
    const QRectF visible = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.adjusted(-1, -1, 1, 1).contains(m_view->canvas()->scene()->itemsBoundingRect()));

    const QPoint centre = canvas->viewport()->rect().center();
    QWheelEvent wheel(centre, canvas->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas->viewport(), &wheel);
    EXPECT_GT(canvas->zoomLevel(), fitted * 1.1);

    canvas->setFocus();
    const double before = canvas->zoomLevel();
    QTest::keyClick(canvas, Qt::Key_Minus);
    EXPECT_LT(canvas->zoomLevel(), before);
}

TEST_F(GraphViewTest, FocusStateCentresAndEmphasisesIt)
{
    for (int i = 0; i < 4; ++i)
        m_view->zoomIn();
    const QString target = QStringLiteral("filed");
    m_view->focusState(target);
    EXPECT_EQ(m_view->focusedState(), target);
    ui::GraphCanvas* canvas = m_view->canvas();
    const QPointF centre = canvas->mapToScene(canvas->viewport()->rect().center());
    const QPointF anchor = *m_view->elementScenePos(QStringLiteral("state"), target);
    EXPECT_LT((centre - anchor).manhattanLength(), 10.0);

    const auto* item = dynamic_cast<ui::GraphElementItem*>(canvas->elementAt(canvas->mapFromScene(anchor)));
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->elementState().focused);
    m_view->focusState(QString());
    EXPECT_FALSE(item->elementState().focused);

    // From an overview too small to read, focusing zooms in to 100 %.
    m_view->zoomToFit();
    for (int i = 0; i < 6; ++i)
        m_view->zoomOut();
    ASSERT_LT(canvas->zoomLevel(), 0.5);
    m_view->focusState(QStringLiteral("approved"));
    EXPECT_NEAR(canvas->zoomLevel(), 1.0, 1e-6);
}

TEST_F(GraphViewTest, LanguageSwitchRelabelsTheGraphAndTheDetails)
{
    QTest::mouseClick(m_view->canvas()->viewport(), Qt::LeftButton, {},
                      viewportPos(QStringLiteral("state"), QStringLiteral("approved")));
    ASSERT_EQ(m_view->detailsPane()->title(), QStringLiteral("Approved"));
    m_view->setPlan(twoRoutePlan());
    m_view->setSelectedRoute(QStringLiteral("standard"));

    m_view->setLanguage(core::Lang::Ja);
    EXPECT_EQ(m_view->detailsPane()->title(), QStringLiteral("承認取得"));
    EXPECT_TRUE(m_view->detailsPane()->plainText().contains(QStringLiteral("ナレーション approved")));
    // The relayout keeps the plan's dimming and the route.
    EXPECT_EQ(m_view->highlightedTransitions(), twoRoutePlan().routes[0].transitions);
    EXPECT_EQ(m_view->dimmedStates(), QStringList{QStringLiteral("certified")});
    // And the items can still be clicked where the new layout put them.
    QSignalSpy spy(m_view.get(), &GraphView::elementActivated);
    QTest::mouseClick(m_view->canvas()->viewport(), Qt::LeftButton, {},
                      viewportPos(QStringLiteral("transition"), QStringLiteral("certify")));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(m_view->detailsPane()->title(), QStringLiteral("認証審査"));
}

TEST_F(GraphViewTest, DetailsLinksNavigateToTheLinkedElement)
{
    QTest::mouseClick(m_view->canvas()->viewport(), Qt::LeftButton, {},
                      viewportPos(QStringLiteral("state"), QStringLiteral("filed")));
    QSignalSpy spy(m_view.get(), &GraphView::elementActivated);
    emit m_view->detailsPane()->elementLinkActivated(QStringLiteral("transition"), QStringLiteral("certify"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(m_view->detailsPane()->id(), QStringLiteral("certify"));
}

TEST(GraphPalette, FollowsLightAndDarkPalettes)
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(245, 245, 245));
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(40, 40, 40));
    dark.setColor(QPalette::Text, Qt::white);
    const auto l = ui::GraphPalette::fromPalette(light);
    const auto d = ui::GraphPalette::fromPalette(dark);
    EXPECT_FALSE(l.dark);
    EXPECT_TRUE(d.dark);
    for (const char* phase : {"development", "regulatory", "market", "overseas"}) {
        // Box fills contrast with the text colour in both themes.
        EXPECT_GT(l.phaseFill(QString::fromUtf8(phase)).lightnessF(), 0.7) << phase;
        EXPECT_LT(d.phaseFill(QString::fromUtf8(phase)).lightnessF(), 0.35) << phase;
    }
    EXPECT_EQ(d.text, QColor(Qt::white));
}

TEST_F(GraphViewTest, LegendNamesEveryPhaseAndWrapsWholeEntries)
{
    auto* legend = m_view->findChild<ui::GraphLegend*>(QStringLiteral("graphLegend"));
    ASSERT_NE(legend, nullptr);
    ASSERT_EQ(legend->entries().size(), 6u);
    for (const char* phase : {"development", "regulatory", "market", "overseas"})
        EXPECT_TRUE(legend->text().contains(ui::GraphDetailsPane::phaseName(QString::fromLatin1(phase))));
    EXPECT_EQ(legend->accessibleName(), legend->text());

    // Room for everything: one line. Narrower: more lines, never an entry cut (the narrowest is as wide
    // as the widest entry, whose text fits it in full).
    const QFontMetrics fm = legend->fontMetrics();
    const int oneLine = legend->sizeHint().width();
    EXPECT_EQ(legend->heightForWidth(oneLine), fm.height());
    EXPECT_EQ(legend->heightForWidth(oneLine * 2), fm.height());
    EXPECT_GT(legend->heightForWidth(oneLine / 2), fm.height());
    const int narrowest = legend->minimumSizeHint().width();
    EXPECT_LE(legend->heightForWidth(narrowest), int(legend->entries().size()) * fm.height());
    EXPECT_GE(legend->heightForWidth(narrowest), 3 * fm.height());
    for (const auto& entry : legend->entries())
        EXPECT_LT(fm.horizontalAdvance(entry.text), narrowest) << entry.text.toStdString();
    int previous = 0;
    for (int w = narrowest; w <= oneLine; w += 7) {
        const int h = legend->heightForWidth(w);
        EXPECT_TRUE(previous == 0 || h <= previous) << "wider never takes more lines, at " << w;
        previous = h;
    }
}

TEST_F(GraphViewTest, DetailsPaneShowsAHintUntilSomethingIsPicked)
{
    ui::GraphDetailsPane* pane = m_view->detailsPane();
    auto* browser = pane->findChild<QWidget*>(QStringLiteral("graphDetailsText"));
    auto* hint = pane->findChild<QLabel*>(QStringLiteral("graphDetailsHint"));
    ASSERT_TRUE(browser && hint);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_FALSE(browser->isVisible());
    EXPECT_EQ(pane->plainText(), hint->text());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Click a state"))) << hint->text().toStdString();

    pane->showState(QStringLiteral("approved"));
    EXPECT_FALSE(hint->isVisible());
    EXPECT_TRUE(browser->isVisible());
    EXPECT_TRUE(pane->plainText().contains(QStringLiteral("Narration of approved")));

    pane->clear();
    EXPECT_TRUE(hint->isVisible());
    EXPECT_FALSE(browser->isVisible());
}
