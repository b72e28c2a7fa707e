// SPDX-License-Identifier: Apache-2.0
#include "ui/jmdn/GenericNamePicker.h"

#include "core/jmdn/NameInText.h"
#include "core/jmdn/SharedGenericNames.h"
#include "ui/jmdn/GenericNameListModel.h"
#include "ui/widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace shirube::ui {

GenericNamePicker::GenericNamePicker(QWidget* parent)
    : QWidget(parent)
    , m_model(new GenericNameListModel(this))
{
    setObjectName(QStringLiteral("genericNamePicker"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // The question itself ("What is it?") is the title of the box the picker sits in.
    m_hint = new WrappingLabel(this);
    m_hint->setObjectName(QStringLiteral("genericNameHint"));
    layout->addWidget(m_hint);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("genericNameSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);
    setFocusProxy(m_search);

    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("genericNameResults"));
    m_results->setModel(m_model);
    m_results->setWordWrap(true); // a row is two lines: the name, then code, class and procedure
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->hide();
    layout->addWidget(m_results);
    connect(m_results, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { pickRow(index.row()); });
    connect(m_results, &QAbstractItemView::clicked, this,
            [this](const QModelIndex& index) { pickRow(index.row()); });

    m_noMatch = new WrappingLabel(this);
    m_noMatch->setObjectName(QStringLiteral("genericNameNoMatch"));
    m_noMatch->hide();
    layout->addWidget(m_noMatch);

    m_suggestionBox = new QWidget(this);
    m_suggestionBox->setObjectName(QStringLiteral("suggestedGenericNameBox"));
    auto* suggestionLayout = new QHBoxLayout(m_suggestionBox);
    suggestionLayout->setContentsMargins(0, 0, 0, 0);
    m_suggestionText = new WrappingLabel(m_suggestionBox);
    m_suggestionText->setObjectName(QStringLiteral("suggestedGenericName"));
    m_useSuggestion = new QPushButton(m_suggestionBox);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestedGenericName"));
    suggestionLayout->addWidget(m_suggestionText, 1);
    suggestionLayout->addWidget(m_useSuggestion, 0, Qt::AlignTop);
    m_suggestionBox->hide();
    layout->addWidget(m_suggestionBox);
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] {
        if (m_suggestion)
            emit picked(m_suggestion->code);
    });

    m_pickedBox = new QWidget(this);
    m_pickedBox->setObjectName(QStringLiteral("pickedGenericNameBox"));
    auto* pickedLayout = new QHBoxLayout(m_pickedBox);
    pickedLayout->setContentsMargins(0, 0, 0, 0);
    m_pickedText = new WrappingLabel(m_pickedBox);
    m_pickedText->setObjectName(QStringLiteral("pickedGenericName"));
    m_clear = new QPushButton(m_pickedBox);
    m_clear->setObjectName(QStringLiteral("clearGenericName"));
    pickedLayout->addWidget(m_pickedText, 1);
    pickedLayout->addWidget(m_clear, 0, Qt::AlignTop);
    m_pickedBox->hide();
    layout->addWidget(m_pickedBox);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        search({});
        emit cleared();
        m_search->setFocus(Qt::OtherFocusReason);
    });

    m_newKindBox = new QCheckBox(this);
    m_newKindBox->setObjectName(QStringLiteral("noGenericName"));
    layout->addWidget(m_newKindBox);
    connect(m_newKindBox, &QCheckBox::toggled, this, [this](bool checked) {
        m_newKind = checked;
        m_search->setEnabled(!checked);
        showSuggestion();
        if (checked) {
            m_search->clear();
            search({});
        }
        emit newKindChosen(checked);
    });

    connect(m_search, &QLineEdit::textChanged, this, &GenericNamePicker::search);
    retranslate();
}

GenericNamePicker::~GenericNamePicker() = default;

void GenericNamePicker::search(const QString& text)
{
    const QString query = text.trimmed();
    std::vector<core::GenericNameHit> hits;
    if (!query.isEmpty()) {
        if (const auto table = core::sharedGenericNames())
            hits = table->search(query, kMaxResults);
    }
    const bool none = hits.empty();
    m_model->setHits(std::move(hits));
    m_results->setVisible(!none);
    m_noMatch->setVisible(none && !query.isEmpty());
    if (!none) {
        m_results->setCurrentIndex(m_model->index(0));
        // As tall as the results, up to five; the rest scroll.
        int height = 2 * m_results->frameWidth();
        for (int row = 0; row < std::min(m_model->rowCount(), kVisibleResults); ++row)
            height += m_results->sizeHintForRow(row);
        m_results->setFixedHeight(height);
    }
}

