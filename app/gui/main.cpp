// SPDX-License-Identifier: Apache-2.0
// shirube: the desktop application.
#include "core/profile/ProfileSchema.h"
#include "core/rules/RulesetLoader.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PlanController.h"
#include "ui/Screenshots.h"
#include "ui/graph/GraphvizLayout.h"
#include "ui/models/ProfileModel.h"
#include "ui/project/ProjectController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <future>
#include <vector>

#include "bench/StartupReport.h"
#ifdef SHIRUBE_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

using namespace shirube;

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

// Answer change -> refreshed results, measured in-process: each edit goes through the questionnaire
// model (an undoable command), the planner (off the GUI thread), every results widget, and the repaint.
// Two kinds of edits: a founder answering the example's questions one by one from a blank profile (the
// early answers leave much unknown: several scenarios, dozens of routes), and a consultant changing
// answers of the complete example.
int benchRefresh(ui::MainWindow& window, int runs)
{
    window.show();
    ui::ProfileModel* model = window.profileModel();
    std::vector<double> planOnly;
    bool applied = false;
    double appliedMs = 0;
    QElapsedTimer t;
    QObject::connect(&window, &ui::MainWindow::planApplied, &window, [&] {
        applied = true;
        appliedMs = double(t.nsecsElapsed()) / 1e6;
    });
    // Each edit adds the time to its refreshed results (repaint included) to `refreshed`, and the time
    // to every results widget updated (planned and applied, before the repaint) to `applied`.
    struct Times
    {
        std::vector<double> refreshed;
        std::vector<double> applied;
    };
    const auto measure = [&](const QString& path, const QJsonValue& value, Times& into) {
        applied = false;
        t.start();
        model->setAnswer(path, value);
        QDeadlineTimer deadline(5000);
        while (!applied && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QCoreApplication::processEvents(); // the repaint
        into.refreshed.push_back(double(t.nsecsElapsed()) / 1e6);
        into.applied.push_back(appliedMs);

        QElapsedTimer p;
        p.start();
        const core::Plan plan = window.planController()->planNow(model->profile());
        planOnly.push_back(double(p.nsecsElapsed()) / 1e6);
        Q_UNUSED(plan);
    };
    const auto report = [&](const char* what, const Times& times) {
        const std::vector<double>& v = times.refreshed;
        std::printf("answer-change -> refreshed results, %s: median %.2f ms, p90 %.2f ms, max %.2f ms over "
                    "%zu edits\n",
                    what, median(v), percentile(v, 0.9), *std::max_element(v.begin(), v.end()), v.size());
        std::printf("  of which planned and every results widget updated (before the repaint): median %.2f "
                    "ms, p90 %.2f ms\n",
                    median(times.applied), percentile(times.applied, 0.9));
    };

    // The example answered question by question, from blank, as many times as it takes to reach `runs`.
    const auto showExample = [&window] {
        QFile file(ui::Screenshots::defaultExample());
        if (file.open(QIODevice::ReadOnly))
            if (const auto profile = core::Profile::parse(file.readAll()))
                window.setProfile(profile.value());
    };
    showExample();
    window.waitForPlan();
    const core::Profile example = model->profile();
    Times answering;
    while (int(answering.refreshed.size()) < runs) {
        window.setProfile(core::Profile());
        window.waitForPlan();
        QCoreApplication::processEvents();
        for (const core::FieldSpec& f : core::profileFields()) {
            const auto value = example.value(f.path);
            if (value && int(answering.refreshed.size()) < runs)
                measure(f.path, *value, answering);
        }
    }

    // Answers of the complete example changed: each run flips one that plausibly changes the plan.
    showExample();
    window.waitForPlan();
    QCoreApplication::processEvents();
    const QStringList fields = {
        QStringLiteral("evidence.world_first"), QStringLiteral("populations.pediatric"),
        QStringLiteral("evidence.exploratory_data_only"), QStringLiteral("applicant.has_marketing_license")};
    Times changing;
    for (int i = 0; i < runs; ++i) {
        const QString path = fields[i % fields.size()];
        measure(path, !model->answer(path).toBool(false), changing);
    }

    report("answering the example from blank", answering);
    report("changing answers of the complete example", changing);
    std::printf("planner alone (same profiles): median %.2f ms, p90 %.2f ms\n", median(planOnly),
                percentile(planOnly, 0.9));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    // Work that needs no display runs on another core while QApplication connects to one: the built-in
    // ruleset is loaded and validated (RulesetLoader keeps it for the process, so the call below only
    // collects it), and fontconfig reads its configuration and font caches, which the first text
    // measured would otherwise wait for. Qt takes the first thread that asks for its QThread as the main
    // thread: this one asks before the worker starts.
    QThread::currentThread();
    std::future<void> warmUp = std::async(std::launch::async | std::launch::deferred, [] {
        (void)core::RulesetLoader::loadBuiltin();
#ifdef SHIRUBE_HAVE_FONTCONFIG
        FcInit();
#endif
    });
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Shirube"));
    QApplication::setApplicationName(QStringLiteral("Shirube"));
    QApplication::setApplicationVersion(QStringLiteral(SHIRUBE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("jp.shirube.Shirube"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Plans how a medical device or SaMD reaches the Japanese market."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("User interface language (ja or en)."),
                                        QStringLiteral("code"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save screenshots (PNG) into DIR and quit."),
                                              QStringLiteral("DIR"));
    const QCommandLineOption exampleOption(
        QStringLiteral("example"),
        QStringLiteral(
            "Open a bundled example (file name without .json), or a profile file (path ending in .json)."),
        QStringLiteral("name"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after-show"),
        QStringLiteral("Quit once the main window has painted its first frame (start-up benchmark)."));
    const QCommandLineOption benchOption(
        QStringLiteral("bench-refresh"),
        QStringLiteral("Measure answer-change to refreshed results over N edits."), QStringLiteral("N"));
    parser.addOptions({langOption, screenshotOption, exampleOption, quitOption, benchOption});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A product profile (.json) or project to open."),
                                 QStringLiteral("[file]"));
    warmUp.wait(); // before process() can exit (--help, --version) while it runs
    parser.process(app);

    ui::Language::instance().apply(parser.isSet(langOption) ? parser.value(langOption)
                                                            : ui::Language::startupCode());

    auto ruleset = core::RulesetLoader::loadBuiltin();
    if (!ruleset) {
        QMessageBox::critical(nullptr, ui::Labels::cannotStartTitle(),
                              ui::Labels::cannotStartText(ruleset.error().toString()));
        return 4;
    }

    // The built-in ruleset's graph as the build laid it out (app/gui/tools/graph_layouts.cpp): used when
    // this machine's fonts give the same sizes, otherwise Graphviz runs as usual.
    if (QFile layouts(QStringLiteral(":/graph/layouts.bin")); layouts.open(QIODevice::ReadOnly))
        ui::GraphvizLayout::setPrecomputed(layouts.readAll());
    ui::MainWindow window(ruleset.value());
    // Projects (.shirube): New/Open/Save work on a project of products, autosave and recovery.
    ui::ProjectController* project = ui::ProjectController::install(&window);
    const QString exampleName = parser.value(exampleOption);
    const QString example = !parser.isSet(exampleOption) ? QString()
                            : exampleName.endsWith(QLatin1String(".json"))
                                ? exampleName // a profile file: screenshots of any product, a blank one too
                                : QStringLiteral(":/examples/") + exampleName + QStringLiteral(".json");

    if (parser.isSet(screenshotOption)) {
        ui::Screenshots::Options options;
        options.directory = parser.value(screenshotOption);
        options.example = example;
        QString error;
        const auto shots = ui::Screenshots::take(window, options, &error);
        for (const auto& shot : shots)
            std::printf("%s (%dx%d)\n", qPrintable(shot.file), shot.size.width(), shot.size.height());
        if (!error.isEmpty())
            std::fprintf(stderr, "%s", qPrintable(error));
        window.undoStack()->setClean();
        project->discardRecovery();
        return error.isEmpty() ? 0 : 1;
    }
    if (parser.isSet(benchOption)) {
        const int code = benchRefresh(window, qMax(1, parser.value(benchOption).toInt()));
        window.undoStack()->setClean();
        project->discardRecovery();
        return code;
    }

    if (!example.isEmpty())
        project->importProfile(example); // in place of the blank first product
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(quitOption)) {
        // After the first frame, the first plan's results too (planned at idle priority meanwhile).
        new bench::StartupReport(window, clock, [&] {
            const auto finish = [&] {
                bench::reportMoment("results", clock);
                window.undoStack()->setClean();
                project->discardRecovery();
                app.quit();
            };
            if (window.hasPlan())
                finish();
            else
                QObject::connect(&window, &ui::MainWindow::planApplied, &app, finish);
        });
        QTimer::singleShot(30000, &app, [&] { // never shown, or never planned
            window.undoStack()->setClean();
            project->discardRecovery();
            app.exit(1);
        });
    }
    window.show();
    if (!parser.isSet(quitOption))
        QTimer::singleShot(0, project, [project] { project->offerRecovery(); }); // after a crash
    return app.exec();
}
