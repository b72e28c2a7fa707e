// SPDX-License-Identifier: Apache-2.0
#include "core/storage/TeamListener.h"

#include "core/storage/TeamSession.h"

#include <QSqlDriver>

namespace shirube::core {

namespace {

QString channel()
{
    return QString::fromLatin1(TeamSession::kNotifyChannel);
}

} // namespace

TeamListener::TeamListener(QObject* parent)
    : QObject(parent)
{}

TeamListener::~TeamListener() = default;

bool TeamListener::isListening() const
{
    return m_driver && m_driver->subscribedToNotifications().contains(channel());
}

bool TeamListener::listen(QSqlDriver* driver)
{
    if (driver != m_driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        if (driver)
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                        // This connection's own save reads the project again anyway.
                        if (name == channel() && source != QSqlDriver::SelfSource)
                            emit othersSaved();
                    });
    }
    if (m_driver && m_driver->isOpen() && !isListening())
        m_driver->subscribeToNotification(channel());
    return isListening();
}

} // namespace shirube::core
