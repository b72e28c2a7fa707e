// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

namespace shirube::ui {

// The graph's legend: a swatch and a short text per entry, laid out like words — as many on a line as
// fit, an entry never split across lines. Painted by hand rather than as a rich-text QLabel: that one lays
// its HTML out in a text document at every width the window goes through while it opens, and wrapped
// in the middle of an entry (the Japanese one mid-word).
class GraphLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphLegend)

public:
    enum class Swatch
    {
        Filled, // a phase: its border colour
        Line,   // the selected route
        Hollow, // faded parts
    };
    struct Entry
    {
        Swatch swatch = Swatch::Filled;
        QColor color;
        QString text;
    };

    explicit GraphLegend(QWidget* parent = nullptr);

    void setEntries(std::vector<Entry> entries);
    const std::vector<Entry>& entries() const { return m_entries; }
    // The entries' texts, as read out (also the accessible name).
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Placed
    {
        int x = 0;
        int line = 0;
    };
    // Where each entry goes in `width` pixels; returns the number of lines.
    int place(int width, std::vector<Placed>* placed) const;
    int entryWidth(const Entry& entry) const;
    void measure() const;

    std::vector<Entry> m_entries;
    mutable std::vector<int> m_widths; // of each entry, swatch included; empty: not measured
};

} // namespace shirube::ui