void GenericNamePicker::reset()
{
    {
        const QSignalBlocker block(m_newKindBox);
        m_newKindBox->setChecked(false);
    }
    m_newKind = false;
    m_search->setEnabled(true);
    m_search->clear();
}

void GenericNamePicker::refresh()
{
    search(m_search->text());
    showPicked();
}

void GenericNamePicker::pickRow(int row)
{
    const core::GenericName* name = m_model->name(row);
    if (!name)
        return;
    const QString code = name->code;
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    search({});
    if (m_newKindBox->isChecked()) {
        const QSignalBlocker block(m_newKindBox);
        m_newKindBox->setChecked(false);
        m_newKind = false;
        m_search->setEnabled(true);
    }
    emit picked(code);
}

void GenericNamePicker::setCode(const QString& stored)
{
    // "none": the user said no generic name fits (a new kind of device).
    const bool none = stored == QLatin1String(core::kNoGenericName);
    if (none != m_newKind) {
        const QSignalBlocker block(m_newKindBox);
        m_newKindBox->setChecked(none);
        m_newKind = none;
        m_search->setEnabled(!none);
    }
    const QString code = none ? QString() : stored;
    if (code == m_code) {
        showSuggestion();
        return;
    }
    m_code = code;
    if (!code.isEmpty() && m_newKindBox->isChecked()) {
        const QSignalBlocker block(m_newKindBox);
        m_newKindBox->setChecked(false);
        m_newKind = false;
        m_search->setEnabled(true);
    }
    showPicked();
}

std::optional<core::GenericName> GenericNamePicker::pickedName() const
{
    if (m_code.isEmpty())
        return std::nullopt;
    const auto table = core::sharedGenericNames();
    return table ? table->lookup(m_code) : std::nullopt;
}

void GenericNamePicker::setProductName(const QString& name)
{
    const auto table = core::sharedGenericNames();
    m_suggestion = table ? core::genericNameInText(table->names(), name) : std::nullopt;
    showSuggestion();
}

void GenericNamePicker::showSuggestion()
{
    const bool show = m_suggestion && m_code.isEmpty() && !m_newKind;
    if (show)
        m_suggestionText->setText(
            tr("Your product's name contains the generic name %1 (%2). The plan assumes it until you pick "
               "a generic name.")
                .arg(GenericNameListModel::displayName(*m_suggestion),
                     GenericNameListModel::facts(*m_suggestion)));
    m_suggestionBox->setVisible(show);
}

void GenericNamePicker::showPicked()
{
    showSuggestion();
    if (m_code.isEmpty()) {
        m_pickedBox->hide();
        return;
    }
    if (const auto name = pickedName()) {
        m_pickedText->setText(
            tr("Picked: %1\n%2")
                .arg(GenericNameListModel::displayName(*name), GenericNameListModel::facts(*name)));
        m_pickedText->setToolTip(name->definitionJa);
    } else {
        m_pickedText->setText(tr("JMDN %1 is not in the generic-name table. Import PMDA's list of generic "
                                 "names (File menu) to look it up, or clear it.")
                                  .arg(m_code));
        m_pickedText->setToolTip(QString());
    }
    m_pickedBox->show();
}

void GenericNamePicker::retranslate()
{
    m_hint->setText(tr("Search the Japanese generic name (一般的名称): it fixes the class and whether a "
                       "certification standard applies. Type a Japanese or English name, part of a word, "
                       "or the 8-digit JMDN code."));
    m_search->setPlaceholderText(tr("e.g. CT, カテーテル, glucose, 37618010"));
    m_search->setAccessibleName(tr("Search generic names"));
    m_results->setAccessibleName(tr("Generic names found"));
    m_noMatch->setText(tr("No generic name matches. Try another word, the code, or tick \"I can't find a "
                          "generic name\" below."));
    m_useSuggestion->setText(tr("Use it"));
    m_useSuggestion->setToolTip(tr("Pick this generic name for the product"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the generic name and answer the classification questions instead"));
    m_newKindBox->setText(tr("I can't find a generic name\n(a new kind of device)"));
    m_newKindBox->setToolTip(tr("The classification questions below then decide the class."));
    search(m_search->text());
    showPicked();
}

bool GenericNamePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int rows = m_model->rowCount();
        if (rows > 0 && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            const int current = m_results->currentIndex().row();
            const int next = std::clamp(current + (key->key() == Qt::Key_Down ? 1 : -1), 0, rows - 1);
            m_results->setCurrentIndex(m_model->index(next));
            return true;
        }
        if (rows > 0 && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            pickRow(std::max(m_results->currentIndex().row(), 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GenericNamePicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace shirube::ui
