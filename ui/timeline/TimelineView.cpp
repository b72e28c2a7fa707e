// SPDX-License-Identifier: Apache-2.0
#include "ui/timeline/TimelineView.h"

#include "ui/report/TimelinePainter.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>

namespace shirube::ui {

namespace {

report::TimelineStyle screenStyle(const QWidget* w)
{
    report::TimelineStyle style;
    style.font = w->font();
    const qreal line = QFontMetricsF(style.font).height();
    style.rowHeight = std::max<qreal>(20, line + 6);
    style.headerHeight = line * 1.6 + 6;
    style.labelWidth = std::max<qreal>(220, line * 16);
    return style;
}

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* bar = new QHBoxLayout;
    m_startLabel = new QLabel(this);
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("timelineStartMonth"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_start->setCalendarPopup(false);
    m_startLabel->setBuddy(m_start);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("timelineLegend"));
    m_legend->setWordWrap(true);
    bar->addWidget(m_startLabel);
    bar->addWidget(m_start);
    bar->addWidget(m_legend, 1);
    layout->addLayout(bar);
    m_actions = new QLabel(this);
    m_actions->setObjectName(QStringLiteral("timelineNextActions"));
    m_actions->setWordWrap(true);
    m_actions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_actions);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_canvas = new TimelineCanvas(m_scroll);
    m_canvas->setObjectName(QStringLiteral("timelineCanvas"));
    m_scroll->setWidget(m_canvas);
    layout->addWidget(m_scroll, 1);
    connect(m_start, &QDateEdit::dateChanged, this,
            [this](const QDate& d) { emit startMonthChanged(d.toString(QStringLiteral("yyyy-MM"))); });
    retranslate();
}

void TimelineView::setRoadmap(const core::Roadmap& roadmap)
{
    m_canvas->setRoadmap(roadmap);
    const QStringList actions = core::nextActions(roadmap, QDate::currentDate());
    QString html;
    if (!actions.isEmpty()) {
        html = QStringLiteral("<b>") + tr("Next actions").toHtmlEscaped() +
               QStringLiteral("</b><ol style=\"margin:0\">");
        for (const QString& a : actions)
            html += QStringLiteral("<li>") + a.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ol>");
    }
    m_actions->setText(html);
    m_actions->setVisible(!html.isEmpty());
    if (roadmap.start.isValid() && m_start->date() != roadmap.start) {
        const QSignalBlocker block(m_start);
        m_start->setDate(roadmap.start);
    }
}

QString TimelineView::nextActionsText() const
{
    return m_actions->text();
}

const core::Roadmap& TimelineView::roadmap() const
{
    return m_canvas->roadmap();
}

QString TimelineView::startMonth() const
{
    return m_start->date().toString(QStringLiteral("yyyy-MM"));
}

void TimelineView::setStartMonth(const QString& yearMonth)
{
    const QDate d = core::monthStart(yearMonth);
    if (d.isValid())
        m_start->setDate(d);
}

void TimelineView::retranslate()
{
    m_startLabel->setText(tr("&Start month:"));
    m_start->setToolTip(tr("The month the roadmap's calendar starts from"));
    m_legend->setText(tr("Bars: start to P50 end, whisker to P80. Orange: PMDA consultation, dashed: "
                         "booking lead. Diamonds: milestones. Red: target date and today."));
    m_canvas->setAccessibleName(tr("Timeline"));
}

void TimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

TimelineCanvas::TimelineCanvas(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void TimelineCanvas::setRoadmap(const core::Roadmap& roadmap)
{
    m_roadmap = roadmap;
    setMinimumHeight(int(report::timelineHeight(m_roadmap, screenStyle(this))) + 8);
    updateGeometry();
    update();
}

QSize TimelineCanvas::sizeHint() const
{
    return {900, int(report::timelineHeight(m_roadmap, screenStyle(this))) + 8};
}

QString TimelineCanvas::toolTipAt(const QPointF& pos) const
{
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const report::TimelineLayout layout = report::layoutTimeline(m_roadmap, area, screenStyle(this));
    for (const report::TimelineItem& item : layout.items) {
        QRectF hit = item.rect.adjusted(-2, -3, 2, 3);
        if (item.step >= 0) // the whisker too
            hit.setRight(
                std::max(hit.right(), layout.xAt(m_roadmap.steps[std::size_t(item.step)].p80EndMonths) + 2));
        if (hit.contains(pos))
            return report::timelineToolTip(m_roadmap, item);
    }
    return {};
}

void TimelineCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (!m_roadmap.route()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No route applies, so there is nothing to schedule."));
        return;
    }
    report::paintTimeline(p, m_roadmap, QRectF(rect()).adjusted(4, 4, -4, -4), screenStyle(this),
                          QDate::currentDate());
}

bool TimelineCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace shirube::ui
