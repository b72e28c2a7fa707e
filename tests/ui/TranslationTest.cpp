// SPDX-License-Identifier: Apache-2.0
// Both translations are complete (every message finished, placeholders kept) and embedded.
#include "ui/Labels.h"
#include "ui/Language.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "" when finished
    bool numerus = false;
};

std::vector<Message> readTs(const QString& fileName)
{
    std::vector<Message> out;
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << fileName.toStdString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source"))
                m.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                m.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.push_back(m);
        }
    }
    EXPECT_FALSE(xml.hasError()) << fileName.toStdString() << ": " << xml.errorString().toStdString();
    return out;
}

QSet<QString> placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%(?:\\d|n)"));
    QSet<QString> out;
    auto it = re.globalMatch(s);
    while (it.hasNext())
        out.insert(it.next().captured());
    return out;
}

void expectComplete(const char* file)
{
    const auto messages = readTs(test::sourcePath(file));
    EXPECT_GT(messages.size(), 150u) << file;
    for (const Message& m : messages) {
        const std::string where =
            std::string(file) + " [" + m.context.toStdString() + "] " + m.source.toStdString();
        EXPECT_TRUE(m.type.isEmpty()) << where << ": " << m.type.toStdString();
        ASSERT_FALSE(m.translations.isEmpty()) << where;
        for (const QString& t : m.translations) {
            EXPECT_FALSE(t.trimmed().isEmpty()) << where;
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> got = placeholders(t);
            if (m.numerus) { // %n may be omitted in a form
                expected.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            EXPECT_EQ(got, expected) << where << " -> " << t.toStdString();
        }
    }
}

TEST(TranslationTest, JapaneseIsComplete)
{
    expectComplete("resources/translations/shirube_ja.ts");
}

TEST(TranslationTest, EnglishIsComplete)
{
    expectComplete("resources/translations/shirube_en.ts");
}

TEST(TranslationTest, TranslationsAreEmbeddedAndApplied)
{
    QTranslator ja;
    EXPECT_TRUE(ja.load(QStringLiteral(":/i18n/shirube_ja.qm")));
    QTranslator en;
    EXPECT_TRUE(en.load(QStringLiteral(":/i18n/shirube_en.qm")));

    ui::Language::instance().apply(core::Lang::En);
    const QString english = ui::Labels::deviceClass(2);
    ui::Language::instance().apply(core::Lang::Ja);
    const QString japanese = ui::Labels::deviceClass(2);
    EXPECT_EQ(ui::Language::current(), core::Lang::Ja);
    EXPECT_NE(japanese, english);
    EXPECT_TRUE(japanese.contains(QStringLiteral("II")));
    ui::Language::instance().apply(core::Lang::En);
    EXPECT_EQ(ui::Labels::deviceClass(2), english);
}

} // namespace
