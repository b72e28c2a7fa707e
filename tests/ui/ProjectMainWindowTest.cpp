// SPDX-License-Identifier: Apache-2.0
// The project GUI installed in the real main window: the products dock, the File menu's
// New/Open/Save/Save As working on .shirube projects, and the unsaved-changes question on close.

#include "ui/MainWindow.h"
#include "ui/models/ProfileModel.h"
#include "ui/project/ProductListModel.h"
#include "ui/project/ProjectController.h"
#include "ui/project/ProjectDocument.h"
#include "ui/project/ProjectPrompts.h"
#include "ui/settings/Settings.h"
#include "ui/trainer/TrainerWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;
using shirube::ui::ProjectController;
using shirube::ui::ProjectPrompts;

namespace {

class ScriptedPrompts final : public ProjectPrompts
{
public:
    SaveChoice askSaveChanges(QWidget*, const QString&) override
    {
        ++saveQuestions;
        return saveChoice;
    }
    QString askOpenFileName(QWidget*, const QString&) override { return openPath; }
    QString askSaveFileName(QWidget*, const QString&) override { return savePath; }
    void showError(QWidget*, const QString&, const QString& message) override { errors << message; }
    void showInformation(QWidget*, const QString&, const QString&) override {}
    RecoverChoice askRecover(QWidget*, const QString&) override { return RecoverChoice::Later; }
    bool askReplan(QWidget*, const QString&, const QString&) override { return false; }

    SaveChoice saveChoice = SaveChoice::Cancel;
    int saveQuestions = 0;
    QString openPath;
    QString savePath;
    QStringList errors;
};

} // namespace

TEST(ProjectMainWindow, FileMenuSavesAndOpensProjectsWithTheProductsDock)
{
    const QString dir = test::freshDirectory(QStringLiteral("project-mainwindow"));
    ui::settings::MainWindowState.reset(); // no dock layout left by an earlier run
    auto window = test::makeWindow();
    auto* prompts = new ScriptedPrompts;
    ProjectController* controller = ProjectController::install(window.get(), prompts);
    controller->setRecoveryDirectory(dir + QStringLiteral("/recovery"));

    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("productsDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_TRUE(dock->isVisible());
    auto* toggle = window->findChild<QAction*>(QStringLiteral("actionShowProducts"));
    ASSERT_NE(toggle, nullptr) << "View > Products";
    toggle->trigger();
    EXPECT_FALSE(dock->isVisible());
    toggle->trigger();
    EXPECT_TRUE(dock->isVisible());
    EXPECT_EQ(controller->productModel()->rowCount(), 1);

    // An answer in the questionnaire is an edit of the project's current product.
    ASSERT_TRUE(window->profileModel()->setAnswer(QStringLiteral("kind"), QStringLiteral("samd")));
    EXPECT_TRUE(window->isWindowModified());
    controller->addProduct(QStringLiteral("Second product"));
    EXPECT_EQ(controller->productModel()->rowCount(), 2);
    EXPECT_TRUE(window->currentProfile().value(QStringLiteral("kind")) == std::nullopt)
        << window->currentProfile().toJsonBytes().toStdString()
        << " current=" << controller->currentProductId();
    ASSERT_TRUE(window->profileModel()->setAnswer(QStringLiteral("kind"), QStringLiteral("hardware")));

    // File > Save asks for a .shirube path (the project is untitled) and writes the project.
    prompts->savePath = dir + QStringLiteral("/two.shirube");
    window->fileActions().save->trigger();
    ASSERT_TRUE(QFileInfo::exists(prompts->savePath))
        << prompts->errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("two.shirube")))
        << window->windowTitle().toStdString();

    // File > New starts an empty project; File > Open brings the saved one back.
    window->fileActions().newFile->trigger();
    EXPECT_EQ(controller->productModel()->rowCount(), 1);
    EXPECT_TRUE(controller->filePath().isEmpty());
    prompts->openPath = prompts->savePath;
    window->fileActions().open->trigger();
    ASSERT_EQ(controller->productModel()->rowCount(), 2);
    EXPECT_EQ(controller->document()->at(0).profile.text(QStringLiteral("kind")), QStringLiteral("samd"));
    EXPECT_EQ(controller->document()->at(1).profile.text(QStringLiteral("kind")), QStringLiteral("hardware"));
    EXPECT_EQ(window->currentProfile().text(QStringLiteral("kind")), QStringLiteral("samd"));

    // Opening a .shirube through the window (recent files, command line) goes to the project code.
    window->fileActions().newFile->trigger();
    EXPECT_TRUE(window->openFile(prompts->savePath));
    EXPECT_EQ(controller->productModel()->rowCount(), 2);

    // Closing with unsaved changes asks first; Cancel keeps the window open.
    ASSERT_TRUE(window->profileModel()->setAnswer(QStringLiteral("kind"), QStringLiteral("ivd")));
    prompts->saveChoice = ProjectPrompts::SaveChoice::Cancel;
    EXPECT_FALSE(window->close());
    EXPECT_EQ(prompts->saveQuestions, 1);
    EXPECT_TRUE(window->isVisible());
    prompts->saveChoice = ProjectPrompts::SaveChoice::Discard;
    EXPECT_TRUE(window->close());
    EXPECT_EQ(prompts->saveQuestions, 2) << "asked once per close, not again by the window";
}

