// SPDX-License-Identifier: Apache-2.0
// WrappingLabel: a word-wrapped QLabel whose size hints are measured once and kept. The sizes must be
// exactly QLabel's, for every kind of text and set-up, before and after the text, font or margins change.

#include "ui/widgets/WrappingLabel.h"

#include <QApplication>
#include <QFont>
#include <QLineEdit>

#include <gtest/gtest.h>
#include <ostream>

using shirube::ui::WrappingLabel;

namespace {

struct Case
{
    const char* name;
    QString text;
    double pointSize = 0; // 0: the application font
    int margin = 0;
    int indent = -1;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    QMargins contents;
    int minimumWidth = 0;
    int maximumWidth = QWIDGETSIZE_MAX;
    bool buddy = false;
    bool frame = false;
};

// Test names in ctest: the case's name, not its bytes.
void PrintTo(const Case& c, std::ostream* os)
{
    *os << c.name;
}

template <typename Label> void setUp(Label& label, const Case& c, QWidget* buddy)
{
    label.setWordWrap(true);
    if (c.pointSize > 0) {
        QFont font = label.font();
        font.setPointSizeF(c.pointSize);
        label.setFont(font);
    }
    label.setMargin(c.margin);
    label.setIndent(c.indent);
    label.setAlignment(c.alignment);
    label.setContentsMargins(c.contents);
    if (c.minimumWidth > 0)
        label.setMinimumWidth(c.minimumWidth);
    label.setMaximumWidth(c.maximumWidth);
    if (c.frame)
        label.setFrameShape(QFrame::Box);
    if (c.buddy)
        label.setBuddy(buddy);
    label.setText(c.text);
}

const int kWidths[] = {0, 1, 17, 40, 80, 121, 200, 333, 480, 700, 1000, 2500, QWIDGETSIZE_MAX};

void expectSameSizes(const QLabel& reference, const QLabel& label, const char* when)
{
    EXPECT_EQ(label.sizeHint(), reference.sizeHint()) << when;
    EXPECT_EQ(label.minimumSizeHint(), reference.minimumSizeHint()) << when;
    EXPECT_EQ(label.hasHeightForWidth(), reference.hasHeightForWidth()) << when;
    for (int w : kWidths)
        EXPECT_EQ(label.heightForWidth(w), reference.heightForWidth(w)) << when << ", width " << w;
    // Asked again, in another order: the kept sizes are the same.
    for (auto it = std::rbegin(kWidths); it != std::rend(kWidths); ++it)
        EXPECT_EQ(label.heightForWidth(*it), reference.heightForWidth(*it)) << when << ", again " << *it;
}

class WrappingLabelTest : public ::testing::TestWithParam<Case>
{
};

TEST_P(WrappingLabelTest, SizesEqualQLabels)
{
    const Case& c = GetParam();
    QWidget window;
    auto* buddy = new QLineEdit(&window);
    auto* reference = new QLabel(&window);
    setUp(*reference, c, buddy);
    auto* label = new WrappingLabel(&window);
    setUp(*label, c, buddy);

    expectSameSizes(*reference, *label, "new");
    window.show();
    expectSameSizes(*reference, *label, "shown");

    const QString other =
        c.text + QStringLiteral(" and then some more words to wrap, 日本語の文も続けて折り返す");
    reference->setText(other);
    label->setText(other);
    expectSameSizes(*reference, *label, "text changed");

    QFont bigger = label->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
    bigger.setBold(true);
    reference->setFont(bigger);
    label->setFont(bigger);
    expectSameSizes(*reference, *label, "font changed");

    for (QLabel* l : {reference, static_cast<QLabel*>(label)}) {
        l->setMargin(c.margin + 3);
        l->setIndent(7);
        l->setContentsMargins(c.contents + QMargins(2, 1, 4, 3));
        l->setAlignment(Qt::AlignRight | Qt::AlignTop);
    }
    expectSameSizes(*reference, *label, "margins and alignment changed");

    reference->clear();
    label->clear();
    expectSameSizes(*reference, *label, "cleared");
}

Case text(const char* name, const QString& text)
{
    Case c;
    c.name = name;
    c.text = text;
    return c;
}

template <typename Change> Case with(Case c, Change change)
{
    change(c);
    return c;
}

INSTANTIATE_TEST_SUITE_P(
    Texts, WrappingLabelTest,
    ::testing::Values(
        text("shortWord", QStringLiteral("Name")),
        text("question",
             QStringLiteral("Does the device measure or monitor vital functions, or deliver energy?")),
        text("longHelp",
             QStringLiteral(
                 "Why it matters: the class decides the procedure. A notification (todokede) for class I, "
                 "third-party certification where a certification standard exists, PMDA approval "
                 "otherwise. \"Unknown\" is always a valid answer: the plan then shows what each "
                 "answer would give.")),
        text("japanese",
             QStringLiteral("認証基準がないクラスII・III、およびクラスIVは厚生労働大臣の承認（PMDA審査）。")),
        text("mixed", QStringLiteral("IMDRFカテゴリII（重大な状況で臨床管理を方向づける）→ クラスII。")),
        text("newlines",
             QStringLiteral("Depending on the unknown answers:\n• class II\n• class III (approval)")),
        text("unbreakable", QStringLiteral("https://www.pmda.go.jp/review-services/drug-reviews/0001.html")),
        with(text("mnemonicWithBuddy", QStringLiteral("&Intended use of the product")),
             [](Case& c) { c.buddy = true; }),
        with(text("marginsIndentFrame",
                  QStringLiteral("A framed label with margins, indentation and a few words")),
             [](Case& c) {
                 c.pointSize = 11;
                 c.margin = 4;
                 c.indent = 9;
                 c.alignment = Qt::AlignLeft | Qt::AlignTop;
                 c.contents = QMargins(3, 2, 5, 1);
                 c.frame = true;
             }),
        with(text("frameNoIndent", QStringLiteral("A framed label without an indent")),
             [](Case& c) {
                 c.margin = 2;
                 c.alignment = Qt::AlignLeft | Qt::AlignTop;
                 c.frame = true;
             }),
        with(text("centred", QStringLiteral("Centred text that wraps onto more than one line when narrow")),
             [](Case& c) { c.alignment = Qt::AlignCenter; }),
        with(text("minimumWidth", QStringLiteral("A label with a minimum width, which QLabel measures at")),
             [](Case& c) { c.minimumWidth = 150; }),
        with(text("maximumWidth",
                  QStringLiteral("A label capped in width, which QLabel's preferred width honours")),
             [](Case& c) { c.maximumWidth = 120; }),
        text("empty", QString())),
    [](const ::testing::TestParamInfo<Case>& param) { return std::string(param.param.name); });

TEST(WrappingLabel, LeavesRichAndSelectableTextToQLabel)
{
    QWidget window;
    for (const bool selectable : {false, true}) {
        QLabel reference(&window);
        WrappingLabel label(&window);
        for (QLabel* l : {&reference, static_cast<QLabel*>(&label)}) {
            l->setWordWrap(true);
            if (selectable) {
                l->setTextInteractionFlags(Qt::TextSelectableByMouse);
                l->setText(
                    QStringLiteral("Plain text that can be selected with the mouse, long enough to wrap"));
            } else {
                l->setText(
                    QStringLiteral("<b>What decides this:</b> <a href=\"question:kind\">the kind</a> of "
                                   "product, and whether a certification standard exists"));
            }
        }
        expectSameSizes(reference, label, selectable ? "selectable" : "rich text");
    }
}

TEST(WrappingLabel, IsWordWrappedFromTheStart)
{
    WrappingLabel label;
    EXPECT_TRUE(label.wordWrap());
    label.setText(QStringLiteral("Some text"));
    EXPECT_TRUE(label.hasHeightForWidth());
}

} // namespace
