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
