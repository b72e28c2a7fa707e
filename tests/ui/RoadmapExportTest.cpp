// SPDX-License-Identifier: Apache-2.0
// The Timeline tab and File › Export Roadmap / Print in the main window (offscreen): the timeline shows
// the selected route from the start month, hover text names months, fee and source, exports write real
// files with the suggested name's extension, printing draws the report's pages.

#include "core/export/Roadmap.h"
#include "ui/MainWindow.h"
#include "ui/project/ProjectController.h"
#include "ui/report/PdfTextMap.h"
#include "ui/timeline/RoadmapActions.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QMenu>
#include <QPrinter>
#include <QTabWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

namespace shirube::test {
namespace {

using Format = ui::RoadmapActions::Format;

class RoadmapExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = makeWindow();
        window->setProfile(test::exampleProfile(QStringLiteral("smart-eye-camera")));
        ASSERT_TRUE(window->waitForPlan());
        actions = window->roadmapActions();
        ASSERT_NE(actions, nullptr);
    }
    std::unique_ptr<ui::MainWindow> window;
    ui::RoadmapActions* actions = nullptr;
};

TEST_F(RoadmapExport, TimelineTabShowsTheSelectedRouteFromTheStartMonth)
{
    QTabWidget* tabs = window->resultTabs();
    const int index = tabs->indexOf(actions->timeline());
    ASSERT_GE(index, 0);
    EXPECT_EQ(tabs->tabText(index), QStringLiteral("Timeline"));
    tabs->setCurrentIndex(index);
    QApplication::processEvents();

    const core::Roadmap& shown = actions->timeline()->roadmap();
    ASSERT_NE(shown.route(), nullptr);
    EXPECT_EQ(shown.route()->id, window->selectedRouteId());
    EXPECT_EQ(shown.steps.size(), shown.route()->steps.size());
    EXPECT_EQ(shown.start, core::monthStart(window->currentPlan().asOf));

    // Hovering the first bar names the step, its months, fee and source.
    ui::TimelineCanvas* canvas = actions->timeline()->canvas();
    canvas->resize(1000, canvas->sizeHint().height());
    const core::RouteStep& first = *shown.steps.front().step;
    bool found = false;
    for (int y = 0; y < canvas->height() && !found; y += 2) {
        for (int x = 230; x < 1000 && !found; x += 3) {
            const QString t = canvas->toolTipAt(QPointF(x, y));
            if (t.startsWith(first.activityName)) {
                found = true;
                EXPECT_TRUE(t.contains(QStringLiteral("Months (min / likely / max)"))) << t.toStdString();
                EXPECT_TRUE(t.contains(core::words::yen(first.costJpy.likely))) << t.toStdString();
                EXPECT_TRUE(t.contains(QStringLiteral("Source: ") + first.provenance.source))
                    << t.toStdString();
            }
        }
    }
    EXPECT_TRUE(found) << "no tooltip for " << first.activityName.toStdString();

    // The start month moves the calendar, not the months.
    auto* month = actions->timeline()->findChild<QDateEdit*>(QStringLiteral("timelineStartMonth"));
    ASSERT_NE(month, nullptr);
    month->setDate(QDate(2030, 1, 1));
    QApplication::processEvents();
    const core::Roadmap& moved = actions->timeline()->roadmap();
    EXPECT_EQ(moved.start, QDate(2030, 1, 1));
    ASSERT_FALSE(moved.milestones.empty());
    EXPECT_EQ(moved.milestones.front().p50,
              core::addMonths(QDate(2030, 1, 1), moved.milestones.front().p50Months));
    EXPECT_EQ(actions->roadmap().start, QDate(2030, 1, 1)) << "exports use the same start month";

    // The founders' next actions above the chart.
    const QString next = actions->timeline()->nextActionsText();
    EXPECT_TRUE(next.contains(QStringLiteral("Next actions"))) << next.toStdString();
    EXPECT_EQ(next.count(QStringLiteral("<li>")), 3) << next.toStdString();

    const QString dir = QStringLiteral(SHIRUBE_TEST_BINARY_DIR);
    EXPECT_TRUE(actions->timeline()->grab().save(dir + QStringLiteral("/timeline-tab.png")));
}

