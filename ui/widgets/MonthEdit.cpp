// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/MonthEdit.h"

#include "ui/Language.h"
#include "ui/widgets/WheelGuard.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QWheelEvent>

namespace shirube::ui {

namespace {

const QDate kUnknown(2000, 1, 1);

} // namespace

MonthEdit::MonthEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumDate(kUnknown);
    setMaximumDate(QDate(2100, 12, 1));
    setCalendarPopup(true);
    setCurrentSection(QDateTimeEdit::MonthSection);
    setDate(kUnknown);
    if (QCalendarWidget* calendar = calendarWidget())
        calendar->installEventFilter(this);
    connect(this, &QDateEdit::dateChanged, this, [this] {
        if (!m_setting)
            emit valueEdited(value());
    });
    retranslate(tr("Unknown"));
}

MonthEdit::~MonthEdit() = default;

QString MonthEdit::value() const
{
    const QDate d = date();
    return d <= kUnknown ? QString() : d.toString(QStringLiteral("yyyy-MM"));
}

void MonthEdit::setValue(const QString& yearMonth)
{
    QDate d = QDate::fromString(yearMonth + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid() || d <= kUnknown)
        d = kUnknown;
    m_setting = true;
    setDate(d);
    m_setting = false;
}

void MonthEdit::retranslate(const QString& unknownText)
{
    setSpecialValueText(unknownText);
    const bool ja = Language::current() == core::Lang::Ja;
    setLocale(
        QLocale(ja ? QLocale::Japanese : QLocale::English, ja ? QLocale::Japan : QLocale::UnitedStates));
    setDisplayFormat(ja ? QStringLiteral("yyyy年M月") : QStringLiteral("MMM yyyy"));
}

void MonthEdit::wheelEvent(QWheelEvent* event)
{
    if (!scrollFormInstead(this, event))
        QDateEdit::wheelEvent(event);
}

bool MonthEdit::eventFilter(QObject* watched, QEvent* event)
{
    // From "Unknown" the calendar opens on this month, not on the stand-in year 2000.
    if (event->type() == QEvent::Show && watched == calendarWidget() && date() <= kUnknown) {
        const QDate today = QDate::currentDate();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QDateEdit::eventFilter(watched, event);
}

} // namespace shirube::ui
