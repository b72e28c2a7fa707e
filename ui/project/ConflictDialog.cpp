// SPDX-License-Identifier: Apache-2.0
#include "ui/project/ConflictDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shirube::ui {

ConflictDialog::ConflictDialog(core::SaveConflict conflict, QWidget* parent)
    : QDialog(parent)
    , m_conflict(std::move(conflict))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_keepMine(new QPushButton(this))
    , m_takeTheirs(new QPushButton(this))
    , m_keepBoth(new QPushButton(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_keepBoth->setObjectName(QStringLiteral("keepBoth"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepMine, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_takeTheirs, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_keepBoth, QDialogButtonBox::AcceptRole);
    m_keepBoth->setEnabled(m_conflict.mine.has_value());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { choose(Choice::TakeTheirs); });
    connect(m_keepBoth, &QPushButton::clicked, this, [this] { choose(Choice::KeepBoth); });
    retranslate();
    resize(640, 360);
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

std::optional<core::ProductChange> ConflictDialog::change() const
{
    switch (m_choice) {
    case Choice::KeepMine:
        return core::keepMine(m_conflict);
    case Choice::KeepBoth:
        return core::keepBothAsCopy(m_conflict,
                                    m_conflict.mine ? tr("%1 (mine)").arg(m_conflict.mine->name) : QString());
    case Choice::TakeTheirs:
    case Choice::None:
        break;
    }
    return std::nullopt;
}

QStringList ConflictDialog::differences(const core::Product& mine, const core::Product& theirs)
{
    QStringList fields;
    if (mine.name != theirs.name)
        fields << tr("Name");
    if (!(mine.profile == theirs.profile))
        fields << tr("Profile");
    if (mine.selectedRoute != theirs.selectedRoute)
        fields << tr("Chosen route");
    if (mine.overrides != theirs.overrides)
        fields << tr("Your estimates");
    if (mine.milestones != theirs.milestones)
        fields << tr("Milestones");
    if (mine.notes != theirs.notes)
        fields << tr("Notes");
    if (mine.planSnapshot != theirs.planSnapshot || mine.rulesetVersion != theirs.rulesetVersion)
        fields << tr("Last plan");
    return fields;
}

void ConflictDialog::retranslate()
{
    setWindowTitle(tr("Changed by someone else"));
    const QString who = m_conflict.changedBy.isEmpty() ? tr("someone else") : m_conflict.changedBy;
    const QString when = QLocale().toString(m_conflict.changedAt.toLocalTime(), QLocale::ShortFormat);
    const QString name =
        m_conflict.theirs ? m_conflict.theirs->name : (m_conflict.mine ? m_conflict.mine->name : QString());
    if (!m_conflict.theirs)
        m_summary->setText(tr("“%1” was removed by %2 at %3 while you were editing it. Keep yours to put it "
                              "back, or take theirs to let it go.")
                               .arg(name, who, when));
    else if (!m_conflict.mine)
        m_summary->setText(
            tr("You removed “%1”, but %2 changed it at %3. Keep yours to remove it anyway (their "
               "version stays in the history), or take theirs to keep it.")
                .arg(name, who, when));
    else
        m_summary->setText(tr("“%1” was changed by %2 at %3 while you were editing it. Nothing was "
                              "overwritten. Keep yours (theirs stays in the history), take theirs, or keep "
                              "both, yours as a copy.")
                               .arg(name, who, when));
    m_keepMine->setText(tr("Keep &mine"));
    m_takeTheirs->setText(tr("Take &theirs"));
    m_keepBoth->setText(tr("Keep &both"));

    m_table->setHorizontalHeaderLabels({tr("What"), tr("Theirs"), tr("Mine")});
    const auto row = [&](const QString& field, const QString& theirs, const QString& mine) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(field));
        m_table->setItem(r, 1, new QTableWidgetItem(theirs));
        m_table->setItem(r, 2, new QTableWidgetItem(mine));
    };
    m_table->setRowCount(0);
    const core::Product* t = m_conflict.theirs ? &*m_conflict.theirs : nullptr;
    const core::Product* m = m_conflict.mine ? &*m_conflict.mine : nullptr;
    const QString removed = tr("(removed)");
    if (!t || !m) {
        row(tr("Name"), t ? t->name : removed, m ? m->name : removed);
    } else {
        const QStringList differ = differences(*m, *t);
        for (const QString& field : differ) {
            if (field == tr("Name"))
                row(field, t->name, m->name);
            else if (field == tr("Notes"))
                row(field, t->notes, m->notes);
            else if (field == tr("Chosen route"))
                row(field, t->selectedRoute, m->selectedRoute);
            else if (field == tr("Your estimates"))
                row(field, tr("%n estimate(s)", nullptr, int(t->overrides.size())),
                    tr("%n estimate(s)", nullptr, int(m->overrides.size())));
            else if (field == tr("Milestones"))
                row(field, tr("%n milestone(s)", nullptr, int(t->milestones.size())),
                    tr("%n milestone(s)", nullptr, int(m->milestones.size())));
            else
                row(field, tr("changed"), tr("changed"));
        }
        if (differ.isEmpty())
            row(tr("Name"), t->name, m->name);
    }
    m_table->resizeColumnToContents(0);
}

} // namespace shirube::ui
