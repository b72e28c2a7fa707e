// SPDX-License-Identifier: Apache-2.0
#pragma once

// A wait cursor while the user waits for what they asked for (opening or saving a team project, which
// may wait for the server's connect timeout). Paused while a dialog asks them something.

#include <QGuiApplication>

namespace shirube::ui {

class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor()
    {
        if (m_shown)
            QGuiApplication::restoreOverrideCursor();
    }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;

    // The normal cursor back while it lives (a question to the user).
    class Paused
    {
    public:
        explicit Paused(BusyCursor& busy)
            : m_busy(busy)
        {
            if (m_busy.m_shown)
                QGuiApplication::restoreOverrideCursor();
            m_busy.m_shown = false;
        }
        ~Paused()
        {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            m_busy.m_shown = true;
        }
        Paused(const Paused&) = delete;
        Paused& operator=(const Paused&) = delete;

    private:
        BusyCursor& m_busy;
    };

private:
    bool m_shown = true;
};

} // namespace shirube::ui
