// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/QuestionnaireWidget.h"

#include "core/jmdn/GenericName.h"
#include "core/jmdn/SettledQuestions.h"
#include "core/jmdn/SharedGenericNames.h"
#include "ui/Labels.h"
#include "ui/jmdn/GenericNamePicker.h"
#include "ui/models/ProfileModel.h"
#include "ui/widgets/CompactComboBox.h"
#include "ui/widgets/MonthEdit.h"
#include "ui/widgets/WrappingLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace shirube::ui {

using core::FieldType;

namespace {

const QStringList& groupOrder()
{
    static const QStringList order = {QStringLiteral("product"),  QStringLiteral("hardware"),
                                      QStringLiteral("software"), QStringLiteral("populations"),
                                      QStringLiteral("evidence"), QStringLiteral("applicant"),
                                      QStringLiteral("goals")};
    return order;
}

bool isComboType(FieldType t)
{
    return t == FieldType::Enum || t == FieldType::Bool || t == FieldType::ClassNum;
}

// The combo box whose answer is being stepped with the keyboard or the wheel (while it has focus): its
// changes merge into one undo step (ProfileModel::setAnswer's merge). Null otherwise.
const QComboBox* steppingCombo = nullptr;

bool isStep(const QEvent* event)
{
    if (event->type() == QEvent::Wheel)
        return true;
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<const QKeyEvent*>(event);
    if (key->modifiers() & Qt::AltModifier) // Alt+Down opens the list
        return false;
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        return true;
    default:
        return false;
    }
}

} // namespace

QuestionnaireWidget::QuestionnaireWidget(ProfileModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("questionnaire"));
    build();
    connect(m_model, &ProfileModel::answerChanged, this, [this](const QString& path) {
        if (const Row* row = rowFor(path); row && path != m_committing)
            syncEditor(*row);
        if (path == QLatin1String("name")) // a generic name the product's name contains is offered
            m_picker->setProductName(m_model->answer(path).toString());
        updateVisibility(); // any answer may decide whether another question matters
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_picker->reset(); // another product: its own search and choice
        m_picker->setProductName(m_model->answer(QStringLiteral("name")).toString());
        syncAll();
        updateVisibility();
    });
    retranslate();
    m_picker->setProductName(m_model->answer(QStringLiteral("name")).toString());
    syncAll();
    updateVisibility();
}

QuestionnaireWidget::~QuestionnaireWidget() = default;

