// SPDX-License-Identifier: Apache-2.0
#include "core/rules/RuleText.h"

#include "core/profile/ProfileSchema.h"

#include <QRegularExpression>

#include <optional>

namespace shirube::core {

namespace {

bool isJa(Lang lang)
{
    return lang == Lang::Ja;
}

QString pick(Lang lang, const char* en, const char* ja)
{
    return QString::fromUtf8(lang == Lang::Ja ? ja : en);
}

QString quoted(const QString& text, Lang lang)
{
    return isJa(lang) ? QStringLiteral("「") + text + QStringLiteral("」")
                      : QStringLiteral("“") + text + QStringLiteral("”");
}

QString pair(const QString& subject, const QString& value, Lang lang)
{
    return quoted(subject, lang) + (isJa(lang) ? QStringLiteral("：") : QStringLiteral(": ")) + value;
}

// A boolean derived fact: its phrase when true and when false.
std::optional<std::pair<QString, QString>> derivedBool(const QString& path, Lang lang)
{
    if (path == QLatin1String("regulated"))
        return std::make_pair(pick(lang, "it is regulated as a medical device", "医療機器に該当する"),
                              pick(lang, "it is not a medical device", "医療機器に該当しない"));
    if (path == QLatin1String("samd"))
        return std::make_pair(pick(lang, "the product includes software (SaMD)",
                                   "製品にソフトウェア（プログラム医療機器）を含む"),
                              pick(lang, "the product includes no software (SaMD)",
                                   "製品にソフトウェア（プログラム医療機器）を含まない"));
    if (path == QLatin1String("overseas"))
        return std::make_pair(pick(lang, "it will also be sold outside Japan", "日本以外でも販売する"),
                              pick(lang, "it will be sold in Japan only", "日本でのみ販売する"));
    if (path == QLatin1String("trial_running"))
        return std::make_pair(pick(lang, "a clinical trial is already running", "治験を実施中"),
                              pick(lang, "no clinical trial is running yet", "治験はまだ始まっていない"));
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
    Renderer(std::vector<Token> tokens, const Ruleset* rs, Lang lang)
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
        const QString joined =
            parts.join(isJa(m_lang) ? QStringLiteral("、または") : pick(m_lang, ", or ", "、または"));
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
        return parts.join(isJa(m_lang) ? QStringLiteral("、かつ") : pick(m_lang, ", and ", "、かつ"));
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
                                : pick(m_lang, "not the case that %1", "次に当たらない: %1").arg(*inner);
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
            return pair(subject,
                        (negated ? pick(m_lang, "does not include %1", "%1 を含まない")
                                 : pick(m_lang, "includes %1", "%1 を含む"))
                            .arg(left.text),
                        m_lang);
        }
        if (left.kind != Token::Ident)
            return std::nullopt;
        ++m_pos;
        const QString path = left.text;
        if (path == QLatin1String("true") || path == QLatin1String("false"))
            return (path == QLatin1String("true")) != negated ? pick(m_lang, "always", "常に")
                                                              : pick(m_lang, "never", "該当しない");
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
            const QString any = labels.join(isJa(m_lang) ? QStringLiteral("・") : pick(m_lang, " or ", "・"));
            return pair(subject, negated ? pick(m_lang, "not %1", "%1 以外").arg(any) : any, m_lang);
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
                return pair(subject, different ? pick(m_lang, "not %1", "%1 以外").arg(v) : v, m_lang);
            }
            QString text;
            if (op.text == QLatin1String("<"))
                text = pick(m_lang, "less than %1", "%1 未満").arg(v);
            else if (op.text == QLatin1String("<="))
                text = pick(m_lang, "at most %1", "%1 以下").arg(v);
            else if (op.text == QLatin1String(">"))
                text = pick(m_lang, "more than %1", "%1 超").arg(v);
            else
                text = pick(m_lang, "at least %1", "%1 以上").arg(v);
            return pair(subject, negated ? pick(m_lang, "not %1", "%1 以外").arg(text) : text, m_lang);
        }
        // A bare identifier: true when the fact holds.
        if (const auto phrases = derivedBool(path, m_lang))
            return negated ? phrases->second : phrases->first;
        return pair(subject, negated ? RuleText::no(m_lang) : RuleText::yes(m_lang), m_lang);
    }

    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    const Ruleset* m_rs;
    Lang m_lang;
};

} // namespace

