// SPDX-License-Identifier: Apache-2.0
#include "ui/settings/Settings.h"

#include "core/storage/ProjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace shirube::ui {

QString settingsFileFor(SettingScope scope)
{
    // AppConfigLocation honours QStandardPaths::setTestModeEnabled(), so tests never touch real settings.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(dir);
    const QString base =
        scope == SettingScope::State ? QStringLiteral("state.ini") : QStringLiteral("shirube.ini");
    return dir + QLatin1Char('/') + base;
}

namespace settings {

void addRecentFile(const QString& fileName)
{
    // A team project's URL is kept as it is (issue 15).
    const QString path = core::isTeamProjectUrl(fileName) ? fileName : QFileInfo(fileName).absoluteFilePath();
    QStringList list = RecentFiles.value();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    RecentFiles.setValue(list);
}

void removeRecentFile(const QString& fileName)
{
    QStringList list = RecentFiles.value();
    list.removeAll(core::isTeamProjectUrl(fileName) ? fileName : QFileInfo(fileName).absoluteFilePath());
    RecentFiles.setValue(list);
}

} // namespace settings

} // namespace shirube::ui
