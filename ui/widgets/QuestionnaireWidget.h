// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/profile/ProfileSchema.h"
#include "core/rules/Ruleset.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;

namespace shirube::ui {

class GenericNamePicker;
class ProfileModel;

// The product questionnaire: every question of the profile, grouped, in plain language, each with its
// help text (tooltip and the inline help pane under the questions), "Unknown" always selectable. The
// first question is "What is it?": a search over the Japanese generic names (GenericNamePicker) whose
// pick is the profile's jmdn_code; with a name picked, the questions the name settles
// (core::questionsSettledByGenericName) are hidden. The consultant's known class sits with it. Every edit
// goes through ProfileModel::setData, so it is an undoable command; the editors follow the model (undo,
// load). Editors are named "answer:<field path>" and labels "question:<field path>". A question shows only
// while it matters on the answers given so far (its ruleset askWhen is not False), and a group with no
// question to ask is hidden. The rare hazard flags (FieldSpec::hazardChecklist) are one "do any of these
// apply?" list of check boxes, none ticked at first: an unticked flag is left blank, which means it
// does not apply.
class QuestionnaireWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionnaireWidget)

public:
    explicit QuestionnaireWidget(ProfileModel* model, QWidget* parent = nullptr);
    ~QuestionnaireWidget() override;

    void retranslate();
    // Scrolls to a question, focuses its editor and shows its help.
    void focusQuestion(const QString& path);
    QWidget* editor(const QString& path) const;
    QLabel* label(const QString& path) const;
    QString helpPath() const { return m_helpPath; }
    GenericNamePicker* genericNamePicker() const { return m_picker; }
    // The questions hidden because the picked generic name settles them (empty when none is picked).
    QStringList settledByName() const;
    static QString editorName(const QString& path) { return QStringLiteral("answer:") + path; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct Row
    {
        QString path;
        core::FieldType type = core::FieldType::Text;
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        QGroupBox* group = nullptr;
        bool hazard = false; // a check box of the hazard checklist (no label of its own)
    };

    void build();
    QWidget* makeEditor(Row& row);
    void fillCombo(const Row& row);
    void syncEditor(const Row& row);
    void syncAll();
    void updateVisibility();
    void enableClearButtons();
    void showHelp(const QString& path);
    void commitCombo(const Row& row);
    void commitText(const Row& row, const QString& text);
    void commitCheck(const Row& row, bool checked);
    void retranslateRow(const Row& row);
    const Row* rowFor(const QString& path) const;
    void commitGenericName(const QString& code);
    void chooseNewKind(bool newKind);

    QPointer<ProfileModel> m_model;
    std::vector<Row> m_rows;
    QHash<QString, QGroupBox*> m_groups;
    QGroupBox* m_shortcutBox = nullptr;
    GenericNamePicker* m_picker = nullptr;
    core::RulesetPtr m_settledFor;  // the ruleset m_settled was computed for
    QStringList m_settled;          // the questions a generic name settles
    QWidget* m_hazardBox = nullptr; // the checklist, in the hardware group
    QLabel* m_hazardTitle = nullptr;
    QLabel* m_hazardNote = nullptr;
    QLabel* m_shortcutHint = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_helpTitle = nullptr;
    QLabel* m_helpText = nullptr;
    QString m_helpPath;
    QString m_committing; // the path being written by this widget (skip re-syncing that editor)
    bool m_painted = false;
};

} // namespace shirube::ui
