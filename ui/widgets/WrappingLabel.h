// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>

#include <array>

namespace shirube::ui {

// A word-wrapped plain-text label whose size hints cost one or two text layouts instead of QLabel's
// eight to twelve. QLabel lays its text out afresh for every hint: up to three widths for sizeHint(), two
// more for minimumSizeHint(), and one per heightForWidth() call, which layouts ask again on every pass
// and every width the window goes through while it opens; the questionnaire's fifty such labels made that
// the largest part of the start-up. This one measures the text once on a single line and answers every
// width it fits in from that; narrower widths are laid out once each and kept (a few), until the text,
// font, margins or alignment change. The sizes are QLabel's own (same rules, same QFontMetrics calls),
// which the tests check against a plain QLabel. Rich text, pixmaps and selectable text are left to QLabel.
class WrappingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingLabel)

public:
    explicit WrappingLabel(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Extras
    {
        int hextra = 0; // margins and indentation QLabel adds around the text
        int vextra = 0;
        int flags = 0; // QFontMetrics::boundingRect flags
    };
    bool handlesText() const;
    Extras extras() const;
    // The text's bounding size laid out in `textWidth` pixels (QLabel's `fm.boundingRect(0, 0, w, 2000, …)`).
    QSize textSize(int textWidth, const Extras& e) const;
    // QLabelPrivate::sizeForWidth for a plain word-wrapped text label.
    QSize sizeForWidth(int width) const;
    void checkCache() const;

    // What the cache was measured for; a change of any of them empties it.
    mutable QString m_text;
    mutable std::array<int, 12> m_key{};
    mutable bool m_valid = false;
    mutable QSize m_natural; // on one line (each paragraph on its line)
    mutable bool m_hasNatural = false;
    mutable QSize m_hint;
    mutable QSize m_minimumHint;
    mutable bool m_hasHints = false;
    struct Entry
    {
        int width = -1;
        QSize size;
    };
    mutable std::array<Entry, 6> m_sizes; // narrower than the natural width, most recent first
};

} // namespace shirube::ui
