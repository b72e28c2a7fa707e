// SPDX-License-Identifier: Apache-2.0
// Scrolling the questionnaire never changes an answer: the wheel over an unfocused combo box scrolls the
// form around it (the desktop convention); once the user has focused the box, the wheel may change it.
#include "ui/MainWindow.h"
#include "ui/widgets/MonthEdit.h"
#include "ui/widgets/QuestionnaireWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpontaneKeyEvent>
#include <QUndoStack>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

// A wheel notch down at the centre of `w`, delivered as the window system delivers it (to `w` first,
// then, while ignored, to its parents).
void wheelDown(QWidget* w)
{
    const QPointF local(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent event(local, w->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&event); // Qt propagates only a spontaneous wheel event to parents
    QApplication::sendEvent(w, &event);
}

// The first visible combo box of the questionnaire with items below its current one, a fair way down
// the form so that the form can scroll both ways around it.
QComboBox* comboToWheel(ui::QuestionnaireWidget* q)
{
    auto* scroll = q->findChild<QScrollArea*>(QStringLiteral("questionScroll"));
    for (QComboBox* c : scroll->widget()->findChildren<QComboBox*>()) {
        if (c->isVisibleTo(q) && c->currentIndex() + 1 < c->count())
            return c;
    }
    return nullptr;
}

TEST(WheelTest, WheelOverAnUnfocusedComboBoxScrollsTheFormAndChangesNothing)
{
    auto window = test::makeWindow();
    window->setProfile(test::simpleHardwareProfile());
    ASSERT_TRUE(window->waitForPlan());
    ui::QuestionnaireWidget* q = window->questionnaire();
    auto* scroll = q->findChild<QScrollArea*>(QStringLiteral("questionScroll"));
    ASSERT_NE(scroll, nullptr);
    QScrollBar* bar = scroll->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0) << "the form must be taller than its area for this test";
    bar->setValue(0);
    QComboBox* combo = comboToWheel(q);
    ASSERT_NE(combo, nullptr);
    scroll->ensureWidgetVisible(combo);
    bar->setValue(std::min(bar->value(), bar->maximum() - 1)); // room to scroll down
    window->setFocus();
    ASSERT_FALSE(combo->hasFocus());

    const int index = combo->currentIndex();
    const QString path = combo->objectName();
    const core::Profile before = window->currentProfile();
    const int undoCount = window->undoStack()->count();
    const int scrolled = bar->value();

    wheelDown(combo);
    QCoreApplication::processEvents();

    EXPECT_EQ(combo->currentIndex(), index) << path.toStdString();
    EXPECT_EQ(window->currentProfile().toJson(), before.toJson());
    EXPECT_EQ(window->undoStack()->count(), undoCount);
    EXPECT_GT(bar->value(), scrolled) << "the wheel should have scrolled the form";
    EXPECT_FALSE(combo->hasFocus()) << "the wheel alone must not focus the box";
}

TEST(WheelTest, WheelOverAFocusedComboBoxChangesIt)
{
    auto window = test::makeWindow();
    window->setProfile(test::simpleHardwareProfile());
    ASSERT_TRUE(window->waitForPlan());
    QComboBox* combo = comboToWheel(window->questionnaire());
    ASSERT_NE(combo, nullptr);
    window->activateWindow();
    combo->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    ASSERT_TRUE(combo->hasFocus());
    const int index = combo->currentIndex();
    wheelDown(combo);
    QCoreApplication::processEvents();
    EXPECT_EQ(combo->currentIndex(), index + 1);
    window->undoStack()->setClean();
}

// The target date is a month picker: a month never silently drops, "Unknown" is its lowest value, and
// the wheel leaves it alone until it has focus.
TEST(MonthEditTest, HoldsAMonthOrUnknownAndIgnoresTheWheelUnfocused)
{
    QScrollArea area;
    auto* content = new QWidget;
    content->setMinimumHeight(2000);
    auto* month = new ui::MonthEdit(content);
    area.setWidget(content);
    area.resize(300, 200);
    area.show();
    EXPECT_EQ(month->value(), QString());
    EXPECT_EQ(month->text(), QStringLiteral("Unknown"));
    month->setValue(QStringLiteral("2027-12"));
    EXPECT_EQ(month->value(), QStringLiteral("2027-12"));
    EXPECT_EQ(month->text(), QStringLiteral("Dec 2027"));
    QStringList edited;
    QObject::connect(month, &ui::MonthEdit::valueEdited, [&edited](const QString& v) { edited << v; });
    wheelDown(month);
    EXPECT_EQ(month->value(), QStringLiteral("2027-12"));
    EXPECT_TRUE(edited.isEmpty());
    EXPECT_GT(area.verticalScrollBar()->value(), 0);
    month->setDate(QDate(2028, 3, 1)); // as the calendar or typing does
    EXPECT_EQ(edited, QStringList{QStringLiteral("2028-03")});
    month->setValue(QString());
    EXPECT_EQ(month->value(), QString());
}

} // namespace
