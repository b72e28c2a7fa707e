// SPDX-License-Identifier: Apache-2.0
#include "ui/models/RuleText.h"

#include "core/profile/ProfileSchema.h"
#include "ui/Labels.h"

#include <QRegularExpression>

#include <optional>

namespace shirube::ui {

namespace {

bool isJa(core::Lang lang)
{
    return lang == core::Lang::Ja;
}

QString quoted(const QString& text, core::Lang lang)
{
    return isJa(lang) ? QStringLiteral("「") + text + QStringLiteral("」")
                      : QStringLiteral("“") + text + QStringLiteral("”");
}

QString pair(const QString& subject, const QString& value, core::Lang lang)
{
    return quoted(subject, lang) + (isJa(lang) ? QStringLiteral("：") : QStringLiteral(": ")) + value;
}

// A boolean derived fact: its phrase when true and when false.
std::optional<std::pair<QString, QString>> derivedBool(const QString& path)
{
    if (path == QLatin1String("regulated"))
        return std::make_pair(RuleText::tr("it is regulated as a medical device"),
                              RuleText::tr("it is not a medical device"));
    if (path == QLatin1String("samd"))
        return std::make_pair(RuleText::tr("the product includes software (SaMD)"),
                              RuleText::tr("the product includes no software (SaMD)"));
    if (path == QLatin1String("overseas"))
        return std::make_pair(RuleText::tr("it will also be sold outside Japan"),
                              RuleText::tr("it will be sold in Japan only"));
    if (path == QLatin1String("trial_running"))
        return std::make_pair(RuleText::tr("a clinical trial is already running"),
                              RuleText::tr("no clinical trial is running yet"));
    return std::nullopt;
}

// The expression's tokens: identifiers (dotted), quoted strings, numbers, operators and brackets.
struct Token
{
    enum Kind
    {
        Ident,
        String,
        Number,
        Op,
        End
    } kind = End;
    QString text;
};

std::vector<Token> tokenize(const QString& s, bool* ok)
{
    std::vector<Token> out;
    *ok = true;
    int i = 0;
    const int n = int(s.size());
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            int j = i;
            while (j < n && (s[j].isLetterOrNumber() || s[j] == QLatin1Char('_') || s[j] == QLatin1Char('.')))
                ++j;
            out.push_back({Token::Ident, s.mid(i, j - i)});
            i = j;
        } else if (c.isDigit()) {
            int j = i;
            while (j < n && (s[j].isDigit() || s[j] == QLatin1Char('.')))
                ++j;
            out.push_back({Token::Number, s.mid(i, j - i)});
            i = j;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int j = int(s.indexOf(c, i + 1));
            if (j < 0) {
                *ok = false;
                return out;
            }
            out.push_back({Token::String, s.mid(i + 1, j - i - 1)});
            i = j + 1;
        } else {
            static const QStringList twoChar = {QStringLiteral("&&"), QStringLiteral("||"),
                                                QStringLiteral("=="), QStringLiteral("!="),
                                                QStringLiteral("<="), QStringLiteral(">=")};
            const QString two = s.mid(i, 2);
            if (twoChar.contains(two)) {
                out.push_back({Token::Op, two});
                i += 2;
            } else if (QStringLiteral("!<>()[],").contains(c)) {
                out.push_back({Token::Op, QString(c)});
                ++i;
            } else {
                *ok = false;
                return out;
            }
        }
    }
    out.push_back({Token::End, {}});
    return out;
}

// Recursive descent over the grammar of resources/ruleset/FORMAT.md, rendering as it goes.
class Renderer
{
public:
    Renderer(std::vector<Token> tokens, const core::Ruleset* rs, core::Lang lang)
        : m_tokens(std::move(tokens))
        , m_rs(rs)
        , m_lang(lang)
    {}

    std::optional<QString> run()
    {
        auto out = orExpr(false);
        if (!out || peek().kind != Token::End)
            return std::nullopt;
        return out;
    }

private:
    const Token& peek() const { return m_tokens[std::min(m_pos, m_tokens.size() - 1)]; }
    bool accept(const QString& op)
    {
        if (peek().kind == Token::Op && peek().text == op) {
            ++m_pos;
            return true;
        }
        return false;
    }

