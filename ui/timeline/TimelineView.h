// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Timeline tab: the selected route on the calendar (ui/report/TimelinePainter, the drawing the PDF
// uses), a start-month control, and tooltips with a step's dates, months, fee and source.

#include "core/export/Roadmap.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QScrollArea;

namespace shirube::ui {

class TimelineCanvas;

class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setRoadmap(const core::Roadmap& roadmap);
    const core::Roadmap& roadmap() const;
    // The month the calendar starts from ("YYYY-MM"); the plan's as-of month until the user picks one.
    QString startMonth() const;
    void setStartMonth(const QString& yearMonth);
    void retranslate();
    TimelineCanvas* canvas() const { return m_canvas; }
    // The founders' next three actions above the chart (core::nextActions), as shown.
    QString nextActionsText() const;

signals:
    void startMonthChanged(const QString& yearMonth);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_startLabel = nullptr;
    QDateEdit* m_start = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_actions = nullptr;
    QScrollArea* m_scroll = nullptr;
    TimelineCanvas* m_canvas = nullptr;
};

// The drawing itself (a widget so that it scrolls and shows tooltips).
class TimelineCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineCanvas(QWidget* parent = nullptr);
    void setRoadmap(const core::Roadmap& roadmap);
    const core::Roadmap& roadmap() const { return m_roadmap; }
    // The tooltip at `pos` (empty when nothing is there).
    QString toolTipAt(const QPointF& pos) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    core::Roadmap m_roadmap;
};

} // namespace shirube::ui
