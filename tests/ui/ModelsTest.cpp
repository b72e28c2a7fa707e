// SPDX-License-Identifier: Apache-2.0
// The ui/models adapters pass QAbstractItemModelTester through resets, edits, undo and language
// changes, and show what the plan holds.
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/models/DesignationModel.h"
#include "ui/models/FundingModel.h"
#include "ui/models/ProfileModel.h"
#include "ui/models/RationaleModel.h"
#include "ui/models/RouteTableModel.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;
using ui::ProfileModel;

namespace {

// Fails the current test for every warning QAbstractItemModelTester (or anything else) prints.
class WarningsAreFailures
{
public:
    WarningsAreFailures() { s_previous = qInstallMessageHandler(&WarningsAreFailures::handler); }
    ~WarningsAreFailures() { qInstallMessageHandler(s_previous); }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
            ADD_FAILURE() << "Qt warning: " << message.toStdString();
        else if (s_previous)
            s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
};

std::vector<core::Profile> sampleProfiles()
{
    std::vector<core::Profile> out;
    out.push_back(test::simpleHardwareProfile());
    core::Profile implant = test::simpleHardwareProfile();
    implant.setValue(QStringLiteral("hardware.invasiveness"), QStringLiteral("implantable"));
    implant.setValue(QStringLiteral("hardware.anatomy"), QStringLiteral("heart"));
    implant.setValue(QStringLiteral("novelty"), QStringLiteral("new"));
    out.push_back(implant);
    core::Profile samd;
    samd.setName(QStringLiteral("Image AI"));
    samd.setValue(QStringLiteral("kind"), QStringLiteral("samd"));
    samd.setValue(QStringLiteral("software.significance"), QStringLiteral("diagnose"));
    samd.setValue(QStringLiteral("software.situation"), QStringLiteral("serious"));
    samd.setValue(QStringLiteral("software.uses_ai"), true);
    samd.setValue(QStringLiteral("goals.target_date"), QStringLiteral("2029-04"));
    out.push_back(samd);
    out.push_back(core::Profile()); // nothing known
    return out;
}

TEST(ProfileModelTest, PassesTheModelTesterThroughEditsUndoAndLanguage)
{
    WarningsAreFailures guard;
    QUndoStack stack;
    ProfileModel model(&stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setRuleset(test::builtinRuleset());
    model.setProfile(test::simpleHardwareProfile());
    ASSERT_EQ(model.rowCount(), int(core::profileFields().size()));
    ASSERT_EQ(model.columnCount(), int(ProfileModel::ColumnCount));

    const QModelIndex duration = model.answerIndex(QStringLiteral("hardware.duration"));
    EXPECT_TRUE(model.setData(duration, QStringLiteral("long_term")));
    EXPECT_EQ(model.answer(QStringLiteral("hardware.duration")).toString(), QStringLiteral("long_term"));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_TRUE(
        model.setData(model.answerIndex(QStringLiteral("populations.patients_in_japan_estimate")), 1200));
    EXPECT_EQ(model.answer(QStringLiteral("populations.patients_in_japan_estimate")).toDouble(), 1200.0);
    EXPECT_TRUE(model.setData(model.answerIndex(QStringLiteral("markets")), QStringLiteral("jp vn")));
    EXPECT_EQ(model.data(model.answerIndex(QStringLiteral("markets")), Qt::EditRole).toString(),
              QStringLiteral("JP, VN"));
    EXPECT_TRUE(model.setData(model.answerIndex(QStringLiteral("software.uses_ai")), true));
    EXPECT_EQ(model.data(model.answerIndex(QStringLiteral("software.uses_ai"))).toString(),
              model.valueLabel(QStringLiteral("software.uses_ai"), true));

    // Values the format does not allow are refused and push nothing.
    const int count = stack.count();
    EXPECT_FALSE(model.setData(duration, QStringLiteral("forever")));
    EXPECT_FALSE(model.setData(model.answerIndex(QStringLiteral("known_class")), 7));
    EXPECT_FALSE(
        model.setData(model.answerIndex(QStringLiteral("goals.target_date")), QStringLiteral("2027-13")));
    EXPECT_FALSE(model.setData(model.answerIndex(QStringLiteral("name")), QString()));
    EXPECT_FALSE(model.setData(model.index(0, ProfileModel::QuestionColumn), QStringLiteral("x")));
    EXPECT_EQ(stack.count(), count);

    // Unknown is always a valid answer (except for the required name).
    EXPECT_TRUE(model.setData(duration, QVariant()));
    EXPECT_TRUE(model.data(duration, ProfileModel::UnknownRole).toBool());
    EXPECT_EQ(model.data(duration).toString(), ui::Labels::unknown());

    while (stack.canUndo())
        stack.undo();
    EXPECT_EQ(model.profile(), test::simpleHardwareProfile());
    while (stack.canRedo())
        stack.redo();
    EXPECT_TRUE(model.answer(QStringLiteral("hardware.duration")).isNull());

    model.setLanguage(core::Lang::Ja);
    const core::QuestionDef* q = test::builtinRuleset()->question(QStringLiteral("hardware.duration"));
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(
        model
            .data(model.index(model.rowOf(QStringLiteral("hardware.duration")), ProfileModel::QuestionColumn))
            .toString(),
        q->label.ja);
    model.setLanguage(core::Lang::En);
    model.setProfile(core::Profile());
}

TEST(ProfileModelTest, EveryQuestionHasALabelAndHelpInBothLanguages)
{
    QUndoStack stack;
    ProfileModel model(&stack);
    model.setRuleset(test::builtinRuleset());
    for (core::Lang lang : {core::Lang::En, core::Lang::Ja}) {
        model.setLanguage(lang);
        for (const core::FieldSpec& f : core::profileFields()) {
            EXPECT_FALSE(model.questionLabel(f.path).isEmpty()) << f.path.toStdString();
            EXPECT_NE(model.help(f.path), ui::Labels::fallbackHelp())
                << "no help for " << f.path.toStdString();
            for (const QString& v : model.allowedValues(f.path)) {
                if (f.type == core::FieldType::Enum) {
                    EXPECT_NE(model.valueLabel(f.path, v), ui::Labels::fallbackValueLabel(v))
                        << "no label for " << f.path.toStdString() << " = " << v.toStdString();
                }
            }
        }
    }
}

TEST(ResultModelsTest, PassTheModelTesterAndShowThePlan)
{
    WarningsAreFailures guard;
    ui::Language::instance().apply(core::Lang::En);
    ui::RouteTableModel routes;
    ui::DesignationModel designations;
    ui::FundingModel funding;
    ui::RationaleModel rationale;
    QAbstractItemModelTester t1(&routes, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester t2(&designations, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester t3(&funding, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester t4(&rationale, QAbstractItemModelTester::FailureReportingMode::Warning);
    routes.setRuleset(test::builtinRuleset());
    designations.setRuleset(test::builtinRuleset());
    funding.setRuleset(test::builtinRuleset());
    rationale.setRuleset(test::builtinRuleset());

    bool sawRoutes = false, sawFunding = false, sawDesignations = false;
    for (const core::Profile& p : sampleProfiles()) {
        const core::Plan plan = test::corePlan(p);
        routes.setPlan(plan);
        designations.setDesignations(plan.designations);
        funding.setFunding(plan.funding);
        rationale.setRationale(plan.classification.rationale);
        ASSERT_EQ(routes.rowCount(), int(plan.routes.size()));
        ASSERT_EQ(designations.rowCount(), int(plan.designations.size()));
        ASSERT_EQ(funding.rowCount(), int(plan.funding.size()));
        ASSERT_EQ(rationale.rowCount(), int(plan.classification.rationale.size()));
        for (int r = 0; r < routes.rowCount(); ++r) {
            const core::Route& route = plan.routes[std::size_t(r)];
            EXPECT_EQ(routes.index(r, 0).data(ui::RouteTableModel::RouteIdRole).toString(), route.id);
            EXPECT_EQ(routes.index(r, ui::RouteTableModel::P80Column).data().toString(),
                      ui::Labels::months(route.months.p80));
            EXPECT_EQ(routes.index(r, ui::RouteTableModel::CostColumn).data().toString(),
                      ui::Labels::yen(route.costJpy.p80));
            // Every number carries confidence marks and its sources in the tooltip.
            EXPECT_FALSE(routes.index(r, ui::RouteTableModel::ConfidenceColumn).data().toString().isEmpty());
            for (const core::RouteStep& s : route.steps)
                EXPECT_TRUE(routes.index(r, ui::RouteTableModel::P80Column)
                                .data(Qt::ToolTipRole)
                                .toString()
                                .contains(s.activityName));
            sawRoutes = true;
        }
        for (int r = 0; r < designations.rowCount(); ++r) {
            EXPECT_EQ(designations.index(r, 0).data().toString(), plan.designations[std::size_t(r)].name);
            EXPECT_TRUE(designations.index(r, ui::DesignationModel::EligibilityColumn)
                            .data()
                            .toString()
                            .contains(ui::Labels::eligibility(plan.designations[std::size_t(r)].eligible)));
            sawDesignations = true;
        }
        for (int r = 0; r < funding.rowCount(); ++r) {
            const core::FundingMatch& f = plan.funding[std::size_t(r)];
            EXPECT_EQ(funding.index(r, ui::FundingModel::FitColumn).data().toString(),
                      ui::Labels::fit(f.fit));
            if (f.budgetJpy) {
                EXPECT_TRUE(funding.index(r, ui::FundingModel::BudgetColumn)
                                .data()
                                .toString()
                                .contains(ui::Labels::yen(double(*f.budgetJpy))));
            }
            EXPECT_TRUE(
                funding.index(r, 0).data(ui::FundingModel::DetailsRole).toString().contains(f.ministry));
            sawFunding = true;
        }
        routes.retranslate();
        designations.retranslate();
        funding.retranslate();
        rationale.retranslate();
    }
    EXPECT_TRUE(sawRoutes);
    EXPECT_TRUE(sawDesignations);
    EXPECT_TRUE(sawFunding);
    routes.setPlan(core::Plan());
    EXPECT_EQ(routes.rowCount(), 0);
}

} // namespace