TEST(ProjectMainWindow, SwitchingProductsIsNoUndoStepUndoFollowsItsProductAndTheTitleNamesIt)
{
    const QString dir = test::freshDirectory(QStringLiteral("project-mainwindow-switch"));
    ui::settings::MainWindowState.reset();
    auto window = test::makeWindow();
    auto* prompts = new ScriptedPrompts;
    ProjectController* controller = ProjectController::install(window.get(), prompts);
    controller->setRecoveryDirectory(dir + QStringLiteral("/recovery"));
    QUndoStack* stack = window->undoStack();

    ui::ProfileModel* model = window->profileModel();
    const qint64 a = controller->currentProductId();
    ASSERT_TRUE(model->setAnswer(QStringLiteral("name"), QStringLiteral("Retina AI")));
    ASSERT_TRUE(model->setAnswer(QStringLiteral("kind"), QStringLiteral("samd")));
    const qint64 b = controller->addProduct(QStringLiteral("Bandage"));
    ASSERT_TRUE(model->setAnswer(QStringLiteral("kind"), QStringLiteral("hardware")));
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Bandage")))
        << window->windowTitle().toStdString();

    const int steps = stack->count();
    controller->selectProduct(a);
    EXPECT_EQ(stack->count(), steps) << "showing another product is not an undo step";
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Retina AI")))
        << window->windowTitle().toStdString();
    for (int i = 0; i < stack->count(); ++i)
        EXPECT_FALSE(stack->text(i).contains(QStringLiteral("Show product"))) << stack->text(i).toStdString();

    // Undo now undoes the bandage's answer, on the bandage, which is shown again.
    window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(controller->currentProductId(), b);
    EXPECT_EQ(window->currentProfile().value(QStringLiteral("kind")), std::nullopt);
    EXPECT_EQ(controller->snapshot().product(a)->profile.text(QStringLiteral("kind")), QStringLiteral("samd"))
        << "the other product keeps its answer";

    // Redo is on Ctrl+Y as well as Ctrl+Shift+Z.
    auto* redo = window->findChild<QAction*>(QStringLiteral("actionRedo"));
    ASSERT_NE(redo, nullptr);
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    window->show();
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(window->currentProfile().text(QStringLiteral("kind")), QStringLiteral("hardware"));
}

TEST(ProjectMainWindow, OpeningAProfileAddsItToTheOpenProject)
{
    const QString dir = test::freshDirectory(QStringLiteral("project-mainwindow-import"));
    ui::settings::MainWindowState.reset();
    auto window = test::makeWindow();
    auto* prompts = new ScriptedPrompts;
    ProjectController* controller = ProjectController::install(window.get(), prompts);
    controller->setRecoveryDirectory(dir + QStringLiteral("/recovery"));
    ASSERT_TRUE(window->profileModel()->setAnswer(QStringLiteral("name"), QStringLiteral("First")));
    controller->addProduct(QStringLiteral("Second"));
    ASSERT_EQ(controller->productModel()->rowCount(), 2);

    QFile example(QStringLiteral(":/examples/aim4crc.json"));
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    const QString profilePath = dir + QStringLiteral("/aim4crc.json");
    QFile out(profilePath);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(example.readAll());
    out.close();

    prompts->openPath = profilePath;
    window->fileActions().open->trigger();
    EXPECT_EQ(prompts->saveQuestions, 0) << "nothing is closed, so nothing to ask";
    ASSERT_EQ(controller->productModel()->rowCount(), 3) << "the project keeps its products";
    EXPECT_EQ(controller->document()->at(0).name, QStringLiteral("First"));
    EXPECT_EQ(window->currentProfile().text(QStringLiteral("kind")),
              controller->document()->at(2).profile.text(QStringLiteral("kind")));
    window->undoStack()->undo();
    EXPECT_EQ(controller->productModel()->rowCount(), 2) << "adding it is one undo step";
}
