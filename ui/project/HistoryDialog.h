// SPDX-License-Identifier: Apache-2.0
#pragma once

// File › Team Project History (issue 15): who changed which product of the open team project when,
// newest first; for the chosen change, what it changed in words ("Device class: 2 → 3"), and Restore,
// which writes the product as it was before that change back to the server as a new version (the
// current one stays in the history, so a restore can itself be undone by restoring again).

#include "core/common/Text.h"
#include "core/rules/Ruleset.h"
#include "core/storage/ProjectStore.h"

#include <QDialog>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace shirube::core {
class TeamSession;
}

namespace shirube::ui {

class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(core::TeamSession* session, core::RulesetPtr ruleset, core::Lang lang,
                  QWidget* parent = nullptr);
    ~HistoryDialog() override;

    // Reads the history again; false (and the reason shown) when the server could not be read.
    bool reload();
    int entryCount() const { return int(m_entries.size()); }
    // Selects the row of history entry `historyId`; false when it is not listed.
    bool selectEntry(qint64 historyId);
    // Restores the selected entry's previous version on the server; false with the reason shown.
    bool restoreSelected();

    // What changed from `before` to `after`, one sentence per difference (a question's answer, the name,
    // the notes, the chosen route, estimates, milestones). Empty when they are the same.
    static QStringList describeChange(const core::Product& before, const core::Product& after,
                                      const core::Ruleset* ruleset, core::Lang lang);

    QTableWidget* table() const { return m_table; }
    QTextBrowser* details() const { return m_details; }
    QLabel* status() const { return m_status; }
    QPushButton* restoreButton() const { return m_restore; }

signals:
    // A product was restored on the server (the window brings it in).
    void restored(qint64 productId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();
    void showDetails();
    const core::HistoryEntry* selected() const;
    // The product as it was after entry `index` (the next change's previous, or as it is now).
    std::optional<core::Product> after(size_t index) const;

    core::TeamSession* m_session;
    core::RulesetPtr m_ruleset;
    core::Lang m_lang;
    std::vector<core::HistoryEntry> m_entries; // newest first
    QLabel* m_intro;
    QTableWidget* m_table;
    QTextBrowser* m_details;
    QLabel* m_status;
    QPushButton* m_restore;
    QPushButton* m_close;
};

} // namespace shirube::ui
