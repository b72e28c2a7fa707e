// SPDX-License-Identifier: Apache-2.0
#include "ui/AboutDialog.h"

#include "ui/Labels.h"
#include "ui/Language.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shirube::ui {

AboutDialog::AboutDialog(core::RulesetPtr ruleset, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Shirube"));
    const core::Lang lang = Language::current();
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("aboutHeading"));
    heading->setTextFormat(Qt::RichText);
    heading->setWordWrap(true);
    heading->setText(QStringLiteral("<h2>Shirube %1</h2><p>").arg(QStringLiteral(SHIRUBE_VERSION)) +
                     tr("Plans how a medical device or SaMD reaches the Japanese market: class, procedure, "
                        "routes with time and cost, designations and funding.")
                         .toHtmlEscaped() +
                     QStringLiteral("</p>"));
    layout->addWidget(heading);

    auto* rulesetLabel = new QLabel(this);
    rulesetLabel->setObjectName(QStringLiteral("aboutRuleset"));
    rulesetLabel->setWordWrap(true);
    if (ruleset)
        rulesetLabel->setText(
            tr("Ruleset: %1 — %2, version %3").arg(ruleset->title.in(lang), ruleset->id, ruleset->version));
    layout->addWidget(rulesetLabel);

    auto* sources = new QTextBrowser(this);
    sources->setObjectName(QStringLiteral("aboutSources"));
    sources->setOpenExternalLinks(true);
    QString html = QStringLiteral("<h3>") + tr("Sources").toHtmlEscaped() + QStringLiteral("</h3><table>");
    if (ruleset) {
        for (const core::SourceRef& s : ruleset->sources) {
            html += QStringLiteral("<tr><td><b>") + s.key.toHtmlEscaped() + QStringLiteral("</b></td><td>") +
                    s.title.toHtmlEscaped();
            if (!s.url.isEmpty())
                html += QStringLiteral("<br><a href=\"%1\">%2</a>")
                            .arg(s.url.toHtmlEscaped(), s.url.toHtmlEscaped());
            html += QStringLiteral("</td></tr>");
        }
    }
    html +=
        QStringLiteral("</table><h3>") + tr("Confidence marks").toHtmlEscaped() + QStringLiteral("</h3><ul>");
    for (auto c : {core::Confidence::Sourced, core::Confidence::Known, core::Confidence::Seed,
                   core::Confidence::Estimate})
        html += QStringLiteral("<li>") + Labels::confidenceMark(c) + QStringLiteral(" <b>") +
                Labels::confidenceName(c).toHtmlEscaped() + QStringLiteral("</b>: ") +
                Labels::confidenceExplanation(c).toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul><p>") +
            tr("Shirube is a planning aid, not regulatory advice. Check every step with PMDA or a "
               "registered certification body.")
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    sources->setHtml(html);
    layout->addWidget(sources, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace shirube::ui
