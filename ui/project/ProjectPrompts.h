// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace shirube::ui {

// Every question the project code asks the user, behind one interface, so tests can answer without
// modal dialogs. The default implementation uses QMessageBox and QFileDialog.
class ProjectPrompts
{
    Q_DECLARE_TR_FUNCTIONS(ProjectPrompts)

public:
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel,
    };
    enum class RecoverChoice
    {
        Recover, // open the recovered work
        Discard, // delete it
        Later,   // keep it for the next start
    };

    enum class LockedChoice
    {
        ReadOnly, // open it, saving only under another name
        Cancel,
    };

    virtual ~ProjectPrompts() = default;

    virtual SaveChoice askSaveChanges(QWidget* parent, const QString& documentName);
    // Empty when cancelled.
    virtual QString askOpenFileName(QWidget* parent, const QString& directory);
    virtual QString askSaveFileName(QWidget* parent, const QString& suggestedPath);
    virtual void showError(QWidget* parent, const QString& title, const QString& message);
    virtual void showInformation(QWidget* parent, const QString& title, const QString& message);
    // `description` says what was found (file, when, how many products).
    virtual RecoverChoice askRecover(QWidget* parent, const QString& description);
    // `changes` is the humane list of what a re-plan with the current ruleset changes (HTML).
    virtual bool askReplan(QWidget* parent, const QString& summary, const QString& changesHtml);
    // `documentName` is open in another program (`holder`: "shirube (process 1234 on host h)").
    virtual LockedChoice askOpenLocked(QWidget* parent, const QString& documentName, const QString& holder);
};

} // namespace shirube::ui