TEST_F(RoadmapExport, ExportMenuSuggestsNamesAndWritesEveryFormat)
{
    EXPECT_EQ(actions->suggestedFileName(Format::Pdf),
              window->currentProfile().name() + QStringLiteral(" roadmap.pdf"));
    EXPECT_TRUE(actions->suggestedFileName(Format::Calendar).endsWith(QStringLiteral(".ics")));
    EXPECT_TRUE(actions->suggestedFileName(Format::Spreadsheet).endsWith(QStringLiteral(".xlsx")));
    EXPECT_EQ(ui::RoadmapActions::withExtension(QStringLiteral("/tmp/plan"), Format::Calendar),
              QStringLiteral("/tmp/plan.ics"));
    EXPECT_EQ(ui::RoadmapActions::withExtension(QStringLiteral("/tmp/plan.PDF"), Format::Pdf),
              QStringLiteral("/tmp/plan.PDF"));
    EXPECT_EQ(ui::RoadmapActions::withExtension(QStringLiteral("/tmp/plan.pdf"), Format::Spreadsheet),
              QStringLiteral("/tmp/plan.pdf.xlsx"));

    // The File menu holds the export submenu and the print actions.
    const QList<QAction*> fileActions = window->fileMenu()->actions();
    EXPECT_TRUE(fileActions.contains(actions->exportMenu()->menuAction()));
    EXPECT_TRUE(fileActions.contains(actions->printAction()));
    EXPECT_TRUE(fileActions.contains(actions->printPreviewAction()));
    EXPECT_EQ(actions->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_EQ(actions->exportMenu()->actions().size(), 5); // three formats, a separator, the project

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::pair<Format, QByteArray> formats[] = {{Format::Pdf, QByteArray("%PDF-")},
                                                     {Format::Calendar, QByteArray("BEGIN:VCALENDAR")},
                                                     {Format::Spreadsheet, QByteArray("PK")}};
    for (const auto& [format, magic] : formats) {
        const QString file = dir.filePath(actions->suggestedFileName(format));
        QString error;
        ASSERT_TRUE(actions->exportRoadmap(format, file, &error)) << error.toStdString();
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        EXPECT_TRUE(f.read(magic.size()) == magic) << file.toStdString();
    }
    QString error;
    EXPECT_FALSE(actions->exportRoadmap(Format::Spreadsheet,
                                        QStringLiteral("/nonexistent-dir-for-shirube/x.xlsx"), &error));
    EXPECT_EQ(error,
              QStringLiteral("The roadmap could not be saved as /nonexistent-dir-for-shirube/x.xlsx."));
}

TEST_F(RoadmapExport, PrintingDrawsTheReportPages)
{
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    EXPECT_GE(actions->print(printer), 8);
    EXPECT_GT(QFile(dir.filePath(QStringLiteral("printed.pdf"))).size(), 10000);
}

TEST_F(RoadmapExport, JapaneseLabels)
{
    window->setLanguage(core::Lang::Ja);
    ASSERT_TRUE(window->waitForPlan());
    QTabWidget* tabs = window->resultTabs();
    EXPECT_EQ(tabs->tabText(tabs->indexOf(actions->timeline())), QStringLiteral("タイムライン"));
    EXPECT_EQ(actions->exportMenu()->title(), QStringLiteral("ロードマップを書き出す(&R)"));
    EXPECT_EQ(actions->suggestedFileName(Format::Pdf),
              window->currentProfile().name() + QStringLiteral(" ロードマップ.pdf"));
    EXPECT_EQ(actions->timeline()->roadmap().plan.lang, core::Lang::Ja);
    tabs->setCurrentWidget(actions->timeline());
    QApplication::processEvents();
    EXPECT_TRUE(window->grab().save(QStringLiteral(SHIRUBE_TEST_BINARY_DIR "/timeline-window-ja.png")));
}

TEST_F(RoadmapExport, WholeProjectAsOnePdf)
{
    ASSERT_EQ(actions->projectRoadmaps().size(), 1u) << "without a project: the window's product";
    const QString dir = freshDirectory(QStringLiteral("roadmap-project"));
    ui::ProjectController* controller = ui::ProjectController::install(window.get());
    controller->setRecoveryDirectory(dir + QStringLiteral("/recovery"));
    ASSERT_TRUE(controller->importProfile(QStringLiteral(":/examples/cognivoice.json")));
    ASSERT_TRUE(controller->importProfile(QStringLiteral(":/examples/tb-antigen-test.json")));
    ASSERT_TRUE(window->waitForPlan());
    const core::Project project = controller->snapshot();
    ASSERT_GE(project.products.size(), 2u);
    const std::vector<core::Roadmap> roadmaps = actions->projectRoadmaps();
    ASSERT_EQ(roadmaps.size(), project.products.size());
    for (std::size_t i = 0; i < roadmaps.size(); ++i) {
        EXPECT_EQ(roadmaps[i].productName, project.products[i].name);
        EXPECT_EQ(roadmaps[i].start, core::monthStart(window->currentPlan().asOf));
    }
    actions->exportMenu()->aboutToShow();
    EXPECT_TRUE(actions->exportProjectAction()->isEnabled());
    const QString file = dir + QStringLiteral("/project.pdf");
    QString error;
    ASSERT_TRUE(actions->exportProjectPdf(file, &error)) << error.toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GT(pdf.count("/Type /Page") - pdf.count("/Type /Pages"), 10);
}

TEST(PdfTextMap, LookAlikeCodePointsAreRepairedInPlace)
{
    // A ToUnicode CMap as Qt writes it: glyph ids (sources) stay, destinations are repaired.
    QByteArray pdf("stream\n/CIDInit /ProcSet findresource begin\nbegincmap\n"
                   "2 beginbfrange\n<0001> <0004> [<2F49> <0041> <2F6C> <2027> ]\n"
                   "<2F00> <2F00> [<0009> ]\nendbfrange\n"
                   "1 beginbfchar\n<2F49> <2F49>\nendbfchar\nendcmap\nendstream\n");
    const qsizetype size = pdf.size();
    EXPECT_EQ(report::repairPdfTextMapping(pdf), 5);
    EXPECT_EQ(pdf.size(), size) << "same length: offsets stay valid";
    EXPECT_TRUE(pdf.contains("[<6708> <0041> <76EE> <30FB> ]")) << pdf.toStdString(); // 月, A, 目, ・
    EXPECT_TRUE(pdf.contains("<2F00> <2F00> [<0020> ]")) << pdf.toStdString();        // source kept
    EXPECT_TRUE(pdf.contains("<2F49> <6708>\nendbfchar")) << pdf.toStdString();       // bfchar: 2nd code
    QByteArray plain("no cmap here <2F49>");
    EXPECT_EQ(report::repairPdfTextMapping(plain), 0);
}

} // namespace
} // namespace shirube::test
