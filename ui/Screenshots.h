// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace shirube::ui {

class MainWindow;

// Saves PNGs of the main window (with an example loaded) in English and Japanese at 1366×768 and
// 1920×1080, of the state-graph view, of the results tabs and of trainer mode, via QWidget::grab().
// Used by `shirube --screenshot DIR` and by the screenshot test.
class Screenshots
{
public:
    struct Options
    {
        QString directory;
        QString example; // ":/examples/x.json"; empty: the first bundled example
        QList<QSize> sizes = {QSize(1366, 768), QSize(1920, 1080)};
        QStringList languages = {QStringLiteral("en"), QStringLiteral("ja")};
    };
    struct Shot
    {
        QString file;
        QSize size;     // of the grabbed widget, in device-independent pixels
        QSize expected; // the size asked for (empty when the widget's own)
    };

    // Returns the files written; `error` is set when something could not be written.
    static QList<Shot> take(MainWindow& window, const Options& options, QString* error = nullptr);
    // The example the screenshots use by default.
    static QString defaultExample();
};

} // namespace shirube::ui
