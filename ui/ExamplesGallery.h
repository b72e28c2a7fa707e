// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/profile/Profile.h"

#include <QDialog>
#include <QString>

#include <vector>

namespace shirube::ui {

// The bundled example profiles (:/examples/*.json — the deck's real products), each a button with its
// name and intended use: one click opens it (exampleChosen, then the dialog closes).
class ExamplesGallery final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExamplesGallery)

public:
    struct Example
    {
        QString resource; // ":/examples/x.json"
        core::Profile profile;
    };

    explicit ExamplesGallery(QWidget* parent = nullptr);

    // Every example that parses, sorted by file name.
    static std::vector<Example> examples();

signals:
    void exampleChosen(const QString& resource);
};

} // namespace shirube::ui