    std::optional<QString> orExpr(bool nested)
    {
        QStringList parts;
        do {
            auto a = andExpr(nested);
            if (!a)
                return std::nullopt;
            parts << *a;
        } while (accept(QStringLiteral("||")));
        if (parts.size() == 1)
            return parts.front();
        const QString joined = parts.join(isJa(m_lang) ? QStringLiteral("、または") : RuleText::tr(", or "));
        return nested ? QString(QStringLiteral("(") + joined + QStringLiteral(")")) : joined;
    }

    std::optional<QString> andExpr(bool nested)
    {
        QStringList parts;
        do {
            auto a = notExpr(false);
            if (!a)
                return std::nullopt;
            parts << *a;
        } while (accept(QStringLiteral("&&")));
        Q_UNUSED(nested);
        return parts.join(isJa(m_lang) ? QStringLiteral("、かつ") : RuleText::tr(", and "));
    }

    std::optional<QString> notExpr(bool negated)
    {
        if (accept(QStringLiteral("!")))
            return notExpr(!negated);
        return comparison(negated);
    }

    std::optional<QStringList> list()
    {
        QStringList items;
        if (!accept(QStringLiteral("[")))
            return std::nullopt;
        while (!accept(QStringLiteral("]"))) {
            const Token t = peek();
            if (t.kind != Token::String && t.kind != Token::Number && t.kind != Token::Ident)
                return std::nullopt;
            items << t.text;
            ++m_pos;
            accept(QStringLiteral(","));
        }
        return items;
    }

    std::optional<QString> comparison(bool negated)
    {
        if (accept(QStringLiteral("("))) {
            auto inner = orExpr(true);
            if (!inner || !accept(QStringLiteral(")")))
                return std::nullopt;
            if (!negated)
                return inner;
            return isJa(m_lang) ? QString(QStringLiteral("次に当たらない: ") + *inner)
                                : RuleText::tr("not the case that %1").arg(*inner);
        }
        const Token left = peek();
        if (left.kind == Token::String && m_pos + 1 < m_tokens.size() &&
            m_tokens[m_pos + 1].text == QLatin1String("in")) {
            // 'VN' in markets
            m_pos += 2;
            const Token field = peek();
            if (field.kind != Token::Ident)
                return std::nullopt;
            ++m_pos;
            const QString subject = RuleText::subject(field.text, m_rs, m_lang);
            if (subject.isEmpty())
                return std::nullopt;
            return pair(
                subject,
                (negated ? RuleText::tr("does not include %1") : RuleText::tr("includes %1")).arg(left.text),
                m_lang);
        }
        if (left.kind != Token::Ident)
            return std::nullopt;
        ++m_pos;
        const QString path = left.text;
        if (path == QLatin1String("true") || path == QLatin1String("false"))
            return (path == QLatin1String("true")) != negated ? RuleText::tr("always")
                                                              : RuleText::tr("never");
        const QString subject = RuleText::subject(path, m_rs, m_lang);
        if (subject.isEmpty())
            return std::nullopt;
        const Token op = peek();
        if (op.kind == Token::Ident && op.text == QLatin1String("in")) {
            ++m_pos;
            auto items = list();
            if (!items)
                return std::nullopt;
            QStringList labels;
            for (const QString& v : *items)
                labels << RuleText::value(path, v, m_rs, m_lang);
            const QString any = labels.join(isJa(m_lang) ? QStringLiteral("・") : RuleText::tr(" or "));
            return pair(subject, negated ? RuleText::tr("not %1").arg(any) : any, m_lang);
        }
        static const QStringList comparisons = {QStringLiteral("=="), QStringLiteral("!="),
                                                QStringLiteral("<"),  QStringLiteral("<="),
                                                QStringLiteral(">"),  QStringLiteral(">=")};
        if (op.kind == Token::Op && comparisons.contains(op.text)) {
            ++m_pos;
            const Token right = peek();
            if (right.kind == Token::End || right.kind == Token::Op)
                return std::nullopt;
            ++m_pos;
            const QString v = RuleText::value(path, right.text, m_rs, m_lang);
            bool different = op.text == QLatin1String("!=");
            if (op.text == QLatin1String("==") || op.text == QLatin1String("!=")) {
                if (negated)
                    different = !different;
                return pair(subject, different ? RuleText::tr("not %1").arg(v) : v, m_lang);
            }
            QString text;
            if (op.text == QLatin1String("<"))
                text = RuleText::tr("less than %1").arg(v);
            else if (op.text == QLatin1String("<="))
                text = RuleText::tr("at most %1").arg(v);
            else if (op.text == QLatin1String(">"))
                text = RuleText::tr("more than %1").arg(v);
            else
                text = RuleText::tr("at least %1").arg(v);
            return pair(subject, negated ? RuleText::tr("not %1").arg(text) : text, m_lang);
        }
        // A bare identifier: true when the fact holds.
        if (const auto phrases = derivedBool(path))
            return negated ? phrases->second : phrases->first;
        return pair(subject, negated ? Labels::no() : Labels::yes(), m_lang);
    }

    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    const core::Ruleset* m_rs;
    core::Lang m_lang;
};

} // namespace

