// SPDX-License-Identifier: Apache-2.0
// GraphvizLayout: the libgvc "dot" layout of a small ruleset, read back as plain geometry.

#include "ui/graph/GraphvizLayout.h"

#include "core/rules/RulesetLoader.h"
#include "ui/graph/RulesetLayout.h"

#include <QApplication>
#include <QFile>
#include <QSet>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <gtest/gtest.h>
#include <memory>

using namespace shirube;
using shirube::ui::GraphvizLayout;
using shirube::ui::LayoutInput;
using shirube::ui::LayoutResult;

#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer (the asan preset): Graphviz 2.42 leaks, whatever its caller frees, the dot
// layout's virtual edges for clustered graphs (dot_mincross -> class2 -> virtual_edge) and a full
// gvContext()'s plugin configuration (only this test's oracle makes one). Graphviz has no frame
// pointers, so the full unwinder is needed for the suppressions to see those frames.
extern "C" const char* __asan_default_options()
{
    return "fast_unwind_on_malloc=0";
}
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libgvplugin_dot_layout.so\nleak:gvconfig\n";
}
#endif

namespace {

core::LocalText text(const char* en, const char* ja)
{
    return {QString::fromUtf8(ja), QString::fromUtf8(en)};
}

// Six states in three phases; two parallel transitions filed -> approved (standard and fast track).
std::shared_ptr<core::Ruleset> smallRuleset()
{
    auto rs = std::make_shared<core::Ruleset>();
    rs->id = QStringLiteral("test");
    rs->version = QStringLiteral("1");
    rs->facts = std::make_unique<core::FactTable>();
    const auto state = [&](const char* id, const char* en, const char* ja, const char* phase) {
        core::StateDef s;
        s.id = QString::fromUtf8(id);
        s.label = text(en, ja);
        s.phase = QString::fromUtf8(phase);
        rs->states.push_back(s);
    };
    state("idea", "Idea", "アイデア", "development");
    state("prototype", "Working prototype with a long label that wraps", "試作品", "development");
    state("filed", "Application filed", "申請", "regulatory");
    state("approved", "Approved", "承認取得", "regulatory");
    state("certified", "Certified", "認証取得", "regulatory");
    state("on_market", "On the market", "上市", "market");
    const auto transition = [&](const char* id, const char* from, const char* to, const char* en) {
        core::TransitionDef t;
        t.id = QString::fromUtf8(id);
        t.from = QString::fromUtf8(from);
        t.to = QString::fromUtf8(to);
        t.label = text(en, en);
        rs->transitions.push_back(std::move(t));
    };
    transition("develop", "idea", "prototype", "Develop");
    transition("file", "prototype", "filed", "File the application");
    transition("review_standard", "filed", "approved", "PMDA review");
    transition("review_fast", "filed", "approved", "Fast-track review");
    transition("certify", "filed", "certified", "Certification body review");
    transition("launch_approved", "approved", "on_market", "");
    transition("launch_certified", "certified", "on_market", "Launch");
    return rs;
}

bool overlaps(const QRectF& a, const QRectF& b)
{
    return a.intersected(b).width() > 0.5 && a.intersected(b).height() > 0.5;
}

// What the layout is compared with: the inputs the application lays out (the built-in ruleset in both
// languages, with the widgets' font) and the small ruleset in phase clusters (HTML cluster labels).
std::vector<LayoutInput> sampleInputs()
{
    std::vector<LayoutInput> inputs;
    const auto fonts = ui::GraphFonts::fromBase(QApplication::font());
    const auto builtin = core::RulesetLoader::loadBuiltin();
    EXPECT_TRUE(builtin.ok());
    if (builtin.ok())
        for (const core::Lang lang : {core::Lang::En, core::Lang::Ja})
            inputs.push_back(ui::layoutInputFor(*builtin.value(), lang, fonts));
    inputs.push_back(ui::layoutInputFor(*smallRuleset(), core::Lang::En, fonts, /*phaseClusters=*/true));
    return inputs;
}

// Graphviz as a program would use it: a full gvContext() (its plugin configuration, text layout plugin
// and all) laying the same dot text out, read back into scene coordinates by the same code as
// GraphvizLayout::layout(): what differs is only the context.
LayoutResult fullContextLayout(const LayoutInput& input)
{
    LayoutResult out;
    const QByteArray dot = GraphvizLayout::toDot(input);
    GVC_t* gvc = gvContext();
    Agraph_t* g = agmemread(dot.constData());
    if (gvc && g && gvLayout(gvc, g, "dot") == 0) {
        out = GraphvizLayout::read(g, input.edges);
        gvFreeLayout(gvc, g);
    }
    if (g)
        agclose(g);
    if (gvc)
        gvFreeContext(gvc);
    return out;
}

// Exactly the same geometry (no tolerance: the same doubles).
void expectSameLayout(const LayoutResult& a, const LayoutResult& b, const std::string& what)
{
    ASSERT_TRUE(a.ok && b.ok) << what;
    EXPECT_EQ(a.bounds, b.bounds) << what;
    ASSERT_EQ(a.nodes.size(), b.nodes.size()) << what;
    for (const LayoutResult::Node& n : a.nodes) {
        ASSERT_NE(b.node(n.id), nullptr) << what << ": " << n.id.toStdString();
        EXPECT_EQ(n.rect, b.node(n.id)->rect) << what << ": " << n.id.toStdString();
    }
    ASSERT_EQ(a.edges.size(), b.edges.size()) << what;
    for (const LayoutResult::Edge& e : a.edges) {
        const LayoutResult::Edge* other = b.edge(e.id);
        ASSERT_NE(other, nullptr) << what << ": " << e.id.toStdString();
        EXPECT_EQ(e.curves, other->curves) << what << ": " << e.id.toStdString();
        EXPECT_EQ(e.arrowTip, other->arrowTip) << what << ": " << e.id.toStdString();
        EXPECT_EQ(e.labelRect, other->labelRect) << what << ": " << e.id.toStdString();
    }
    ASSERT_EQ(a.clusters.size(), b.clusters.size()) << what;
    for (const LayoutResult::Cluster& c : a.clusters) {
        ASSERT_NE(b.cluster(c.id), nullptr) << what << ": " << c.id.toStdString();
        EXPECT_EQ(c.rect, b.cluster(c.id)->rect) << what << ": " << c.id.toStdString();
        EXPECT_EQ(c.labelRect, b.cluster(c.id)->labelRect) << what << ": " << c.id.toStdString();
    }
}

} // namespace

