// SPDX-License-Identifier: Apache-2.0
#include "ui/Language.h"

#include "ui/settings/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace shirube::ui {

Language& Language::instance()
{
    static Language language;
    return language;
}

Language::Language() = default;
Language::~Language() = default;

core::Lang Language::fromCode(const QString& code)
{
    return code.startsWith(QLatin1String("ja")) ? core::Lang::Ja : core::Lang::En;
}

QString Language::startupCode()
{
    const QString saved = settings::Language.value();
    if (!saved.isEmpty())
        return codeOf(fromCode(saved));
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

void Language::apply(const QString& code)
{
    const core::Lang lang = fromCode(code);
    const QString c = codeOf(lang);
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/shirube_") + c + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    if (lang != core::Lang::En) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(c), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    m_lang = lang;
    QLocale::setDefault(QLocale(lang == core::Lang::Ja ? QLocale::Japanese : QLocale::English,
                                lang == core::Lang::Ja ? QLocale::Japan : QLocale::UnitedStates));
    emit changed(lang);
}

} // namespace shirube::ui
