// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace shirube::ui {

// "Planned with an older ruleset": what a re-plan with the current ruleset would change (class,
// procedure, routes and their months, funding), with Re-plan / Keep the old plan.
class ReplanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplanDialog)

public:
    ReplanDialog(const QString& summary, const QString& changesHtml, QWidget* parent = nullptr);

    QString changesText() const;

private:
    QLabel* m_summary;
    QTextBrowser* m_changes;
};

} // namespace shirube::ui
