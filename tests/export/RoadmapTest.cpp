// SPDX-License-Identifier: Apache-2.0
// The roadmap on the calendar (core/export/Roadmap): start month, step schedule, milestones, bookings.

#include "core/export/Roadmap.h"

#include <cmath>
#include <gtest/gtest.h>
#include <memory>

#include "tests/export/ExportSupport.h"

namespace shirube::test {
namespace {

using core::Lang;

TEST(Roadmap, MonthStartParsesYearMonthAndRefusesOthers)
{
    EXPECT_EQ(core::monthStart(QStringLiteral("2026-04")), QDate(2026, 4, 1));
    EXPECT_FALSE(core::monthStart(QStringLiteral("2026-13")).isValid());
    EXPECT_FALSE(core::monthStart(QStringLiteral("April")).isValid());
    EXPECT_FALSE(core::monthStart(QString()).isValid());
}

TEST(Roadmap, AddMonthsCountsWholeMonthsThenDays)
{
    EXPECT_EQ(core::addMonths(QDate(2026, 4, 1), 0), QDate(2026, 4, 1));
    EXPECT_EQ(core::addMonths(QDate(2026, 4, 1), 12), QDate(2027, 4, 1));
    EXPECT_EQ(core::addMonths(QDate(2026, 4, 1), 1.5), QDate(2026, 5, 16)); // half of 30.44 days
}

TEST(Roadmap, TriangularQuantileMatchesTheInverseDistribution)
{
    const core::ThreePoint t{3, 6, 12};
    EXPECT_DOUBLE_EQ(core::triangularQuantile(t, 0.0), 3.0);
    EXPECT_NEAR(core::triangularQuantile(t, 1.0), 12.0, 1e-12);
    // Above the mode's cut (1/3): 12 - sqrt(0.5 * 9 * 6).
    EXPECT_NEAR(core::triangularQuantile(t, 0.5), 12.0 - std::sqrt(27.0), 1e-9);
    EXPECT_NEAR(core::triangularQuantile(t, 0.8), 12.0 - std::sqrt(0.2 * 9 * 6), 1e-9);
    // Below the cut: 3 + sqrt(0.2 * 9 * 3).
    EXPECT_NEAR(core::triangularQuantile(t, 0.2), 3.0 + std::sqrt(0.2 * 9 * 3), 1e-9);
    EXPECT_DOUBLE_EQ(core::triangularQuantile(core::ThreePoint::fixed(2.5), 0.8), 2.5);
}

TEST(Roadmap, HeadlineRouteIsScheduledFromTheStartMonth)
{
    const core::Roadmap r =
        core::makeRoadmap({}, examplePlan(QStringLiteral("smart-eye-camera.json"), Lang::En));
    ASSERT_NE(r.route(), nullptr);
    EXPECT_TRUE(r.route()->headline);
    EXPECT_EQ(r.start, QDate(2026, 4, 1));
    EXPECT_EQ(r.productName, r.plan.profileName);
    ASSERT_EQ(r.steps.size(), r.route()->steps.size());
    ASSERT_FALSE(r.steps.empty());
    EXPECT_DOUBLE_EQ(r.steps.front().startMonths, 0.0);
    double end = 0;
    for (std::size_t i = 0; i < r.steps.size(); ++i) {
        const core::ScheduledStep& s = r.steps[i];
        EXPECT_EQ(s.index, int(i) + 1);
        EXPECT_EQ(s.step, &r.route()->steps[i]);
        EXPECT_LE(s.startMonths, s.p50EndMonths);
        EXPECT_LE(s.p50EndMonths, s.p80EndMonths);
        EXPECT_EQ(s.start, core::addMonths(r.start, s.startMonths));
        EXPECT_EQ(s.p80End, core::addMonths(r.start, s.p80EndMonths));
        // A parallel step starts with the first step of its transition.
        if (s.step->parallel) {
            for (std::size_t j = 0; j < i; ++j) {
                if (r.steps[j].step->transition == s.step->transition) {
                    EXPECT_DOUBLE_EQ(s.startMonths, r.steps[j].startMonths) << s.step->activity.toStdString();
                    break;
                }
            }
        }
        end = std::max(end, s.p50EndMonths);
    }
    // The schedule is stretched to end on the route's Monte Carlo P50.
    EXPECT_NEAR(end, r.route()->months.p50, 1e-9);
    ASSERT_EQ(r.milestones.size(), r.route()->milestones.size());
    for (std::size_t i = 0; i < r.milestones.size(); ++i) {
        EXPECT_EQ(r.milestones[i].p50, core::addMonths(r.start, r.milestones[i].p50Months));
        EXPECT_EQ(r.milestones[i].p80, core::addMonths(r.start, r.milestones[i].p80Months));
        if (i > 0) {
            EXPECT_LE(r.milestones[i - 1].p50Months, r.milestones[i].p50Months);
        }
    }
    // The pre-development consultation is booked two months ahead.
    ASSERT_FALSE(r.bookings.empty());
    for (const core::Booking& b : r.bookings) {
        EXPECT_TRUE(b.step->consultation);
        EXPECT_EQ(b.bookBy, core::addMonths(r.start, std::max(0.0, b.step->startMonths - 2.0)));
    }
}

TEST(Roadmap, ChosenRouteAndTargetDate)
{
    const core::Plan plan = examplePlan(QStringLiteral("cognivoice.json"), Lang::Ja);
    ASSERT_GE(plan.routes.size(), 2u);
    const QString second = plan.routes[1].id;
    const core::Roadmap chosen =
        core::makeRoadmap(QStringLiteral("製品A"), plan, second, QStringLiteral("2028-03"));
    ASSERT_NE(chosen.route(), nullptr);
    EXPECT_EQ(chosen.route()->id, second);
    EXPECT_EQ(chosen.productName, QStringLiteral("製品A"));
    ASSERT_TRUE(chosen.target.has_value());
    EXPECT_EQ(*chosen.target, QDate(2028, 3, 1));
    ASSERT_FALSE(chosen.milestones.empty());
    EXPECT_TRUE(chosen.milestones.back().target);
    EXPECT_EQ(chosen.milestones.back().p50, QDate(2028, 3, 1));
    EXPECT_EQ(chosen.milestones.back().label, QStringLiteral("目標時期"));

    const core::Roadmap fallback = core::makeRoadmap({}, plan, QStringLiteral("no-such-route"));
    ASSERT_NE(fallback.route(), nullptr);
    EXPECT_TRUE(fallback.route()->headline);
    EXPECT_FALSE(fallback.target.has_value());
}

TEST(Roadmap, CopiesPointIntoTheirOwnPlan)
{
    auto original = std::make_unique<core::Roadmap>(
        core::makeRoadmap({}, examplePlan(QStringLiteral("smart-eye-camera.json"), Lang::En, 2026, 4, 500)));
    core::Roadmap copy = *original;
    core::Roadmap assigned;
    assigned = copy;
    original.reset();
    for (const core::Roadmap* r : {&copy, &assigned}) {
        ASSERT_NE(r->route(), nullptr);
        ASSERT_FALSE(r->steps.empty());
        for (std::size_t i = 0; i < r->steps.size(); ++i)
            EXPECT_EQ(r->steps[i].step, &r->route()->steps[i]);
        ASSERT_FALSE(r->bookings.empty());
        for (const core::Booking& b : r->bookings) {
            EXPECT_GE(b.step, r->steps.data());
            EXPECT_LT(b.step, r->steps.data() + r->steps.size());
            EXPECT_TRUE(b.step->consultation);
        }
    }
    const core::Roadmap moved = std::move(copy);
    EXPECT_EQ(moved.steps.front().step, &moved.route()->steps.front());
}

TEST(Roadmap, NextActionsAreTheFirstStepsLeftAndSayWhenToBook)
{
    const core::Roadmap r =
        core::makeRoadmap({}, examplePlan(QStringLiteral("smart-eye-camera.json"), Lang::En));
    const QStringList actions = core::nextActions(r, QDate(2026, 4, 1));
    ASSERT_EQ(actions.size(), 3);
    const core::RouteStep& first = *r.steps.front().step;
    EXPECT_TRUE(actions[0].startsWith(first.activityName + QStringLiteral(": start 2026-04-01, about ")))
        << actions[0].toStdString();
    EXPECT_TRUE(actions[0].contains(core::words::yen(first.costJpy.likely)));
    ASSERT_FALSE(r.bookings.empty());
    const core::Booking& b = r.bookings.front();
    const QString booking = QStringLiteral("Book the ") + b.step->step->activityName +
                            QStringLiteral(" with PMDA by ") + core::words::date(b.bookBy, Lang::En);
    EXPECT_TRUE(actions.filter(booking).size() == 1) << actions.join(QLatin1Char('\n')).toStdString();
    // Later, the steps that have ended drop out; after the route, nothing is left.
    const QStringList later = core::nextActions(r, r.steps.front().p50End.addDays(1), 5);
    ASSERT_FALSE(later.isEmpty());
    EXPECT_FALSE(later.front().startsWith(first.activityName));
    EXPECT_TRUE(core::nextActions(r, QDate(2045, 1, 1)).isEmpty());
}

TEST(Roadmap, NoRouteMeansNoSchedule)
{
    core::Plan plan = examplePlan(QStringLiteral("smart-eye-camera.json"), Lang::En);
    plan.routes.clear();
    const core::Roadmap r = core::makeRoadmap(QStringLiteral("x"), plan);
    EXPECT_EQ(r.route(), nullptr);
    EXPECT_TRUE(r.steps.empty());
    EXPECT_TRUE(r.milestones.empty());
    EXPECT_TRUE(r.bookings.empty());
}

TEST(Roadmap, WordsInBothLanguages)
{
    EXPECT_EQ(core::words::yen(1234567), QStringLiteral("¥1,234,567"));
    EXPECT_EQ(core::words::date(QDate(2026, 4, 5), Lang::Ja), QStringLiteral("2026年4月5日"));
    EXPECT_EQ(core::words::date(QDate(2026, 4, 5), Lang::En), QStringLiteral("2026-04-05"));
    EXPECT_EQ(core::words::monthText(QDate(2026, 4, 1), Lang::En), QStringLiteral("Apr 2026"));
    EXPECT_EQ(core::words::percent(0.424), QStringLiteral("42 %"));
    EXPECT_EQ(core::words::procedure(QStringLiteral("approval"), Lang::Ja),
              QStringLiteral("製造販売承認（PMDA審査）"));
}

// A product's start month (plan.start) is the planner's as-of month when none is given, so the roadmap
// counts from it; a given as-of month (--as-of, the app's control) overrides it.
TEST(RoadmapStart, PlanStartIsTheDefaultAsOfMonth)
{
    core::Result<core::Profile> parsed = core::Profile::parse(
        R"({"schema": "shirube.profile/1", "name": "Later", "kind": "samd", "plan": {"start": "2027-01"}})");
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed.value().text(QStringLiteral("plan.start")).value_or(QString()),
              QStringLiteral("2027-01"));
    EXPECT_TRUE(parsed.value().toJsonBytes(true).contains(R"("plan":{"start":"2027-01"})"));

