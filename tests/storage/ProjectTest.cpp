// SPDX-License-Identifier: Apache-2.0
// The Project value type: ids, order, add/duplicate/remove/undo-style insert, lookups.

#include "core/storage/Project.h"

#include <gtest/gtest.h>

#include "tests/storage/StorageTestSupport.h"
#include "tests/support/QtPrinters.h"

using namespace shirube;

namespace {

std::vector<qint64> ids(const core::Project& p)
{
    std::vector<qint64> out;
    for (const core::Product& x : p.products)
        out.push_back(x.id);
    return out;
}

core::Product named(const char* name)
{
    core::Product p;
    p.profile.setName(QString::fromUtf8(name));
    return p;
}

TEST(Project, AddGivesFreshIdsAndDefaultsTheName)
{
    core::Project p;
    EXPECT_EQ(p.addProduct(named("A")), 1);
    EXPECT_EQ(p.addProduct(named("B")), 2);
    core::Product withTakenId = named("C");
    withTakenId.id = 1;
    EXPECT_EQ(p.addProduct(withTakenId), 3);
    core::Product withFreeId = named("D");
    withFreeId.id = 10;
    EXPECT_EQ(p.addProduct(withFreeId), 10);
    EXPECT_EQ(p.nextProductId(), 11);
    EXPECT_EQ(p.product(2)->name, QStringLiteral("B"));
    EXPECT_EQ(ids(p), (std::vector<qint64>{1, 2, 3, 10}));
}

TEST(Project, RemoveAndUndoRestoresTheSameProductInPlace)
{
    core::Project p = test::sampleProject(4, 3);
    const core::Project before = p;
    const int index = p.indexOf(2);
    std::optional<core::Product> removed = p.takeProduct(2);
    ASSERT_TRUE(removed);
    EXPECT_EQ(ids(p), (std::vector<qint64>{1, 3, 4}));
    EXPECT_FALSE(p == before);
    EXPECT_FALSE(p.insertProduct(index, named("no id")));
    ASSERT_TRUE(p.insertProduct(index, *removed));
    EXPECT_TRUE(p == before);
    EXPECT_FALSE(p.insertProduct(0, *removed)) << "the id is taken now";
    EXPECT_FALSE(p.takeProduct(99));
}

TEST(Project, DuplicateGoesRightAfterWithANewId)
{
    core::Project p = test::sampleProject(3, 3);
    const qint64 copy = p.duplicateProduct(1);
    EXPECT_EQ(copy, 4);
    EXPECT_EQ(ids(p), (std::vector<qint64>{1, 4, 2, 3}));
    EXPECT_EQ(p.product(4)->name, p.product(1)->name + QStringLiteral(" (copy)"));
    EXPECT_TRUE(p.product(4)->profile == p.product(1)->profile);
    EXPECT_EQ(p.duplicateProduct(2, QStringLiteral("Variant B")), 5);
    EXPECT_EQ(p.product(5)->name, QStringLiteral("Variant B"));
    EXPECT_EQ(p.duplicateProduct(42), 0);
}

TEST(Project, MoveKeepsIds)
{
    core::Project p = test::sampleProject(4, 3);
    ASSERT_TRUE(p.moveProduct(4, 0));
    EXPECT_EQ(ids(p), (std::vector<qint64>{4, 1, 2, 3}));
    ASSERT_TRUE(p.moveProduct(4, 100));
    EXPECT_EQ(ids(p), (std::vector<qint64>{1, 2, 3, 4}));
    EXPECT_FALSE(p.moveProduct(9, 0));
}

TEST(Project, FindByIdOrNameRefusesAmbiguity)
{
    core::Project p;
    p.addProduct(named("Stent"));
    p.addProduct(named("stent"));
    p.addProduct(named("Camera"));
    p.addProduct(named("camera"));
    p.product(4)->name = QStringLiteral("Camera");
    EXPECT_EQ(p.findProduct(QStringLiteral("2"))->id, 2);
    EXPECT_EQ(p.findProduct(QStringLiteral("Stent"))->id, 1);
    EXPECT_EQ(p.findProduct(QStringLiteral("stent"))->id, 2);
    EXPECT_EQ(p.findProduct(QStringLiteral("STENT")), nullptr) << "two case-insensitive matches";
    EXPECT_EQ(p.findProduct(QStringLiteral("Camera")), nullptr) << "two exact matches";
    EXPECT_EQ(p.findProduct(QStringLiteral("nothing")), nullptr);
}

TEST(Project, PlannedWithOtherRuleset)
{
    core::Product p;
    EXPECT_FALSE(p.plannedWithOtherRuleset(QStringLiteral("jp-pmd"), QStringLiteral("2025.1")))
        << "never planned";
    p.rulesetId = QStringLiteral("jp-pmd");
    p.rulesetVersion = QStringLiteral("2024.2");
    p.planSnapshot = QJsonObject{{QStringLiteral("schema"), QStringLiteral("shirube.plan/1")}};
    EXPECT_TRUE(p.plannedWithOtherRuleset(QStringLiteral("jp-pmd"), QStringLiteral("2025.1")));
    EXPECT_FALSE(p.plannedWithOtherRuleset(QStringLiteral("jp-pmd"), QStringLiteral("2024.2")));
}

TEST(Project, ProductJsonNamesEveryPart)
{
    const core::Project p = test::sampleProject(2, 11);
    const QJsonObject o = p.products[0].toJson();
    for (const char* key :
         {"id", "name", "profile", "selected_route", "overrides", "milestones", "notes", "ruleset", "plan"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_EQ(o.value(QStringLiteral("profile")).toObject().value(QStringLiteral("schema")).toString(),
              QStringLiteral("shirube.profile/1"));
    EXPECT_EQ(o.value(QStringLiteral("overrides")).toArray().size(), 2);
}

} // namespace