void QuestionnaireWidget::build()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // "What is it?": the generic-name search first (the profile's jmdn_code), then the consultant's
    // known class.
    m_shortcutBox = new QGroupBox(this);
    m_shortcutBox->setObjectName(QStringLiteral("group:shortcut"));
    auto* shortcutLayout = new QFormLayout(m_shortcutBox);
    shortcutLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_picker = new GenericNamePicker(m_shortcutBox);
    m_picker->setObjectName(editorName(QStringLiteral("jmdn_code")));
    shortcutLayout->addRow(m_picker);
    connect(m_picker, &GenericNamePicker::picked, this, &QuestionnaireWidget::commitGenericName);
    connect(m_picker, &GenericNamePicker::cleared, this, [this] { commitGenericName({}); });
    connect(m_picker, &GenericNamePicker::newKindChosen, this, &QuestionnaireWidget::chooseNewKind);
    m_shortcutHint = new WrappingLabel(m_shortcutBox);
    m_shortcutHint->setObjectName(QStringLiteral("shortcutHint"));
    shortcutLayout->addRow(m_shortcutHint);
    outer->addWidget(m_shortcutBox);
    m_groups.insert(QStringLiteral("shortcut"), m_shortcutBox);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("questionScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("questionContent"));
    auto* contentLayout = new QVBoxLayout(content);
    for (const QString& g : groupOrder()) {
        auto* box = new QGroupBox(content);
        box->setObjectName(QStringLiteral("group:") + g);
        // Label above its answer: long plain-language questions (and Japanese) wrap instead of squeezing.
        auto* rows = new QVBoxLayout(box);
        rows->setSpacing(2);
        contentLayout->addWidget(box);
        m_groups.insert(g, box);
    }
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll, 1);

    // Rows in core/profile/FORMAT.md order, each in its group.
    for (const core::FieldSpec& spec : core::profileFields()) {
        Row row;
        row.path = spec.path;
        row.type = spec.type;
        row.group = m_groups.value(Labels::groupOf(spec.path));
        if (!row.group)
            continue;
        auto* rows = static_cast<QVBoxLayout*>(row.group->layout());
        if (spec.path == QLatin1String("jmdn_code")) {
            row.editor = m_picker; // searched for by name, not typed in
            m_picker->searchEdit()->installEventFilter(this);
            m_rows.push_back(row);
            continue;
        }
        if (spec.hazardChecklist) {
            // One "do any of these apply?" list: its title and note, then a check box per flag.
            row.hazard = true;
            if (!m_hazardBox) {
                m_hazardBox = new QWidget(row.group);
                m_hazardBox->setObjectName(QStringLiteral("hazardChecklist"));
                auto* list = new QVBoxLayout(m_hazardBox);
                list->setContentsMargins(0, 6, 0, 0);
                list->setSpacing(2);
                m_hazardTitle = new WrappingLabel(m_hazardBox);
                m_hazardTitle->setObjectName(QStringLiteral("hazardTitle"));
                m_hazardNote = new WrappingLabel(m_hazardBox);
                m_hazardNote->setObjectName(QStringLiteral("hazardNote"));
                list->addWidget(m_hazardTitle);
                list->addWidget(m_hazardNote);
                rows->addWidget(m_hazardBox);
            }
            row.editor = makeEditor(row);
            row.editor->installEventFilter(this);
            m_hazardBox->layout()->addWidget(row.editor);
            m_rows.push_back(row);
            continue;
        }
        row.label = new WrappingLabel(row.group);
        row.label->setObjectName(QStringLiteral("question:") + spec.path);
        row.editor = makeEditor(row);
        row.label->setBuddy(row.editor);
        row.editor->installEventFilter(this);
        if (row.group == m_shortcutBox) {
            static_cast<QFormLayout*>(row.group->layout())->addRow(row.label, row.editor);
        } else {
            // A margin rather than a spacer: a question that is not asked leaves no gap.
            if (rows->count() > 0)
                row.label->setContentsMargins(0, 6, 0, 0);
            rows->addWidget(row.label);
            rows->addWidget(row.editor);
        }
        m_rows.push_back(row);
    }

    auto* helpFrame = new QFrame(this);
    helpFrame->setObjectName(QStringLiteral("helpPane"));
    helpFrame->setFrameShape(QFrame::StyledPanel);
    helpFrame->setAutoFillBackground(true);
    helpFrame->setBackgroundRole(QPalette::ToolTipBase);
    helpFrame->setForegroundRole(QPalette::ToolTipText);
    auto* helpLayout = new QVBoxLayout(helpFrame);
    m_helpTitle = new WrappingLabel(helpFrame);
    m_helpTitle->setObjectName(QStringLiteral("helpTitle"));
    QFont bold = m_helpTitle->font();
    bold.setBold(true);
    m_helpTitle->setFont(bold);
    // Not selectable: QLabel lays selectable text out in a text document, several times over while the
    // window opens (a tenth of the start-up); the same text is the question's tooltip.
    m_helpText = new WrappingLabel(helpFrame);
    m_helpText->setObjectName(QStringLiteral("helpText"));
    m_helpText->setMinimumHeight(m_helpText->fontMetrics().lineSpacing() * 4);
    m_helpText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    helpLayout->addWidget(m_helpTitle);
    helpLayout->addWidget(m_helpText);
    outer->addWidget(helpFrame);
}

QWidget* QuestionnaireWidget::makeEditor(Row& row)
{
    QWidget* parent = row.group;
    if (row.hazard) {
        auto* check = new QCheckBox(m_hazardBox);
        check->setObjectName(editorName(row.path));
        const QString path = row.path;
        connect(check, &QCheckBox::toggled, this, [this, path](bool checked) {
            if (const Row* r = rowFor(path))
                commitCheck(*r, checked);
        });
        return check;
    }
    if (isComboType(row.type)) {
        // Sized as with AdjustToMinimumContentsLengthWithIcon, without building its popup before it opens.
        auto* combo = new CompactComboBox(parent);
        combo->setMinimumContentsLength(12);
        combo->setObjectName(editorName(row.path));
        const QString path = row.path;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, path] {
            if (const Row* r = rowFor(path))
                commitCombo(*r);
        });
        return combo;
    }
    if (row.type == FieldType::YearMonth) { // a month picker: "Dec 2027" is never dropped
        auto* month = new MonthEdit(parent);
        month->setObjectName(editorName(row.path));
        const QString path = row.path;
        connect(month, &MonthEdit::valueEdited, this, [this, path](const QString& value) {
            m_committing = path;
            m_model->setData(
                m_model->answerIndex(path),
                QVariant::fromValue(value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value)));
            m_committing.clear();
        });
        return month;
    }
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(editorName(row.path));
    // Its clear button comes after the first paint: enableClearButtons().
    switch (row.type) {
    case FieldType::Integer:
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9, ]*")), edit));
        break;
    case FieldType::YearMonth:
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,4}(-[0-9]{0,2})?")), edit));
        break;
    case FieldType::Countries:
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z ,;]*")), edit));
        break;
    default:
        break;
    }
    const QString path = row.path;
    connect(edit, &QLineEdit::textEdited, this, [this, path](const QString& text) {
        if (const Row* r = rowFor(path))
            commitText(*r, text);
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, path] {
        // Show the stored (normalised) answer, or the old one when the input was not valid.
        if (const Row* r = rowFor(path))
            syncEditor(*r);
    });
    return edit;
}

