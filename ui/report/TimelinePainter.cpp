// SPDX-License-Identifier: Apache-2.0
#include "ui/report/TimelinePainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace shirube::report {

namespace {

using core::words::tr;

double spanMonths(const core::Roadmap& r)
{
    double m = 6;
    for (const core::ScheduledStep& s : r.steps)
        m = std::max(m, s.p80EndMonths);
    for (const core::ScheduledMilestone& ms : r.milestones)
        m = std::max(m, std::max(ms.p50Months, ms.p80Months));
    return std::ceil(m + 1.0);
}

int rowCount(const core::Roadmap& r)
{
    return int(r.steps.size() + r.milestones.size());
}

QString stepName(const core::RouteStep& s)
{
    return s.activityName.isEmpty() ? s.activity : s.activityName;
}

double monthsAt(const core::Roadmap& r, const QDate& d)
{
    return double(r.start.daysTo(d)) / 30.436875;
}

} // namespace

qreal timelineHeight(const core::Roadmap& roadmap, const TimelineStyle& style)
{
    return style.headerHeight + style.rowHeight * std::max(1, rowCount(roadmap)) + 4;
}

TimelineLayout layoutTimeline(const core::Roadmap& roadmap, const QRectF& rect, const TimelineStyle& style)
{
    TimelineLayout l;
    l.months = spanMonths(roadmap);
    l.chart = QRectF(rect.left() + style.labelWidth, rect.top() + style.headerHeight,
                     std::max<qreal>(10, rect.width() - style.labelWidth),
                     style.rowHeight * std::max(1, rowCount(roadmap)));
    int row = 0;
    for (std::size_t i = 0; i < roadmap.steps.size(); ++i, ++row) {
        const core::ScheduledStep& s = roadmap.steps[i];
        const qreal y = l.chart.top() + row * style.rowHeight;
        const qreal x0 = l.xAt(s.startMonths);
        const qreal x1 = std::max(x0 + 2, l.xAt(s.p50EndMonths));
        l.items.push_back(
            {QRectF(x0, y + style.rowHeight * 0.2, x1 - x0, style.rowHeight * 0.6), int(i), -1});
    }
    for (std::size_t i = 0; i < roadmap.milestones.size(); ++i, ++row) {
        const core::ScheduledMilestone& m = roadmap.milestones[i];
        const qreal y = l.chart.top() + row * style.rowHeight;
        const qreal x = l.xAt(m.p50Months);
        const qreal h = style.rowHeight * 0.35;
        l.items.push_back({QRectF(x - h, y + style.rowHeight / 2 - h, 2 * h, 2 * h), -1, int(i)});
    }
    return l;
}