TEST(GraphvizLayout, LaysOutEveryStateAndTransitionOfASmallRuleset)
{
    const auto rs = smallRuleset();
    const LayoutInput input = ui::layoutInputFor(
        *rs, core::Lang::En, ui::GraphFonts::fromBase(QApplication::font()), /*phaseClusters=*/true);
    ASSERT_EQ(input.nodes.size(), rs->states.size());
    ASSERT_EQ(input.edges.size(), rs->transitions.size());

    const LayoutResult result = GraphvizLayout::layout(input);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.nodes.size(), rs->states.size());
    EXPECT_EQ(result.edges.size(), rs->transitions.size());

    // Every state is placed with the size asked for, inside the bounds, and no two boxes overlap.
    QSet<QPair<int, int>> centres;
    for (const core::StateDef& s : rs->states) {
        const LayoutResult::Node* node = result.node(s.id);
        ASSERT_NE(node, nullptr) << s.id.toStdString();
        const auto asked = std::find_if(input.nodes.begin(), input.nodes.end(),
                                        [&](const LayoutInput::Node& n) { return n.id == s.id; });
        EXPECT_NEAR(node->rect.width(), asked->size.width(), 1.0) << s.id.toStdString();
        EXPECT_NEAR(node->rect.height(), asked->size.height(), 1.0) << s.id.toStdString();
        EXPECT_TRUE(result.bounds.adjusted(-1, -1, 1, 1).contains(node->rect)) << s.id.toStdString();
        centres.insert({qRound(node->rect.center().x()), qRound(node->rect.center().y())});
        for (const LayoutResult::Node& other : result.nodes)
            if (other.id != s.id) {
                EXPECT_FALSE(overlaps(node->rect, other.rect))
                    << s.id.toStdString() << " / " << other.id.toStdString();
            }
    }
    EXPECT_EQ(centres.size(), qsizetype(rs->states.size())) << "positions must be distinct";

    // Every transition has a spline (3n+1 points) that starts near its source box and whose
    // arrowhead ends near its target box; labelled transitions got room for their label.
    for (const core::TransitionDef& t : rs->transitions) {
        const LayoutResult::Edge* edge = result.edge(t.id);
        ASSERT_NE(edge, nullptr) << t.id.toStdString();
        EXPECT_EQ(edge->from, t.from);
        EXPECT_EQ(edge->to, t.to);
        ASSERT_FALSE(edge->curves.empty()) << t.id.toStdString();
        for (const QList<QPointF>& curve : edge->curves) {
            EXPECT_GE(curve.size(), 4);
            EXPECT_EQ((curve.size() - 1) % 3, 0);
        }
        const QRectF from = result.node(t.from)->rect.adjusted(-3, -3, 3, 3);
        const QRectF to = result.node(t.to)->rect.adjusted(-3, -3, 3, 3);
        EXPECT_TRUE(from.contains(edge->curves.front().first())) << t.id.toStdString();
        ASSERT_TRUE(edge->arrowTip.has_value()) << t.id.toStdString();
        EXPECT_TRUE(to.contains(*edge->arrowTip)) << t.id.toStdString();
        EXPECT_EQ(edge->labelRect.isEmpty(), t.label.en.isEmpty()) << t.id.toStdString();
    }
    // The two parallel reviews are drawn as two different curves.
    EXPECT_NE(result.edge(QStringLiteral("review_standard"))->curves.front(),
              result.edge(QStringLiteral("review_fast"))->curves.front());

    // One cluster per phase, each enclosing its states.
    ASSERT_EQ(result.clusters.size(), 3u);
    for (const core::StateDef& s : rs->states) {
        const LayoutResult::Cluster* cluster = result.cluster(s.phase);
        ASSERT_NE(cluster, nullptr) << s.phase.toStdString();
        EXPECT_TRUE(cluster->rect.contains(result.node(s.id)->rect)) << s.id.toStdString();
    }
}