const QuestionnaireWidget::Row* QuestionnaireWidget::rowFor(const QString& path) const
{
    for (const Row& r : m_rows) {
        if (r.path == path)
            return &r;
    }
    return nullptr;
}

QWidget* QuestionnaireWidget::editor(const QString& path) const
{
    const Row* r = rowFor(path);
    return r ? r->editor : nullptr;
}

QLabel* QuestionnaireWidget::label(const QString& path) const
{
    const Row* r = rowFor(path);
    return r ? r->label : nullptr;
}

void QuestionnaireWidget::fillCombo(const Row& row)
{
    auto* combo = static_cast<QComboBox*>(row.editor);
    const QSignalBlocker block(combo);
    // An enum's own "unknown" means what the blank answer means: one "Unknown" choice, not two.
    QStringList values = m_model->allowedValues(row.path);
    values.removeAll(QStringLiteral("unknown"));
    if (combo->count() != values.size() + 1) {
        combo->clear();
        combo->addItem(Labels::unknown(), QString());
        for (const QString& v : values)
            combo->addItem(QString(), v);
    }
    combo->setItemText(0, Labels::unknown());
    for (int i = 0; i < values.size(); ++i) {
        QJsonValue jv;
        if (row.type == FieldType::Bool)
            jv = values[i] == QLatin1String("true");
        else if (row.type == FieldType::ClassNum)
            jv = values[i].toDouble();
        else
            jv = values[i];
        combo->setItemText(i + 1, m_model->valueLabel(row.path, jv));
    }
}

void QuestionnaireWidget::syncEditor(const Row& row)
{
    const QJsonValue v = m_model->answer(row.path);
    if (row.editor == m_picker) {
        m_picker->setCode(v.toString());
        return;
    }
    if (auto* month = qobject_cast<MonthEdit*>(row.editor)) {
        month->setValue(v.toString());
    } else if (auto* check = qobject_cast<QCheckBox*>(row.editor)) {
        const QSignalBlocker block(check);
        check->setChecked(v.toBool(false));
    } else if (auto* combo = qobject_cast<QComboBox*>(row.editor)) {
        const QSignalBlocker block(combo);
        QString key;
        if (v.isBool())
            key = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            key = QString::number(qint64(v.toDouble()));
        else if (v.isString())
            key = v.toString();
        const int i = key.isEmpty() ? 0 : combo->findData(key);
        combo->setCurrentIndex(i < 0 ? 0 : i);
    } else if (auto* edit = qobject_cast<QLineEdit*>(row.editor)) {
        const QSignalBlocker block(edit);
        QString text;
        if (v.isArray()) {
            QStringList codes;
            for (const QJsonValue& c : v.toArray())
                codes << c.toString();
            text = codes.join(QStringLiteral(", "));
        } else if (v.isDouble()) {
            text = QString::number(qint64(v.toDouble()));
        } else if (v.isString()) {
            text = v.toString();
        }
        if (edit->text() != text) {
            edit->setText(text);
            if (!edit->hasFocus())
                edit->setCursorPosition(0); // show the start of a long answer
        }
    }
}

void QuestionnaireWidget::syncAll()
{
    for (const Row& r : m_rows)
        syncEditor(r);
}

// The line edits' clear buttons, made once the questionnaire has been painted. Making the first one looks
// its icon up in the icon theme, which reads the theme's whole index (about 4 ms of the start-up), and the
// first frame has no use for them: Qt fades a clear button in from opacity 0 when its line edit gets text,
// so one made with its editor, as before, was not visible in that frame either. Made now, each shows at
// once where there is text.
void QuestionnaireWidget::enableClearButtons()
{
    for (const Row& r : m_rows)
        if (auto* edit = qobject_cast<QLineEdit*>(r.editor))
            edit->setClearButtonEnabled(true);
}

void QuestionnaireWidget::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (m_painted)
        return;
    m_painted = true;
    QMetaObject::invokeMethod(this, &QuestionnaireWidget::enableClearButtons, Qt::QueuedConnection);
}

