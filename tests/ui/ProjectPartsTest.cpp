// SPDX-License-Identifier: Apache-2.0
// The parts ProjectController wires (issue 14, item 6) on their own: what ReplanOffer says about a
// change, what ProjectDocumentActions says about a file it refuses, and the switch command of an add.
#include "core/storage/PlanDiff.h"
#include "core/storage/ProjectFile.h"
#include "ui/project/ProductActions.h"
#include "ui/project/ProjectDocumentActions.h"
#include "ui/project/ReplanOffer.h"
#include "ui/project/commands/SwitchProductCommand.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QUndoStack>

#include <gtest/gtest.h>
#include <memory>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

core::PlanChange change(core::PlanChange::Kind kind, QJsonValue before, QJsonValue after)
{
    core::PlanChange c;
    c.kind = kind;
    c.before = std::move(before);
    c.after = std::move(after);
    return c;
}

TEST(ReplanOfferTest, ChangesReadAsSentencesWithoutIds)
{
    using Kind = core::PlanChange::Kind;
    const QString procedure = ui::ReplanOffer::describeChange(
        change(Kind::Procedure, QStringLiteral("certification"), QStringLiteral("approval")));
    EXPECT_TRUE(procedure.contains(QStringLiteral("Third-party certification"))) << procedure.toStdString();
    EXPECT_TRUE(procedure.contains(QStringLiteral("Approval (承認)"))) << procedure.toStdString();
    EXPECT_FALSE(procedure.contains(QRegularExpression(QStringLiteral("\\bapproval\\b"))))
        << "the procedure's id shows: " << procedure.toStdString();

    const QString regulated = ui::ReplanOffer::describeChange(change(Kind::Regulated, true, QJsonValue()));
    EXPECT_FALSE(regulated.contains(QStringLiteral("true"))) << regulated.toStdString();
    EXPECT_FALSE(regulated.contains(QStringLiteral("null"))) << regulated.toStdString();

    core::PlanChange route = change(Kind::RouteMonths, 30.0, 36.0);
    route.subject = QStringLiteral("route_id_1");
    route.label = QStringLiteral("Certification route");
    const QString months = ui::ReplanOffer::describeChange(route);
    EXPECT_TRUE(months.contains(QStringLiteral("Certification route"))) << months.toStdString();
    EXPECT_FALSE(months.contains(QStringLiteral("route_id_1"))) << "the label, not the id";
}

TEST(ProjectDocumentActionsTest, EveryRefusalNamesTheFileAndSaysItWasNotChanged)
{
    using R = core::RefusalReason;
    for (R reason : {R::Empty, R::TooLarge, R::NotSqlite, R::Truncated, R::Corrupt, R::WrongApplicationId,
                     R::NewerVersion, R::Malicious, R::SchemaMismatch, R::None}) {
        const QString text = ui::ProjectDocumentActions::refusalMessage(
            QStringLiteral("/tmp/some/plan.shirube"), int(reason), QStringLiteral("sqlite says no"));
        EXPECT_TRUE(text.contains(QStringLiteral("“plan.shirube”"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("/tmp/some"))) << "the name, not the folder";
        EXPECT_TRUE(text.contains(QStringLiteral("The file was not changed."))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("sqlite says no"))) << "the detail is kept";
    }
    const QString missing =
        ui::ProjectDocumentActions::refusalMessage(QStringLiteral("gone.shirube"), int(R::NotFound), {});
    EXPECT_TRUE(missing.contains(QStringLiteral("does not exist"))) << missing.toStdString();
}

TEST(ProductActionsTest, ABlankProductHoldsOnlyItsName)
{
    const core::Product p = ui::ProductActions::blankProduct(QStringLiteral("Scope"));
    EXPECT_EQ(p.name, QStringLiteral("Scope"));
    EXPECT_EQ(p.profile.name(), QStringLiteral("Scope"));
    EXPECT_EQ(p.id, 0);
    EXPECT_FALSE(p.isPlanned());
}

TEST(SwitchProductCommandTest, ShowsTheProductBeforeAndAfterAndNothingOnceItsOwnerIsGone)
{
    QList<qint64> shown;
    auto owner = std::make_unique<QObject>();
    QUndoStack stack;
    stack.push(new ui::SwitchProductCommand(
        owner.get(), [&shown](qint64 id) { shown << id; }, 3, 7, QStringLiteral("Add product")));
    stack.undo();
    stack.redo();
    EXPECT_EQ(shown, (QList<qint64>{7, 3, 7}));
    owner.reset();
    stack.undo();
    EXPECT_EQ(shown.size(), 3) << "no call through a dead owner";
}

} // namespace
