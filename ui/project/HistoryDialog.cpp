// SPDX-License-Identifier: Apache-2.0
#include "ui/project/HistoryDialog.h"

#include "core/profile/ProfileSchema.h"
#include "core/storage/TeamSession.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shirube::ui {

namespace {

QString answerText(const std::optional<QJsonValue>& value, const core::QuestionDef* question, core::Lang lang)
{
    if (!value)
        return HistoryDialog::tr("not answered");
    if (value->isBool())
        return value->toBool() ? HistoryDialog::tr("yes") : HistoryDialog::tr("no");
    if (value->isDouble())
        return QLocale().toString(value->toDouble());
    if (value->isArray()) {
        QStringList items;
        for (const QJsonValue& v : value->toArray())
            items << v.toVariant().toString();
        return items.join(QStringLiteral(", "));
    }
    const QString text = value->toString();
    if (question && question->values.contains(text))
        return question->values.value(text).in(lang);
    return text;
}

} // namespace

HistoryDialog::HistoryDialog(core::TeamSession* session, core::RulesetPtr ruleset, core::Lang lang,
                             QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ruleset(std::move(ruleset))
    , m_lang(lang)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_details(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_restore(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("historyRestore"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::showDetails);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    reload();
    resize(760, 560);
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslate()
{
    setWindowTitle(tr("Team Project History"));
    m_intro->setText(tr("Every saved change to this team project, newest first. Choose one to see what it "
                        "changed; Restore puts the product back as it was before that change, as a new "
                        "version (nothing is overwritten: the current version stays in this history)."));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Product"), tr("What")});
    m_restore->setText(tr("&Restore the Earlier Version"));
    m_close->setText(tr("Close"));
}

bool HistoryDialog::reload()
{
    core::Result<std::vector<core::HistoryEntry>> history = m_session->history(0);
    if (!history.ok()) {
        m_status->setText(tr("The history could not be read: %1").arg(history.error().message));
        return false;
    }
    m_entries.assign(history.value().rbegin(), history.value().rend());
    fill();
    return true;
}

void HistoryDialog::fill()
{
    const QSignalBlocker block(m_table);
    const qint64 keep = selected() ? selected()->id : 0;
    m_table->setRowCount(0);
    for (const core::HistoryEntry& h : m_entries) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        QString what;
        if (h.action == QLatin1String("created"))
            what = tr("added");
        else if (h.action == QLatin1String("removed"))
            what = tr("removed");
        else if (h.action == QLatin1String("restored"))
            what = tr("restored an earlier version");
        else
            what = tr("changed");
        m_table->setItem(
            r, 0, new QTableWidgetItem(QLocale().toString(h.changedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(r, 1, new QTableWidgetItem(h.changedBy));
        m_table->setItem(r, 2, new QTableWidgetItem(h.productName));
        m_table->setItem(r, 3, new QTableWidgetItem(what));
    }
    m_table->resizeColumnsToContents();
    if (!keep || !selectEntry(keep))
        m_table->clearSelection();
    showDetails();
}

bool HistoryDialog::selectEntry(qint64 historyId)
{
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == historyId) {
            m_table->selectRow(int(i));
            showDetails();
            return true;
        }
    return false;
}

const core::HistoryEntry* HistoryDialog::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.front()->row();
    return row >= 0 && size_t(row) < m_entries.size() ? &m_entries[size_t(row)] : nullptr;
}

std::optional<core::Product> HistoryDialog::after(size_t index) const
{
    const core::HistoryEntry& h = m_entries[index];
    if (h.action == QLatin1String("removed"))
        return std::nullopt;
    // m_entries is newest first: the next change of the same product is above.
    for (size_t i = index; i-- > 0;)
        if (m_entries[i].productId == h.productId)
            return m_entries[i].previous;
    if (const core::Product* now = m_session->stored().project.product(h.productId))
        return *now;
    return std::nullopt;
}

void HistoryDialog::showDetails()
{
    const core::HistoryEntry* h = selected();
    m_restore->setEnabled(h && h->previous && !m_session->readOnly());
    if (!h) {
        m_details->setPlainText(tr("Choose a change above to see what it changed."));
        return;
    }
    const size_t index = size_t(h - m_entries.data());
    const QString who = h->changedBy;
    const QString when = QLocale().toString(h->changedAt.toLocalTime(), QLocale::LongFormat);
    QStringList lines;
    if (!h->previous) {
        lines << tr("%1 added “%2” on %3.").arg(who, h->productName, when);
    } else if (h->action == QLatin1String("removed")) {
        lines << tr("%1 removed “%2” on %3. Restore brings it back as it was.")
                     .arg(who, h->previous->name, when);
    } else {
        lines << tr("%1 changed “%2” on %3.").arg(who, h->productName, when);
        const std::optional<core::Product> later = after(index);
        if (later) {
            const QStringList changes = describeChange(*h->previous, *later, m_ruleset.get(), m_lang);
            if (changes.isEmpty())
                lines << tr("Nothing a reader would notice changed (the saved plan only).");
            else
                lines << tr("What changed (before → after):") << changes;
        }
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

bool HistoryDialog::restoreSelected()
{
    const core::HistoryEntry* h = selected();
    if (!h || !h->previous)
        return false;
    const qint64 productId = h->productId;
    const QString name = h->previous->name;
    const QString when = QLocale().toString(h->changedAt.toLocalTime(), QLocale::ShortFormat);
    core::Result<core::StoreSaveResult> done = m_session->restore(h->id);
    if (!done.ok()) {
        m_status->setText(tr("Not restored: %1").arg(done.error().message));
        return false;
    }
    if (!done.value().complete()) {
        m_status->setText(
            tr("Not restored: someone else saved “%1” at the same moment; try again.").arg(name));
        reload();
        return false;
    }
    m_status->setText(tr("“%1” is restored as it was before %2, as a new version on the server. To undo "
                         "this, restore the version before this restore.")
                          .arg(name, when));
    emit restored(productId);
    reload();
    return true;
}

QStringList HistoryDialog::describeChange(const core::Product& before, const core::Product& after,
                                          const core::Ruleset* ruleset, core::Lang lang)
{
    QStringList out;
    const QString arrow = QStringLiteral(" → ");
    if (before.name != after.name)
        out << tr("Name: “%1”%2“%3”").arg(before.name, arrow, after.name);
    int unlabelled = 0;
    for (const core::FieldSpec& field : core::profileFields()) {
        const std::optional<QJsonValue> a = before.profile.value(field.path);
        const std::optional<QJsonValue> b = after.profile.value(field.path);
        if (a == b)
            continue;
        const core::QuestionDef* question = ruleset ? ruleset->question(field.path) : nullptr;
        if (!question || question->label.isEmpty()) {
            ++unlabelled;
            continue;
        }
        out << tr("%1: %2%3%4")
                   .arg(question->label.in(lang), answerText(a, question, lang), arrow,
                        answerText(b, question, lang));
    }
    if (unlabelled > 0)
        out << tr("%n other answer(s) of the profile", nullptr, unlabelled);
    if (before.selectedRoute != after.selectedRoute)
        out << tr("The chosen route");
    if (before.overrides != after.overrides)
        out << tr("Your estimates: %1%2%3")
                   .arg(tr("%n estimate(s)", nullptr, int(before.overrides.size())), arrow,
                        tr("%n estimate(s)", nullptr, int(after.overrides.size())));
    if (before.milestones != after.milestones)
        out << tr("Milestones: %1%2%3")
                   .arg(tr("%n milestone(s)", nullptr, int(before.milestones.size())), arrow,
                        tr("%n milestone(s)", nullptr, int(after.milestones.size())));
    if (before.notes != after.notes)
        out << tr("Notes: “%1”%2“%3”").arg(before.notes, arrow, after.notes);
    return out;
}

} // namespace shirube::ui
