// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Text.h"
#include "core/rules/Ruleset.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QUrl;

namespace shirube::ui {

// What a clicked state or transition is: its label and narration, the steps with their durations
// (min / likely / max months) and fees, the guard, the designation, and the source with its
// confidence mark for every number. Texts from the ruleset follow setLanguage(); the pane's own
// strings follow the installed translator.
class GraphDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphDetailsPane)

public:
    explicit GraphDetailsPane(QWidget* parent = nullptr);

    void setRuleset(shirube::core::RulesetPtr ruleset);
    void setLanguage(shirube::core::Lang lang);
    void showState(const QString& id);
    void showTransition(const QString& id);
    void clear();

    // "state" | "transition" | "" (nothing shown), and the id shown.
    const QString& kind() const { return m_kind; }
    const QString& id() const { return m_id; }
    QString title() const;
    QString plainText() const;

    static QString phaseName(const QString& phase);
    static QString confidenceMark(shirube::core::Confidence confidence);
    static QString confidenceText(shirube::core::Confidence confidence);

signals:
    // A link to another element in the pane was followed ("state" | "transition", id).
    void elementLinkActivated(const QString& kind, const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void onAnchorClicked(const QUrl& url);
    QString stateHtml(const shirube::core::StateDef& state) const;
    QString transitionHtml(const shirube::core::TransitionDef& transition) const;
    QString sourceHtml(const shirube::core::Provenance& provenance) const;
    QString stateLink(const QString& id) const;
    QString transitionLink(const shirube::core::TransitionDef& transition) const;

    QLabel* m_title;
    QLabel* m_hint; // shown while nothing is selected, instead of the browser
    QTextBrowser* m_browser;
    shirube::core::RulesetPtr m_ruleset;
    shirube::core::Lang m_lang = shirube::core::Lang::En;
    QString m_kind;
    QString m_id;
};

} // namespace shirube::ui
