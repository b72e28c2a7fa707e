// SPDX-License-Identifier: Apache-2.0
// The baselines of the start-up benchmark (tests/ui/bench/startup_bench.sh), plain Qt Widgets only:
//  - by default a bare window: one label, 1366x768 (the hello-world the goal is set against);
//  - with --reference, a window made of the same kinds of widgets as Shirube's main window, one of each
//    where Shirube has many and none of its content: menu bar and tool bar, a dock with a list, splitters,
//    a scrolled form with one question (label, drop-down, line edit), a card of labels, a table, tabs
//    with a graphics view, a status bar. It shows what Qt itself takes to bring those kinds of widgets
//    up on the machine, which no work on Shirube's own content can go below.
// With --quit-after-show both report when their window is shown and when its first frame is painted,
// then leave, like `shirube --quit-after-show` (StartupReport.h).
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <cstring>
#include <memory>

#include "StartupReport.h"

namespace {

QWidget* questionnaire(QWidget* parent)
{
    auto* widget = new QWidget(parent);
    auto* outer = new QVBoxLayout(widget);
    auto* shortcut = new QGroupBox(QStringLiteral("Already know the class?"), widget);
    auto* form = new QFormLayout(shortcut);
    auto* known = new QComboBox(shortcut);
    known->addItems({QStringLiteral("Unknown"), QStringLiteral("Class I"), QStringLiteral("Class II")});
    form->addRow(QStringLiteral("Class, if already known"), known);
    outer->addWidget(shortcut);

    auto* scroll = new QScrollArea(widget);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* contentLayout = new QVBoxLayout(content);
    auto* group = new QGroupBox(QStringLiteral("About the product"), content);
    auto* rows = new QVBoxLayout(group);
    auto* question = new QLabel(QStringLiteral("What kind of product"), group);
    question->setWordWrap(true);
    rows->addWidget(question);
    auto* answer = new QComboBox(group);
    answer->addItems({QStringLiteral("Unknown"), QStringLiteral("Software only (SaMD)")});
    rows->addWidget(answer);
    auto* name = new QLineEdit(group);
    name->setPlaceholderText(QStringLiteral("Unknown"));
    rows->addWidget(name);
    contentLayout->addWidget(group);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto* help = new QLabel(QStringLiteral("Help"), widget);
    help->setWordWrap(true);
    outer->addWidget(help);
    return widget;
}

QWidget* results(QWidget* parent)
{
    auto* split = new QSplitter(Qt::Vertical, parent);
    auto* top = new QSplitter(Qt::Horizontal, split);
    auto* card = new QFrame(top);
    auto* cardLayout = new QFormLayout(card);
    cardLayout->addRow(QStringLiteral("Class:"), new QLabel(QStringLiteral("Class II"), card));
    cardLayout->addRow(QStringLiteral("Procedure:"), new QLabel(QStringLiteral("Approval"), card));
    auto* table = new QTableView(top);
    auto* model = new QStandardItemModel(1, 6, table);
    for (int column = 0; column < 6; ++column)
        model->setItem(0, column, new QStandardItem(QStringLiteral("29.4 mo")));
    table->setModel(model);
    table->horizontalHeader()->setStretchLastSection(true);

    auto* tabs = new QTabWidget(split);
    auto* scene = new QGraphicsScene(tabs);
    scene->addRect(0, 0, 120, 40);
    scene->addSimpleText(QStringLiteral("Clinical evaluation stage"))->setPos(8, 12);
    tabs->addTab(new QGraphicsView(scene), QStringLiteral("State graph"));
    tabs->addTab(new QWidget, QStringLiteral("Designations"));
    tabs->addTab(new QWidget, QStringLiteral("Funding"));
    return split;
}

std::unique_ptr<QWidget> referenceWindow()
{
    auto window = std::make_unique<QMainWindow>();
    for (const char* title : {"File", "Edit", "View", "Help"})
        window->menuBar()->addMenu(QLatin1String(title))->addAction(QStringLiteral("Action"));
    QToolBar* tools = window->addToolBar(QStringLiteral("Main"));
    for (const char* text : {"New", "Open...", "Save", "Undo", "Redo", "Examples...", "Trainer Mode"})
        tools->addAction(QLatin1String(text));

    auto* dock = new QDockWidget(QStringLiteral("Products"), window.get());
    auto* dockBody = new QWidget(dock);
    auto* dockLayout = new QVBoxLayout(dockBody);
    dockLayout->addWidget(new QPushButton(QStringLiteral("+"), dockBody));
    auto* list = new QListWidget(dockBody);
    list->addItem(QStringLiteral("Untitled product"));
    dockLayout->addWidget(list);
    dock->setWidget(dockBody);
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);

    auto* central = new QSplitter(Qt::Horizontal, window.get());
    central->addWidget(questionnaire(central));
    central->addWidget(results(central));
    window->setCentralWidget(central);
    window->statusBar()->addWidget(new QLabel(QStringLiteral("Planning..."), window.get()), 1);
    return window;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    bool quitAfterShow = false;
    bool reference = false;
    for (int i = 1; i < argc; ++i) {
        quitAfterShow = quitAfterShow || std::strcmp(argv[i], "--quit-after-show") == 0;
        reference = reference || std::strcmp(argv[i], "--reference") == 0;
    }
    std::unique_ptr<QWidget> window =
        reference ? referenceWindow() : std::make_unique<QLabel>(QStringLiteral("Hello"));
    window->resize(1366, 768);
    if (quitAfterShow)
        new shirube::bench::StartupReport(*window, clock, [&app] { app.quit(); });
    window->show();
    return app.exec();
}