QString RuleText::subject(const QString& path, const core::Ruleset* rs, core::Lang lang)
{
    if (rs) {
        if (const core::QuestionDef* q = rs->question(path); q && !q->label.isEmpty())
            return q->label.in(lang);
    }
    if (const auto phrases = derivedBool(path))
        return phrases->first;
    if (path == QLatin1String("class"))
        return tr("Device class");
    if (path == QLatin1String("procedure"))
        return tr("Procedure");
    if (path == QLatin1String("review_category"))
        return tr("Review category");
    if (path == QLatin1String("imdrf_category"))
        return tr("IMDRF SaMD category");
    if (path.startsWith(QLatin1String("designation."))) {
        const QString id = path.mid(12);
        const core::DesignationDef* d = rs ? rs->designation(id) : nullptr;
        return d ? d->name.in(lang) : QString();
    }
    if (core::findField(path))
        return Labels::fallbackFieldLabel(path);
    return {};
}

QString RuleText::value(const QString& path, const QString& v, const core::Ruleset* rs, core::Lang lang)
{
    if (rs) {
        if (const core::QuestionDef* q = rs->question(path); q && q->values.contains(v))
            return q->values.value(v).in(lang);
    }
    if (v == QLatin1String("true"))
        return Labels::yes();
    if (v == QLatin1String("false"))
        return Labels::no();
    if (v == QLatin1String("unknown") || v.isEmpty())
        return Labels::unknown();
    if (path == QLatin1String("class")) {
        bool ok = false;
        const int n = v.toInt(&ok);
        return ok ? Labels::deviceClass(n) : v;
    }
    if (path == QLatin1String("imdrf_category")) {
        bool ok = false;
        const int n = v.toInt(&ok);
        return ok ? Labels::roman(n) : v;
    }
    if (path == QLatin1String("procedure"))
        return Labels::procedure(v);
    if (path == QLatin1String("review_category"))
        return Labels::reviewCategory(v);
    if (path.startsWith(QLatin1String("designation.")))
        return Labels::eligibility(v);
    return Labels::fallbackValueLabel(v);
}

QString RuleText::answer(const QString& path, const QString& v, const core::Ruleset* rs, core::Lang lang)
{
    if (const auto phrases = derivedBool(path);
        phrases && (v == QLatin1String("true") || v == QLatin1String("false")))
        return v == QLatin1String("true") ? phrases->first : phrases->second;
    QString s = subject(path, rs, lang);
    if (s.isEmpty())
        s = Labels::fallbackFieldLabel(path);
    if (v.startsWith(QLatin1Char('[')) && v.endsWith(QLatin1Char(']'))) // a list: country codes
        return pair(s, v.mid(1, v.size() - 2), lang);
    return pair(s, value(path, v, rs, lang), lang);
}

QString RuleText::condition(const QString& expression, const core::Ruleset* rs, core::Lang lang)
{
    bool ok = false;
    std::vector<Token> tokens = tokenize(expression, &ok);
    if (ok) {
        if (auto out = Renderer(std::move(tokens), rs, lang).run())
            return *out;
    }
    return tr("in some cases, depending on the answers");
}

