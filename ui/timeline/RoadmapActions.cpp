// SPDX-License-Identifier: Apache-2.0
#include "ui/timeline/RoadmapActions.h"

#include "core/export/CalendarWriter.h"
#include "core/export/SpreadsheetWriter.h"
#include "core/planning/Planner.h"
#include "ui/MainWindow.h"
#include "ui/project/ProjectController.h"
#include "ui/report/RoadmapReport.h"
#include "ui/settings/Settings.h"
#include "ui/timeline/TimelineView.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTabWidget>

namespace shirube::ui {

namespace {

QString extension(RoadmapActions::Format format)
{
    switch (format) {
    case RoadmapActions::Format::Pdf:
        return QStringLiteral(".pdf");
    case RoadmapActions::Format::Calendar:
        return QStringLiteral(".ics");
    case RoadmapActions::Format::Spreadsheet:
        break;
    }
    return QStringLiteral(".xlsx");
}

} // namespace

RoadmapActions::RoadmapActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("roadmapActions"));
    m_timeline = new TimelineView(window->resultTabs());
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_tabIndex = window->resultTabs()->addTab(m_timeline, QString());

    m_exportMenu = new QMenu(window);
    m_exportMenu->setObjectName(QStringLiteral("menuExportRoadmap"));
    auto make = [this](const char* name) {
        auto* a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    m_exportPdf = make("actionExportRoadmapPdf");
    m_exportIcs = make("actionExportRoadmapCalendar");
    m_exportXlsx = make("actionExportRoadmapSpreadsheet");
    m_exportProject = make("actionExportProjectReport");
    m_print = make("actionPrintRoadmap");
    m_print->setShortcut(QKeySequence::Print);
    m_printPreview = make("actionPrintPreviewRoadmap");
    m_exportMenu->addAction(m_exportPdf);
    m_exportMenu->addAction(m_exportIcs);
    m_exportMenu->addAction(m_exportXlsx);
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(m_exportProject);
    connect(m_exportMenu, &QMenu::aboutToShow, this,
            [this] { m_exportProject->setEnabled(m_window->findChild<ProjectController*>() != nullptr); });
    QMenu* fileMenu = window->fileMenu();
    QAction* before = window->fileActions().quit;
    fileMenu->insertMenu(before, m_exportMenu);
    fileMenu->insertAction(before, m_printPreview);
    fileMenu->insertAction(before, m_print);
    fileMenu->insertSeparator(before);

    connect(m_exportPdf, &QAction::triggered, this, [this] { exportInteractively(Format::Pdf); });
    connect(m_exportIcs, &QAction::triggered, this, [this] { exportInteractively(Format::Calendar); });
    connect(m_exportXlsx, &QAction::triggered, this, [this] { exportInteractively(Format::Spreadsheet); });
    connect(m_exportProject, &QAction::triggered, this, [this] {
        ProjectController* project = m_window->findChild<ProjectController*>();
        const QString last = settings::LastDirectory.value();
        const QString dir = last.isEmpty() ? QDir::homePath() : last;
        QString name = project ? project->displayName() : QString();
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral(" "));
        name = name.simplified().isEmpty() ? tr("Roadmap") : tr("%1 roadmap").arg(name.simplified());
        QString file = QFileDialog::getSaveFileName(m_window, tr("Export roadmap"),
                                                    QDir(dir).filePath(name + QStringLiteral(".pdf")),
                                                    tr("PDF (*.pdf)"));
        if (file.isEmpty())
            return;
        file = withExtension(file, Format::Pdf);
        QString error;
        if (!exportProjectPdf(file, &error))
            QMessageBox::warning(m_window, tr("Export roadmap"), error);
    });
    connect(m_print, &QAction::triggered, this, [this] { printInteractively(false); });
    connect(m_printPreview, &QAction::triggered, this, [this] { printInteractively(true); });
    connect(window, &MainWindow::planApplied, this, &RoadmapActions::refresh);
    connect(window, &MainWindow::selectedRouteChanged, this, &RoadmapActions::refresh);
    connect(m_timeline, &TimelineView::startMonthChanged, this, [this](const QString& month) {
        m_startMonth = month;
        refresh();
    });
    window->installEventFilter(this);
    retranslate();
    refresh();
}

core::Roadmap RoadmapActions::roadmap() const
{
    core::Plan plan = m_window->currentPlan();
    if (!m_startMonth.isEmpty())
        plan.asOf = m_startMonth;
    const core::Profile profile = m_window->currentProfile();
    core::Roadmap r =
        core::makeRoadmap(profile.name(), std::move(plan), m_window->selectedRouteId(),
                          profile.text(QStringLiteral("goals.target_date")).value_or(QString()));
    if (const core::RulesetPtr ruleset = m_window->ruleset())
        core::addRouteGraph(r, *ruleset);
    return r;
}

QString RoadmapActions::suggestedFileName(Format format) const
{
    QString name = m_window->currentProfile().name().trimmed();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral(" "));
    name = name.simplified();
    if (name.isEmpty())
        name = tr("Roadmap");
    else
        name = tr("%1 roadmap").arg(name);
    return name + extension(format);
}

QString RoadmapActions::withExtension(const QString& fileName, Format format)
{
    const QString ext = extension(format);
    return fileName.endsWith(ext, Qt::CaseInsensitive) ? fileName : fileName + ext;
}

