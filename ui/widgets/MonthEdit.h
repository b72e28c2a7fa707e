// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateEdit>

namespace shirube::ui {

// A year and month ("YYYY-MM" answers such as the target date), picked from a calendar or typed section
// by section ("Dec 2027" / "2027年12月"): nothing typed is silently dropped. Its lowest date stands
// for "Unknown" (a blank answer). As CompactComboBox, the wheel changes it only once it has focus.
class MonthEdit final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthEdit)

public:
    explicit MonthEdit(QWidget* parent = nullptr);
    ~MonthEdit() override;

    // "YYYY-MM", or empty for unknown.
    QString value() const;
    void setValue(const QString& yearMonth);
    // The month format of the current language; call after a language change.
    void retranslate(const QString& unknownText);

signals:
    // The user changed the month ("" when set back to unknown).
    void valueEdited(const QString& yearMonth);

protected:
    void wheelEvent(QWheelEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_setting = false;
};

} // namespace shirube::ui
