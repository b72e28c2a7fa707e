// SPDX-License-Identifier: Apache-2.0
#include "ui/report/ComparisonReport.h"

#include "ui/report/PageFlow.h"
#include "ui/report/PdfTextMap.h"

#include <QPainter>
#include <QPdfWriter>

namespace shirube::report {

namespace {

void decorate(PageFlow& flow, int page, const Comparison& c, const ReportOptions& o)
{
    QPainter* p = flow.painter();
    const QRectF r = flow.content();
    p->save();
    p->setFont(flow.font(7.5));
    p->setPen(QColor(0x66, 0x66, 0x66));
    const qreal top = r.top() - flow.pt(26);
    p->drawText(QRectF(r.left(), top, r.width() * 0.75, flow.pt(12)), Qt::AlignLeft | Qt::AlignVCenter,
                QStringLiteral("Shirube · ") + c.leftName + QStringLiteral(" / ") + c.rightName);
    p->drawText(QRectF(r.left() + r.width() * 0.5, top, r.width() * 0.5, flow.pt(12)),
                Qt::AlignRight | Qt::AlignVCenter, core::words::date(o.date, o.lang));
    p->setPen(QPen(QColor(0xC8, 0xCE, 0xD6), flow.pt(0.5)));
    p->drawLine(QPointF(r.left(), top + flow.pt(14)), QPointF(r.right(), top + flow.pt(14)));
    p->setPen(QColor(0x66, 0x66, 0x66));
    p->drawText(QRectF(r.left(), r.bottom() + flow.pt(18), r.width(), flow.pt(12)), Qt::AlignCenter,
                QString::number(page));
    p->restore();
}

} // namespace

std::optional<core::Error> writeComparisonPdf(const QString& fileName, const Comparison& comparison,
                                              const ReportOptions& options)
{
    ReportOptions o = options;
    if (!o.date.isValid())
        o.date = QDate::currentDate();
    {
        QPdfWriter writer(fileName);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(o.paper));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(QStringLiteral("Shirube ") + QStringLiteral(SHIRUBE_VERSION));
        writer.setTitle(comparison.title + QStringLiteral(": ") + comparison.leftName +
                        QStringLiteral(" / ") + comparison.rightName);
        QPainter painter;
        if (!painter.begin(&writer))
            return core::Error{core::ErrorCode::Io, QStringLiteral("cannot write the PDF"), fileName, 0};
        PageFlow flow(&painter, writer, reportFontFamily());
        flow.decorate = [&](PageFlow& f, int page) {
            decorate(f, page, comparison, o);
        };
        decorate(flow, 1, comparison, o);
        flow.heading(comparison.title, 1, false);
        flow.paragraph(comparison.leftName + QStringLiteral("  ·  ") + comparison.rightName, 12, true,
                       QColor(0x1F, 0x3A, 0x5F));
        flow.space(6);
        std::vector<QStringList> rows;
        for (const Comparison::Row& row : comparison.rows)
            rows.push_back(
                {(row.differs ? QStringLiteral("≠ ") : QString()) + row.title, row.left, row.right});
        flow.table({0.18, 0.41, 0.41}, {comparison.rowsHeader, comparison.leftName, comparison.rightName},
                   rows, {}, 8);
        flow.space(6);
        if (!comparison.legend.isEmpty())
            flow.paragraph(comparison.legend, 8, false, QColor(0x44, 0x44, 0x44));
        painter.end();
    } // the writer closes the file here
    if (!repairPdfTextMappingInFile(fileName))
        return core::Error{core::ErrorCode::Io, QStringLiteral("cannot write the PDF"), fileName, 0};
    return std::nullopt;
}

} // namespace shirube::report
