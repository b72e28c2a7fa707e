// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/ClassificationCard.h"

#include "core/jmdn/SharedGenericNames.h"
#include "core/rules/RuleText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/jmdn/GenericNameListModel.h"
#include "ui/models/ProfileModel.h"
#include "ui/models/RationaleModel.h"
#include "ui/widgets/WrappingLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace shirube::ui {

namespace {

QLabel* makeLabel(QWidget* parent, const char* name, bool wrap = false)
{
    QLabel* l = wrap ? new WrappingLabel(parent) : new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    return l;
}

} // namespace

ClassificationCard::ClassificationCard(ProfileModel* profileModel, QWidget* parent)
    : QFrame(parent)
    , m_profileModel(profileModel)
    , m_rationale(new RationaleModel(this))
{
    setObjectName(QStringLiteral("classificationCard"));
    setFrameShape(QFrame::StyledPanel);

    auto* layout = new QVBoxLayout(this);
    m_title = makeLabel(this, "classificationTitle");
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    m_classCaption = makeLabel(this, "classCaption");
    m_classValue = makeLabel(this, "classValue", true);
    QFont big = m_classValue->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_classValue->setFont(big);
    m_procedureCaption = makeLabel(this, "procedureCaption");
    m_procedureValue = makeLabel(this, "procedureValue", true);
    m_categoryCaption = makeLabel(this, "categoryCaption");
    m_categoryValue = makeLabel(this, "categoryValue", true);
    grid->addWidget(m_classCaption, 0, 0);
    grid->addWidget(m_classValue, 0, 1);
    grid->addWidget(m_procedureCaption, 1, 0);
    grid->addWidget(m_procedureValue, 1, 1);
    grid->addWidget(m_categoryCaption, 2, 0);
    grid->addWidget(m_categoryValue, 2, 1);
    layout->addLayout(grid);

    m_genericName = makeLabel(this, "genericNameValue", true);
    m_genericName->hide();
    layout->addWidget(m_genericName);

    m_decides = makeLabel(this, "decidesHint", true);
    m_decides->setTextFormat(Qt::RichText);
    m_decides->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_decides, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("question:")))
            emit questionRequested(link.mid(9));
    });
    layout->addWidget(m_decides);
    // What the headline assumes, the alternatives, and the rationale trace (each rule's reason, with
    // its source and confidence mark under it): one document that scrolls, however long the lists.
    m_rationaleView = new QTextBrowser(this);
    m_rationaleView->setObjectName(QStringLiteral("rationaleView"));
    m_rationaleView->setOpenLinks(false);
    m_rationaleView->setFrameShape(QFrame::NoFrame);
    m_rationaleView->viewport()->setAutoFillBackground(false);
    m_rationaleView->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    connect(m_rationaleView, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString link = url.toString();
        if (link.startsWith(QLatin1String("question:")))
            emit questionRequested(link.mid(9));
    });
    connect(m_rationale, &QAbstractItemModel::modelReset, this, &ClassificationCard::showRationale);
    connect(m_rationale, &QAbstractItemModel::dataChanged, this, &ClassificationCard::showRationale);
    layout->addWidget(m_rationaleView, 1);

    m_warnings = makeLabel(this, "classificationWarnings", true);
    layout->addWidget(m_warnings);
    retranslate();
}

void ClassificationCard::setRuleset(core::RulesetPtr ruleset)
{
    m_ruleset = ruleset;
    m_rationale->setRuleset(std::move(ruleset));
}

void ClassificationCard::setPlan(const core::Plan& plan)
{
    m_plan = plan;
    m_hasPlan = true;
    m_rationale->setRationale(plan.classification.rationale);
    refresh();
}

QString ClassificationCard::classText() const
{
    return m_classValue->text();
}

QString ClassificationCard::procedureText() const
{
    return m_procedureValue->text();
}

QString ClassificationCard::genericNameText() const
{
    return m_genericName->isVisibleTo(this) ? m_genericName->text() : QString();
}

QString ClassificationCard::detailsText() const
{
    return m_rationaleView->toPlainText();
}

void ClassificationCard::retranslate()
{
    m_title->setText(tr("Classification"));
    m_classCaption->setText(tr("Class:"));
    m_procedureCaption->setText(tr("Procedure:"));
    m_categoryCaption->setText(tr("Review category:"));
    m_rationaleView->setAccessibleName(tr("Why this class"));
    m_rationaleView->setToolTip(Labels::confidenceLegend());
    m_rationale->retranslate();
    refresh();
}

void ClassificationCard::showRationale()
{
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    QString html = m_assumedHtml;
    if (!html.isEmpty() && m_rationale->rowCount() > 0)
        html += QStringLiteral("<p style=\"margin:6px 0 2px 0\"><b>") + tr("Why:").toHtmlEscaped() +
                QStringLiteral("</b></p>");
    for (int row = 0; row < m_rationale->rowCount(); ++row) {
        const QString text = m_rationale->index(row, RationaleModel::TextColumn).data().toString();
        const QString source = m_rationale->index(row, RationaleModel::SourceColumn).data().toString();
        html += QStringLiteral("<p style=\"margin:0 0 4px 0\">• ") + text.toHtmlEscaped() +
                QStringLiteral("<br><span style=\"color:%1\">&nbsp;&nbsp;").arg(muted.name()) +
                source.toHtmlEscaped() + QStringLiteral("</span></p>");
    }
    if (html != m_rationaleHtml) { // most answers leave the rationale as it was
        m_rationaleHtml = html;
        m_rationaleView->setHtml(html);
    }
}

