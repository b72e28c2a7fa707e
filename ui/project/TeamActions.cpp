// SPDX-License-Identifier: Apache-2.0
#include "ui/project/TeamActions.h"

#include "core/storage/TeamSession.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/project/HistoryDialog.h"
#include "ui/project/ProjectController.h"
#include "ui/project/TeamWatcher.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace shirube::ui {

TeamWatcher* TeamActions::install(MainWindow* window, ProjectController* controller)
{
    auto* watcher = new TeamWatcher(controller);
    QObject::connect(watcher, &TeamWatcher::refreshed, window,
                     [window](const QString& message) { window->statusBar()->showMessage(message, 15000); });

    auto* fileMenu = window->findChild<QMenu*>(QStringLiteral("menuFile"));
    auto* open = window->findChild<QAction*>(QStringLiteral("actionOpenTeamProject"));
    if (!fileMenu || !open)
        return watcher;
    auto* history = new QAction(window);
    history->setObjectName(QStringLiteral("actionTeamHistory"));
    const auto retranslate = [history] {
        history->setText(TeamWatcher::tr("Team Project &History…"));
        history->setToolTip(TeamWatcher::tr("Who changed which product of the team project when, and "
                                            "earlier versions to restore"));
    };
    retranslate();
    QObject::connect(&Language::instance(), &Language::changed, history, retranslate);
    const QList<QAction*> actions = fileMenu->actions();
    const qsizetype at = actions.indexOf(open);
    fileMenu->insertAction(at >= 0 && at + 1 < actions.size() ? actions[at + 1] : nullptr, history);
    history->setEnabled(false);
    QObject::connect(fileMenu, &QMenu::aboutToShow, history,
                     [history, controller] { history->setEnabled(controller->isTeamProject()); });
    QObject::connect(history, &QAction::triggered, controller, [window, controller, watcher] {
        core::TeamSession* session = controller->teamSession();
        if (!session)
            return;
        HistoryDialog dialog(session, window->ruleset(), window->language(), window);
        QObject::connect(&dialog, &HistoryDialog::restored, watcher, [watcher] { watcher->refreshNow(); });
        dialog.exec();
        watcher->refreshNow();
    });
    return watcher;
}

} // namespace shirube::ui
