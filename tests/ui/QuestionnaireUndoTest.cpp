// SPDX-License-Identifier: Apache-2.0
// Undo steps of list answers in the questionnaire (issue 14, item 6): stepping a focused combo box with
// the arrow keys or the wheel is one undo step per run, however many steps; each pick from the open list
// is its own step.
#include "ui/models/ProfileModel.h"
#include "ui/widgets/QuestionnaireWidget.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <gtest/gtest.h>
#include <memory>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

const QString kKind = QStringLiteral("kind");

struct Form
{
    QUndoStack stack;
    ui::ProfileModel model{&stack};
    std::unique_ptr<ui::QuestionnaireWidget> form;
    QComboBox* combo = nullptr;
    int first = -1; // the combo's index of the profile's answer ("hardware")

    Form()
    {
        model.setRuleset(test::builtinRuleset());
        model.setProfile(test::simpleHardwareProfile());
        stack.clear();
        form = std::make_unique<ui::QuestionnaireWidget>(&model);
        form->resize(900, 1000);
        form->show();
        form->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(form.get()));
        combo = qobject_cast<QComboBox*>(form->editor(kKind));
        if (!combo)
            return;
        first = combo->findData(QStringLiteral("hardware"));
    }

    QString kind() const { return model.answer(kKind).toString(); }
    QString itemKey(int index) const { return combo->itemData(index).toString(); }

    // One wheel notch down over the combo box (as a mouse wheel sends it).
    void wheelDown()
    {
        const QPointF at = QRectF(combo->rect()).center();
        QWheelEvent event(at, combo->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(combo, &event);
    }

    // Opens the list and clicks item `index` in it, as a user picks with the mouse.
    void pick(int index)
    {
        combo->showPopup();
        QAbstractItemView* view = combo->view();
        ASSERT_TRUE(view->isVisible());
        // The list ignores a release that follows its opening too closely (a press-drag-release pick).
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        const QPoint at = view->visualRect(view->model()->index(index, 0)).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        EXPECT_FALSE(view->isVisible()) << "the pick closes the list";
    }
};

TEST(QuestionnaireUndoTest, ArrowKeysOnAFocusedListAnswerAreOneUndoStep)
{
    Form f;
    ASSERT_NE(f.combo, nullptr);
    ASSERT_GE(f.first, 0);
    ASSERT_GE(f.combo->count(), f.first + 4) << "three steps down must be possible";
    f.combo->setFocus();
    ASSERT_TRUE(f.combo->hasFocus());

    for (int i = 0; i < 3; ++i)
        QTest::keyClick(f.combo, Qt::Key_Down);

    EXPECT_EQ(f.combo->currentIndex(), f.first + 3);
    EXPECT_EQ(f.kind(), f.itemKey(f.first + 3));
    EXPECT_EQ(f.stack.count(), 1) << "three arrow-key steps of one field merge";
    f.stack.undo();
    EXPECT_EQ(f.kind(), QStringLiteral("hardware"));
    EXPECT_EQ(f.combo->currentIndex(), f.first);
    EXPECT_FALSE(f.stack.canUndo());
    f.stack.redo();
    EXPECT_EQ(f.kind(), f.itemKey(f.first + 3));
}

TEST(QuestionnaireUndoTest, WheelStepsOnAFocusedListAnswerAreOneUndoStep)
{
    Form f;
    ASSERT_NE(f.combo, nullptr);
    ASSERT_GE(f.combo->count(), f.first + 3);
    f.combo->setFocus();
    ASSERT_TRUE(f.combo->hasFocus());

    f.wheelDown();
    f.wheelDown();

    EXPECT_EQ(f.kind(), f.itemKey(f.first + 2));
    EXPECT_EQ(f.stack.count(), 1);
    f.stack.undo();
    EXPECT_EQ(f.kind(), QStringLiteral("hardware"));
}

TEST(QuestionnaireUndoTest, MousePicksFromTheOpenListAreOneStepEach)
{
    Form f;
    ASSERT_NE(f.combo, nullptr);
    ASSERT_GE(f.combo->count(), f.first + 3);
    f.combo->setFocus();

    f.pick(f.first + 1);
    EXPECT_EQ(f.kind(), f.itemKey(f.first + 1));
    f.pick(f.first + 2);
    EXPECT_EQ(f.kind(), f.itemKey(f.first + 2));

    EXPECT_EQ(f.stack.count(), 2) << "each pick is its own undo step";
    f.stack.undo();
    EXPECT_EQ(f.kind(), f.itemKey(f.first + 1));
    f.stack.undo();
    EXPECT_EQ(f.kind(), QStringLiteral("hardware"));
}

TEST(QuestionnaireUndoTest, AKeyRunAfterAPickIsAStepOfItsOwn)
{
    Form f;
    ASSERT_NE(f.combo, nullptr);
    ASSERT_GE(f.combo->count(), f.first + 4);
    f.combo->setFocus();

    f.pick(f.first + 1);
    ASSERT_TRUE(f.combo->hasFocus());
    QTest::keyClick(f.combo, Qt::Key_Down);
    QTest::keyClick(f.combo, Qt::Key_Down);

    EXPECT_EQ(f.stack.count(), 2) << "the pick, then the run of arrow keys";
    f.stack.undo();
    EXPECT_EQ(f.kind(), f.itemKey(f.first + 1));
}

TEST(QuestionnaireUndoTest, ArrowKeyRunsOfTwoFieldsStayApart)
{
    Form f;
    auto* novelty = qobject_cast<QComboBox*>(f.form->editor(QStringLiteral("novelty")));
    ASSERT_NE(f.combo, nullptr);
    ASSERT_NE(novelty, nullptr);
    f.combo->setFocus();
    QTest::keyClick(f.combo, Qt::Key_Down);
    novelty->setFocus();
    ASSERT_TRUE(novelty->hasFocus());
    QTest::keyClick(novelty, Qt::Key_Up);
    f.combo->setFocus();
    QTest::keyClick(f.combo, Qt::Key_Down);

    EXPECT_EQ(f.stack.count(), 3) << "kind, novelty, kind: no merge across another field";
}

} // namespace
