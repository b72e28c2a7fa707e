// SPDX-License-Identifier: Apache-2.0
#include "ui/ExamplesGallery.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace shirube::ui {

std::vector<ExamplesGallery::Example> ExamplesGallery::examples()
{
    std::vector<Example> out;
    const QDir dir(QStringLiteral(":/examples"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto profile = core::Profile::parse(f.readAll());
        if (profile)
            out.push_back({dir.filePath(name), profile.value()});
    }
    return out;
}

ExamplesGallery::ExamplesGallery(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("examplesGallery"));
    setWindowTitle(tr("Examples"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Real products from the FY2025 MHLW briefing. Click one to open it; your "
                                "changes stay yours until you save."),
                             this);
    intro->setObjectName(QStringLiteral("examplesIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* list = new QVBoxLayout(content);
    const auto all = examples();
    for (const Example& e : all) {
        auto* button = new QCommandLinkButton(e.profile.name(), content);
        button->setObjectName(QStringLiteral("example:") + QFileInfo(e.resource).completeBaseName());
        button->setDescription(e.profile.text(QStringLiteral("intended_use")).value_or(QString()));
        button->setAccessibleName(e.profile.name());
        const QString resource = e.resource;
        connect(button, &QCommandLinkButton::clicked, this, [this, resource] {
            emit exampleChosen(resource);
            accept();
        });
        list->addWidget(button);
    }
    if (all.empty()) {
        auto* none = new QLabel(tr("No examples are bundled with this build."), content);
        list->addWidget(none);
    }
    list->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 560);
}

} // namespace shirube::ui
