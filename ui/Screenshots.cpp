// SPDX-License-Identifier: Apache-2.0
#include "ui/Screenshots.h"

#include "ui/ExamplesGallery.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/graph/GraphDetailsPane.h"
#include "ui/graph/GraphView.h"
#include "ui/jmdn/GenericNamePicker.h"
#include "ui/trainer/TrainerWindow.h"
#include "ui/widgets/QuestionnaireWidget.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>

namespace shirube::ui {

namespace {

void settle(int ms = 60)
{
    // Layouts, the plan, and the graph's layout all settle through the event loop.
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

// Shows a profile file as it is, whatever document the window has (the window owns none).
void showExample(MainWindow& window, const QString& resource, QString* error = nullptr)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error += resource + QStringLiteral(": ") + file.errorString() + QLatin1Char('\n');
        return;
    }
    if (const auto profile = core::Profile::parse(file.readAll()))
        window.setProfile(profile.value());
    else if (error)
        *error += resource + QStringLiteral(": ") + profile.error().toString() + QLatin1Char('\n');
}

// The questionnaire's "What is it?" at 1366×768: a search for a generic name as typed, then the name
// picked (the biliary stent example: "ステント", then the first result, 胆管用ステント). The example is
// opened afresh, so nothing is left changed.
template <typename Save> void genericNameShots(MainWindow& window, const QString& code, Save save)
{
    auto* questionnaire = window.findChild<QuestionnaireWidget*>();
    if (!questionnaire)
        return;
    GenericNamePicker* picker = questionnaire->genericNamePicker();
    const QSize size(1366, 768);
    showExample(window, QStringLiteral(":/examples/eus-hgs-biliary-stent.json"));
    window.showNormal();
    window.resize(size);
    window.waitForPlan();
    picker->searchEdit()->setText(QStringLiteral("ステント"));
    settle();
    save(&window, QStringLiteral("questionnaire-search-%1.png").arg(code), size);
    picker->pick(0);
    window.waitForPlan();
    settle();
    save(&window, QStringLiteral("questionnaire-picked-%1.png").arg(code), size);
}

} // namespace

QString Screenshots::defaultExample()
{
    // The deck's flagship product (the README's screenshot), else the first bundled example.
    const auto all = ExamplesGallery::examples();
    for (const auto& e : all) {
        if (e.resource.endsWith(QLatin1String("/gram-stain-image-ai.json")))
            return e.resource;
    }
    return all.empty() ? QString() : all.front().resource;
}

QList<Screenshots::Shot> Screenshots::take(MainWindow& window, const Options& options, QString* error)
{
    QList<Shot> shots;
    QDir().mkpath(options.directory);
    const QDir dir(options.directory);
    const QString example = options.example.isEmpty() ? defaultExample() : options.example;
    auto save = [&](QWidget* w, const QString& name, QSize expected) {
        const QPixmap pixmap = w->grab();
        const QString file = dir.filePath(name);
        if (pixmap.isNull() || !pixmap.save(file, "PNG")) {
            if (error)
                *error += QStringLiteral("could not write ") + file + QLatin1Char('\n');
            return;
        }
        shots.append({file, w->size(), expected});
    };

    const core::Lang before = Language::current();
    if (!example.isEmpty())
        showExample(window, example, error);
    window.show();
    for (const QString& code : options.languages) {
        window.setLanguage(Language::fromCode(code));
        window.waitForPlan();
        for (const QSize& size : options.sizes) {
            window.showNormal();
            window.resize(size);
            window.showResultTab(0);
            window.waitForPlan();
            settle();
            save(&window, QStringLiteral("main-%1-%2x%3.png").arg(code).arg(size.width()).arg(size.height()),
                 size);
            if (size == options.sizes.front()) {
                save(&window, QStringLiteral("main-%1.png").arg(code), size);
                save(window.graphWidget(), QStringLiteral("graph-%1.png").arg(code), QSize());
                // The details pane on a transition of the recommended route (its steps, in words).
                const auto& routes = window.currentPlan().routes;
                if (!routes.empty() && !routes.front().transitions.isEmpty()) {
                    // The transition with the most steps: months, fees, conditions, sources.
                    QString shown = routes.front().transitions.front();
                    std::size_t most = 0;
                    for (const QString& id : routes.front().transitions)
                        if (const auto* t = window.ruleset()->transition(id); t && t->steps.size() > most) {
                            most = t->steps.size();
                            shown = id;
                        }
                    window.graphView()->detailsPane()->showTransition(shown);
                    settle();
                    save(window.graphWidget(), QStringLiteral("details-%1.png").arg(code), QSize());
                    window.graphView()->detailsPane()->clear();
                }
                window.showResultTab(1);
                settle();
                save(window.resultTabs(), QStringLiteral("designations-%1.png").arg(code), QSize());
                window.showResultTab(2);
                settle();
                save(window.resultTabs(), QStringLiteral("funding-%1.png").arg(code), QSize());
                window.showResultTab(0);
            }
        }
        genericNameShots(window, code, save);
        if (!example.isEmpty())
            showExample(window, example, error);
        window.waitForPlan();
        TrainerWindow* trainer = window.openTrainer(false);
        const QSize trainerSize(1920, 1080);
        trainer->resize(trainerSize);
        trainer->next();
        trainer->next();
        settle(150);
        save(trainer, QStringLiteral("trainer-%1.png").arg(code), trainerSize);
        trainer->close();
        settle(20);
    }
    window.setLanguage(before);
    window.waitForPlan();
    return shots;
}

} // namespace shirube::ui
