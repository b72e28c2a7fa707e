// SPDX-License-Identifier: Apache-2.0
// The team-project dialogs (issue 15), offscreen: the connection form and the conflict dialog.

#include "ui/Language.h"
#include "ui/project/ConflictDialog.h"
#include "ui/project/TeamConnectDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

using namespace shirube;
using ui::ConflictDialog;
using ui::TeamConnectDialog;

namespace {

TEST(TeamConnectDialog, TheFormBuildsTheUrl)
{
    TeamConnectDialog d;
    QPushButton* connectButton = d.buttons()->button(QDialogButtonBox::Open);
    ASSERT_TRUE(connectButton);
    EXPECT_FALSE(connectButton->isEnabled()) << "no database yet";
    EXPECT_TRUE(d.url().isEmpty());
    EXPECT_FALSE(d.problem().isEmpty());
    QTest::keyClicks(d.hostEdit(), QStringLiteral("db.example.jp"));
    QTest::keyClicks(d.databaseEdit(), QStringLiteral("portfolio"));
    QTest::keyClicks(d.userEdit(), QStringLiteral("alice"));
    d.portBox()->setValue(6543);
    d.tlsBox()->setCurrentIndex(d.tlsBox()->findData(QStringLiteral("require")));
    EXPECT_TRUE(connectButton->isEnabled());
    EXPECT_EQ(d.url(), QStringLiteral("postgresql://alice@db.example.jp:6543/portfolio?sslmode=require"));
    EXPECT_EQ(d.urlEdit()->text(), d.url());
}

TEST(TeamConnectDialog, APastedUrlFillsTheFormAndKeepsItsOtherSettings)
{
    TeamConnectDialog d;
    ASSERT_TRUE(d.setUrl(QStringLiteral(
        "postgresql://bob@10.0.0.5:5433/clients?sslmode=verify-ca&sslrootcert=/etc/ssl/team.crt")));
    EXPECT_EQ(d.hostEdit()->text(), QStringLiteral("10.0.0.5"));
    EXPECT_EQ(d.portBox()->value(), 5433);
    EXPECT_EQ(d.databaseEdit()->text(), QStringLiteral("clients"));
    EXPECT_EQ(d.userEdit()->text(), QStringLiteral("bob"));
    EXPECT_EQ(d.tlsBox()->currentData().toString(), QStringLiteral("verify-ca"));
    // Editing a field afterwards keeps the certificate setting the form has no field for.
    QTest::keyClicks(d.databaseEdit(), QStringLiteral("2"));
    EXPECT_EQ(d.url(),
              QStringLiteral(
                  "postgresql://bob@10.0.0.5:5433/clients2?sslmode=verify-ca&sslrootcert=/etc/ssl/team.crt"));
}

TEST(TeamConnectDialog, APasswordIsNeverKept)
{
    TeamConnectDialog d;
    EXPECT_FALSE(d.setUrl(QStringLiteral("postgresql://alice:secret@db.example.jp/portfolio")));
    EXPECT_TRUE(d.problem().contains(QStringLiteral("password file"))) << d.problem().toStdString();
    EXPECT_FALSE(d.urlEdit()->text().contains(QStringLiteral("secret"))) << d.urlEdit()->text().toStdString();
    EXPECT_TRUE(d.url().isEmpty());
    EXPECT_FALSE(d.buttons()->button(QDialogButtonBox::Open)->isEnabled());
    EXPECT_FALSE(d.setUrl(QStringLiteral("https://example.jp/")));
    EXPECT_TRUE(d.problem().contains(QStringLiteral("not a team project URL")));
}

core::Product product(const QString& notes)
{
    core::Product p;
    p.id = 7;
    p.name = QStringLiteral("Device 7");
    p.notes = notes;
    return p;
}

TEST(ConflictDialog, ShowsWhoChangedWhatAndOffersThreeWaysOut)
{
    core::SaveConflict c;
    c.productId = 7;
    c.mine = product(QStringLiteral("my notes"));
    c.theirs = product(QStringLiteral("their notes"));
    c.theirs->selectedRoute = QStringLiteral("standard");
    c.theirVersion = 4;
    c.changedBy = QStringLiteral("alice");
    c.changedAt = QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC);

