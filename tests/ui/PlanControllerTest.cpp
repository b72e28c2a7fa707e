// SPDX-License-Identifier: Apache-2.0
// PlanController's background mode, used while the window opens: plans run on a thread of idle priority,
// and a request still waiting there when background mode ends is planned again at normal priority, the
// first result answering it once.
#include "ui/PlanController.h"

#include "core/planning/Plan.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;
using ui::PlanController;

namespace {

std::shared_ptr<const core::Planner> makePlanner()
{
    return std::make_shared<const core::Planner>(test::builtinRuleset());
}

QByteArray planJson(const core::Plan& plan)
{
    return core::planToJsonBytes(plan, false);
}

} // namespace

TEST(PlanControllerTest, BackgroundPlansRunAtIdlePriorityAndAreDeliveredLikeOthers)
{
    PlanController controller(makePlanner());
    QSignalSpy ready(&controller, &PlanController::planReady);
    const core::Profile profile = test::simpleHardwareProfile();

    controller.setBackground(true);
    controller.request(profile);
    ASSERT_TRUE(controller.waitForIdle(30000));
    ASSERT_EQ(ready.count(), 1);
    EXPECT_EQ(controller.deliveredPriority(), QThread::IdlePriority);
    EXPECT_EQ(planJson(controller.lastPlan()), planJson(controller.planNow(profile)));

    controller.setBackground(false);
    core::Profile other = profile;
    other.clear(QStringLiteral("clinical_data"));
    controller.request(other);
    ASSERT_TRUE(controller.waitForIdle(30000));
    ASSERT_EQ(ready.count(), 2);
    EXPECT_NE(controller.deliveredPriority(), QThread::IdlePriority);
    EXPECT_EQ(planJson(controller.lastPlan()), planJson(controller.planNow(other)));
}

// A background plan that cannot get a thread (here: its pool is held by the test, as a busy machine
// would starve an idle-priority thread) is planned again at normal priority once background mode ends;
// when the held run finishes later, it is not delivered a second time.
TEST(PlanControllerTest, AStarvedBackgroundPlanIsPlannedAgainAtNormalPriority)
{
    QThreadPool held;
    held.setMaxThreadCount(1);
    QSemaphore release;
    held.start([&release] { release.acquire(); });

    PlanController controller(makePlanner());
    controller.setBackgroundPool(&held);
    QSignalSpy ready(&controller, &PlanController::planReady);
    const core::Profile profile = test::simpleHardwareProfile();

    controller.setBackground(true);
    controller.request(profile);
    QTest::qWait(PlanController::kBackgroundRescueMs + 50);
    EXPECT_EQ(ready.count(), 0); // still background: no rescue yet

    controller.setBackground(false);
    ASSERT_TRUE(controller.waitForIdle(30000));
    ASSERT_EQ(ready.count(), 1);
    EXPECT_NE(controller.deliveredPriority(), QThread::IdlePriority);
    EXPECT_EQ(planJson(controller.lastPlan()), planJson(controller.planNow(profile)));

    release.release();
    ASSERT_TRUE(QTest::qWaitFor([&controller] { return !controller.isBusy(); }, 30000));
    EXPECT_EQ(ready.count(), 1);
    EXPECT_EQ(controller.delivered(), controller.requested());
    held.waitForDone();
}

// Typing the product's name plans nothing: the plan last delivered comes back under the new name, the
// same as planning it would give. Any other change, or another language, is planned.
TEST(PlanControllerTest, RenamingTheProductReusesThePlanUnderTheNewName)
{
    PlanController controller(makePlanner());
    QSignalSpy ready(&controller, &PlanController::planReady);
    const core::Profile profile = test::simpleHardwareProfile();
    controller.request(profile);
    ASSERT_TRUE(controller.waitForIdle(30000));

    core::Profile renamed = profile;
    renamed.setName(QStringLiteral("Thermometer, second try"));
    controller.request(renamed);
    EXPECT_FALSE(controller.isBusy()) << "nothing to plan";
    ASSERT_TRUE(controller.waitForIdle(30000));
    ASSERT_EQ(ready.count(), 2);
    EXPECT_EQ(controller.lastPlan().profileName, renamed.name());
    EXPECT_EQ(planJson(controller.lastPlan()), planJson(controller.planNow(renamed)));

    core::Profile answered = renamed;
    answered.clear(QStringLiteral("clinical_data"));
    ASSERT_FALSE(answered == renamed) << "the sample answers the question this test clears";
    controller.request(answered);
    EXPECT_TRUE(controller.isBusy()) << "an answer changed: planned";
    ASSERT_TRUE(controller.waitForIdle(30000));
    EXPECT_EQ(planJson(controller.lastPlan()), planJson(controller.planNow(answered)));

    controller.setLanguage(core::Lang::Ja);
    core::Profile renamedAgain = answered;
    renamedAgain.setName(QStringLiteral("体温計"));
    controller.request(renamedAgain);
    EXPECT_TRUE(controller.isBusy()) << "another language: planned";
    ASSERT_TRUE(controller.waitForIdle(30000));
    EXPECT_EQ(planJson(controller.lastPlan()), planJson(controller.planNow(renamedAgain)));
}