void ClassificationCard::refresh()
{
    const core::Classification& c = m_plan.classification;
    if (!m_hasPlan) {
        m_classValue->setText(tr("Not decided yet"));
        m_procedureValue->setText(tr("Not decided yet"));
        m_categoryValue->setText(tr("Not decided yet"));
        m_decides->clear();
        m_decides->hide();
        m_warnings->hide();
        m_genericName->hide();
        return;
    }
    if (c.regulated && !*c.regulated)
        m_classValue->setText(tr("Not a medical device"));
    else
        m_classValue->setText(Labels::deviceClass(c.deviceClass));
    if (c.ruleClass && c.deviceClass && *c.ruleClass != *c.deviceClass)
        m_classValue->setText(m_classValue->text() + QLatin1Char(' ') +
                              tr("(the rules give %1)").arg(Labels::deviceClass(c.ruleClass)));
    m_procedureValue->setText(c.regulated && !*c.regulated ? tr("None needed")
                                                           : Labels::procedure(c.procedure));
    m_categoryValue->setText(Labels::reviewCategory(c.reviewCategory));

    // The generic name the planner took the class from (its rationale item "jmdn.<code>").
    std::optional<core::GenericName> name;
    for (const core::RationaleItem& r : c.rationale) {
        if (r.rule.startsWith(QLatin1String("jmdn."))) {
            if (const auto table = core::sharedGenericNames())
                name = table->lookup(r.rule.mid(5));
            break;
        }
    }
    if (name) {
        QString text =
            tr("Generic name: %1, JMDN %2").arg(GenericNameListModel::displayName(*name), name->code);
        if (c.ruleClass && c.deviceClass && *c.ruleClass != *c.deviceClass)
            text += QLatin1Char('\n') + tr("The classification rules would give %1; the generic name's class "
                                           "applies.")
                                            .arg(Labels::deviceClass(c.ruleClass));
        m_genericName->setText(text);
    }
    m_genericName->setVisible(name.has_value());

    if (c.decidingQuestions.isEmpty()) {
        m_decides->clear();
        m_decides->hide();
    } else {
        QStringList links;
        for (const QString& path : c.decidingQuestions) {
            const QString label = m_profileModel ? m_profileModel->questionLabel(path) : path;
            links << QStringLiteral("<a href=\"question:%1\">%2</a>").arg(path, label.toHtmlEscaped());
        }
        m_decides->setText(QStringLiteral("<b>") + tr("What decides this:").toHtmlEscaped() +
                           QStringLiteral("</b> ") +
                           tr("answer %1 and the result becomes definite.")
                               .toHtmlEscaped()
                               .arg(links.join(QStringLiteral(", "))));
        m_decides->show();
    }

    // What the headline takes for the questions left blank, each with the question that settles it,
    // then what the alternatives give.
    // What the headline takes for the questions left blank, each linked to the question that settles
    // it, then what the alternatives give.
    QString html;
    const QString para = QStringLiteral("<p style=\"margin:0 0 2px 0\">");
    if (!m_plan.assumed.empty()) {
        html += para + QStringLiteral("<b>") + tr("Assumed (answer to settle):").toHtmlEscaped() +
                QStringLiteral("</b></p>");
        for (const core::AssumedAnswer& a : m_plan.assumed) {
            html += para + QStringLiteral("• <a href=\"question:%1\">%2</a>: %3")
                               .arg(a.path, a.question.toHtmlEscaped(), a.valueLabel.toHtmlEscaped());
            if (!a.basis.isEmpty())
                html += QStringLiteral(" — ") + a.basis.toHtmlEscaped();
            html +=
                QLatin1Char(' ') + Labels::confidenceMark(a.provenance.confidence) + QStringLiteral("</p>");
        }
    }
    bool first = true;
    for (const core::Scenario& s : m_plan.scenarios) {
        if (s.headline)
            continue;
        if (first)
            html += QStringLiteral("<p style=\"margin:6px 0 2px 0\"><b>") + tr("Otherwise:").toHtmlEscaped() +
                    QStringLiteral("</b></p>");
        first = false;
        const core::Classification& sc = s.classification;
        QString label = core::RuleText::scenario(
            s.id, m_profileModel ? m_profileModel->ruleset().get() : nullptr, Language::current());
        if (label.isEmpty())
            label = s.label;
        if (!label.isEmpty())
            label[0] = label[0].toUpper(); // "if …" begins the line
        const QString cls =
            sc.regulated && !*sc.regulated ? tr("not a medical device") : Labels::deviceClass(sc.deviceClass);
        const QString outcome = sc.procedure.isEmpty()
                                    ? tr("%1: %2").arg(label, cls)
                                    : tr("%1: %2, %3").arg(label, cls, Labels::procedure(sc.procedure));
        html += para + QStringLiteral("• ") + outcome.toHtmlEscaped() + QStringLiteral("</p>");
    }
    if (html != m_assumedHtml) {
        m_assumedHtml = html;
        showRationale();
    }

    const QStringList warnings = c.warnings;
    m_warnings->setVisible(!warnings.isEmpty());
    m_warnings->setText(warnings.isEmpty() ? QString()
                                           : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
}

void ClassificationCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace shirube::ui
