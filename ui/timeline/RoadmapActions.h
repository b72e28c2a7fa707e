// SPDX-License-Identifier: Apache-2.0
#pragma once

// The roadmap in the main window: the Timeline results tab, File › Export Roadmap (PDF, calendar,
// spreadsheet) with a suggested file name and the extension added when missing, and Print / Print
// Preview (Ctrl+P) of the PDF's pages. Attached to a MainWindow through its public API only.

#include "core/export/Roadmap.h"

#include <QObject>
#include <QString>

#include <vector>

class QAction;
class QMenu;
class QPrinter;

namespace shirube::ui {

class MainWindow;
class TimelineView;

class RoadmapActions final : public QObject
{
    Q_OBJECT

public:
    enum class Format
    {
        Pdf,
        Calendar,
        Spreadsheet,
    };

    explicit RoadmapActions(MainWindow* window);

    // The roadmap of the window's plan and selected route, from the Timeline's start month.
    core::Roadmap roadmap() const;
    // "Smart Eye Camera roadmap.pdf": the product's name, file-system safe, and the format's extension.
    QString suggestedFileName(Format format) const;
    // `fileName` with the format's extension appended unless it already ends with it.
    static QString withExtension(const QString& fileName, Format format);
    // Writes the roadmap; on failure returns false and sets *error (a sentence for the user).
    bool exportRoadmap(Format format, const QString& fileName, QString* error = nullptr) const;
    // With a project open (ui/project): every product planned from the Timeline's start month, in the
    // project's order, each on its selected route; else the window's product alone.
    std::vector<core::Roadmap> projectRoadmaps() const;
    // The whole project as one PDF (portfolio overview, then a section per product).
    bool exportProjectPdf(const QString& fileName, QString* error = nullptr) const;
    // Draws the report on a printer (Print, Print Preview). Returns the pages drawn.
    int print(QPrinter& printer) const;

    TimelineView* timeline() const { return m_timeline; }
    QMenu* exportMenu() const { return m_exportMenu; }
    QAction* exportAction(Format format) const;
    QAction* exportProjectAction() const { return m_exportProject; }
    QAction* printAction() const { return m_print; }
    QAction* printPreviewAction() const { return m_printPreview; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void exportInteractively(Format format);
    void printInteractively(bool preview);

    MainWindow* m_window;
    TimelineView* m_timeline = nullptr;
    int m_tabIndex = -1;
    QString m_startMonth; // empty: the plan's as-of month
    QMenu* m_exportMenu = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_exportIcs = nullptr;
    QAction* m_exportXlsx = nullptr;
    QAction* m_exportProject = nullptr;
    QAction* m_print = nullptr;
    QAction* m_printPreview = nullptr;
};

} // namespace shirube::ui
