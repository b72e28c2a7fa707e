// SPDX-License-Identifier: Apache-2.0
#pragma once

// A small page-flow engine for the roadmap report: headings, paragraphs, key/value blocks, tables that
// repeat their header across pages, and drawings, laid out top to bottom on a paged device (QPdfWriter,
// QPrinter). It runs once without drawing (to number the pages for the table of contents) and once
// drawing. Geometry is in points (1/72 in), converted to device units. Qt Gui only.

#include <QColor>
#include <QFont>
#include <QPagedPaintDevice>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextOption>

#include <functional>
#include <optional>
#include <vector>

class QPainter;

namespace shirube::report {

// Latin text in DejaVu Sans, Japanese in Noto Sans CJK JP (both embedded). Not Noto CJK alone: Qt 6.4
// writes its digits into the PDF without a text mapping (the glyphs its shaping picks have no cmap
// entry), so pdftotext and search lose every figure.
QStringList reportFontFamilies();

struct TocEntry
{
    int level = 1;
    QString text;
    int page = 0;
};

class PageFlow
{
public:
    // `painter` null: a dry run that only measures and counts pages.
    PageFlow(QPainter* painter, QPagedPaintDevice& device, const QString& fontFamily);

    // Device units per point.
    qreal unit() const { return m_unit; }
    qreal pt(qreal points) const { return points * m_unit; }
    QFont font(qreal points, bool bold = false) const;
    QPainter* painter() const { return m_painter; }
    QPaintDevice* device() const { return &m_device; }
    int page() const { return m_page; }
    const QRectF& content() const { return m_content; }
    qreal y() const { return m_y; }
    qreal remaining() const { return m_content.bottom() - m_y; }
    const std::vector<TocEntry>& toc() const { return m_toc; }

    // Called on every new page after the first, to draw the running header and footer.
    std::function<void(PageFlow&, int page)> decorate;

    void newPage();
    // Places a heading still waiting for what follows it (call when the document ends).
    void finish() { placeHeading(0); }
    // A new page unless `height` fits below. A heading waiting to be placed is placed first, on the
    // page where it fits together with `height` (so a heading never ends a page).
    void ensure(qreal height);
    void space(qreal points);
    // A heading; `toc` adds it to the table of contents; level 1 starts on a new page when `newPage`.
    // It is placed with what follows it: the next block's first row decides the page.
    void heading(const QString& text, int level, bool toc = true, bool newPageFirst = false);
    void paragraph(const QString& text, qreal points = 9.5, bool bold = false,
                   const QColor& color = Qt::black);
    // Label/value rows in two columns (labels a third of the width).
    void keyValues(const std::vector<std::pair<QString, QString>>& rows, qreal points = 9.5);
    // Columns as fractions of the width; `right` marks right-aligned (numeric) columns.
    void table(const std::vector<qreal>& widths, const QStringList& header,
               const std::vector<QStringList>& rows, const std::vector<bool>& right = {}, qreal points = 8);
    // Reserves `height` device units and calls `draw` with the rectangle (not in a dry run).
    void drawing(qreal height, const std::function<void(QPainter&, const QRectF&)>& draw);
    qreal textHeight(const QString& text, const QFont& font, qreal width, int flags = Qt::TextWordWrap) const;

    static QTextOption wrapOption(Qt::Alignment alignment = Qt::AlignLeft);

private:
    struct PendingHeading
    {
        QString text;
        int level = 1;
        bool toc = false;
        qreal spaceAfter = 0; // space() asked for between the heading and what follows
    };
    // Places the waiting heading where it fits with `next` device units below it.
    void placeHeading(qreal next);
    void ensureRoom(qreal height);

    std::optional<PendingHeading> m_pending;
    QPainter* m_painter;
    QPagedPaintDevice& m_device;
    QString m_family;
    qreal m_unit = 1;
    QRectF m_content;
    qreal m_y = 0;
    int m_page = 1;
    std::vector<TocEntry> m_toc;
};

} // namespace shirube::report
