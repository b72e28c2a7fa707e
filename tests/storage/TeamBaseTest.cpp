// SPDX-License-Identifier: Apache-2.0
// The base of a team project's edits as its autosave keeps it (core/storage/TeamBase.h): back as it was,
// compact (a product not edited is not written twice), and refused when it is not one or belongs to
// another version of the edited project.

#include "core/storage/TeamBase.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include "tests/storage/StorageTestSupport.h"

using namespace shirube;

namespace {

core::StoredProject serverProject()
{
    core::StoredProject base;
    base.project.meta.title = QStringLiteral("Portfolio");
    base.metaVersion = 4;
    for (int n = 1; n <= 3; ++n) {
        test::Rng rng{std::uint64_t(n)};
        core::Product p;
        p.profile = test::sampleProfile(n, rng);
        p.name = QStringLiteral("Product %1").arg(n);
        const qint64 id = base.project.addProduct(p);
        base.versions.insert(id, 10 * n);
    }
    return base;
}

TEST(TeamBase, ComesBackAsItWasAndKeepsOnlyTheEditedProductsInFull)
{
    const core::StoredProject base = serverProject();
    core::Project edited = base.project;
    edited.products[1].name = QStringLiteral("Renamed here");
    edited.takeProduct(edited.products[2].id);
    edited.meta.title = QStringLiteral("Portfolio 2");
    core::Product added;
    added.name = QStringLiteral("New here");
    edited.addProduct(added);

    const QByteArray json = core::teamBaseToJson(base, edited);
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    int inFull = 0;
    for (const QJsonValue& v : o.value(QStringLiteral("products")).toArray())
        inFull += v.toObject().contains(QStringLiteral("as_read")) ? 1 : 0;
    EXPECT_EQ(inFull, 2); // the renamed one and the removed one

    core::Result<core::StoredProject> back = core::teamBaseFromJson(json, edited);
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    EXPECT_EQ(back.value().project, base.project);
    EXPECT_EQ(back.value().versions, base.versions);
    EXPECT_EQ(back.value().metaVersion, 4);
}

TEST(TeamBase, IsRefusedForAnotherProjectOrWhenItIsNotABase)
{
    const core::StoredProject base = serverProject();
    core::Project edited = base.project;
    const QByteArray json = core::teamBaseToJson(base, edited);
    core::Project later = edited;
    later.products[0].notes = QStringLiteral("edited after the base was written");
    core::Result<core::StoredProject> other = core::teamBaseFromJson(json, later);
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("another autosave")))
        << other.error().toString().toStdString();
    EXPECT_FALSE(core::teamBaseFromJson("not json", edited).ok());
    EXPECT_FALSE(core::teamBaseFromJson(R"({"schema":"shirube.team-base/1"})", edited).ok());
}

TEST(TeamBase, KeepsUnknownVersionsOfARecoveryWithoutBase)
{
    core::StoredProject base = serverProject();
    base.versions[base.project.products[0].id] = core::kUnknownVersion;
    base.metaVersion = core::kUnknownVersion;
    const core::Project edited = base.project;
    core::Result<core::StoredProject> back =
        core::teamBaseFromJson(core::teamBaseToJson(base, edited), edited);
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    EXPECT_EQ(back.value().versions, base.versions);
    EXPECT_EQ(back.value().metaVersion, core::kUnknownVersion);
}

} // namespace