void QuestionnaireWidget::updateVisibility()
{
    // Only on a change: showing a widget lays it out at once, even before the questionnaire is shown.
    const auto show = [](QWidget* w, bool visible) {
        if (w && w->isVisibleTo(w->parentWidget()) != visible)
            w->setVisible(visible);
    };
    QHash<QGroupBox*, bool> groupAsked;
    bool hazardAsked = false;
    const QStringList settled = settledByName();
    for (const Row& r : m_rows) {
        // A class the consultant entered stays in view: it overrides the generic name.
        const bool settledHere = settled.contains(r.path) && !(r.path == QLatin1String("known_class") &&
                                                               !m_model->answer(r.path).isNull());
        const bool asked = m_model->isAsked(r.path) && !settledHere;
        show(r.label, asked);
        show(r.editor, asked);
        groupAsked[r.group] = groupAsked.value(r.group) || asked;
        hazardAsked = hazardAsked || (r.hazard && asked);
    }
    show(m_hazardBox, hazardAsked);
    if (const Row* known = rowFor(QStringLiteral("known_class")))
        show(m_shortcutHint, known->editor->isVisibleTo(m_shortcutBox));
    for (auto it = groupAsked.constBegin(); it != groupAsked.constEnd(); ++it) {
        if (it.key() != m_shortcutBox)
            show(it.key(), it.value());
    }
}

QStringList QuestionnaireWidget::settledByName() const
{
    if (!m_picker->pickedName())
        return {}; // none picked, or a code the table does not know (the planner ignores it too)
    const core::RulesetPtr ruleset = m_model->ruleset();
    if (!ruleset)
        return {};
    if (ruleset != m_settledFor) {
        auto* self = const_cast<QuestionnaireWidget*>(this);
        self->m_settled = core::questionsSettledByGenericName(*ruleset);
        self->m_settledFor = ruleset;
    }
    return m_settled;
}

void QuestionnaireWidget::commitGenericName(const QString& code)
{
    const QString path = QStringLiteral("jmdn_code");
    m_model->setData(m_model->answerIndex(path),
                     QVariant::fromValue(code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)));
    showHelp(path);
}

void QuestionnaireWidget::chooseNewKind(bool newKind)
{
    // Stored as jmdn_code "none" (core/profile/FORMAT.md): the planner then assumes no generic name,
    // not even one the product's name contains.
    const QString stored = m_model->answer(QStringLiteral("jmdn_code")).toString();
    if (!newKind) {
        if (stored == QLatin1String(core::kNoGenericName))
            commitGenericName({});
        return;
    }
    if (stored != QLatin1String(core::kNoGenericName))
        commitGenericName(QString::fromLatin1(core::kNoGenericName));
    updateVisibility();
    // The classification questions decide the class now: go to the first one asked.
    const core::RulesetPtr ruleset = m_model->ruleset();
    const QStringList settled = ruleset ? core::questionsSettledByGenericName(*ruleset) : QStringList();
    for (const QString& path : settled) {
        const Row* r = rowFor(path);
        if (r && r->group != m_shortcutBox && m_model->isAsked(path)) {
            m_scroll->ensureWidgetVisible(r->editor);
            showHelp(path);
            return;
        }
    }
    m_scroll->ensureWidgetVisible(editor(QStringLiteral("kind")));
}

void QuestionnaireWidget::commitCombo(const Row& row)
{
    auto* combo = static_cast<QComboBox*>(row.editor);
    const QString key = combo->currentData().toString();
    QJsonValue v(QJsonValue::Null);
    if (!key.isEmpty()) {
        if (row.type == FieldType::Bool)
            v = key == QLatin1String("true");
        else if (row.type == FieldType::ClassNum)
            v = key.toDouble();
        else
            v = key;
    }
    m_committing = row.path;
    m_model->setAnswer(row.path, v, combo == steppingCombo);
    m_committing.clear();
    showHelp(row.path);
}

void QuestionnaireWidget::commitText(const Row& row, const QString& text)
{
    const core::FieldSpec* spec = core::findField(row.path);
    if (!spec)
        return;
    bool ok = false;
    const QJsonValue v = ProfileModel::toJsonValue(*spec, text, &ok);
    if (!ok || core::Profile::validateValue(row.path, v))
        return; // incomplete input ("2027-0"): wait for more
    m_committing = row.path;
    m_model->setData(m_model->answerIndex(row.path), QVariant::fromValue(v));
    m_committing.clear();
}

