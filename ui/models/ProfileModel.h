// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/profile/Profile.h"
#include "core/profile/ProfileSchema.h"
#include "core/rules/Facts.h"
#include "core/rules/Ruleset.h"

#include <QAbstractTableModel>
#include <QJsonValue>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QUndoStack;

namespace shirube::ui {

// The questionnaire as a model: one row per field of shirube.profile/1 (core::profileFields()), with
// the ruleset's question texts (label, help, value labels) in the current language. setData() never
// mutates: it pushes a SetAnswerCommand on the undo stack, whose redo()/undo() call applyAnswer().
class ProfileModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileModel)

public:
    enum Column
    {
        QuestionColumn,
        AnswerColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString: dotted field path
        FieldTypeRole,               // int: core::FieldType
        JsonValueRole,               // QJsonValue; null when unknown
        AllowedValuesRole,           // QStringList: the values an answer may take (not "unknown")
        HelpRole,                    // QString: why it matters
        GroupRole,                   // QString: questionnaire group id
        UnknownRole,                 // bool
        AskedRole,                   // bool: the question matters on the current answers (isAsked)
    };

    ProfileModel(QUndoStack* undoStack, QObject* parent = nullptr);
    ~ProfileModel() override;

    void setRuleset(core::RulesetPtr ruleset);
    const core::RulesetPtr& ruleset() const { return m_ruleset; }
    void setLanguage(core::Lang lang);
    core::Lang language() const { return m_lang; }

    const core::Profile& profile() const { return m_profile; }
    // Replaces the whole profile (a model reset); does not touch the undo stack.
    void setProfile(const core::Profile& profile);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Answer column, EditRole: a QJsonValue, or a plain QVariant converted by the field's type
    // (invalid/empty = unknown). Rejects values the profile format does not allow. Pushes a command.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int rowOf(const QString& path) const;
    QString pathAt(int row) const;
    QModelIndex answerIndex(const QString& path) const { return index(rowOf(path), AnswerColumn); }
    QJsonValue answer(const QString& path) const;
    // Pushes a SetAnswerCommand unless the value is unchanged or invalid; returns false when invalid.
    // `merge`: the change is one of a run stepped through with the keyboard or the wheel (a focused
    // list answer), so it merges with the previous change of the same field into one undo step, as
    // typing in a text field does; picks from an open list stay one step each.
    bool setAnswer(const QString& path, const QJsonValue& value, bool merge = false);
    // Used by SetAnswerCommand only: sets the value and notifies.
    void applyAnswer(const QString& path, const QJsonValue& value);

    // Which document the profile shown belongs to (a project's product id; 0 when none) and how to show
    // another one: an answer's undo or redo first shows the product it was made on (SetAnswerCommand),
    // so undo follows the product, and switching products is not itself an undo step.
    void setDocument(qint64 key, std::function<void(qint64)> show = {});
    qint64 documentKey() const { return m_documentKey; }
    // Shows the document `key` when it is not the one shown (through the function setDocument gave).
    void showDocument(qint64 key);

    QString questionLabel(const QString& path) const;
    QString help(const QString& path) const;
    // The label of one value of an enum/bool/class field ("Yes", "Class II", the ruleset's value label).
    QString valueLabel(const QString& path, const QJsonValue& value) const;
    QString answerText(const QString& path) const;
    QStringList allowedValues(const QString& path) const;
    // Whether the question matters on the current answers: its ruleset askWhen is not False (a
    // question without one is always asked). Evaluated on the profile's facts, kept until it changes.
    bool isAsked(const QString& path) const;

    // Converts editor input to a profile value for `path`; undefined on invalid input, null for unknown.
    static QJsonValue toJsonValue(const core::FieldSpec& spec, const QVariant& value, bool* ok);

signals:
    // After every change of the profile (edit, undo, redo, setProfile).
    void profileChanged();
    void answerChanged(const QString& path);

private:
    const core::QuestionDef* question(const QString& path) const;
    const core::Facts* facts() const;

    QPointer<QUndoStack> m_undoStack;
    qint64 m_documentKey = 0;
    std::function<void(qint64)> m_showDocument;
    core::RulesetPtr m_ruleset;
    core::Lang m_lang = core::Lang::En;
    core::Profile m_profile;
    mutable std::optional<core::Facts> m_facts; // of m_profile; reset on every change
};

} // namespace shirube::ui