bool RoadmapActions::exportRoadmap(Format format, const QString& fileName, QString* error) const
{
    const std::vector<core::Roadmap> roadmaps{roadmap()};
    const core::Lang lang = m_window->language();
    std::optional<core::Error> failure;
    switch (format) {
    case Format::Pdf: {
        report::ReportOptions options;
        options.lang = lang;
        options.date = QDate::currentDate();
        options.ruleset = m_window->ruleset();
        failure = report::writeRoadmapPdf(fileName, roadmaps, options);
        break;
    }
    case Format::Calendar: {
        const core::Result<QByteArray> ics = core::roadmapsToICalendar(roadmaps, QDate::currentDate());
        if (!ics.ok()) {
            failure = ics.error();
            break;
        }
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(ics.value()) != ics.value().size() ||
            !file.commit())
            failure = core::Error{core::ErrorCode::Io, file.errorString(), fileName, 0};
        break;
    }
    case Format::Spreadsheet:
        failure = core::writeRoadmapsXlsx(roadmaps, fileName, lang);
        break;
    }
    if (failure && error)
        *error = tr("The roadmap could not be saved as %1.").arg(QDir::toNativeSeparators(fileName));
    return !failure;
}

std::vector<core::Roadmap> RoadmapActions::projectRoadmaps() const
{
    ProjectController* project = m_window->findChild<ProjectController*>();
    if (!project)
        return {roadmap()};
    const core::Project snapshot = project->snapshot();
    const core::Planner planner(m_window->ruleset());
    core::PlanOptions options;
    options.lang = m_window->language();
    const QDate start =
        core::monthStart(m_startMonth.isEmpty() ? m_window->currentPlan().asOf : m_startMonth);
    if (start.isValid()) {
        options.asOfYear = start.year();
        options.asOfMonth = start.month();
    }
    std::vector<core::Roadmap> out;
    for (const core::Product& product : snapshot.products) {
        out.push_back(
            core::makeRoadmap(product.name, planner.plan(product.profile, options), product.selectedRoute,
                              product.profile.text(QStringLiteral("goals.target_date")).value_or(QString())));
        core::addRouteGraph(out.back(), *m_window->ruleset());
    }
    return out;
}

bool RoadmapActions::exportProjectPdf(const QString& fileName, QString* error) const
{
    ProjectController* project = m_window->findChild<ProjectController*>();
    report::ReportOptions options;
    options.lang = m_window->language();
    options.date = QDate::currentDate();
    options.ruleset = m_window->ruleset();
    if (project) {
        const core::Project snapshot = project->snapshot();
        options.title = snapshot.meta.title.isEmpty() ? project->displayName() : snapshot.meta.title;
        options.client = snapshot.meta.clients.join(QStringLiteral(", "));
        options.consultant = snapshot.meta.owner;
    }
    const std::optional<core::Error> failure = report::writeRoadmapPdf(fileName, projectRoadmaps(), options);
    if (failure && error)
        *error = tr("The roadmap could not be saved as %1.").arg(QDir::toNativeSeparators(fileName));
    return !failure;
}

int RoadmapActions::print(QPrinter& printer) const
{
    report::ReportOptions options;
    options.lang = m_window->language();
    options.date = QDate::currentDate();
    options.ruleset = m_window->ruleset();
    return report::renderRoadmapReport(printer, {roadmap()}, options);
}

QAction* RoadmapActions::exportAction(Format format) const
{
    switch (format) {
    case Format::Pdf:
        return m_exportPdf;
    case Format::Calendar:
        return m_exportIcs;
    case Format::Spreadsheet:
        break;
    }
    return m_exportXlsx;
}

bool RoadmapActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void RoadmapActions::retranslate()
{
    m_window->resultTabs()->setTabText(m_tabIndex, tr("Timeline"));
    m_exportMenu->setTitle(tr("Export &Roadmap"));
    m_exportPdf->setText(tr("&PDF Report…"));
    m_exportIcs->setText(tr("&Calendar (.ics)…"));
    m_exportXlsx->setText(tr("&Spreadsheet (.xlsx)…"));
    m_exportProject->setText(tr("Whole &Project as PDF…"));
    m_exportProject->setToolTip(
        tr("Every product of the open project: a portfolio overview, then one section each"));
    m_print->setText(tr("&Print Roadmap…"));
    m_printPreview->setText(tr("Print Pre&view…"));
    m_timeline->retranslate();
}

void RoadmapActions::refresh()
{
    if (!m_window->hasPlan())
        return;
    m_timeline->setRoadmap(roadmap());
}

void RoadmapActions::exportInteractively(Format format)
{
    QString filter;
    switch (format) {
    case Format::Pdf:
        filter = tr("PDF (*.pdf)");
        break;
    case Format::Calendar:
        filter = tr("iCalendar (*.ics)");
        break;
    case Format::Spreadsheet:
        filter = tr("Excel workbook (*.xlsx)");
        break;
    }
    const QString last = settings::LastDirectory.value();
    const QString dir = last.isEmpty() ? QDir::homePath() : last;
    QString file = QFileDialog::getSaveFileName(m_window, tr("Export roadmap"),
                                                QDir(dir).filePath(suggestedFileName(format)), filter);
    if (file.isEmpty())
        return;
    file = withExtension(file, format);
    QString error;
    if (!exportRoadmap(format, file, &error))
        QMessageBox::warning(m_window, tr("Export roadmap"), error);
}

void RoadmapActions::printInteractively(bool preview)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(suggestedFileName(Format::Pdf));
    if (preview) {
        QPrintPreviewDialog dialog(&printer, m_window);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { print(*p); });
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        print(printer);
}

} // namespace shirube::ui
