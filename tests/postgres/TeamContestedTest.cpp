// SPDX-License-Identifier: Apache-2.0
// A product someone else saved while this window has unsaved edits to it is marked where the user works
// (issue 15), offscreen, against the real server: the product list shows a warning icon and says who
// saved it when, and that the edits are kept; the mark goes once the save has resolved it.

#include "ui/project/ProductListModel.h"
#include "ui/project/ProjectDocument.h"

#include <QIcon>

#include "tests/postgres/PgTestServer.h"
#include "tests/postgres/TeamGuiSupport.h"

using namespace shirube;

namespace {

TEST(TeamContested, TheProductListMarksAProductSavedElsewhereUntilTheSave)
{
    QString why;
    std::optional<test::PgServer> server = test::sharedServer(&why);
    ASSERT_TRUE(server) << why.toStdString();
    const QString database = test::freshDatabase(*server, QStringLiteral("contested"));
    ASSERT_FALSE(database.isEmpty());
    const QString url = server->url(database);
    test::seedTeamProject(url, {QStringLiteral("Scanner"), QStringLiteral("Pump")});

    test::TeamClient alice;
    test::TeamClient bob;
    ASSERT_TRUE(alice.controller.openTeamProject(url)) << alice.prompts->all().toStdString();
    ASSERT_TRUE(bob.controller.openTeamProject(url)) << bob.prompts->all().toStdString();
    const qint64 scanner = alice.controller.document()->at(0).id;
    const qint64 pump = alice.controller.document()->at(1).id;
    ui::ProductListModel* model = alice.controller.productModel();
    const auto row = [&](qint64 id) {
        return model->indexOfProduct(id);
    };
    EXPECT_TRUE(row(pump).data(Qt::DecorationRole).value<QIcon>().isNull());

    ASSERT_TRUE(alice.controller.renameProduct(pump, QStringLiteral("Pump (Alice)")));
    ASSERT_TRUE(bob.controller.renameProduct(pump, QStringLiteral("Pump (Bob)")));
    ASSERT_TRUE(bob.controller.save()) << bob.prompts->all().toStdString();
    ASSERT_TRUE(test::waitFor([&] { return alice.watcher.contested().contains(pump); }));

    EXPECT_TRUE(row(pump).data(ui::ProductListModel::ContestedRole).toBool());
    EXPECT_FALSE(row(pump).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString tip = row(pump).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("shirube_admin saved a newer version of this product on ")))
        << tip.toStdString();
    EXPECT_TRUE(
        tip.contains(QStringLiteral(". Your changes are kept; when you save, you choose which to keep.")))
        << tip.toStdString();
    EXPECT_EQ(row(pump).data(Qt::AccessibleDescriptionRole).toString(), tip.section(QLatin1Char('\n'), 1));
    // The scanner, not edited anywhere, is not marked.
    EXPECT_FALSE(row(scanner).data(ui::ProductListModel::ContestedRole).toBool());
    EXPECT_TRUE(row(scanner).data(Qt::DecorationRole).value<QIcon>().isNull());

    test::ConflictAnswerer answer([](ui::ConflictDialog* d) { return d->keepMineButton(); });
    ASSERT_TRUE(alice.controller.save()) << alice.prompts->all().toStdString();
    EXPECT_EQ(answer.summaries.size(), 1);
    EXPECT_FALSE(row(pump).data(ui::ProductListModel::ContestedRole).toBool());
    EXPECT_TRUE(row(pump).data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_FALSE(row(pump).data(Qt::ToolTipRole).toString().contains(QStringLiteral("newer version")));
    EXPECT_TRUE(alice.watcher.contested().isEmpty());
}

TEST(TeamContested, TheTooltipSaysWhatIsKnown)
{
    using ui::ProductListModel;
    core::OthersSave save;
    EXPECT_EQ(ProductListModel::contestedText(save),
              QStringLiteral("Someone else saved a newer version of this product. Your changes are kept; "
                             "when you save, you choose which to keep."));
    save.by = QStringLiteral("hanako");
    EXPECT_EQ(ProductListModel::contestedText(save),
              QStringLiteral("hanako saved a newer version of this product. Your changes are kept; when you "
                             "save, you choose which to keep."));
    save.removed = true;
    EXPECT_EQ(
        ProductListModel::contestedText(save),
        QStringLiteral("Someone else removed this product from the team project. Your changes are kept; "
                       "when you save, you choose whether to keep it."));
}

} // namespace
