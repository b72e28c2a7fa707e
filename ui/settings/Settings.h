// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace shirube::ui {

// Where a setting lives: portable preferences, or machine-local state (window geometry, recent files)
// kept in a separate file so that copying preferences never drags one machine's layout to another.
enum class SettingScope
{
    Preference,
    State,
};

// One typed setting, declared once with its key and default (anchors §10). QSettings is opened per call:
// it is cheap, and the organisation/application names set in main() pick the file.
template <typename T> struct Setting
{
    const char* key;
    T defaultValue;
    SettingScope scope = SettingScope::Preference;

    T value() const
    {
        const QVariant v = store().value(QLatin1String(key));
        if (!v.isValid() || !v.canConvert<T>())
            return defaultValue;
        return v.template value<T>();
    }
    void setValue(const T& value) const { store().setValue(QLatin1String(key), QVariant::fromValue(value)); }
    void reset() const { store().remove(QLatin1String(key)); }
    bool isSet() const { return store().contains(QLatin1String(key)); }

private:
    QSettings store() const;
};

// Opens the QSettings store of a scope (the application's, or its "-state" companion).
QString settingsFileFor(SettingScope scope);

template <typename T> QSettings Setting<T>::store() const
{
    return QSettings(settingsFileFor(scope), QSettings::IniFormat);
}

namespace settings {

// "" follows the system locale; otherwise "ja" or "en".
inline const Setting<QString> Language{"ui/language", QString()};
// Trainer mode text size, relative to the default large type.
inline const Setting<double> TrainerFontScale{"trainer/fontScale", 1.0};
// Where the last file dialog was.
inline const Setting<QString> LastDirectory{"files/lastDirectory", QString(), SettingScope::State};
inline const Setting<QByteArray> MainWindowGeometry{"window/geometry", QByteArray(), SettingScope::State};
inline const Setting<QByteArray> MainWindowState{"window/state", QByteArray(), SettingScope::State};
inline const Setting<QByteArray> MainSplitterState{"window/mainSplitter", QByteArray(), SettingScope::State};
inline const Setting<QByteArray> ResultsSplitterState{"window/resultsSplitter", QByteArray(),
                                                      SettingScope::State};
// Most recent first; shared with the project file code (ui/project).
inline const Setting<QStringList> RecentFiles{"files/recent", QStringList(), SettingScope::State};

inline constexpr int kMaxRecentFiles = 10;

// Puts `fileName` first in the recent files (absolute path, no duplicates, at most kMaxRecentFiles).
void addRecentFile(const QString& fileName);
// Drops one entry (e.g. a file that no longer exists).
void removeRecentFile(const QString& fileName);

} // namespace settings

} // namespace shirube::ui
