// SPDX-License-Identifier: Apache-2.0
#pragma once

// A product someone else saved since it was opened (core::SaveConflict): who changed it and when,
// what differs between theirs and mine, and three ways out — keep mine (theirs stays in the
// history), take theirs, or keep both (mine as a copy).

#include "core/storage/ProjectStore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace shirube::ui {

class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum class Choice
    {
        None,
        KeepMine,
        TakeTheirs,
        KeepBoth,
    };

    explicit ConflictDialog(core::SaveConflict conflict, QWidget* parent = nullptr);
    ~ConflictDialog() override;

    Choice choice() const { return m_choice; }
    // The change to save for the choice (none for "take theirs", or when nothing is left to save).
    std::optional<core::ProductChange> change() const;

    // The fields of a product that differ ("Name", "Notes", …), translated.
    static QStringList differences(const core::Product& mine, const core::Product& theirs);

    QLabel* summary() const { return m_summary; }
    QTableWidget* table() const { return m_table; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* takeTheirsButton() const { return m_takeTheirs; }
    QPushButton* keepBothButton() const { return m_keepBoth; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void choose(Choice choice);

    core::SaveConflict m_conflict;
    Choice m_choice = Choice::None;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_keepMine;
    QPushButton* m_takeTheirs;
    QPushButton* m_keepBoth;
};

} // namespace shirube::ui
