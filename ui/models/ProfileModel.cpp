// SPDX-License-Identifier: Apache-2.0
#include "ui/models/ProfileModel.h"

#include "ui/Labels.h"
#include "ui/commands/SetAnswerCommand.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUndoStack>

namespace shirube::ui {

using core::FieldSpec;
using core::FieldType;

namespace {

const std::vector<FieldSpec>& fields()
{
    return core::profileFields();
}

bool isMergeable(const core::FieldSpec& spec)
{
    // The generic name is picked from a search, not typed: each pick is its own undo step.
    if (spec.path == QLatin1String("jmdn_code"))
        return false;
    // Typed fields change on every keystroke: one undo step per field edit, not per character.
    const FieldType type = spec.type;
    return type == FieldType::Text || type == FieldType::Integer || type == FieldType::Countries ||
           type == FieldType::YearMonth;
}

} // namespace

ProfileModel::ProfileModel(QUndoStack* undoStack, QObject* parent)
    : QAbstractTableModel(parent)
    , m_undoStack(undoStack)
{}

ProfileModel::~ProfileModel() = default;

void ProfileModel::setRuleset(core::RulesetPtr ruleset)
{
    beginResetModel();
    m_ruleset = std::move(ruleset);
    m_facts.reset();
    endResetModel();
}

void ProfileModel::setLanguage(core::Lang lang)
{
    m_lang = lang;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ProfileModel::setProfile(const core::Profile& profile)
{
    beginResetModel();
    m_profile = profile;
    m_facts.reset();
    endResetModel();
    emit profileChanged();
}

int ProfileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(fields().size());
}

int ProfileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldSpec& spec = fields()[std::size_t(index.row())];
    const QJsonValue value = answer(spec.path);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == QuestionColumn ? questionLabel(spec.path) : answerText(spec.path);
    case Qt::EditRole:
        if (index.column() == QuestionColumn)
            return questionLabel(spec.path);
        if (value.isNull() || value.isUndefined())
            return QVariant();
        if (spec.type == FieldType::Countries) {
            QStringList codes;
            for (const QJsonValue& c : value.toArray())
                codes << c.toString();
            return codes.join(QStringLiteral(", "));
        }
        return value.toVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case HelpRole:
        return help(spec.path);
    case PathRole:
        return spec.path;
    case FieldTypeRole:
        return int(spec.type);
    case JsonValueRole:
        return QVariant::fromValue(value);
    case AllowedValuesRole:
        return allowedValues(spec.path);
    case GroupRole:
        return Labels::groupOf(spec.path);
    case UnknownRole:
        return value.isNull() || value.isUndefined();
    case AskedRole:
        return isAsked(spec.path);
    default:
        return {};
    }
}

QVariant ProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section == QuestionColumn)
            return tr("Question");
        if (section == AnswerColumn)
            return tr("Answer");
        return {};
    }
    return section + 1;
}

Qt::ItemFlags ProfileModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == AnswerColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QJsonValue ProfileModel::toJsonValue(const FieldSpec& spec, const QVariant& value, bool* ok)
{
    *ok = true;
    if (value.metaType() == QMetaType::fromType<QJsonValue>()) {
        const QJsonValue v = value.value<QJsonValue>();
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    }
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    const QString text = value.toString().trimmed();
    switch (spec.type) {
    case FieldType::Text:
        if (text.isEmpty() && !spec.required)
            return QJsonValue(QJsonValue::Null);
        return text;
    case FieldType::Enum:
    case FieldType::YearMonth:
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Null);
        return text;
    case FieldType::Bool:
        if (value.metaType() == QMetaType::fromType<bool>())
            return value.toBool();
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Null);
        break;
    case FieldType::Integer:
    case FieldType::ClassNum: {
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Null);
        QString digits = text;
        digits.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
        bool good = false;
        const qlonglong n = digits.toLongLong(&good);
        if (good)
            return double(n);
        break;
    }
    case FieldType::Countries: {
        if (value.metaType() == QMetaType::fromType<QStringList>()) {
            QJsonArray list;
            for (const QString& c : value.toStringList())
                list.append(c.trimmed().toUpper());
            return list;
        }
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Null);
        QJsonArray list;
        static const QRegularExpression sep(QStringLiteral("[,;\\s]+"));
        for (const QString& c : text.split(sep, Qt::SkipEmptyParts))
            list.append(c.toUpper());
        return list;
    }
    }
    *ok = false;
    return QJsonValue(QJsonValue::Undefined);
}

bool ProfileModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != AnswerColumn)
        return false;
    const FieldSpec& spec = fields()[std::size_t(index.row())];
    bool ok = false;
    const QJsonValue v = toJsonValue(spec, value, &ok);
    if (!ok)
        return false;
    return setAnswer(spec.path, v);
}