TEST(GraphvizLayout, RanksFollowTheDirectionOfTheEdges)
{
    const auto rs = smallRuleset();
    const LayoutResult result = GraphvizLayout::layout(
        ui::layoutInputFor(*rs, core::Lang::En, ui::GraphFonts::fromBase(QApplication::font())));
    ASSERT_TRUE(result.ok);
    // The default rankdir=TB: every transition goes downwards; with LR, to the right.
    for (const core::TransitionDef& t : rs->transitions)
        EXPECT_LT(result.node(t.from)->rect.center().y(), result.node(t.to)->rect.center().y())
            << t.id.toStdString();
    LayoutInput lr = ui::layoutInputFor(*rs, core::Lang::En, ui::GraphFonts::fromBase(QApplication::font()));
    lr.rankDir = QStringLiteral("LR");
    const LayoutResult across = GraphvizLayout::layout(lr);
    ASSERT_TRUE(across.ok);
    for (const core::TransitionDef& t : rs->transitions)
        EXPECT_LT(across.node(t.from)->rect.center().x(), across.node(t.to)->rect.center().x())
            << t.id.toStdString();
}

TEST(GraphvizLayout, JapaneseLabelsGetTheirOwnSizes)
{
    const auto rs = smallRuleset();
    const auto fonts = ui::GraphFonts::fromBase(QApplication::font());
    const LayoutInput en = ui::layoutInputFor(*rs, core::Lang::En, fonts);
    const LayoutInput ja = ui::layoutInputFor(*rs, core::Lang::Ja, fonts);
    // "Working prototype with a long label that wraps" vs "試作品": the English box is taller.
    EXPECT_GT(en.nodes[1].size.height(), ja.nodes[1].size.height());
    EXPECT_TRUE(GraphvizLayout::layout(ja).ok);
}

TEST(GraphvizLayout, RefusesAnEdgeToAnUnknownNode)
{
    LayoutInput input;
    input.nodes = {{QStringLiteral("a"), {60, 30}, {}}};
    input.edges = {{QStringLiteral("e"), QStringLiteral("a"), QStringLiteral("nowhere"), {}}};
    const LayoutResult result = GraphvizLayout::layout(input);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QLatin1String("nowhere"))) << result.error.toStdString();
}

TEST(GraphvizLayout, QuotesIdsInTheDotText)
{
    LayoutInput input;
    input.nodes = {{QStringLiteral("a \"quoted\" id"), {60, 30}, {}}, {QStringLiteral("b"), {60, 30}, {}}};
    input.edges = {{QStringLiteral("e1"), input.nodes[0].id, QStringLiteral("b"), {}}};
    const LayoutResult result = GraphvizLayout::layout(input);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_NE(result.node(QStringLiteral("a \"quoted\" id")), nullptr);
    EXPECT_NE(result.edge(QStringLiteral("e1")), nullptr);
}