void QuestionnaireWidget::commitCheck(const Row& row, bool checked)
{
    // Unticked is left blank: a rare hazard flag that is not ticked does not apply.
    m_committing = row.path;
    m_model->setData(m_model->answerIndex(row.path),
                     QVariant::fromValue(checked ? QJsonValue(true) : QJsonValue(QJsonValue::Null)));
    m_committing.clear();
    showHelp(row.path);
}

void QuestionnaireWidget::showHelp(const QString& path)
{
    m_helpPath = path;
    if (path.isEmpty()) {
        m_helpTitle->setText(tr("Help"));
        m_helpText->setText(tr("Pick a question to see why it matters and what changes with the answer. "
                               "\"Unknown\" is always a valid answer: the plan then takes the most likely "
                               "answer, says so, and shows the other answers as alternatives."));
        return;
    }
    m_helpTitle->setText(m_model->questionLabel(path));
    m_helpText->setText(m_model->help(path));
}

void QuestionnaireWidget::focusQuestion(const QString& path)
{
    const Row* r = rowFor(path);
    if (!r && path == QLatin1String("hardware.hazards")) { // the plan's name for the whole checklist
        for (const Row& row : m_rows) {
            if (row.hazard && (!r || (!r->editor->isVisibleTo(this) && row.editor->isVisibleTo(this))))
                r = &row;
        }
    }
    if (!r)
        return;
    if (r->group && !r->group->isVisible() && r->group != m_shortcutBox)
        r->group->setVisible(true);
    if (r->hazard && m_hazardBox && !m_hazardBox->isVisible())
        m_hazardBox->setVisible(true);
    if (r->editor == m_picker) {
        m_picker->setFocus(Qt::OtherFocusReason);
        showHelp(path);
        return;
    }
    if (!r->editor->isVisible()) {
        r->editor->setVisible(true);
        if (r->label)
            r->label->setVisible(true);
    }
    if (r->group != m_shortcutBox)
        m_scroll->ensureWidgetVisible(r->editor);
    r->editor->setFocus(Qt::OtherFocusReason);
    showHelp(path);
}

void QuestionnaireWidget::retranslateRow(const Row& row)
{
    const QString text = m_model->questionLabel(row.path);
    const QString help = m_model->help(row.path);
    if (auto* check = qobject_cast<QCheckBox*>(row.editor))
        check->setText(text);
    if (row.label) {
        row.label->setText(text);
        row.label->setToolTip(help);
    }
    row.editor->setToolTip(help);
    row.editor->setAccessibleName(text);
    row.editor->setAccessibleDescription(help);
    if (isComboType(row.type) && !row.hazard)
        fillCombo(row);
    else if (auto* month = qobject_cast<MonthEdit*>(row.editor))
        month->retranslate(Labels::unknown());
    else if (auto* edit = qobject_cast<QLineEdit*>(row.editor)) {
        switch (row.type) {
        case FieldType::YearMonth:
            edit->setPlaceholderText(tr("Unknown (YYYY-MM)"));
            break;
        case FieldType::Countries:
            edit->setPlaceholderText(tr("Unknown (e.g. JP, VN)"));
            break;
        default:
            edit->setPlaceholderText(Labels::unknown());
            break;
        }
    }
}

void QuestionnaireWidget::retranslate()
{
    for (auto it = m_groups.constBegin(); it != m_groups.constEnd(); ++it)
        it.value()->setTitle(Labels::groupTitle(it.key()));
    m_shortcutBox->setTitle(tr("What is it?"));
    m_shortcutHint->setText(tr("Consultants: a class you already know can be entered here; it overrides the "
                               "rules and the generic name."));
    if (m_hazardTitle) {
        m_hazardTitle->setText(tr("Do any of these apply?"));
        m_hazardNote->setText(tr("Tick those that apply. None ticked means that none of them applies, and "
                                 "the plan says so."));
    }
    for (const Row& r : m_rows)
        retranslateRow(r);
    syncAll();
    showHelp(m_helpPath);
}

bool QuestionnaireWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (auto* combo = qobject_cast<QComboBox*>(watched);
        combo && !steppingCombo && combo->hasFocus() && isStep(event)) {
        steppingCombo = combo; // the change it makes, if any, comes now, in the combo box's handler
        static_cast<QObject*>(combo)->event(event);
        steppingCombo = nullptr;
        return event->isAccepted(); // not taken (no step possible): delivered on as usual
    }
    if (event->type() == QEvent::FocusIn) {
        for (const Row& r : m_rows) {
            if (r.editor == watched || (r.editor == m_picker && watched == m_picker->searchEdit())) {
                showHelp(r.path);
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionnaireWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace shirube::ui