QString RuleText::yes(Lang lang)
{
    return pick(lang, "Yes", "はい");
}

QString RuleText::no(Lang lang)
{
    return pick(lang, "No", "いいえ");
}

QString RuleText::unknown(Lang lang)
{
    return pick(lang, "Unknown", "不明");
}

QString RuleText::roman(int n)
{
    static const char* const numerals[] = {"", "I", "II", "III", "IV", "V"};
    return n >= 1 && n <= 5 ? QString::fromLatin1(numerals[n]) : QString::number(n);
}

QString RuleText::deviceClass(std::optional<int> cls, Lang lang)
{
    if (!cls)
        return pick(lang, "Not decided yet", "未確定");
    return pick(lang, "Class %1", "クラス%1").arg(roman(*cls));
}

QString RuleText::procedureName(const QString& id, Lang lang)
{
    if (id == QLatin1String("notification"))
        return pick(lang, "Notification (届出)", "製造販売届出");
    if (id == QLatin1String("certification"))
        return pick(lang, "Third-party certification (認証)", "第三者認証（登録認証機関）");
    if (id == QLatin1String("approval"))
        return pick(lang, "Approval (承認) after PMDA review", "製造販売承認（PMDA審査）");
    if (id.isEmpty())
        return pick(lang, "Not decided yet", "未確定");
    return valueFallback(id);
}

QString RuleText::reviewCategoryName(const QString& id, Lang lang)
{
    if (id == QLatin1String("new"))
        return pick(lang, "New medical device", "新医療機器");
    if (id == QLatin1String("improved_clinical"))
        return pick(lang, "Improved device, with clinical data", "改良医療機器（臨床あり）");
    if (id == QLatin1String("improved_nonclinical"))
        return pick(lang, "Improved device, without clinical data", "改良医療機器（臨床なし）");
    if (id == QLatin1String("generic"))
        return pick(lang, "Generic device", "後発医療機器");
    if (id.isEmpty())
        return pick(lang, "Not applicable or not decided yet", "該当しないか未確定");
    return valueFallback(id);
}

QString RuleText::eligibilityName(const QString& id, Lang lang)
{
    if (id == QLatin1String("yes"))
        return pick(lang, "Eligible", "対象");
    if (id == QLatin1String("likely"))
        return pick(lang, "Likely", "見込みあり");
    if (id == QLatin1String("possible"))
        return pick(lang, "Possible", "可能性あり");
    if (id == QLatin1String("no"))
        return pick(lang, "Not eligible", "対象外");
    return valueFallback(id);
}

QString RuleText::fitName(const QString& id, Lang lang)
{
    if (id == QLatin1String("strong"))
        return pick(lang, "Strong fit", "よく合致");
    if (id == QLatin1String("possible"))
        return pick(lang, "Possible fit", "合致の可能性");
    return valueFallback(id);
}

QString RuleText::fundingAreaName(const QString& schemeId, const QString& areaId, const Ruleset* rs,
                                  Lang lang)
{
    if (const FundingScheme* s = rs ? rs->scheme(schemeId) : nullptr) {
        for (const FundingArea& a : s->areas) {
            if (a.id == areaId && !a.name.isEmpty())
                return a.name.in(lang);
        }
    }
    return valueFallback(areaId);
}

QString RuleText::activityName(const QString& id, const Ruleset* rs, Lang lang)
{
    const ActivityDef* a = rs ? rs->activity(id) : nullptr;
    return a && !a->name.isEmpty() ? a->name.in(lang) : valueFallback(id);
}

QString RuleText::designationName(const QString& id, const Ruleset* rs, Lang lang)
{
    const DesignationDef* d = rs ? rs->designation(id) : nullptr;
    return d && !d->name.isEmpty() ? d->name.in(lang) : valueFallback(id);
}

