// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jmdn/GenericNameTable.h"

#include <QString>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace shirube::ui {

class GenericNameListModel;

// "What is it?": a search box over the Japanese generic names (一般的名称, JMDN), searched as the user
// types (Japanese or English name, part of a word, the code, definition text), the ranked results with
// class and certification, and, once one is picked, the picked name and code with a button to clear it.
// "I can't find a generic name (a new kind of device)" is an explicit choice that leads to the
// classification questions instead. The picker only shows; the questionnaire writes the profile's
// jmdn_code on picked()/cleared() and calls setCode() when the answer changes.
class GenericNamePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenericNamePicker)

public:
    static constexpr int kMaxResults = 30;
    static constexpr int kVisibleResults = 5;

    explicit GenericNamePicker(QWidget* parent = nullptr);
    ~GenericNamePicker() override;

    // The profile's jmdn_code (empty: none picked).
    void setCode(const QString& code);
    QString code() const { return m_code; }
    // The picked row when the code is in the table.
    std::optional<core::GenericName> pickedName() const;
    bool newKind() const { return m_newKind; }
    // Picks result `row` of the current search, as a click or Enter does (emits picked()).
    void pick(int row) { pickRow(row); }
    // The product's name: a generic name it contains is offered (the plan assumes it until one is
    // picked), with a button to pick it.
    void setProductName(const QString& name);
    std::optional<core::GenericName> suggestion() const { return m_suggestion; }
    // Forgets the search and "I can't find a generic name" (another product was loaded).
    void reset();
    // Searches again with the current text (after an import).
    void refresh();
    void retranslate();

    QLineEdit* searchEdit() const { return m_search; }
    QListView* resultsView() const { return m_results; }
    GenericNameListModel* resultsModel() const { return m_model; }

signals:
    void picked(const QString& code);
    void cleared();
    // "I can't find a generic name" ticked or unticked by the user.
    void newKindChosen(bool newKind);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void search(const QString& text);
    void pickRow(int row);
    void showPicked();
    void showSuggestion();

    QString m_code;
    bool m_newKind = false;
    QLabel* m_hint = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_results = nullptr;
    QLabel* m_noMatch = nullptr;
    std::optional<core::GenericName> m_suggestion;
    QWidget* m_suggestionBox = nullptr;
    QLabel* m_suggestionText = nullptr;
    QPushButton* m_useSuggestion = nullptr;
    QWidget* m_pickedBox = nullptr;
    QLabel* m_pickedText = nullptr;
    QPushButton* m_clear = nullptr;
    QCheckBox* m_newKindBox = nullptr;
    GenericNameListModel* m_model = nullptr;
};

} // namespace shirube::ui
