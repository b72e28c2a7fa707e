// SPDX-License-Identifier: Apache-2.0
// The project GUI (issue 5) without the main window: a light ProjectHost stands for it, and the
// user's answers to dialogs are scripted through ProjectPrompts.

#include "ui/project/ProjectController.h"

#include "core/planning/Plan.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectLock.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/project/CompareDialog.h"
#include "ui/project/ProductListModel.h"
#include "ui/project/ProductListWidget.h"
#include "ui/project/ProjectDocument.h"
#include "ui/project/ProjectHost.h"
#include "ui/project/ProjectPrompts.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QListView>
#include <QLockFile>
#include <QMainWindow>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <gtest/gtest.h>
#include <memory>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;
using shirube::ui::ProjectController;
using shirube::ui::ProjectPrompts;

namespace {

// The window's side of the contract: a questionnaire profile, a selected route, an undo stack.
class FakeHost final : public ui::ProjectHost
{
public:
    FakeHost()
        : m_window(std::make_unique<QMainWindow>())
        , m_stack(std::make_unique<QUndoStack>())
    {}

    QWidget* window() const override { return m_window.get(); }
    QUndoStack* undoStack() const override { return m_stack.get(); }
    core::RulesetPtr ruleset() const override { return test::builtinRuleset(); }
    core::Lang language() const override { return core::Lang::En; }
    core::Profile currentProfile() const override { return m_profile; }
    void setProfile(const core::Profile& profile, bool resetHistory) override
    {
        if (resetHistory)
            m_stack->clear();
        m_profile = profile;
        if (resetHistory)
            m_stack->setClean();
        ++m_profileSets;
    }
    void setOverrides(const std::vector<core::StepOverride>& overrides) override { m_overrides = overrides; }
    void setDocumentKey(qint64 id, std::function<void(qint64)> show) override
    {
        m_key = id;
        m_show = std::move(show);
    }
    void setReadOnly(bool readOnly) override { m_readOnly = readOnly; }
    QString selectedRoute() const override { return m_route; }
    void setSelectedRoute(const QString& routeId) override { m_route = routeId; }
    void setCurrentFile(const QString& fileName) override { m_file = fileName; }
    void addRecentFile(const QString& fileName) override { m_recent << fileName; }
    void addDock(QDockWidget* dock) override { m_window->addDockWidget(Qt::LeftDockWidgetArea, dock); }

    // The questionnaire's answer edits, as the main window makes them: one undo step each.
    void answer(const QString& path, const QJsonValue& value, ProjectController* controller);

    core::Profile m_profile;
    std::vector<core::StepOverride> m_overrides;
    qint64 m_key = 0;
    std::function<void(qint64)> m_show;
    bool m_readOnly = false;
    QString m_route;
    QString m_file;
    QStringList m_recent;
    int m_profileSets = 0;

private:
    std::unique_ptr<QMainWindow> m_window;
    std::unique_ptr<QUndoStack> m_stack;
};

class AnswerCommand final : public QUndoCommand
{
public:
    AnswerCommand(FakeHost* host, ProjectController* controller, QString path, QJsonValue value)
        : m_host(host)
        , m_controller(controller)
        , m_path(std::move(path))
        , m_new(std::move(value))
        , m_old(host->m_profile.value(m_path).value_or(QJsonValue()))
        , m_key(host->m_key)
    {
        setText(QStringLiteral("answer ") + m_path);
    }
    void redo() override { set(m_new); }
    void undo() override { set(m_old); }

private:
    void set(const QJsonValue& v)
    {
        if (m_key != m_host->m_key && m_host->m_show) // as SetAnswerCommand: show its product first
            m_host->m_show(m_key);
        if (m_path == QLatin1String("name"))
            m_host->m_profile.setName(v.toString());
        else
            m_host->m_profile.setValue(m_path, v);
        m_controller->onProfileChanged(); // the window's profileChanged()
    }
    FakeHost* m_host;
    ProjectController* m_controller;
    QString m_path;
    QJsonValue m_new;
    QJsonValue m_old;
    qint64 m_key;
};

void FakeHost::answer(const QString& path, const QJsonValue& value, ProjectController* controller)
{
    m_stack->push(new AnswerCommand(this, controller, path, value));
}

// Scripted answers to every question the controller asks, and a record of what it said.
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
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
    void showInformation(QWidget*, const QString&, const QString& message) override
    {
        information << message;
    }
    RecoverChoice askRecover(QWidget*, const QString& description) override
    {
        recoverQuestions << description;
        return recoverChoice;
    }
    bool askReplan(QWidget*, const QString& summary, const QString& changesHtml) override
    {
        replanQuestions << summary + QStringLiteral("\n") + changesHtml;
        return replanAnswer;
    }

    SaveChoice saveChoice = SaveChoice::Discard;
    int saveQuestions = 0;
    QString openPath;
    QString savePath;
    QStringList errors;
    QStringList information;
    RecoverChoice recoverChoice = RecoverChoice::Recover;
    QStringList recoverQuestions;
    bool replanAnswer = true;
    QStringList replanQuestions;
    LockedChoice lockedChoice = LockedChoice::ReadOnly;
    QStringList lockedQuestions;

