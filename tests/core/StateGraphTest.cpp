// SPDX-License-Identifier: Apache-2.0
#include "core/graph/StateGraph.h"

#include <algorithm>
#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

using namespace shirube::core;

namespace {

// A ruleset built in code: only states, stages, targets and transitions matter to the graph.
//
//   a ──ab──▶ b ──bd──▶ d ──de──▶ e (target)
//   a ──ac──▶ c ──cd──▶ d
//   b ──by──▶ y (dead end)          x (unreachable, and a dead end)
std::shared_ptr<Ruleset> diamond()
{
    auto rs = std::make_shared<Ruleset>();
    rs->facts = std::make_unique<FactTable>();
    auto state = [&](const char* id, const char* phase) {
        StateDef s;
        s.id = QString::fromLatin1(id);
        s.label = {QStringLiteral("状態") + s.id, QStringLiteral("State ") + s.id};
        s.phase = QString::fromLatin1(phase);
        rs->states.push_back(s);
    };
    state("a", "development");
    state("b", "development");
    state("c", "regulatory");
    state("d", "regulatory");
    state("e", "market");
    state("x", "market");
    state("y", "market");
    auto transition = [&](const char* id, const char* from, const char* to) {
        TransitionDef t;
        t.id = QString::fromLatin1(id);
        t.from = QString::fromLatin1(from);
        t.to = QString::fromLatin1(to);
        t.label = {QStringLiteral("遷移") + t.id, QStringLiteral("Go ") + t.id};
        rs->transitions.push_back(t);
    };
    transition("ab", "a", "b");
    transition("ac", "a", "c");
    transition("bd", "b", "d");
    transition("cd", "c", "d");
    transition("de", "d", "e");
    transition("by", "b", "y");
    rs->stageStates.insert(QStringLiteral("idea"), QStringLiteral("a"));
    TargetDef target;
    target.state = QStringLiteral("e");
    rs->targets.push_back(target);
    return rs;
}

QStringList ids(const Ruleset& rs, const std::vector<int>& path)
{
    QStringList out;
    for (int j : path)
        out << rs.transitions[std::size_t(j)].id;
    return out;
}

std::vector<QStringList> allIds(const Ruleset& rs, const std::vector<std::vector<int>>& paths)
{
    std::vector<QStringList> out;
    for (const auto& p : paths)
        out.push_back(ids(rs, p));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST(StateGraph, IndexesStatesAndTransitionsInRulesetOrder)
{
    const auto rs = diamond();
    const StateGraph g(*rs);
    EXPECT_EQ(g.stateIndex(QStringLiteral("a")), 0);
    EXPECT_EQ(g.stateIndex(QStringLiteral("y")), 6);
    EXPECT_EQ(g.stateIndex(QStringLiteral("nope")), -1);
    EXPECT_EQ(g.transitionIndex(QStringLiteral("cd")), 3);
    EXPECT_EQ(g.transitionIndex(QStringLiteral("nope")), -1);
    EXPECT_EQ(g.outTransitions(g.stateIndex(QStringLiteral("b"))), (std::vector<int>{2, 5}));
    EXPECT_TRUE(g.outTransitions(g.stateIndex(QStringLiteral("e"))).empty());
    EXPECT_TRUE(g.outTransitions(99).empty());
    EXPECT_EQ(g.transitionSource(4), g.stateIndex(QStringLiteral("d")));
    EXPECT_EQ(g.transitionTarget(4), g.stateIndex(QStringLiteral("e")));
}

TEST(StateGraph, FindsUnreachableStatesAndDeadEnds)
{
    const auto rs = diamond();
    const StateGraph g(*rs);
    EXPECT_EQ(g.unreachableStates(), QStringList{QStringLiteral("x")});
    EXPECT_EQ(g.deadEnds(), (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    EXPECT_TRUE(g.cycleTransitions().isEmpty());
}

TEST(StateGraph, SkipsTransitionsToUnknownStates)
{
    auto rs = diamond();
    TransitionDef broken;
    broken.id = QStringLiteral("broken");
    broken.from = QStringLiteral("a");
    broken.to = QStringLiteral("nowhere");
    rs->transitions.push_back(broken);
    const StateGraph g(*rs);
    EXPECT_EQ(g.transitionIndex(QStringLiteral("broken")), 6);
    EXPECT_EQ(g.transitionTarget(6), -1);
    EXPECT_EQ(g.outTransitions(0).size(), 2u);
}

TEST(StateGraph, ReportsTheTransitionsThatCloseACycle)
{
    auto rs = diamond();
    TransitionDef back;
    back.id = QStringLiteral("da");
    back.from = QStringLiteral("d");
    back.to = QStringLiteral("a");
    rs->transitions.push_back(back);
    const StateGraph g(*rs);
    EXPECT_EQ(g.cycleTransitions(), QStringList{QStringLiteral("da")});
    // Paths stay simple even with the cycle.
    const auto paths = g.paths(0, {g.stateIndex(QStringLiteral("e"))}, [](int) { return true; });
    EXPECT_EQ(paths.size(), 2u);
}

TEST(StateGraph, EnumeratesSimplePathsToTheEnds)
{
    const auto rs = diamond();
    const StateGraph g(*rs);
    const int a = g.stateIndex(QStringLiteral("a"));
    const int d = g.stateIndex(QStringLiteral("d"));
    const int e = g.stateIndex(QStringLiteral("e"));
    const auto all = [](int) {
        return true;
    };

    EXPECT_EQ(allIds(*rs, g.paths(a, {e}, all)),
              (std::vector<QStringList>{{QStringLiteral("ab"), QStringLiteral("bd"), QStringLiteral("de")},
                                        {QStringLiteral("ac"), QStringLiteral("cd"), QStringLiteral("de")}}));

    // A path is reported at every end it reaches, and the search goes on past it.
    EXPECT_EQ(g.paths(a, {d, e}, all).size(), 4u);

    // Only allowed transitions are taken.
    const int ab = g.transitionIndex(QStringLiteral("ab"));
    EXPECT_EQ(allIds(*rs, g.paths(a, {e}, [ab](int j) { return j != ab; })),
              (std::vector<QStringList>{{QStringLiteral("ac"), QStringLiteral("cd"), QStringLiteral("de")}}));
    const int de = g.transitionIndex(QStringLiteral("de"));
    EXPECT_TRUE(g.paths(a, {e}, [de](int j) { return j != de; }).empty());

    // The limit stops the enumeration.
    EXPECT_EQ(g.paths(a, {d, e}, all, 1).size(), 1u);

    // A start that is an end gives the empty path first.
    const auto fromE = g.paths(e, {e}, all);
    ASSERT_EQ(fromE.size(), 1u);
    EXPECT_TRUE(fromE.front().empty());

    // Bad input gives nothing.
    EXPECT_TRUE(g.paths(-1, {e}, all).empty());
    EXPECT_TRUE(g.paths(a, {}, all).empty());
    EXPECT_TRUE(g.paths(g.stateIndex(QStringLiteral("y")), {e}, all).empty());
}

TEST(StateGraph, WritesDotWithLabelsStylesAndPhaseClusters)
{
    const auto rs = diamond();
    const StateGraph g(*rs);
    StateGraph::DotStyle style;
    style.highlightedTransitions = {QStringLiteral("ab")};
    style.dimmedTransitions = {QStringLiteral("ac")};
    style.dimmedStates = {QStringLiteral("c")};
    style.lang = Lang::Ja;
    const QString dot = g.toDot(style);

    EXPECT_TRUE(dot.startsWith(QStringLiteral("digraph G {"))) << dot.toStdString();
    EXPECT_EQ(dot.count(QLatin1Char('{')), dot.count(QLatin1Char('}')));
    EXPECT_TRUE(dot.contains(QStringLiteral("rankdir=LR")));
    EXPECT_TRUE(dot.contains(QStringLiteral("label=\"状態a\""))) << dot.toStdString();
    EXPECT_TRUE(dot.contains(QStringLiteral("label=\"遷移ab\"")));
    EXPECT_TRUE(dot.contains(QStringLiteral("subgraph cluster_development")));
    EXPECT_TRUE(dot.contains(QStringLiteral("subgraph cluster_regulatory")));
    EXPECT_EQ(dot.count(QStringLiteral("a->b")), 1);
    EXPECT_EQ(dot.count(QStringLiteral("->")), 6);

    // The highlighted edge is bold, the dimmed one grey and dashed; the lines name their ids.
    const QStringList lines = dot.split(QLatin1Char('\n'));
    auto lineWith = [&lines](const QString& needle) {
        for (const QString& l : lines) {
            if (l.contains(needle))
                return l;
        }
        return QString();
    };
    const QString ab = lineWith(QStringLiteral("a->b"));
    EXPECT_TRUE(ab.contains(QStringLiteral("style=bold"))) << ab.toStdString();
    EXPECT_TRUE(ab.contains(QStringLiteral("id=\"transition-ab\""))) << ab.toStdString();
    const QString ac = lineWith(QStringLiteral("a->c"));
    EXPECT_TRUE(ac.contains(QStringLiteral("style=dashed"))) << ac.toStdString();
    EXPECT_TRUE(ac.contains(QStringLiteral("color=gray75")));
    const QString c = lineWith(QStringLiteral("c ["));
    EXPECT_TRUE(c.contains(QStringLiteral("dashed"))) << c.toStdString();

    // English by default; the target is drawn as a double octagon.
    const QString en = g.toDot();
    EXPECT_TRUE(en.contains(QStringLiteral("label=\"State a\"")));
    EXPECT_FALSE(en.contains(QStringLiteral("style=bold")));
    EXPECT_TRUE(en.contains(QStringLiteral("doubleoctagon")));
}
