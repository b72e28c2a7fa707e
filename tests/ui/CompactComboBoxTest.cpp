// SPDX-License-Identifier: Apache-2.0
// CompactComboBox: the size hints of QComboBox::AdjustToMinimumContentsLengthWithIcon, without the popup
// that setting the policy builds.

#include "ui/widgets/CompactComboBox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFont>

#include <gtest/gtest.h>

using shirube::ui::CompactComboBox;

namespace {

struct Case
{
    const char* name;
    int minimumContents;
    QStringList items;
    QString placeholder;
    double pointSize; // 0: the application font
    QSize iconSize;   // empty: the default
};

// The same set-up on both: only the size policy differs.
template <typename Combo> void setUp(Combo& combo, const Case& c)
{
    if (c.pointSize > 0) {
        QFont font = combo.font();
        font.setPointSizeF(c.pointSize);
        combo.setFont(font);
    }
    if (!c.iconSize.isEmpty())
        combo.setIconSize(c.iconSize);
    combo.setMinimumContentsLength(c.minimumContents);
    combo.addItems(c.items);
    combo.setPlaceholderText(c.placeholder);
}

class CompactComboBoxTest : public ::testing::TestWithParam<Case>
{
};

TEST_P(CompactComboBoxTest, HintsEqualThePolicys)
{
    const Case& c = GetParam();
    QWidget window;
    QComboBox reference(&window);
    reference.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setUp(reference, c);
    CompactComboBox compact(&window);
    setUp(compact, c);

    EXPECT_EQ(compact.sizeHint(), reference.sizeHint());
    EXPECT_EQ(compact.minimumSizeHint(), reference.minimumSizeHint());
    window.show();
    EXPECT_EQ(compact.sizeHint(), reference.sizeHint()) << "after the first show";
}

const QStringList kLongAnswers = {
    QStringLiteral("Unknown"), QStringLiteral("Drives clinical management (e.g. aids diagnosis or triage)"),
    QStringLiteral("臨床管理を方向づける（診断・トリアージの補助など）")};

INSTANTIATE_TEST_SUITE_P(
    Sizes, CompactComboBoxTest,
    ::testing::Values(
        Case{"twelve_characters", 12, kLongAnswers, QString(), 0, QSize()},
        Case{"no_items", 12, {}, QString(), 0, QSize()},
        Case{"large_type", 12, kLongAnswers, QString(), 21, QSize()},
        Case{"big_icons", 12, kLongAnswers, QString(), 0, QSize(40, 40)},
        Case{"long_placeholder", 4, {}, QStringLiteral("A placeholder longer than four X"), 0, QSize()},
        Case{"no_minimum", 0, kLongAnswers, QString(), 0, QSize()}),
    [](const ::testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

TEST(CompactComboBox, BuildsNoPopupUntilAsked)
{
    QWidget window;
    auto* combo = new CompactComboBox(&window);
    combo->setMinimumContentsLength(12);
    combo->addItems(kLongAnswers);
    window.show();
    // The popup's list view is the only QAbstractItemView a combo box makes.
    EXPECT_TRUE(combo->findChildren<QAbstractItemView*>().isEmpty());
    EXPECT_NE(combo->view(), nullptr);
    EXPECT_EQ(combo->findChildren<QAbstractItemView*>().size(), 1);
}

} // namespace