    LockedChoice askOpenLocked(QWidget*, const QString& name, const QString& holder) override
    {
        lockedQuestions << name + QStringLiteral(" | ") + holder;
        return lockedChoice;
    }
};

struct Harness
{
    explicit Harness(const QString& recoveryDir = {})
        : host(new FakeHost)
        , prompts(new ScriptedPrompts)
        , controller(std::make_unique<ProjectController>(host, prompts))
    {
        controller->setRecoveryDirectory(
            recoveryDir.isEmpty() ? test::freshDirectory(QStringLiteral("recovery-unused")) : recoveryDir);
    }
    QUndoStack* stack() const { return host->undoStack(); }
    const core::Project& project() const { return controller->document()->project(); }

    FakeHost* host;           // owned by the controller
    ScriptedPrompts* prompts; // owned by the controller
    std::unique_ptr<ProjectController> controller;
};

QByteArray sha(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

core::Profile exampleProfile(const char* name)
{
    QFile file(QStringLiteral(":/examples/%1.json").arg(QString::fromUtf8(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    auto profile = core::Profile::parse(file.readAll());
    EXPECT_TRUE(profile.ok()) << name;
    return profile.ok() ? profile.value() : core::Profile();
}

} // namespace

TEST(ProjectController, NewAddProductsSaveAndReopenGivesTheSameContent)
{
    const QString dir = test::freshDirectory(QStringLiteral("project-roundtrip"));
    const QString path = dir + QStringLiteral("/portfolio.shirube");
    core::Project saved;
    {
        Harness h;
        ASSERT_TRUE(h.controller->newProject());
        ASSERT_EQ(h.project().products.size(), 1u);
        const qint64 first = h.controller->currentProductId();
        h.host->answer(QStringLiteral("name"), QStringLiteral("Thermometer"), h.controller.get());
        h.host->answer(QStringLiteral("kind"), QStringLiteral("hardware"), h.controller.get());

        const qint64 second = h.controller->addProduct(QStringLiteral("Sleep app"));
        EXPECT_EQ(h.controller->currentProductId(), second) << "a new product is shown at once";
        EXPECT_TRUE(h.host->m_profile.value(QStringLiteral("kind")) == std::nullopt) << "and starts blank";
        h.host->answer(QStringLiteral("kind"), QStringLiteral("samd"), h.controller.get());
        const core::Profile example = exampleProfile("gram-stain-image-ai");
        const qint64 third = h.controller->addProduct(QStringLiteral("Gram stain AI"));
        h.host->setProfile(example, false);
        h.controller->onProfileChanged();
        h.host->setSelectedRoute(QStringLiteral("standard"));
        EXPECT_TRUE(h.controller->isModified());

        h.prompts->savePath = path;
        ASSERT_TRUE(h.controller->saveAs()) << h.prompts->errors.join(QLatin1Char('\n')).toStdString();
        EXPECT_FALSE(h.controller->isModified());
        EXPECT_EQ(h.host->m_file, QFileInfo(path).absoluteFilePath());
        EXPECT_TRUE(h.host->m_recent.contains(QFileInfo(path).absoluteFilePath()));

        saved = h.controller->snapshot();
        ASSERT_EQ(saved.products.size(), 3u);
        EXPECT_EQ(saved.products[0].id, first);
        EXPECT_EQ(saved.products[0].name, QStringLiteral("Thermometer"))
            << "the list name follows the profile name";
        EXPECT_EQ(saved.products[0].profile.text(QStringLiteral("kind")), QStringLiteral("hardware"));
        EXPECT_EQ(saved.products[1].profile.text(QStringLiteral("kind")), QStringLiteral("samd"));
        EXPECT_EQ(saved.products[2].id, third);
        EXPECT_TRUE(saved.products[2].profile == example);
        EXPECT_EQ(saved.products[2].selectedRoute, QStringLiteral("standard"));
        for (const core::Product& p : saved.products) {
            EXPECT_TRUE(p.isPlanned()) << "saving records the plan of " << p.name.toStdString();
            EXPECT_EQ(p.rulesetVersion, test::builtinRuleset()->version);
        }
    }
    Harness reopened;
    ASSERT_TRUE(reopened.controller->open(path))
        << reopened.prompts->errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(reopened.prompts->replanQuestions.isEmpty())
        << "planned with the current ruleset: nothing to offer";
    EXPECT_TRUE(reopened.controller->snapshot() == saved);
    EXPECT_FALSE(reopened.controller->isModified());
    EXPECT_TRUE(reopened.host->m_profile == saved.products[0].profile) << "the first product is shown";
    EXPECT_EQ(reopened.controller->filePath(), QFileInfo(path).absoluteFilePath());
}

TEST(ProjectController, DeleteProductAndUndoRestoresIt)
{
    Harness h;
    h.host->answer(QStringLiteral("name"), QStringLiteral("A"), h.controller.get());
    const qint64 b = h.controller->addProduct(QStringLiteral("B"));
    h.host->answer(QStringLiteral("kind"), QStringLiteral("ivd"), h.controller.get());
    const qint64 c = h.controller->addProduct(QStringLiteral("C"));
    const core::Project before = h.controller->snapshot();
    ASSERT_EQ(before.products.size(), 3u);

    ASSERT_TRUE(h.controller->removeProduct(b));
    EXPECT_EQ(h.project().products.size(), 2u);
    EXPECT_EQ(h.project().product(b), nullptr);
    EXPECT_EQ(h.controller->currentProductId(), c);

    h.stack()->undo();
    EXPECT_TRUE(h.controller->snapshot() == before) << "same id, same place, same answers";
    EXPECT_EQ(h.project().products[1].profile.text(QStringLiteral("kind")), QStringLiteral("ivd"));
    h.stack()->redo();
    EXPECT_EQ(h.project().product(b), nullptr);

    // Deleting the product on screen shows its neighbour; undo shows it again with its answers.
    h.stack()->undo();
    h.controller->selectProduct(b);
    EXPECT_EQ(h.host->m_profile.text(QStringLiteral("kind")), QStringLiteral("ivd"));
    ASSERT_TRUE(h.controller->removeProduct(b));
    EXPECT_NE(h.controller->currentProductId(), b);
    h.stack()->undo();
    EXPECT_EQ(h.controller->currentProductId(), b);
    EXPECT_EQ(h.host->m_profile.text(QStringLiteral("kind")), QStringLiteral("ivd"));
}

TEST(ProjectController, AnExampleReplacesABlankUntitledProjectAndIsAddedToAnyOther)
{
    Harness h;
    ASSERT_TRUE(h.controller->importProfile(QStringLiteral(":/examples/gram-stain-image-ai.json")));
    ASSERT_EQ(h.project().products.size(), 1u) << "nothing was typed: the example takes the blank's place";
    EXPECT_TRUE(h.host->m_profile == exampleProfile("gram-stain-image-ai"));
    EXPECT_FALSE(h.controller->isModified());

    ASSERT_TRUE(h.controller->importProfile(QStringLiteral(":/examples/teaching-elastic-bandage.json")));
    ASSERT_EQ(h.project().products.size(), 2u) << "a project with content gets a new product";
    EXPECT_TRUE(h.host->m_profile == exampleProfile("teaching-elastic-bandage"));
    EXPECT_TRUE(h.controller->isModified());
    h.stack()->undo();
    EXPECT_EQ(h.project().products.size(), 1u);
    EXPECT_TRUE(h.host->m_profile == exampleProfile("gram-stain-image-ai"));

    EXPECT_FALSE(h.controller->importProfile(QStringLiteral(":/examples/no-such-example.json")));
}

TEST(ProjectController, TheLastProductCannotBeDeleted)
{
    Harness h;
    EXPECT_FALSE(h.controller->removeProduct(h.controller->currentProductId()));
    EXPECT_EQ(h.project().products.size(), 1u);
    EXPECT_EQ(h.stack()->count(), 0);
}

TEST(ProjectController, RenameAndDuplicateAreUndoable)
{
    Harness h;
    const qint64 a = h.controller->currentProductId();
    h.host->answer(QStringLiteral("kind"), QStringLiteral("samd"), h.controller.get());
    ASSERT_TRUE(h.controller->renameProduct(a, QStringLiteral("Cardio AI")));
    EXPECT_EQ(h.project().product(a)->name, QStringLiteral("Cardio AI"));
    const qint64 copy = h.controller->duplicateProduct(a);
    ASSERT_NE(copy, 0);
    ASSERT_EQ(h.project().products.size(), 2u);
    EXPECT_EQ(h.project().products[1].id, copy) << "the copy comes right after the original";
    EXPECT_EQ(h.project().products[1].profile.text(QStringLiteral("kind")), QStringLiteral("samd"));
    EXPECT_NE(h.project().products[1].name, QStringLiteral("Cardio AI"));
    EXPECT_TRUE(h.project().products[1].name.contains(QStringLiteral("Cardio AI")));

    h.stack()->undo();
    EXPECT_EQ(h.project().products.size(), 1u);
    h.stack()->undo();
    EXPECT_NE(h.project().product(a)->name, QStringLiteral("Cardio AI"));
    h.stack()->redo();
    EXPECT_EQ(h.project().product(a)->name, QStringLiteral("Cardio AI"));
}

TEST(ProjectController, SwitchingIsNoUndoStepAndUndoEditsTheProductTheAnswerBelongsTo)
{
    Harness h;
    const qint64 a = h.controller->currentProductId();
    h.host->answer(QStringLiteral("kind"), QStringLiteral("hardware"), h.controller.get());
    const qint64 b = h.controller->addProduct(QStringLiteral("B"));
    h.host->answer(QStringLiteral("kind"), QStringLiteral("samd"), h.controller.get());
    const int steps = h.stack()->count();
    h.controller->selectProduct(a);
    EXPECT_EQ(h.host->m_profile.text(QStringLiteral("kind")), QStringLiteral("hardware"));
    EXPECT_EQ(h.stack()->count(), steps) << "showing another product is not an edit";

    h.stack()->undo(); // B's answer: B is shown again, and only B changes
    EXPECT_EQ(h.controller->currentProductId(), b);
    EXPECT_EQ(h.host->m_profile.value(QStringLiteral("kind")), std::nullopt);
    EXPECT_EQ(h.project().product(a)->profile.text(QStringLiteral("kind")), QStringLiteral("hardware"))
        << "A keeps its answer";
    h.stack()->redo();
    EXPECT_EQ(h.controller->snapshot().product(b)->profile.text(QStringLiteral("kind")),
              QStringLiteral("samd"));
    h.stack()->undo();
    h.stack()->undo(); // adding B
    EXPECT_EQ(h.controller->currentProductId(), a);
    EXPECT_EQ(h.project().products.size(), 1u);
    h.stack()->undo(); // A's answer
    EXPECT_EQ(h.host->m_profile.value(QStringLiteral("kind")), std::nullopt);
}

TEST(ProjectController, ModifiedFollowsTheUndoStacksCleanState)
{
    const QString path =
        test::freshDirectory(QStringLiteral("project-modified")) + QStringLiteral("/m.shirube");
    Harness h;
    EXPECT_FALSE(h.controller->isModified());
    h.controller->addProduct();
    EXPECT_TRUE(h.controller->isModified());
    h.stack()->undo();
    EXPECT_FALSE(h.controller->isModified());
    h.controller->addProduct();
    ASSERT_TRUE(h.controller->saveAs(path));
    EXPECT_FALSE(h.controller->isModified());
    h.stack()->undo();
    EXPECT_TRUE(h.controller->isModified()) << "undoing past the save is a change";

    // Opening another project asks first; Cancel keeps everything.
    h.prompts->saveChoice = ProjectPrompts::SaveChoice::Cancel;
    EXPECT_FALSE(h.controller->newProject());
    EXPECT_EQ(h.prompts->saveQuestions, 1);
    EXPECT_TRUE(h.controller->isModified());
    h.prompts->saveChoice = ProjectPrompts::SaveChoice::Discard;
    EXPECT_TRUE(h.controller->newProject());
    EXPECT_FALSE(h.controller->isModified());
    EXPECT_TRUE(h.controller->filePath().isEmpty());
}

TEST(ProjectController, RefusedFilesAreReportedAndLeftUntouched)
{
    const QString dir = test::freshDirectory(QStringLiteral("project-refused"));
    const QString path = dir + QStringLiteral("/notes.shirube");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("These are my meeting notes, not a database.\n");
    }
    const QByteArray before = sha(path);
    Harness h;
    EXPECT_FALSE(h.controller->open(path));
    ASSERT_EQ(h.prompts->errors.size(), 1);
    EXPECT_TRUE(h.prompts->errors[0].contains(QStringLiteral("notes.shirube")))
        << h.prompts->errors[0].toStdString();
    EXPECT_TRUE(h.prompts->errors[0].contains(QStringLiteral("not a Shirube project")))
        << h.prompts->errors[0].toStdString();
    EXPECT_TRUE(h.prompts->errors[0].contains(QStringLiteral("not changed")))
        << h.prompts->errors[0].toStdString();
    EXPECT_EQ(sha(path), before);
    EXPECT_TRUE(h.controller->filePath().isEmpty()) << "the open project stays";
}

TEST(ProjectController, RecoveryIsOfferedAfterACrashAndNotAfterACleanClose)
{
    const QString store = test::freshDirectory(QStringLiteral("project-recovery"));
    core::Project unsaved;
    {
        // A session with unsaved work, autosaved, then "killed": no clean close, no discardRecovery().
        Harness crashed(store);
        crashed.host->answer(QStringLiteral("name"), QStringLiteral("Unsaved pump"),
                             crashed.controller.get());
        crashed.controller->addProduct(QStringLiteral("Second"));
        EXPECT_EQ(crashed.controller->autosaveInterval(), 60 * 1000);
        ASSERT_TRUE(crashed.controller->autosaveNow());
        EXPECT_FALSE(crashed.controller->autosaveNow()) << "nothing changed since the last autosave";
        unsaved = crashed.controller->snapshot();
    }
    {
        Harness next(store);
        next.prompts->recoverChoice = ProjectPrompts::RecoverChoice::Recover;
        ASSERT_TRUE(next.controller->offerRecovery());
        ASSERT_EQ(next.prompts->recoverQuestions.size(), 1);
        EXPECT_TRUE(next.prompts->recoverQuestions[0].contains(QStringLiteral("2")))
            << "names the product count";
        const core::Project recovered = next.controller->snapshot();
        ASSERT_EQ(recovered.products.size(), unsaved.products.size());
        for (size_t i = 0; i < recovered.products.size(); ++i) {
            EXPECT_EQ(recovered.products[i].name, unsaved.products[i].name);
            EXPECT_TRUE(recovered.products[i].profile == unsaved.products[i].profile);
        }
        EXPECT_TRUE(next.controller->isModified()) << "recovered work is unsaved work";
        next.controller->discardRecovery(); // this session closes cleanly
    }
    {
        Harness after(store);
        EXPECT_FALSE(after.controller->offerRecovery());
        EXPECT_TRUE(after.prompts->recoverQuestions.isEmpty()) << "a clean close leaves nothing to recover";
    }
    {
        // Declining deletes the autosave for good.
        Harness crashed(store);
        crashed.controller->addProduct();
        ASSERT_TRUE(crashed.controller->autosaveNow());
    }
    {
        Harness next(store);
        next.prompts->recoverChoice = ProjectPrompts::RecoverChoice::Discard;
        EXPECT_FALSE(next.controller->offerRecovery());
        EXPECT_EQ(next.prompts->recoverQuestions.size(), 1);
    }
    Harness last(store);
    EXPECT_FALSE(last.controller->offerRecovery());
    EXPECT_TRUE(last.prompts->recoverQuestions.isEmpty());
}

// The recovery session (its lock file marks it live) is made by the first autosave, not at start-up; a
// live session's autosave is never offered to another one.
TEST(ProjectController, ASessionTouchesTheRecoveryFolderFirstWhenItAutosaves)
{
    const QString store = test::freshDirectory(QStringLiteral("project-recovery-first-autosave"));
    Harness live(store);
    EXPECT_TRUE(QDir(store).entryList(QDir::Files).isEmpty()) << "nothing written at start-up";
    EXPECT_FALSE(live.controller->autosaveNow()) << "nothing to save yet";
    EXPECT_TRUE(QDir(store).entryList(QDir::Files).isEmpty());
    live.host->answer(QStringLiteral("name"), QStringLiteral("Infusion pump"), live.controller.get());
    ASSERT_TRUE(live.controller->autosaveNow());
    EXPECT_EQ(QDir(store).entryList({QStringLiteral("*.lock")}, QDir::Files).size(), 1);
    EXPECT_EQ(QDir(store).entryList({QStringLiteral("*.shirube")}, QDir::Files).size(), 1);

    Harness other(store);
    EXPECT_FALSE(other.controller->offerRecovery());
    EXPECT_TRUE(other.prompts->recoverQuestions.isEmpty()) << "a running session's work is not an orphan";
    live.controller->discardRecovery();
    EXPECT_TRUE(QDir(store).entryList({QStringLiteral("*.shirube")}, QDir::Files).isEmpty());
}

TEST(ProjectController, OpeningAProjectPlannedWithAnOlderRulesetOffersAReplanAndShowsWhatChanged)
{
    const QString path =
        test::freshDirectory(QStringLiteral("project-replan")) + QStringLiteral("/old.shirube");
    const auto ruleset = test::builtinRuleset();
    // A product whose stored plan came from "an older ruleset": the plan of another profile, so the
    // class and routes differ from what today's ruleset gives.
    core::Project old;
    core::Product p;
    p.name = QStringLiteral("Elastic bandage");
    p.profile = exampleProfile("teaching-elastic-bandage");
    p.rulesetId = ruleset->id;
    p.rulesetVersion = QStringLiteral("2024.1");
    core::PlanOptions options;
    p.planSnapshot =
        core::planToJson(test::planner()->plan(exampleProfile("eus-hgs-biliary-stent"), options));
    old.addProduct(p);
    ASSERT_FALSE(core::ProjectFile::save(old, path).has_value());

    Harness h;
    h.prompts->replanAnswer = true;
    ASSERT_TRUE(h.controller->open(path));
    ASSERT_EQ(h.prompts->replanQuestions.size(), 1);
    const QString shown = h.prompts->replanQuestions[0];
    EXPECT_TRUE(shown.contains(QStringLiteral("Elastic bandage")));
    EXPECT_TRUE(shown.contains(QStringLiteral("2024.1")));
    const core::Plan now = test::corePlan(p.profile);
    EXPECT_TRUE(shown.contains(ui::Labels::deviceClass(now.classification.deviceClass).toHtmlEscaped()))
        << "the class change is listed: " << shown.toStdString();

    const core::Product& replanned = h.project().products[0];
    EXPECT_EQ(replanned.rulesetVersion, ruleset->version);
    EXPECT_TRUE(h.controller->productsPlannedWithOtherRuleset().isEmpty());
    EXPECT_TRUE(h.controller->isModified()) << "a re-plan is an edit to save";
    h.stack()->undo();
    EXPECT_EQ(h.project().products[0].rulesetVersion, QStringLiteral("2024.1"));
    EXPECT_EQ(h.controller->productsPlannedWithOtherRuleset().size(), 1);

    // Declining keeps the old plan (in another window, once the first has closed the project: one
    // window per project file).
    ASSERT_TRUE(h.controller->newProject());
    Harness keep;
    keep.prompts->replanAnswer = false;
    ASSERT_TRUE(keep.controller->open(path));
    EXPECT_EQ(keep.project().products[0].rulesetVersion, QStringLiteral("2024.1"));
    EXPECT_FALSE(keep.controller->isModified());
}

TEST(ProjectController, CompareDialogShowsBothProductsPlans)
{
    Harness h;
    const core::Profile left = exampleProfile("gram-stain-image-ai");
    const core::Profile right = exampleProfile("teaching-elastic-bandage");
    h.host->setProfile(left, false);
    h.controller->onProfileChanged();
    const qint64 a = h.controller->currentProductId();
    const qint64 b = h.controller->addProduct(QStringLiteral("Bandage"));
    h.host->setProfile(right, false);
    h.controller->onProfileChanged();

    ui::CompareDialog* dialog = h.controller->compareProducts(a, b);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->leftProduct(), a);
    EXPECT_EQ(dialog->rightProduct(), b);

    const core::Plan planA = test::corePlan(left);
    const core::Plan planB = test::corePlan(right);
    EXPECT_EQ(dialog->cellText(QStringLiteral("class"), 0),
              ui::Labels::deviceClass(planA.classification.deviceClass));
    EXPECT_EQ(dialog->cellText(QStringLiteral("class"), 1),
              ui::Labels::deviceClass(planB.classification.deviceClass));
    EXPECT_EQ(dialog->cellText(QStringLiteral("procedure"), 0),
              ui::Labels::procedure(planA.classification.procedure));
    EXPECT_EQ(dialog->cellText(QStringLiteral("procedure"), 1),
              ui::Labels::procedure(planB.classification.procedure));
    ASSERT_FALSE(planA.routes.empty());
    ASSERT_FALSE(planB.routes.empty());
    const size_t routes = std::max(planA.routes.size(), planB.routes.size());
    for (size_t i = 0; i < routes; ++i)
        EXPECT_GE(dialog->rowOf(QStringLiteral("route%1").arg(i + 1)), 0) << i;
    EXPECT_LT(dialog->rowOf(QStringLiteral("route%1").arg(routes + 1)), 0);
    const QString firstA = dialog->cellText(QStringLiteral("route1"), 0);
    EXPECT_TRUE(firstA.contains(planA.routes[0].label)) << firstA.toStdString();
    EXPECT_TRUE(firstA.contains(ui::Labels::months(planA.routes[0].months.p80))) << firstA.toStdString();
    EXPECT_TRUE(firstA.contains(ui::Labels::yen(planA.routes[0].costJpy.p80))) << firstA.toStdString();
    const QString firstB = dialog->cellText(QStringLiteral("route1"), 1);
    EXPECT_TRUE(firstB.contains(ui::Labels::months(planB.routes[0].months.p50))) << firstB.toStdString();
    EXPECT_FALSE(dialog->cellText(QStringLiteral("funding"), 0).isEmpty());

    // Rows that differ are marked, rows that agree are not.
    for (const QString& key :
         {QStringLiteral("class"), QStringLiteral("procedure"), QStringLiteral("designations")}) {
        const QTableWidgetItem* cell = dialog->table()->item(dialog->rowOf(key), 0);
        EXPECT_EQ(cell->data(ui::CompareDialog::DiffersRole).toBool(),
                  dialog->cellText(key, 0) != dialog->cellText(key, 1))
            << key.toStdString();
    }
    // Swapping the products swaps the columns.
    dialog->setProducts(b, a);
    EXPECT_EQ(dialog->cellText(QStringLiteral("class"), 0),
              ui::Labels::deviceClass(planB.classification.deviceClass));

    // Screenshot for a person to look at.
    dialog->resize(1000, 700);
    QDir().mkpath(QStringLiteral(SHIRUBE_TEST_BINARY_DIR "/screenshots"));
    dialog->setProducts(a, b);
    EXPECT_TRUE(dialog->grab().save(QStringLiteral(SHIRUBE_TEST_BINARY_DIR "/screenshots/compare-en.png")));
    ui::Language::instance().apply(core::Lang::Ja);
    QCoreApplication::processEvents(); // deliver LanguageChange
    dialog->setPlanner(test::builtinRuleset(), core::Lang::Ja);
    EXPECT_EQ(dialog->cellText(QStringLiteral("class"), 0),
              ui::Labels::deviceClass(test::corePlan(left, core::Lang::Ja).classification.deviceClass));
    EXPECT_TRUE(dialog->grab().save(QStringLiteral(SHIRUBE_TEST_BINARY_DIR "/screenshots/compare-ja.png")));
    ui::Language::instance().apply(core::Lang::En);
}

TEST(ProductListModel, PassesTheModelTesterThroughAddRenameDeleteUndo)
{
    Harness h;
    QAbstractItemModelTester tester(h.controller->productModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 b = h.controller->addProduct(QStringLiteral("B"));
    h.controller->duplicateProduct(b);
    ui::ProductListModel* model = h.controller->productModel();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_TRUE(model->data(model->indexOfProduct(b), ui::ProductListModel::CurrentRole).toBool());
    // Renaming in place pushes a command; the model never edits the project itself.
    const int before = h.stack()->count();
    EXPECT_TRUE(model->setData(model->indexOfProduct(b), QStringLiteral("Renamed")));
    EXPECT_EQ(h.stack()->count(), before + 1);
    EXPECT_EQ(model->data(model->indexOfProduct(b)).toString(), QStringLiteral("Renamed"));
    EXPECT_FALSE(model->setData(model->indexOfProduct(b), QStringLiteral("   ")))
        << "an empty name is refused";
    h.controller->removeProduct(b);
    EXPECT_EQ(model->rowCount(), 2);
    while (h.stack()->canUndo())
        h.stack()->undo();
    EXPECT_EQ(model->rowCount(), 1);
}

TEST(ProductListWidget, ClickingAProductShowsItAndDelDeletesIt)
{
    Harness h;
    h.host->answer(QStringLiteral("kind"), QStringLiteral("hardware"), h.controller.get());
    const qint64 a = h.controller->currentProductId();
    const qint64 b = h.controller->addProduct(QStringLiteral("B"));
    ui::ProductListWidget* list = h.controller->productList();
    ASSERT_NE(list, nullptr);
    ASSERT_NE(h.controller->dock(), nullptr);
    h.host->window()->resize(800, 600);
    h.host->window()->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(h.host->window()));
    QListView* view = list->view();
    EXPECT_EQ(list->selectedProductId(), b) << "the list follows the product on screen";

    const QRect rowA = view->visualRect(h.controller->productModel()->indexOfProduct(a));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowA.center());
    EXPECT_EQ(h.controller->currentProductId(), a);
    EXPECT_EQ(h.host->m_profile.text(QStringLiteral("kind")), QStringLiteral("hardware"));

    const int steps = h.stack()->count();
    const QRect rowB = view->visualRect(h.controller->productModel()->indexOfProduct(b));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowB.center());
    EXPECT_EQ(h.controller->currentProductId(), b);
    EXPECT_EQ(list->selectedProductId(), b);
    EXPECT_EQ(h.stack()->count(), steps) << "clicking a product is not an undo step";

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_EQ(h.project().product(b), nullptr);
    EXPECT_EQ(list->selectedProductId(), a);
    h.stack()->undo();
    EXPECT_NE(h.project().product(b), nullptr);
}

