// SPDX-License-Identifier: Apache-2.0
#include "ui/project/ReplanDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shirube::ui {

ReplanDialog::ReplanDialog(const QString& summary, const QString& changesHtml, QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(summary, this))
    , m_changes(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("replanDialog"));
    setWindowTitle(tr("Re-plan with the current ruleset?"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("replanSummary"));
    m_changes->setObjectName(QStringLiteral("replanChanges"));
    m_changes->setHtml(changesHtml);
    m_changes->setOpenExternalLinks(false);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* replan = buttons->addButton(tr("Re-plan"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Keep the old plans"), QDialogButtonBox::RejectRole);
    replan->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

QString ReplanDialog::changesText() const
{
    return m_changes->toPlainText();
}

} // namespace shirube::ui
