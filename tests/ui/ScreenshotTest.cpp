// SPDX-License-Identifier: Apache-2.0
// Saves the screenshots (main window with an example in en and ja at 1366×768 and 1920×1080, the graph,
// the results tabs, trainer mode) into <build>/tests/ui/screenshots, and checks that they have the
// asked-for size and that nothing visible is squeezed below the size its text needs.
#include "ui/MainWindow.h"
#include "ui/Screenshots.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

bool insideScrollArea(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QScrollArea*>(p))
            return true;
    }
    return false;
}

// Visible labels and buttons that are narrower or shorter than their text needs.
QStringList squeezed(QWidget* top)
{
    QStringList out;
    for (QWidget* w : top->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(top) || insideScrollArea(w))
            continue;
        const bool text = qobject_cast<QLabel*>(w) || qobject_cast<QAbstractButton*>(w);
        if (!text)
            continue;
        const QSize need = w->minimumSizeHint();
        if (w->width() + 1 < need.width() || w->height() + 1 < need.height())
            out << QStringLiteral("%1 \"%2\" %3x%4 < %5x%6")
                       .arg(w->objectName(), qobject_cast<QLabel*>(w)
                                                 ? qobject_cast<QLabel*>(w)->text().left(40)
                                                 : qobject_cast<QAbstractButton*>(w)->text())
                       .arg(w->width())
                       .arg(w->height())
                       .arg(need.width())
                       .arg(need.height());
    }
    return out;
}

TEST(ScreenshotTest, SavesEveryScreenshotAtItsSize)
{
    const QString example = ui::Screenshots::defaultExample();
    if (example.isEmpty())
        GTEST_SKIP() << "no bundled example";
    auto window = test::makeWindow();
    ui::Screenshots::Options options;
    options.directory = test::freshDirectory(QStringLiteral("screenshots"));
    QString error;
    const auto shots = ui::Screenshots::take(*window, options, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    QStringList names;
    for (const auto& shot : shots) {
        names << QFileInfo(shot.file).fileName();
        const QImage image(shot.file);
        ASSERT_FALSE(image.isNull()) << shot.file.toStdString();
        if (shot.expected.isValid()) {
            EXPECT_EQ(shot.size, shot.expected) << shot.file.toStdString(); // the window fits the screen size
        }
    }
    for (const char* required : {"main-en.png", "main-ja.png", "main-en-1366x768.png", "main-ja-1366x768.png",
                                 "main-en-1920x1080.png", "main-ja-1920x1080.png", "graph-en.png",
                                 "graph-ja.png", "trainer-en.png", "trainer-ja.png"})
        EXPECT_TRUE(names.contains(QString::fromLatin1(required))) << required;
    window->undoStack()->setClean();
}

TEST(ScreenshotTest, NothingIsSqueezedAt1366x768InEitherLanguage)
{
    const QString example = ui::Screenshots::defaultExample();
    ASSERT_FALSE(example.isEmpty()) << "no bundled example";
    auto window = test::makeWindow();
    window->setProfile(test::exampleProfile(example));
    for (core::Lang lang : {core::Lang::En, core::Lang::Ja}) {
        window->setLanguage(lang);
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            window->resize(size);
            ASSERT_TRUE(window->waitForPlan());
            QCoreApplication::processEvents();
            EXPECT_EQ(window->size(), size);
            const QStringList bad = squeezed(window.get());
            EXPECT_TRUE(bad.isEmpty()) << bad.join(QLatin1Char('\n')).toStdString();
        }
    }
    window->setLanguage(core::Lang::En);
    window->undoStack()->setClean();
}

} // namespace