namespace {

// A project file of two planned products, written as another program would.
QString twoProductFile(const QString& dirName)
{
    const QString path = test::freshDirectory(dirName) + QStringLiteral("/clients.shirube");
    core::Project project;
    for (const char* example : {"gram-stain-image-ai", "aim4crc"}) {
        core::Product p;
        p.id = qint64(project.products.size()) + 1;
        p.profile = exampleProfile(example);
        p.name = p.profile.name();
        project.products.push_back(p);
    }
    EXPECT_EQ(core::ProjectFile::save(project, path), std::nullopt);
    return path;
}

} // namespace

TEST(ProjectController, AProjectOpenInAnotherProgramOpensReadOnlyAndSavesOnlyUnderAnotherName)
{
    const QString path = twoProductFile(QStringLiteral("project-locked"));
    const QByteArray before = sha(path);
    // Another program has it open: its lock file, held.
    QLockFile other(core::ProjectLock::lockPathFor(path));
    ASSERT_TRUE(other.tryLock(0));

    Harness cancelled;
    cancelled.prompts->lockedChoice = ProjectPrompts::LockedChoice::Cancel;
    EXPECT_FALSE(cancelled.controller->open(path));
    ASSERT_EQ(cancelled.prompts->lockedQuestions.size(), 1);
    EXPECT_TRUE(cancelled.prompts->lockedQuestions.front().startsWith(QStringLiteral("clients.shirube | ")))
        << cancelled.prompts->lockedQuestions.front().toStdString();
    EXPECT_TRUE(cancelled.prompts->lockedQuestions.front().contains(
        QString::number(QCoreApplication::applicationPid())))
        << "the question names who holds it";

    Harness h;
    ASSERT_TRUE(h.controller->open(path)) << h.prompts->errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(h.controller->isReadOnly());
    EXPECT_TRUE(h.host->m_readOnly) << "the window says so";
    EXPECT_FALSE(h.controller->holdsLock());
    EXPECT_EQ(h.project().products.size(), 2u);
    h.host->answer(QStringLiteral("name"), QStringLiteral("Renamed"), h.controller.get());
    const QString copy = QFileInfo(path).absolutePath() + QStringLiteral("/my-copy.shirube");
    h.prompts->savePath = copy;
    ASSERT_TRUE(h.controller->save()) << "Save asks for another name";
    EXPECT_EQ(sha(path), before) << "the file the other program has open is untouched";
    EXPECT_FALSE(h.controller->isReadOnly()) << "the copy is this window's own";
    EXPECT_TRUE(h.controller->holdsLock());
    EXPECT_EQ(h.controller->filePath(), QFileInfo(copy).absoluteFilePath());
    core::OpenResult reread = core::ProjectFile::open(copy);
    ASSERT_TRUE(reread);
    EXPECT_EQ(reread.value().project.products.front().name, QStringLiteral("Renamed"));
}