    core::Profile profile = exampleProfile(QStringLiteral("smart-eye-camera.json"));
    profile.setValue(QStringLiteral("plan.start"), QStringLiteral("2027-01"));
    const core::Result<core::RulesetPtr> ruleset = core::RulesetLoader::loadBuiltin();
    ASSERT_TRUE(ruleset.ok());
    const core::Planner planner(ruleset.value());
    core::PlanOptions options;
    options.samples = 200;
    const core::Roadmap r = core::makeRoadmap({}, planner.plan(profile, options));
    EXPECT_EQ(r.plan.asOf, QStringLiteral("2027-01"));
    EXPECT_EQ(r.start, QDate(2027, 1, 1));
    ASSERT_FALSE(r.steps.empty());
    EXPECT_EQ(r.steps.front().start, QDate(2027, 1, 1));

    options.asOfYear = 2026;
    options.asOfMonth = 4;
    EXPECT_EQ(planner.plan(profile, options).asOf, QStringLiteral("2026-04"));
}

TEST(RoadmapStart, BadPlanStartNamesTheField)
{
    core::Result<core::Profile> parsed =
        core::Profile::parse(R"({"schema": "shirube.profile/1", "name": "X", "plan": {"start": "2027-13"}})");
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().toString().contains(QStringLiteral("plan.start")))
        << parsed.error().toString().toStdString();
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("YYYY-MM")))
        << parsed.error().message.toStdString();
}

} // namespace
} // namespace shirube::test