void paintTimeline(QPainter& p, const core::Roadmap& r, const QRectF& rect, const TimelineStyle& style,
                   const QDate& today)
{
    const core::Lang lang = r.plan.lang;
    const TimelineLayout l = layoutTimeline(r, rect, style);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QFont small = style.font;
    small.setPointSizeF(style.font.pointSizeF() * 0.85);
    const QFontMetricsF fm(style.font, p.device());
    const QFontMetricsF fmSmall(small, p.device());

    // Ruler: a faint line per month, labels every 1, 3, 6 or 12 months depending on the span.
    const int every = l.months <= 12 ? 1 : l.months <= 36 ? 3 : l.months <= 72 ? 6 : 12;
    p.setFont(small);
    for (int m = 0; m <= int(l.months); ++m) {
        const qreal x = l.xAt(m);
        const QDate d = r.start.addMonths(m);
        const bool year = d.month() == 1;
        p.setPen(QPen(year ? style.text.lighter(220) : style.grid, year ? 0.8 : 0.5));
        p.drawLine(QPointF(x, l.chart.top()), QPointF(x, l.chart.bottom()));
        if (m % every == 0 && m < int(l.months)) {
            p.setPen(style.text);
            const QString label = lang == core::Lang::Ja ? QString::number(d.year()) + QLatin1Char('/') +
                                                               QString::number(d.month())
                                                         : d.toString(QStringLiteral("yyyy-MM"));
            p.drawText(QPointF(x + 1.5, rect.top() + style.headerHeight - 6), label);
        }
    }
    p.setPen(QPen(style.text, 0.8));
    p.drawLine(QPointF(l.chart.left(), l.chart.top()), QPointF(l.chart.right(), l.chart.top()));

    // Row labels and alternating bands.
    p.setFont(style.font);
    int row = 0;
    auto label = [&](const QString& text, int rowIndex, bool bold) {
        const qreal y = l.chart.top() + rowIndex * style.rowHeight;
        if (rowIndex % 2 == 1)
            p.fillRect(QRectF(rect.left(), y, rect.width(), style.rowHeight), QColor(0xF6, 0xF7, 0xF9));
        QFont f = style.font;
        f.setBold(bold);
        p.setFont(f);
        p.setPen(style.text);
        const QString elided =
            QFontMetricsF(f, p.device()).elidedText(text, Qt::ElideRight, style.labelWidth - 6);
        p.drawText(QRectF(rect.left() + 2, y, style.labelWidth - 4, style.rowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, elided);
    };
    for (const core::ScheduledStep& s : r.steps)
        label(QString::number(s.index) + QStringLiteral(". ") +
                  (s.step->parallel ? QStringLiteral("∥ ") : QString()) + stepName(*s.step),
              row++, false);
    for (const core::ScheduledMilestone& m : r.milestones)
        label(m.label, row++, true);

    // Bars with their P80 whiskers; consultations with their booking lead.
    for (const TimelineItem& item : l.items) {
        if (item.step >= 0) {
            const core::ScheduledStep& s = r.steps[std::size_t(item.step)];
            const QColor c = s.consultation     ? style.consultation
                             : s.step->parallel ? style.parallelBar
                                                : style.bar;
            const qreal mid = item.rect.center().y();
            const qreal x80 = l.xAt(s.p80EndMonths);
            p.setPen(QPen(c.darker(130), 1.0));
            p.drawLine(QPointF(item.rect.right(), mid), QPointF(x80, mid));
            p.drawLine(QPointF(x80, mid - item.rect.height() / 3),
                       QPointF(x80, mid + item.rect.height() / 3));
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRoundedRect(item.rect, 1.5, 1.5);
            if (s.consultation) {
                const qreal xb = l.xAt(std::max(0.0, s.startMonths - core::kConsultationBookingLeadMonths));
                p.setPen(QPen(c, 1.0, Qt::DashLine));
                p.drawLine(QPointF(xb, mid), QPointF(item.rect.left(), mid));
                p.setPen(Qt::NoPen);
                p.drawEllipse(QPointF(xb, mid), 2.2, 2.2);
            }
        } else if (item.milestone >= 0) {
            const core::ScheduledMilestone& m = r.milestones[std::size_t(item.milestone)];
            const QColor c = m.target ? style.target : style.milestone;
            const QPointF ctr = item.rect.center();
            if (!m.target) {
                const qreal x80 = l.xAt(m.p80Months);
                p.setPen(QPen(c, 1.0));
                p.drawLine(ctr, QPointF(x80, ctr.y()));
                p.drawLine(QPointF(x80, ctr.y() - item.rect.height() / 3),
                           QPointF(x80, ctr.y() + item.rect.height() / 3));
            } else {
                p.setPen(QPen(c, 1.0, Qt::DashLine));
                p.drawLine(QPointF(ctr.x(), l.chart.top()), QPointF(ctr.x(), l.chart.bottom()));
            }
            QPainterPath diamond;
            const qreal h = item.rect.height() / 2;
            diamond.moveTo(ctr.x(), ctr.y() - h);
            diamond.lineTo(ctr.x() + h, ctr.y());
            diamond.lineTo(ctr.x(), ctr.y() + h);
            diamond.lineTo(ctr.x() - h, ctr.y());
            diamond.closeSubpath();
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawPath(diamond);
            // The P50 date beside the marker.
            p.setFont(small);
            p.setPen(style.text);
            const QString date = core::words::shortDate(m.p50);
            const qreal w = fmSmall.horizontalAdvance(date);
            const qreal xText = ctr.x() + h + 3 + w < l.chart.right() ? ctr.x() + h + 3 : ctr.x() - h - 3 - w;
            qreal xAfterWhisker = xText;
            if (!m.target && xText > ctr.x())
                xAfterWhisker = std::max(xText, l.xAt(m.p80Months) + 3);
            if (xAfterWhisker + w > l.chart.right())
                xAfterWhisker = ctr.x() - h - 3 - w;
            p.drawText(QPointF(xAfterWhisker, ctr.y() + fmSmall.ascent() / 2 - 1), date);
        }
    }

    // Today.
    if (today.isValid()) {
        const double m = monthsAt(r, today);
        if (m >= 0 && m <= l.months) {
            const qreal x = l.xAt(m);
            p.setPen(QPen(style.today, 1.2));
            p.drawLine(QPointF(x, l.chart.top() - 4), QPointF(x, l.chart.bottom()));
            p.setFont(small);
            p.drawText(QPointF(x + 2, l.chart.bottom() - 2 - fmSmall.descent()), tr(lang, "today", "今日"));
        }
    }
    Q_UNUSED(fm);
    p.restore();
}

QString timelineToolTip(const core::Roadmap& r, const TimelineItem& item)
{
    const core::Lang lang = r.plan.lang;
    if (item.step >= 0 && item.step < int(r.steps.size())) {
        const core::ScheduledStep& s = r.steps[std::size_t(item.step)];
        const core::RouteStep& step = *s.step;
        QString t = stepName(step) + QLatin1Char('\n') + tr(lang, "Starts ", "開始 ") +
                    core::words::date(s.start, lang) + tr(lang, "; ends P50 ", "、終了 P50 ") +
                    core::words::date(s.p50End, lang) + tr(lang, ", P80 ", "、P80 ") +
                    core::words::date(s.p80End, lang) + QLatin1Char('\n') +
                    tr(lang, "Months (min / likely / max): ", "期間（月: 最小 / 最頻 / 最大）: ") +
                    core::words::months(step.months.min) + QStringLiteral(" / ") +
                    core::words::months(step.months.likely) + QStringLiteral(" / ") +
                    core::words::months(step.months.max) + QLatin1Char('\n') +
                    tr(lang, "Fee / cost (likely): ", "費用（最頻）: ") +
                    core::words::yen(step.costJpy.likely) + QLatin1Char('\n') +
                    tr(lang, "Source: ", "出典: ") + step.provenance.source + QLatin1Char(' ') +
                    core::words::confidenceMark(step.provenance.confidence, lang);
        if (s.consultation)
            t += QLatin1Char('\n') + tr(lang, "Book by ", "予約期限 ") +
                 core::words::date(
                     core::addMonths(r.start,
                                     std::max(0.0, s.startMonths - core::kConsultationBookingLeadMonths)),
                     lang);
        return t;
    }
    if (item.milestone >= 0 && item.milestone < int(r.milestones.size())) {
        const core::ScheduledMilestone& m = r.milestones[std::size_t(item.milestone)];
        if (m.target)
            return m.label + QLatin1Char('\n') + core::words::monthText(m.p50, lang);
        return m.label + QLatin1Char('\n') + QStringLiteral("P50 ") + core::words::date(m.p50, lang) +
               QStringLiteral(" (") + core::words::months(m.p50Months) + tr(lang, " months)", " か月）") +
               QLatin1Char('\n') + QStringLiteral("P80 ") + core::words::date(m.p80, lang) +
               QStringLiteral(" (") + core::words::months(m.p80Months) + tr(lang, " months)", " か月）");
    }
    return {};
}

} // namespace shirube::report
