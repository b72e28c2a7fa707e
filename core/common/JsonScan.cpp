// SPDX-License-Identifier: Apache-2.0
#include "core/common/JsonScan.h"

#include <QSet>

#include <vector>

namespace shirube::core {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The string starting at json[i] == '"', decoded; `i` is left on its closing quote.
QString readString(const QByteArray& json, qsizetype& i)
{
    const qsizetype start = ++i;
    bool plain = true;
    while (i < json.size() && json[i] != '"') {
        if (json[i] == '\\') {
            plain = false;
            ++i;
        }
        ++i;
    }
    if (plain)
        return QString::fromUtf8(json.constData() + start, i - start);
    QString out;
    QByteArray run;
    for (qsizetype k = start; k < i; ++k) {
        const char c = json[k];
        if (c != '\\') {
            run += c;
            continue;
        }
        out += QString::fromUtf8(run);
        run.clear();
        const char e = json[++k];
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (int d = 0; d < 4 && k + 1 < i; ++d)
                unit = char16_t(unit * 16 + qMax(0, hexValue(json[++k])));
            out += QChar(unit);
            break;
        }
        default:
            out += QLatin1Char(e);
            break; // \" \\ \/
        }
    }
    return out + QString::fromUtf8(run);
}

} // namespace

std::optional<DuplicateKey> findDuplicateKey(const QByteArray& json)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    std::vector<Frame> stack;
    for (qsizetype i = 0; i < json.size(); ++i) {
        switch (json[i]) {
        case '{':
            stack.push_back(Frame{true, true, {}});
            break;
        case '[':
            stack.push_back(Frame{false, false, {}});
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
            break;
        case '"': {
            const qsizetype at = i;
            const QString text = readString(json, i);
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                stack.back().expectKey = false;
                if (stack.back().keys.contains(text))
                    return DuplicateKey{text, at};
                stack.back().keys.insert(text);
            }
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

int lineOfOffset(const QByteArray& text, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n')
            ++line;
    }
    return line;
}

} // namespace shirube::core