TEST(ProjectController, AnOpenProjectIsLockedAndASaveMergesProductsAnotherWriterAdded)
{
    const QString path = twoProductFile(QStringLiteral("project-merge"));
    Harness h;
    ASSERT_TRUE(h.controller->open(path));
    EXPECT_FALSE(h.controller->isReadOnly());
    EXPECT_TRUE(h.controller->holdsLock()) << "other writers wait and another window asks";
    const std::optional<core::LockHolder> holder = core::ProjectLock::holder(path);
    ASSERT_TRUE(holder);
    EXPECT_EQ(holder->pid, QCoreApplication::applicationPid());

    // Meanwhile another writer (in this process, so past the lock: a CLI import would have waited)
    // adds a product to the file.
    core::OpenResult outside = core::ProjectFile::open(path);
    ASSERT_TRUE(outside);
    core::Project theirs = outside.value().project;
    core::Product added;
    added.id = 3;
    added.name = QStringLiteral("Added elsewhere");
    added.profile = exampleProfile("smart-eye-camera");
    theirs.products.push_back(added);
    ASSERT_EQ(core::ProjectFile::save(theirs, path), std::nullopt);

    h.host->answer(QStringLiteral("name"), QStringLiteral("Gram stain, edited here"), h.controller.get());
    ASSERT_TRUE(h.controller->save()) << h.prompts->errors.join(QLatin1Char('\n')).toStdString();
    core::OpenResult after = core::ProjectFile::open(path);
    ASSERT_TRUE(after);
    QStringList names;
    for (const core::Product& p : after.value().project.products)
        names << p.name;
    EXPECT_TRUE(names.contains(QStringLiteral("Added elsewhere")))
        << names.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Gram stain, edited here")))
        << names.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(names.size(), 3);
    ASSERT_EQ(h.prompts->information.size(), 1) << "the user is told what was merged";
    EXPECT_TRUE(h.prompts->information.front().contains(QStringLiteral("Added elsewhere")))
        << h.prompts->information.front().toStdString();
    EXPECT_EQ(h.project().products.size(), 3u) << "the window shows the merged project";

    // A second save with nothing changed outside is a plain save: no new message.
    h.host->answer(QStringLiteral("name"), QStringLiteral("Gram stain, edited twice"), h.controller.get());
    ASSERT_TRUE(h.controller->save());
    EXPECT_EQ(h.prompts->information.size(), 1);

    ASSERT_TRUE(h.controller->newProject());
    EXPECT_FALSE(h.controller->holdsLock()) << "closing the project releases its lock";
    EXPECT_FALSE(core::ProjectLock::holder(path).has_value());
}

