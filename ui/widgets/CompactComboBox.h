// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QComboBox>

namespace shirube::ui {

// A QComboBox sized as with QComboBox::AdjustToMinimumContentsLengthWithIcon: room for
// minimumContentsLength() characters and an icon, whatever its items, so that long answers never widen
// the questionnaire. Setting that policy on a QComboBox builds the combo's popup at once (a container, a
// list view, two scroll bars, two scrollers: about 0.13 ms, for each of the questionnaire's 34 combo
// boxes, at start-up); this class gives the same size hints and leaves the popup to be built when it is
// first opened. tests/ui/CompactComboBoxTest compares its hints with the policy's.
// The mouse wheel changes the answer only once the user has focused the box (click or Tab): over an
// unfocused box the wheel scrolls the form around it instead (the desktop convention), so that scrolling
// the questionnaire never changes an answer. The wheel alone does not give it focus.
class CompactComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompactComboBox)

public:
    explicit CompactComboBox(QWidget* parent = nullptr);
    ~CompactComboBox() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    // QComboBox's first show re-lays out the combo box for its items (the default policy, "adjust to
    // contents on first show"), which the hints above do not depend on.
    void showEvent(QShowEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QSize hint() const;
};

} // namespace shirube::ui
