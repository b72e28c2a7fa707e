// SPDX-License-Identifier: Apache-2.0
#include "ui/help/HelpWindow.h"

#include "ui/Language.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shirube::ui {

namespace {

// Keeps the menu actions' texts in the current language and opens the window on demand.
class HelpActions final : public QObject
{
public:
    HelpActions(QWidget* window, QMenu* menu, HelpWindow::CurrentQuestion current)
        : QObject(window)
        , m_window(window)
        , m_current(std::move(current))
    {
        m_guide = new QAction(window);
        m_guide->setObjectName(QStringLiteral("actionUserGuide"));
        m_guide->setShortcut(QKeySequence::HelpContents); // F1
        m_guide->setShortcutContext(Qt::ApplicationShortcut);
        m_glossary = new QAction(window);
        m_glossary->setObjectName(QStringLiteral("actionGlossary"));
        QAction* first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
        menu->insertAction(first, m_guide);
        menu->insertAction(first, m_glossary);
        menu->insertSeparator(first);
        connect(m_guide, &QAction::triggered, this, [this] { open(HelpWindow::Guide); });
        connect(m_glossary, &QAction::triggered, this, [this] { open(HelpWindow::Glossary); });
        window->installEventFilter(this);
        retranslate();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window && event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    void retranslate()
    {
        m_guide->setText(HelpWindow::tr("User &Guide"));
        m_glossary->setText(HelpWindow::tr("&Glossary"));
    }

    void open(HelpWindow::Page page)
    {
        if (!m_help) {
            m_help = new HelpWindow(m_window);
            m_help->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_help->showPage(page, m_current ? m_current() : std::pair<QString, QString>());
        m_help->show();
        m_help->raise();
        m_help->activateWindow();
    }

    QWidget* m_window;
    HelpWindow::CurrentQuestion m_current;
    QAction* m_guide = nullptr;
    QAction* m_glossary = nullptr;
    QPointer<HelpWindow> m_help;
};

} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    resize(720, 640);
    auto* layout = new QVBoxLayout(this);
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("helpQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::RichText);
    m_question->setFrameShape(QFrame::StyledPanel);
    m_question->setMargin(8);
    m_question->hide();
    layout->addWidget(m_question);
    m_tabs = new QTabWidget(this);
    for (int i = 0; i < 2; ++i) {
        m_pages[i] = new QTextBrowser(m_tabs);
        m_pages[i]->setOpenExternalLinks(true);
        m_tabs->addTab(m_pages[i], QString());
    }
    m_pages[Guide]->setObjectName(QStringLiteral("helpGuide"));
    m_pages[Glossary]->setObjectName(QStringLiteral("helpGlossary"));
    layout->addWidget(m_tabs, 1);
    retranslate();
}

QString HelpWindow::markdown(Page page, const QString& code)
{
    const QString name = page == Guide ? QStringLiteral("guide") : QStringLiteral("glossary");
    QFile file(QStringLiteral(":/help/") + name + QLatin1Char('_') + code + QStringLiteral(".md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void HelpWindow::showPage(Page page, const std::pair<QString, QString>& question)
{
    m_tabs->setCurrentIndex(page);
    if (question.first.isEmpty()) {
        m_question->hide();
        m_question->clear();
    } else {
        m_question->setText(QStringLiteral("<b>") + question.first.toHtmlEscaped() +
                            QStringLiteral("</b><br/>") + question.second.toHtmlEscaped());
        m_question->show();
    }
}

QString HelpWindow::pageText(Page page) const
{
    return m_pages[page]->toPlainText();
}

QString HelpWindow::questionText() const
{
    return m_question->isHidden() ? QString() : m_question->text();
}

void HelpWindow::retranslate()
{
    setWindowTitle(tr("Shirube Help"));
    m_tabs->setTabText(Guide, tr("User guide"));
    m_tabs->setTabText(Glossary, tr("Glossary"));
    const QString code = Language::currentCode();
    m_pages[Guide]->setMarkdown(markdown(Guide, code));
    m_pages[Glossary]->setMarkdown(markdown(Glossary, code));
}

void HelpWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HelpWindow::install(QWidget* window, QMenu* menu, CurrentQuestion current)
{
    new HelpActions(window, menu, std::move(current));
}

} // namespace shirube::ui
