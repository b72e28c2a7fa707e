// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <utility>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTextBrowser;

namespace shirube::ui {

// Help: a short user guide and a glossary (resources/help/*_{ja,en}.md), in the current language, and
// when it is opened from a question, that question's help above them. install() adds "User Guide" (F1)
// and "Glossary" to a Help menu.
class HelpWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    enum Page
    {
        Guide,
        Glossary
    };
    // The question the user is on: its title and help text (empty when none).
    using CurrentQuestion = std::function<std::pair<QString, QString>()>;

    explicit HelpWindow(QWidget* parent = nullptr);

    void showPage(Page page, const std::pair<QString, QString>& question = {});
    QString pageText(Page page) const;
    QString questionText() const;

    // The guide or glossary as Markdown, in `code` ("ja" or "en").
    static QString markdown(Page page, const QString& code);
    // Adds the actions to `menu` (before its first action) and keeps their texts translated.
    static void install(QWidget* window, QMenu* menu, CurrentQuestion current);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_question = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_pages[2] = {};
};

} // namespace shirube::ui
