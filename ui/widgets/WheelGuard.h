// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QWheelEvent>
#include <QWidget>

namespace shirube::ui {

// The desktop convention for a field inside a scrolled form: the wheel changes the field only once the
// user has focused it; over an unfocused field it scrolls the form. Qt hands an ignored wheel event on
// to the parents only in some cases (a spontaneous event, some scroll phases), so the event goes straight
// to the nearest scroll area's viewport. Returns true when the event was handled that way.
inline bool scrollFormInstead(QWidget* field, QWheelEvent* event)
{
    if (field->hasFocus())
        return false;
    for (QWidget* w = field->parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w)) {
            QWheelEvent forwarded(area->viewport()->mapFromGlobal(event->globalPosition()),
                                  event->globalPosition(), event->pixelDelta(), event->angleDelta(),
                                  event->buttons(), event->modifiers(), event->phase(), event->inverted(),
                                  event->source(), event->pointingDevice());
            QCoreApplication::sendEvent(area->viewport(), &forwarded);
            event->setAccepted(true);
            return true;
        }
    }
    event->ignore(); // no form to scroll: nothing happens
    return true;
}

} // namespace shirube::ui
