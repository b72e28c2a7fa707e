// SPDX-License-Identifier: Apache-2.0
// The examples gallery lists every bundled example with its name and intended use; one click opens it.
#include "ui/ExamplesGallery.h"

#include "ui/MainWindow.h"
#include "ui/project/ProjectController.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

TEST(ExamplesGalleryTest, ListsEveryBundledExampleAndOpensOneInOneClick)
{
    const QStringList files = QDir(QStringLiteral(":/examples")).entryList({QStringLiteral("*.json")});
    ASSERT_FALSE(files.isEmpty()) << "the bundled examples are missing from the resources";
    const auto examples = ui::ExamplesGallery::examples();
    EXPECT_EQ(int(examples.size()), files.size()) << "every bundled example parses";

    auto window = test::makeWindow();
    ui::ProjectController* controller = ui::ProjectController::install(window.get());
    controller->setRecoveryDirectory(test::freshDirectory(QStringLiteral("gallery-recovery")));
    ui::ExamplesGallery gallery(window.get());
    QObject::connect(&gallery, &ui::ExamplesGallery::exampleChosen, controller,
                     [controller](const QString& resource) { controller->importProfile(resource); });
    gallery.show();
    const auto buttons = gallery.findChildren<QCommandLinkButton*>();
    ASSERT_EQ(buttons.size(), qsizetype(examples.size()));
    for (const auto& e : examples) {
        auto* button = gallery.findChild<QCommandLinkButton*>(QStringLiteral("example:") +
                                                              QFileInfo(e.resource).completeBaseName());
        ASSERT_NE(button, nullptr) << e.resource.toStdString();
        EXPECT_EQ(button->text(), e.profile.name());
        EXPECT_EQ(button->description(), e.profile.text(QStringLiteral("intended_use")).value_or(QString()));
    }
    const auto& last = examples.back();
    QTest::mouseClick(gallery.findChild<QCommandLinkButton*>(QStringLiteral("example:") +
                                                             QFileInfo(last.resource).completeBaseName()),
                      Qt::LeftButton);
    EXPECT_FALSE(gallery.isVisible());
    ASSERT_TRUE(window->waitForPlan());
    EXPECT_EQ(window->currentProfile(), last.profile);
    EXPECT_FALSE(window->isWindowModified()) << "it takes the place of the blank untitled product";
    EXPECT_EQ(window->currentPlan().profileName, last.profile.name());
    window->undoStack()->setClean();
}

} // namespace
