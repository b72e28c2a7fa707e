// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Text.h"

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace shirube::ui {

// The UI language: installs the embedded Shirube translation (:/i18n/shirube_<code>.qm) and Qt's own
// (qtbase_<code>.qm) and remembers which core::Lang the ruleset texts and plans should use.
class Language final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Language)

public:
    static Language& instance();

    // "ja" or "en"; anything else falls back to English.
    void apply(const QString& code);
    void apply(core::Lang lang) { apply(codeOf(lang)); }

    static core::Lang current() { return instance().m_lang; }
    static QString currentCode() { return codeOf(instance().m_lang); }
    static QString codeOf(core::Lang lang)
    {
        return lang == core::Lang::Ja ? QStringLiteral("ja") : QStringLiteral("en");
    }
    static core::Lang fromCode(const QString& code);
    // The language to start in: the saved preference, else the system locale (ja if Japanese, else en).
    static QString startupCode();

signals:
    void changed(shirube::core::Lang lang);

private:
    Language();
    ~Language() override;

    core::Lang m_lang = core::Lang::En;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace shirube::ui