TEST(ProjectController, AProductsOwnEstimatesReachItsPlan)
{
    const QString dir = test::freshDirectory(QStringLiteral("project-overrides"));
    const QString path = dir + QStringLiteral("/overrides.shirube");
    core::Project project;
    core::Product p;
    p.id = 1;
    p.profile = exampleProfile("aim4crc");
    p.name = p.profile.name();
    core::Override review;
    review.activity = QStringLiteral("pmda_review");
    review.months = core::ThreePoint{30, 34, 40};
    review.note = QStringLiteral("pre-submission consultation");
    p.overrides.push_back(review);
    project.products.push_back(p);
    ASSERT_EQ(core::ProjectFile::save(project, path), std::nullopt);

    Harness h;
    ASSERT_TRUE(h.controller->open(path));
    ASSERT_EQ(h.host->m_overrides.size(), 1u) << "the window plans the shown product with its estimates";
    EXPECT_EQ(h.host->m_overrides.front().activity, QStringLiteral("pmda_review"));
    ASSERT_TRUE(h.host->m_overrides.front().months);
    EXPECT_EQ(h.host->m_overrides.front().months->likely, 34);

    h.host->answer(QStringLiteral("name"), QStringLiteral("AIM4CRC (quoted)"), h.controller.get());
    ASSERT_TRUE(h.controller->save());
    const QJsonObject plan = h.controller->snapshot().products.front().planSnapshot.object();
    EXPECT_TRUE(QJsonDocument(plan)
                    .toJson(QJsonDocument::Compact)
                    .contains("\"override_note\":\"pre-submission consultation\""))
        << "the saved plan used the estimate";

    const qint64 second = h.controller->addProduct(QStringLiteral("Blank"));
    EXPECT_NE(second, 0);
    EXPECT_TRUE(h.host->m_overrides.empty()) << "another product has none";
}

TEST(ProjectController, AReadOnlyFileOpensReadOnlyAndIsNeverReplaced)
{
    const QString path = twoProductFile(QStringLiteral("project-readonly-file"));
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
    const QByteArray before = sha(path);
    Harness h;
    ASSERT_TRUE(h.controller->open(path)) << h.prompts->errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(h.controller->isReadOnly()) << "chmod 444 is respected, by root too";
    EXPECT_TRUE(h.host->m_readOnly);
    EXPECT_TRUE(h.prompts->lockedQuestions.isEmpty()) << "nobody else has it: nothing to ask";
    h.host->answer(QStringLiteral("name"), QStringLiteral("Edited"), h.controller.get());
    h.prompts->savePath = QString(); // the user cancels the Save As that Save offers
    EXPECT_FALSE(h.controller->save());
    EXPECT_EQ(sha(path), before);
    EXPECT_TRUE(h.controller->isModified()) << "the edit is still there";
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
