// SPDX-License-Identifier: Apache-2.0
// SetAnswerCommand: one undo step per answer; typing into one field, or stepping a list answer with the
// keyboard, merges; undo/redo restore values.
#include "ui/commands/SetAnswerCommand.h"
#include "ui/commands/UndoIds.h"
#include "ui/models/ProfileModel.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

struct Fixture
{
    QUndoStack stack;
    ui::ProfileModel model{&stack};
    Fixture()
    {
        model.setRuleset(test::builtinRuleset());
        core::Profile p;
        p.setName(QStringLiteral("P"));
        model.setProfile(p);
    }
};

TEST(SetAnswerCommandTest, TypingIntoOneFieldMergesIntoOneStep)
{
    Fixture f;
    for (const char* text : {"M", "Me", "Mea", "Meas"})
        ASSERT_TRUE(f.model.setAnswer(QStringLiteral("intended_use"), QString::fromLatin1(text)));
    EXPECT_EQ(f.stack.count(), 1);
    EXPECT_EQ(f.stack.command(0)->id(), int(ui::SetAnswerUndoId));
    f.stack.undo();
    EXPECT_TRUE(f.model.answer(QStringLiteral("intended_use")).isNull());
    f.stack.redo();
    EXPECT_EQ(f.model.answer(QStringLiteral("intended_use")).toString(), QStringLiteral("Meas"));
}

TEST(SetAnswerCommandTest, DifferentFieldsAndChoicesAreSeparateSteps)
{
    Fixture f;
    f.model.setAnswer(QStringLiteral("intended_use"), QStringLiteral("A"));
    f.model.setAnswer(QStringLiteral("jmdn_code"), QStringLiteral("123"));
    f.model.setAnswer(QStringLiteral("kind"), QStringLiteral("samd"));
    f.model.setAnswer(QStringLiteral("kind"), QStringLiteral("hardware")); // a second choice: its own step
    EXPECT_EQ(f.stack.count(), 4);
    f.stack.undo();
    EXPECT_EQ(f.model.answer(QStringLiteral("kind")).toString(), QStringLiteral("samd"));
}

TEST(SetAnswerCommandTest, TypingBackToTheOriginalLeavesNoStep)
{
    Fixture f;
    f.model.setAnswer(QStringLiteral("intended_use"), QStringLiteral("A"));
    f.stack.setClean();
    f.model.setAnswer(QStringLiteral("intended_use"), QStringLiteral("AB"));
    f.model.setAnswer(QStringLiteral("intended_use"), QStringLiteral("A"));
    EXPECT_EQ(f.stack.count(), 1);
    EXPECT_TRUE(f.stack.isClean());
}

TEST(SetAnswerCommandTest, UnchangedOrInvalidAnswersPushNothing)
{
    Fixture f;
    QSignalSpy changed(&f.model, &ui::ProfileModel::profileChanged);
    f.model.setAnswer(QStringLiteral("kind"), QStringLiteral("samd"));
    EXPECT_TRUE(f.model.setAnswer(QStringLiteral("kind"), QStringLiteral("samd")));
    EXPECT_FALSE(f.model.setAnswer(QStringLiteral("kind"), QStringLiteral("spaceship")));
    EXPECT_FALSE(f.model.setAnswer(QStringLiteral("no.such.field"), true));
    EXPECT_EQ(f.stack.count(), 1);
    EXPECT_EQ(changed.count(), 1);
}

TEST(SetAnswerCommandTest, ListAnswersSteppedWithTheKeyboardMergeAndPicksDoNot)
{
    Fixture f;
    f.model.setAnswer(QStringLiteral("kind"), QStringLiteral("hardware"));
    // Stepped (merge = true): one step, which undoes to where the run started.
    for (const char* kind : {"samd", "ivd", "hardware_with_software"})
        ASSERT_TRUE(f.model.setAnswer(QStringLiteral("kind"), QString::fromLatin1(kind), true));
    EXPECT_EQ(f.stack.count(), 2);
    // A pick after the run is its own step, and a run never merges into a pick before it.
    f.model.setAnswer(QStringLiteral("kind"), QStringLiteral("samd"));
    f.model.setAnswer(QStringLiteral("kind"), QStringLiteral("ivd"), true);
    EXPECT_EQ(f.stack.count(), 4);
    f.stack.undo();
    f.stack.undo();
    f.stack.undo();
    EXPECT_EQ(f.model.answer(QStringLiteral("kind")).toString(), QStringLiteral("hardware"));
}

} // namespace