QString RuleText::fieldName(const QString& path, Lang lang)
{
    struct Name
    {
        const char* path;
        const char* en;
        const char* ja;
    };
    static const Name names[] = {
        {"name", "Product name", "製品名"},
        {"intended_use", "Intended use", "使用目的"},
        {"kind", "What kind of product is it?", "製品の種類"},
        {"novelty", "How new is it?", "新規性"},
        {"clinical_data", "Is clinical-trial data expected?", "臨床試験データが必要か"},
        {"certification_standard", "Is there a certification standard for it?", "認証基準があるか"},
        {"known_class", "Known class", "既知のクラス"},
        {"jmdn_code", "JMDN code", "JMDNコード"},
        {"stage", "Development stage", "開発段階"},
        {"markets", "Markets (country codes)", "販売する国（国コード）"},
        {"budget_jpy", "Budget ceiling (yen)", "予算の上限（円）"},
    };
    for (const Name& n : names) {
        if (path == QLatin1String(n.path))
            return pick(lang, n.en, n.ja);
    }
    QString tail = path.mid(path.lastIndexOf(QLatin1Char('.')) + 1);
    tail.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!tail.isEmpty())
        tail[0] = tail[0].toUpper();
    return tail;
}

QString RuleText::valueFallback(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('_'), QLatin1Char(' '));
    return v;
}

QString RuleText::subject(const QString& path, const Ruleset* rs, Lang lang)
{
    if (rs) {
        if (const QuestionDef* q = rs->question(path); q && !q->label.isEmpty())
            return q->label.in(lang);
    }
    if (const auto phrases = derivedBool(path, lang))
        return phrases->first;
    if (path == QLatin1String("class"))
        return pick(lang, "Device class", "クラス分類");
    if (path == QLatin1String("procedure"))
        return pick(lang, "Procedure", "手続");
    if (path == QLatin1String("review_category"))
        return pick(lang, "Review category", "審査区分");
    if (path == QLatin1String("imdrf_category"))
        return pick(lang, "IMDRF SaMD category", "IMDRFのSaMDカテゴリ");
    if (path.startsWith(QLatin1String("designation."))) {
        const QString id = path.mid(12);
        const DesignationDef* d = rs ? rs->designation(id) : nullptr;
        return d ? d->name.in(lang) : QString();
    }
    if (findField(path))
        return fieldName(path, lang);
    return {};
}

QString RuleText::value(const QString& path, const QString& v, const Ruleset* rs, Lang lang)
{
    if (rs) {
        if (const QuestionDef* q = rs->question(path); q && q->values.contains(v))
            return q->values.value(v).in(lang);
    }
    if (v == QLatin1String("true"))
        return yes(lang);
    if (v == QLatin1String("false"))
        return no(lang);
    if (v == QLatin1String("unknown") || v.isEmpty())
        return unknown(lang);
    if (path == QLatin1String("class")) {
        bool ok = false;
        const int n = v.toInt(&ok);
        return ok ? deviceClass(n, lang) : v;
    }
    if (path == QLatin1String("imdrf_category")) {
        bool ok = false;
        const int n = v.toInt(&ok);
        return ok ? roman(n) : v;
    }
    if (path == QLatin1String("procedure"))
        return procedureName(v, lang);
    if (path == QLatin1String("review_category"))
        return reviewCategoryName(v, lang);
    if (path.startsWith(QLatin1String("designation.")))
        return eligibilityName(v, lang);
    return valueFallback(v);
}

QString RuleText::answer(const QString& path, const QString& v, const Ruleset* rs, Lang lang)
{
    if (const auto phrases = derivedBool(path, lang);
        phrases && (v == QLatin1String("true") || v == QLatin1String("false")))
        return v == QLatin1String("true") ? phrases->first : phrases->second;
    QString s = subject(path, rs, lang);
    if (s.isEmpty())
        s = fieldName(path, lang);
    if (v.startsWith(QLatin1Char('[')) && v.endsWith(QLatin1Char(']'))) // a list: country codes
        return pair(s, v.mid(1, v.size() - 2), lang);
    return pair(s, value(path, v, rs, lang), lang);
}