QString RuleText::assumption(const QString& text, const core::Ruleset* rs, core::Lang lang)
{
    const int eq = int(text.indexOf(QStringLiteral(" = ")));
    if (eq <= 0)
        return text;
    return answer(text.left(eq).trimmed(), text.mid(eq + 3).trimmed(), rs, lang);
}

QString RuleText::sources(const QString& source, const core::Ruleset* rs, core::Lang lang)
{
    QStringList out;
    for (const QString& raw : source.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = raw.trimmed();
        if (key.startsWith(QLatin1String("profile:"))) { // a figure the user gave
            out << tr("your answer to %1").arg(quoted(subject(key.mid(8).trimmed(), rs, lang), lang));
            continue;
        }
        const core::SourceRef* ref = rs ? rs->source(key) : nullptr;
        if (!ref || ref->title.isEmpty()) {
            out << key;
            continue;
        }
        out << key + QStringLiteral(" (") + ref->title + QLatin1Char(')');
    }
    return out.join(QStringLiteral("; "));
}

QString RuleText::tooltip(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<qt>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")) +
           QStringLiteral("</qt>");
}

QString RuleText::scenario(const QString& id, const core::Ruleset* rs, core::Lang lang)
{
    if (id.isEmpty())
        return {};
    QStringList parts;
    for (const QString& a : id.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = int(a.indexOf(QLatin1Char('=')));
        parts << (eq > 0 ? answer(a.left(eq), a.mid(eq + 1), rs, lang) : a);
    }
    return isJa(lang) ? parts.join(QStringLiteral("、")) + QStringLiteral("の場合")
                      : tr("if %1").arg(parts.join(tr(" and ")));
}

QString RuleText::routeName(const QString& label, const QString& scenarioLabel)
{
    const QString suffix = QStringLiteral(" (") + scenarioLabel + QLatin1Char(')');
    if (!scenarioLabel.isEmpty() && label.endsWith(suffix))
        return label.left(label.size() - suffix.size());
    return label;
}

QString RuleText::reason(const QString& text, const core::Ruleset* rs, core::Lang lang)
{
    QString out = text;
    // The facts that decided it: " (path = value, path = value)" at the end.
    static const QRegularExpression facts(QStringLiteral(
        " \\(((?:[a-z_][a-z0-9_.]* = [^,()=]*(?:, )?)+)\\)((?: — .*|（推奨要件）| \\[preferred\\])?)$"));
    if (const auto m = facts.match(out); m.hasMatch()) {
        QStringList parts;
        for (const QString& f : m.captured(1).split(QStringLiteral(", "), Qt::SkipEmptyParts))
            parts << assumption(f, rs, lang);
        out = out.left(m.capturedStart()) + (isJa(lang) ? QStringLiteral("（") : QStringLiteral(" (")) +
              parts.join(isJa(lang) ? QStringLiteral("、") : QStringLiteral("; ")) +
              (isJa(lang) ? QStringLiteral("）") : QStringLiteral(")")) + m.captured(2);
    }
    // The engine's lists of ids: applicant types and stages a scheme is for.
    static const QRegularExpression lists(QStringLiteral(
        "^([✓✗?] )(Applicants: |対象者: |Stages funded: |対象段階: )([a-z0-9_, ]+?)( \\(|（|$)"));
    if (const auto m = lists.match(out); m.hasMatch()) {
        const bool stages =
            m.captured(2).contains(QLatin1String("Stages")) || m.captured(2).contains(QStringLiteral("段階"));
        const QString path = stages ? QStringLiteral("stage") : QStringLiteral("applicant.type");
        QStringList labels;
        for (const QString& id : m.captured(3).split(QStringLiteral(", "), Qt::SkipEmptyParts))
            labels << value(path, id.trimmed(), rs, lang);
        out = m.captured(1) + m.captured(2) +
              labels.join(isJa(lang) ? QStringLiteral("、") : QStringLiteral(", ")) +
              out.mid(m.capturedStart(4));
    }
    return out;
}

} // namespace shirube::ui