int ProfileModel::rowOf(const QString& path) const
{
    const auto& f = fields();
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f[i].path == path)
            return int(i);
    }
    return -1;
}

QString ProfileModel::pathAt(int row) const
{
    return row >= 0 && row < rowCount() ? fields()[std::size_t(row)].path : QString();
}

QJsonValue ProfileModel::answer(const QString& path) const
{
    return m_profile.value(path).value_or(QJsonValue(QJsonValue::Null));
}

bool ProfileModel::setAnswer(const QString& path, const QJsonValue& value, bool merge)
{
    const FieldSpec* spec = core::findField(path);
    if (!spec)
        return false;
    const QJsonValue v = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    if (core::Profile::validateValue(path, v))
        return false;
    const QJsonValue old = answer(path);
    if (old == v)
        return true;
    auto* command = new SetAnswerCommand(this, path, old, v, merge || isMergeable(*spec));
    if (m_undoStack)
        m_undoStack->push(command); // push() calls redo()
    else {
        command->redo();
        delete command;
    }
    return true;
}

void ProfileModel::applyAnswer(const QString& path, const QJsonValue& value)
{
    const int row = rowOf(path);
    if (row < 0)
        return;
    m_profile.setValue(path, value);
    m_facts.reset();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit answerChanged(path);
    emit profileChanged();
}

void ProfileModel::setDocument(qint64 key, std::function<void(qint64)> show)
{
    m_documentKey = key;
    if (show)
        m_showDocument = std::move(show);
}

void ProfileModel::showDocument(qint64 key)
{
    if (key != m_documentKey && m_showDocument)
        m_showDocument(key);
}

const core::QuestionDef* ProfileModel::question(const QString& path) const
{
    return m_ruleset ? m_ruleset->question(path) : nullptr;
}

const core::Facts* ProfileModel::facts() const
{
    if (!m_ruleset || !m_ruleset->facts)
        return nullptr;
    if (!m_facts)
        m_facts = core::Facts::fromProfile(*m_ruleset->facts, m_profile);
    return &*m_facts;
}

bool ProfileModel::isAsked(const QString& path) const
{
    const core::QuestionDef* q = question(path);
    if (!q || !q->askWhen)
        return true;
    const core::Facts* f = facts();
    return !f || q->askWhen->evaluate(*f) != core::Tri::False;
}

QString ProfileModel::questionLabel(const QString& path) const
{
    if (const auto* q = question(path); q && !q->label.isEmpty())
        return q->label.in(m_lang);
    return Labels::fallbackFieldLabel(path);
}

QString ProfileModel::help(const QString& path) const
{
    if (const auto* q = question(path); q && !q->help.isEmpty())
        return q->help.in(m_lang);
    return Labels::fallbackHelp();
}

QStringList ProfileModel::allowedValues(const QString& path) const
{
    const FieldSpec* spec = core::findField(path);
    if (!spec)
        return {};
    switch (spec->type) {
    case FieldType::Enum:
        return spec->allowed;
    case FieldType::Bool:
        return {QStringLiteral("true"), QStringLiteral("false")};
    case FieldType::ClassNum:
        return {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
    default:
        return {};
    }
}

QString ProfileModel::valueLabel(const QString& path, const QJsonValue& value) const
{
    if (value.isNull() || value.isUndefined())
        return Labels::unknown();
    const FieldSpec* spec = core::findField(path);
    const QString key = value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                        : value.isDouble() ? QString::number(qint64(value.toDouble()))
                                           : value.toString();
    if (const auto* q = question(path)) {
        const auto it = q->values.constFind(key);
        if (it != q->values.constEnd() && !it->isEmpty())
            return it->in(m_lang);
    }
    if (spec && spec->type == FieldType::Bool)
        return value.toBool() ? Labels::yes() : Labels::no();
    if (spec && spec->type == FieldType::ClassNum)
        return Labels::deviceClass(int(value.toDouble()));
    if (spec && spec->type == FieldType::Enum)
        return Labels::fallbackValueLabel(key);
    return key;
}

QString ProfileModel::answerText(const QString& path) const
{
    const QJsonValue v = answer(path);
    if (v.isNull() || v.isUndefined())
        return Labels::unknown();
    const FieldSpec* spec = core::findField(path);
    if (!spec)
        return {};
    switch (spec->type) {
    case FieldType::Enum:
    case FieldType::Bool:
    case FieldType::ClassNum:
        return valueLabel(path, v);
    case FieldType::Countries: {
        QStringList codes;
        for (const QJsonValue& c : v.toArray())
            codes << c.toString();
        return codes.join(QStringLiteral(", "));
    }
    case FieldType::Integer:
        return QLocale().toString(qint64(v.toDouble()));
    default:
        return v.toString();
    }
}

} // namespace shirube::ui