TEST(GraphvizLayout, LaysOutTheBuiltInRuleset)
{
    const auto loaded = core::RulesetLoader::loadBuiltin();
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    const core::Ruleset& rs = *loaded.value();
    for (const core::Lang lang : {core::Lang::En, core::Lang::Ja}) {
        const LayoutResult result = GraphvizLayout::layout(
            ui::layoutInputFor(rs, lang, ui::GraphFonts::fromBase(QApplication::font())));
        ASSERT_TRUE(result.ok) << result.error.toStdString();
        EXPECT_EQ(result.nodes.size(), rs.states.size());
        EXPECT_EQ(result.edges.size(), rs.transitions.size());
        for (const LayoutResult::Node& a : result.nodes)
            for (const LayoutResult::Node& b : result.nodes)
                if (a.id < b.id) {
                    EXPECT_FALSE(overlaps(a.rect, b.rect))
                        << a.id.toStdString() << " / " << b.id.toStdString();
                }
        // Labels (Graphviz gives them room in the ranks) cover neither a state nor another label.
        for (const LayoutResult::Edge& e : result.edges) {
            EXPECT_FALSE(e.curves.empty()) << e.id.toStdString();
            if (e.labelRect.isEmpty())
                continue;
            for (const LayoutResult::Node& n : result.nodes)
                EXPECT_FALSE(overlaps(e.labelRect, n.rect))
                    << e.id.toStdString() << " / " << n.id.toStdString();
            for (const LayoutResult::Edge& other : result.edges)
                if (e.id < other.id && !other.labelRect.isEmpty()) {
                    EXPECT_FALSE(overlaps(e.labelRect, other.labelRect))
                        << e.id.toStdString() << " / " << other.id.toStdString();
                }
        }
    }
}

// GraphvizLayout starts Graphviz with its dot layout plugin only (no plugin configuration, no pango):
// the geometry must be the one a full Graphviz context gives.
TEST(GraphvizLayout, TheDotPluginAloneGivesTheLayoutOfAFullGraphvizContext)
{
    ASSERT_TRUE(GraphvizLayout::setPrecomputed({}));
    int i = 0;
    for (const LayoutInput& input : sampleInputs()) {
        const LayoutResult ours = GraphvizLayout::layout(input);
        EXPECT_FALSE(ours.precomputed);
        expectSameLayout(ours, fullContextLayout(input), "input " + std::to_string(i++));
    }
}

TEST(GraphvizLayout, APrecomputedLayoutIsGraphvizsOwnAndOnlyForTheSameDotText)
{
    ASSERT_TRUE(GraphvizLayout::setPrecomputed({}));
    const std::vector<LayoutInput> inputs = sampleInputs();
    std::vector<LayoutResult> fresh;
    for (const LayoutInput& input : inputs)
        fresh.push_back(GraphvizLayout::layout(input));

    QString error;
    const QByteArray table = GraphvizLayout::precompute(inputs, &error);
    ASSERT_FALSE(table.isEmpty()) << error.toStdString();
    ASSERT_TRUE(GraphvizLayout::setPrecomputed(table));
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const LayoutResult stored = GraphvizLayout::layout(inputs[i]);
        EXPECT_TRUE(stored.precomputed) << i;
        expectSameLayout(stored, fresh[i], "input " + std::to_string(i));
    }
    // One point more on one box: another dot text, laid out by Graphviz.
    LayoutInput wider = inputs.front();
    wider.nodes.front().size.rwidth() += 1;
    const LayoutResult other = GraphvizLayout::layout(wider);
    EXPECT_TRUE(other.ok);
    EXPECT_FALSE(other.precomputed);

    EXPECT_FALSE(GraphvizLayout::setPrecomputed("not a table")) << "refused";
    EXPECT_TRUE(GraphvizLayout::layout(inputs.front()).precomputed) << "and the table stays";
    ASSERT_TRUE(GraphvizLayout::setPrecomputed({}));
    EXPECT_FALSE(GraphvizLayout::layout(inputs.front()).precomputed) << "an empty table clears it";

    LayoutInput broken = inputs.front();
    broken.edges.front().to = QStringLiteral("nowhere");
    EXPECT_TRUE(GraphvizLayout::precompute({broken}, &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("nowhere"))) << error.toStdString();
}

#ifdef SHIRUBE_GRAPH_LAYOUTS_FILE
// The table the build embeds into the application (app/gui/tools/graph_layouts.cpp), made with the
// same offscreen fonts as this test: it covers the built-in ruleset in both languages, with Graphviz's
// layout of today's code.
TEST(GraphvizLayout, TheBuildsTableHoldsTodaysLayoutOfTheBuiltInRuleset)
{
    QFile file(QStringLiteral(SHIRUBE_GRAPH_LAYOUTS_FILE));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const QByteArray table = file.readAll();
    const std::vector<LayoutInput> inputs = sampleInputs();
    for (std::size_t i = 0; i < 2; ++i) { // the built-in ruleset, en and ja
        ASSERT_TRUE(GraphvizLayout::setPrecomputed({}));
        const LayoutResult fresh = GraphvizLayout::layout(inputs[i]);
        ASSERT_TRUE(GraphvizLayout::setPrecomputed(table));
        const LayoutResult stored = GraphvizLayout::layout(inputs[i]);
        EXPECT_TRUE(stored.precomputed) << i;
        expectSameLayout(stored, fresh, "built-in " + std::to_string(i));
    }
    ASSERT_TRUE(GraphvizLayout::setPrecomputed({}));
}
#endif