QString RuleText::condition(const QString& expression, const Ruleset* rs, Lang lang)
{
    bool ok = false;
    std::vector<Token> tokens = tokenize(expression, &ok);
    if (ok) {
        if (auto out = Renderer(std::move(tokens), rs, lang).run())
            return *out;
    }
    return pick(lang, "in some cases, depending on the answers", "回答によっては");
}

QString RuleText::assumption(const QString& text, const Ruleset* rs, Lang lang)
{
    // The forms a route's assumptions take (core/planning/RouteSearch.cpp): "path = v (unanswered)",
    // "path in [a, b] (unanswered)", "path unanswered (assumed: EXPR)", "EXPR (assumed; …)", and the
    // plain "path = v" of the engine's fact lists.
    static const QString unanswered = QStringLiteral(" (unanswered)");
    QString t = text.trimmed();
    if (t.endsWith(unanswered))
        t.chop(unanswered.size());
    static const QRegularExpression assumedExpr(
        QStringLiteral("^[a-z_][a-z0-9_.]* unanswered \\(assumed: (.*)\\)$"));
    if (const auto m = assumedExpr.match(t); m.hasMatch())
        return condition(m.captured(1), rs, lang);
    static const QString dependsSuffix = QStringLiteral(" (assumed; depends on unanswered questions)");
    if (t.endsWith(dependsSuffix))
        return condition(t.left(t.size() - dependsSuffix.size()), rs, lang);
    static const QRegularExpression inList(QStringLiteral("^([a-z_][a-z0-9_.]*) in \\[(.*)\\]$"));
    if (const auto m = inList.match(t); m.hasMatch()) {
        const QString path = m.captured(1);
        QStringList labels;
        for (const QString& v : m.captured(2).split(QStringLiteral(", "), Qt::SkipEmptyParts))
            labels << value(path, v.trimmed(), rs, lang);
        QString s = subject(path, rs, lang);
        if (s.isEmpty())
            s = fieldName(path, lang);
        return pair(s, labels.join(isJa(lang) ? QStringLiteral("・") : pick(lang, " or ", "・")), lang);
    }
    const int eq = int(t.indexOf(QStringLiteral(" = ")));
    if (eq <= 0)
        return condition(t, rs, lang);
    return answer(t.left(eq).trimmed(), t.mid(eq + 3).trimmed(), rs, lang);
}

QString RuleText::sources(const QString& source, const Ruleset* rs, Lang lang)
{
    QStringList out;
    for (const QString& raw : source.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = raw.trimmed();
        if (key.startsWith(QLatin1String("profile:"))) { // a figure the user gave
            out << pick(lang, "your answer to %1", "%1 へのあなたの回答")
                       .arg(quoted(subject(key.mid(8).trimmed(), rs, lang), lang));
            continue;
        }
        const SourceRef* ref = rs ? rs->source(key) : nullptr;
        if (!ref || ref->title.isEmpty()) {
            out << key;
            continue;
        }
        out << key + QStringLiteral(" (") + ref->title + QLatin1Char(')');
    }
    return out.join(QStringLiteral("; "));
}

QString RuleText::scenario(const QString& id, const Ruleset* rs, Lang lang)
{
    if (id.isEmpty())
        return {};
    QStringList parts;
    for (const QString& a : id.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = int(a.indexOf(QLatin1Char('=')));
        parts << (eq > 0 ? answer(a.left(eq), a.mid(eq + 1), rs, lang) : a);
    }
    return isJa(lang) ? parts.join(QStringLiteral("、")) + QStringLiteral("の場合")
                      : pick(lang, "if %1", "%1 の場合").arg(parts.join(pick(lang, " and ", "、")));
}

QString RuleText::routeName(const QString& label, const QString& scenarioLabel)
{
    const QString suffix = QStringLiteral(" (") + scenarioLabel + QLatin1Char(')');
    if (!scenarioLabel.isEmpty() && label.endsWith(suffix))
        return label.left(label.size() - suffix.size());
    return label;
}

QString RuleText::reason(const QString& text, const Ruleset* rs, Lang lang)
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

} // namespace shirube::core
