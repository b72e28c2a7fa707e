// SPDX-License-Identifier: Apache-2.0
#include "ui/project/ProjectPrompts.h"

#include "ui/project/ReplanDialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace shirube::ui {

ProjectPrompts::SaveChoice ProjectPrompts::askSaveChanges(QWidget* parent, const QString& documentName)
{
    const auto answer = QMessageBox::warning(
        parent, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them before closing it?").arg(documentName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveChoice::Save;
    if (answer == QMessageBox::Discard)
        return SaveChoice::Discard;
    return SaveChoice::Cancel;
}

QString ProjectPrompts::askOpenFileName(QWidget* parent, const QString& directory)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Open project"), directory,
        tr("Shirube projects (*.shirube);;Product profiles (*.json);;All files (*)"));
}

QString ProjectPrompts::askSaveFileName(QWidget* parent, const QString& suggestedPath)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Save project"), suggestedPath,
                                                tr("Shirube projects (*.shirube)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".shirube"), Qt::CaseInsensitive))
        path += QStringLiteral(".shirube");
    return path;
}

void ProjectPrompts::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::warning(parent, title, message);
}

void ProjectPrompts::showInformation(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::information(parent, title, message);
}

ProjectPrompts::RecoverChoice ProjectPrompts::askRecover(QWidget* parent, const QString& description)
{
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                    tr("Shirube did not close properly last time. Unsaved work was kept:"),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("recoverMessageBox"));
    box.setInformativeText(description);
    QPushButton* recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Decide later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        return RecoverChoice::Recover;
    if (box.clickedButton() == discard)
        return RecoverChoice::Discard;
    return RecoverChoice::Later;
}

ProjectPrompts::LockedChoice ProjectPrompts::askOpenLocked(QWidget* parent, const QString& documentName,
                                                           const QString& holder)
{
    QMessageBox box(QMessageBox::Warning, tr("Project already open"),
                    tr("“%1” is open in %2.").arg(documentName, holder), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("lockedMessageBox"));
    box.setInformativeText(tr("Only one window can change a project at a time, so that nobody's work is "
                              "saved over. You can open it read-only to look at it and save a copy under "
                              "another name."));
    QPushButton* readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly ? LockedChoice::ReadOnly : LockedChoice::Cancel;
}

bool ProjectPrompts::askReplan(QWidget* parent, const QString& summary, const QString& changesHtml)
{
    ReplanDialog dialog(summary, changesHtml, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace shirube::ui