    ConflictDialog d(c);
    EXPECT_TRUE(d.summary()->text().contains(QStringLiteral("alice"))) << d.summary()->text().toStdString();
    EXPECT_TRUE(d.summary()->text().contains(QStringLiteral("Device 7")));
    ASSERT_EQ(d.table()->rowCount(), 2);
    EXPECT_EQ(d.table()->item(0, 0)->text(), QStringLiteral("Chosen route"));
    EXPECT_EQ(d.table()->item(1, 0)->text(), QStringLiteral("Notes"));
    EXPECT_EQ(d.table()->item(1, 1)->text(), QStringLiteral("their notes"));
    EXPECT_EQ(d.table()->item(1, 2)->text(), QStringLiteral("my notes"));
    EXPECT_EQ(ConflictDialog::differences(*c.mine, *c.mine), QStringList());

    d.keepBothButton()->click();
    EXPECT_EQ(d.choice(), ConflictDialog::Choice::KeepBoth);
    EXPECT_EQ(d.result(), QDialog::Accepted);
    std::optional<core::ProductChange> both = d.change();
    ASSERT_TRUE(both);
    EXPECT_EQ(both->product.id, 0);
    EXPECT_EQ(both->product.name, QStringLiteral("Device 7 (mine)"));
    EXPECT_EQ(both->product.notes, QStringLiteral("my notes"));

    ConflictDialog mine(c);
    mine.keepMineButton()->click();
    ASSERT_TRUE(mine.change());
    EXPECT_EQ(mine.change()->baseVersion, 4);
    ConflictDialog theirs(c);
    theirs.takeTheirsButton()->click();
    EXPECT_EQ(theirs.choice(), ConflictDialog::Choice::TakeTheirs);
    EXPECT_FALSE(theirs.change());
}

TEST(ConflictDialog, ARemovalOnEitherSideIsSaid)
{
    core::SaveConflict removedByThem;
    removedByThem.productId = 7;
    removedByThem.mine = product(QStringLiteral("mine"));
    removedByThem.changedBy = QStringLiteral("bob");
    ConflictDialog a(removedByThem);
    EXPECT_TRUE(a.summary()->text().contains(QStringLiteral("was removed by bob")));
    EXPECT_EQ(a.table()->item(0, 1)->text(), QStringLiteral("(removed)"));

    core::SaveConflict removedByMe;
    removedByMe.productId = 7;
    removedByMe.theirs = product(QStringLiteral("theirs"));
    removedByMe.changedBy = QStringLiteral("bob");
    ConflictDialog b(removedByMe);
    EXPECT_TRUE(b.summary()->text().contains(QStringLiteral("You removed")));
    EXPECT_FALSE(b.keepBothButton()->isEnabled());
}

TEST(TeamDialogs, JapaneseTextIsTranslated)
{
    ui::Language::instance().apply(QStringLiteral("ja"));
    TeamConnectDialog connect;
    connect.setUrl(QStringLiteral("postgresql://alice@db.example.jp/portfolio?sslmode=verify-full"));
    EXPECT_EQ(connect.windowTitle(), QStringLiteral("チームプロジェクトを開く"));
    core::SaveConflict c;
    c.productId = 7;
    c.mine = product(QStringLiteral("自分のメモ"));
    c.theirs = product(QStringLiteral("相手のメモ"));
    c.changedBy = QStringLiteral("alice");
    c.changedAt = QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC);
    ConflictDialog conflict(c);
    EXPECT_TRUE(conflict.summary()->text().contains(QStringLiteral("何も上書きされていません")))
        << conflict.summary()->text().toStdString();
    EXPECT_EQ(conflict.keepBothButton()->text(), QStringLiteral("両方残す(&B)"));
    // Screenshots for a look: SHIRUBE_SHOTS_DIR=/tmp/x shirube_ui_TeamDialogsTest
    const QString shots = qEnvironmentVariable("SHIRUBE_SHOTS_DIR");
    if (!shots.isEmpty()) {
        connect.show();
        conflict.show();
        connect.grab().save(shots + QStringLiteral("/team-connect-ja.png"));
        conflict.grab().save(shots + QStringLiteral("/conflict-ja.png"));
    }
    ui::Language::instance().apply(QStringLiteral("en"));
    QCoreApplication::processEvents(); // the LanguageChange events
    if (!shots.isEmpty()) {
        connect.grab().save(shots + QStringLiteral("/team-connect-en.png"));
        conflict.grab().save(shots + QStringLiteral("/conflict-en.png"));
    }
    EXPECT_EQ(connect.windowTitle(), QStringLiteral("Open Team Project"));
}

} // namespace
