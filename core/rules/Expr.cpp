// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Expr.h"

#include <algorithm>

namespace shirube::core {

struct Expr::Node
{
    enum class Kind : std::uint8_t
    {
        Const,
        Fact,
        List,
        Not,
        And,
        Or,
        Eq,
        Ne,
        Lt,
        Le,
        Gt,
        Ge,
        In,
    };
    Kind kind = Kind::Const;
    FactValue constant; // Const
    int slot = -1;      // Fact
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

using Node = Expr::Node;
using Kind = Node::Kind;

// ---- tokenizer + recursive-descent parser ----

struct Token
{
    enum class Type
    {
        End,
        Ident,
        String,
        Number,
        Op, // && || ! == != < <= > >= ( ) [ ] ,
    };
    Type type = Type::End;
    QString text;
    double number = 0;
    qsizetype pos = 0;
};

// Limits for an expression from a ruleset file (an untrusted input): nesting depth (parentheses and
// `!`) and the number of terms. Parsing is recursive descent, so without them a few kilobytes of
// "((((" would overflow the stack. && and || chains are kept flat (one node with many children), so
// neither evaluating nor freeing one recurses per term.
constexpr int kMaxDepth = 200;
constexpr int kMaxTerms = 10000;
constexpr qsizetype kMaxExpressionChars = 256 * 1024;

class Parser
{
public:
    Parser(const QString& text, const FactTable& table)
        : m_text(text)
        , m_table(table)
    {}

    std::unique_ptr<Node> parse()
    {
        if (m_text.size() > kMaxExpressionChars) {
            m_error = QStringLiteral("the expression has ") + QString::number(m_text.size()) +
                      QStringLiteral(" characters, more than the limit of ") +
                      QString::number(kMaxExpressionChars);
            return nullptr;
        }
        advance();
        auto node = parseOr();
        if (!m_error.isEmpty())
            return nullptr;
        if (m_tok.type != Token::Type::End) {
            fail(QStringLiteral("unexpected '") + m_tok.text + QLatin1Char('\''));
            return nullptr;
        }
        return node;
    }
    const QString& error() const { return m_error; }

private:
    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message + QStringLiteral(" at column ") + QString::number(m_tok.pos + 1) +
                      QStringLiteral(" in `") +
                      (m_text.size() > 200 ? m_text.left(200) + QStringLiteral("…") : m_text) +
                      QLatin1Char('`');
    }

    void advance()
    {
        const QString& s = m_text;
        qsizetype i = m_pos;
        while (i < s.size() && s[i].isSpace())
            ++i;
        m_tok = Token{};
        m_tok.pos = i;
        if (i >= s.size()) {
            m_pos = i;
            return;
        }
        const QChar c = s[i];
        if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype j = i;
            while (j < s.size() &&
                   (s[j].isLetterOrNumber() || s[j] == QLatin1Char('_') || s[j] == QLatin1Char('.')))
                ++j;
            m_tok.type = Token::Type::Ident;
            m_tok.text = s.mid(i, j - i);
            m_pos = j;
            return;
        }
        if (c.isDigit() || (c == QLatin1Char('-') && i + 1 < s.size() && s[i + 1].isDigit())) {
            qsizetype j = i + 1;
            while (j < s.size() && (s[j].isDigit() || s[j] == QLatin1Char('.')))
                ++j;
            m_tok.type = Token::Type::Number;
            m_tok.text = s.mid(i, j - i);
            bool ok = false;
            m_tok.number = m_tok.text.toDouble(&ok);
            if (!ok)
                fail(QStringLiteral("bad number '") + m_tok.text + QLatin1Char('\''));
            m_pos = j;
            return;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype close = s.indexOf(c, i + 1);
            if (close < 0) {
                fail(QStringLiteral("unterminated string"));
                m_pos = s.size();
                return;
            }
            m_tok.type = Token::Type::String;
            m_tok.text = s.mid(i + 1, close - i - 1);
            m_pos = close + 1;
            return;
        }
        static const char* const twoChar[] = {"&&", "||", "==", "!=", "<=", ">="};
        for (const char* op : twoChar) {
            if (s.mid(i, 2) == QLatin1String(op)) {
                m_tok.type = Token::Type::Op;
                m_tok.text = QLatin1String(op);
                m_pos = i + 2;
                return;
            }
        }
        if (QStringLiteral("!<>()[],").contains(c)) {
            m_tok.type = Token::Type::Op;
            m_tok.text = c;
            m_pos = i + 1;
            return;
        }
        m_tok.text = c;
        fail(QStringLiteral("unexpected character '") + c + QLatin1Char('\''));
        m_pos = s.size();
    }

    bool isOp(const char* op) const
    {
        return m_tok.type == Token::Type::Op && m_tok.text == QLatin1String(op);
    }

    // a && b: appended to `a` when it is already an && (so chains stay flat), else a new node.
    static std::unique_ptr<Node> chain(Kind kind, std::unique_ptr<Node> a, std::unique_ptr<Node> b)
    {
        if (a && a->kind == kind) {
            a->children.push_back(std::move(b));
            return a;
        }
        return binary(kind, std::move(a), std::move(b));
    }

    // Counts one level of nesting; false (and an error) past kMaxDepth.
    bool enter()
    {
        if (++m_depth <= kMaxDepth)
            return true;
        fail(QStringLiteral("the expression nests deeper than ") + QString::number(kMaxDepth) +
             QStringLiteral(" levels of parentheses or '!'"));
        return false;
    }

    static std::unique_ptr<Node> binary(Kind kind, std::unique_ptr<Node> a, std::unique_ptr<Node> b)
    {
        auto n = std::make_unique<Node>();
        n->kind = kind;
        n->children.push_back(std::move(a));
        n->children.push_back(std::move(b));
        return n;
    }

    std::unique_ptr<Node> parseOr()
    {
        auto left = parseAnd();
        while (m_error.isEmpty() && isOp("||")) {
            advance();
            left = chain(Kind::Or, std::move(left), parseAnd());
        }
        return left;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseNot();
        while (m_error.isEmpty() && isOp("&&")) {
            advance();
            left = chain(Kind::And, std::move(left), parseNot());
        }
        return left;
    }

    std::unique_ptr<Node> parseNot()
    {
        if (isOp("!")) {
            if (!enter())
                return nullptr;
            advance();
            auto n = std::make_unique<Node>();
            n->kind = Kind::Not;
            n->children.push_back(parseNot());
            --m_depth;
            return n;
        }
        return parseComparison();
    }

    std::unique_ptr<Node> parseComparison()
    {
        auto left = parsePrimary();
        if (!m_error.isEmpty())
            return left;
        static const std::pair<const char*, Kind> ops[] = {{"==", Kind::Eq}, {"!=", Kind::Ne},
                                                           {"<=", Kind::Le}, {">=", Kind::Ge},
                                                           {"<", Kind::Lt},  {">", Kind::Gt}};
        for (const auto& [text, kind] : ops) {
            if (isOp(text)) {
                advance();
                return binary(kind, std::move(left), parsePrimary());
            }
        }
        if (m_tok.type == Token::Type::Ident && m_tok.text == QLatin1String("in")) {
            advance();
            auto right = parsePrimary();
            if (right && right->kind != Kind::List && right->kind != Kind::Fact)
                fail(QStringLiteral("`in` needs a list [..] or a list fact such as markets"));
            return binary(Kind::In, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parsePrimary()
    {
        if (++m_terms > kMaxTerms) {
            fail(QStringLiteral("the expression has more than ") + QString::number(kMaxTerms) +
                 QStringLiteral(" terms"));
            return nullptr;
        }
        auto n = std::make_unique<Node>();
        switch (m_tok.type) {
        case Token::Type::End:
            fail(QStringLiteral("unexpected end of expression"));
            return n;
        case Token::Type::String:
            n->constant = m_tok.text;
            advance();
            return n;
        case Token::Type::Number:
            n->constant = m_tok.number;
            advance();
            return n;
        case Token::Type::Ident: {
            const QString& id = m_tok.text;
            if (id == QLatin1String("true") || id == QLatin1String("false")) {
                n->constant = id == QLatin1String("true");
            } else if (id == QLatin1String("null")) {
                n->constant = std::monostate{};
            } else {
                const int slot = m_table.slot(id);
                if (slot < 0) {
                    fail(QStringLiteral("unknown identifier '") + id + QLatin1Char('\''));
                    return n;
                }
                n->kind = Kind::Fact;
                n->slot = slot;
            }
            advance();
            return n;
        }
        case Token::Type::Op:
            break;
        }
        if (isOp("(")) {
            if (!enter())
                return nullptr;
            advance();
            auto inner = parseOr();
            --m_depth;
            if (!isOp(")"))
                fail(QStringLiteral("expected ')'"));
            else
                advance();
            return inner;
        }
        if (isOp("[")) {
            advance();
            n->kind = Kind::List;
            while (m_error.isEmpty() && !isOp("]")) {
                auto item = parsePrimary();
                if (item && item->kind != Kind::Const)
                    fail(QStringLiteral("list items must be literals"));
                n->children.push_back(std::move(item));
                if (isOp(","))
                    advance();
                else if (!isOp("]"))
                    fail(QStringLiteral("expected ',' or ']'"));
            }
            if (m_error.isEmpty())
                advance();
            return n;
        }
        fail(QStringLiteral("unexpected '") + m_tok.text + QLatin1Char('\''));
        return n;
    }

    const QString& m_text;
    const FactTable& m_table;
    qsizetype m_pos = 0;
    Token m_tok;
    QString m_error;
    int m_depth = 0;
    int m_terms = 0;
};

// ---- evaluation ----

struct Evaluator
{
    const Facts& facts;
    std::vector<int>* used;

    const FactValue& value(const Node& n) const
    {
        if (n.kind == Kind::Fact) {
            if (used && std::find(used->begin(), used->end(), n.slot) == used->end())
                used->push_back(n.slot);
            return facts.get(n.slot);
        }
        return n.constant;
    }

    static Tri truthy(const FactValue& v)
    {
        struct V
        {
            Tri operator()(std::monostate) const { return Tri::Unknown; }
            Tri operator()(bool b) const { return b ? Tri::True : Tri::False; }
            Tri operator()(double d) const { return d != 0 ? Tri::True : Tri::False; }
            Tri operator()(const QString& s) const { return s.isEmpty() ? Tri::False : Tri::True; }
            Tri operator()(const QStringList& l) const { return l.isEmpty() ? Tri::False : Tri::True; }
        };
        return std::visit(V{}, v);
    }

    static bool isUnknown(const FactValue& v) { return std::holds_alternative<std::monostate>(v); }

    // -1, 0, 1 when comparable; nullopt when of different types.
    static std::optional<int> compare(const FactValue& a, const FactValue& b)
    {
        if (a.index() != b.index())
            return std::nullopt;
        if (const auto* x = std::get_if<double>(&a)) {
            const double y = std::get<double>(b);
            return *x < y ? -1 : (*x > y ? 1 : 0);
        }
        if (const auto* x = std::get_if<QString>(&a))
            return x->compare(std::get<QString>(b));
        if (const auto* x = std::get_if<bool>(&a))
            return int(*x) - int(std::get<bool>(b));
        if (const auto* x = std::get_if<QStringList>(&a))
            return *x == std::get<QStringList>(b) ? 0 : 1;
        return std::nullopt;
    }

    Tri eval(const Node& n) const
    {
        switch (n.kind) {
        case Kind::Const:
        case Kind::Fact:
            return truthy(value(n));
        case Kind::List:
            return n.children.empty() ? Tri::False : Tri::True;
        case Kind::Not: {
            const Tri t = eval(*n.children[0]);
            return t == Tri::Unknown ? Tri::Unknown : (t == Tri::True ? Tri::False : Tri::True);
        }
        case Kind::And: {
            // Kleene: False wins, then Unknown. Every term is evaluated when `used` is collected, so it
            // sees every fact.
            Tri result = Tri::True;
            for (const auto& child : n.children) {
                const Tri t = eval(*child);
                if (t == Tri::False) {
                    result = Tri::False;
                    if (!used)
                        break;
                } else if (t == Tri::Unknown && result == Tri::True) {
                    result = Tri::Unknown;
                }
            }
            return result;
        }
        case Kind::Or: {
            Tri result = Tri::False;
            for (const auto& child : n.children) {
                const Tri t = eval(*child);
                if (t == Tri::True) {
                    result = Tri::True;
                    if (!used)
                        break;
                } else if (t == Tri::Unknown && result == Tri::False) {
                    result = Tri::Unknown;
                }
            }
            return result;
        }
        case Kind::In: {
            const FactValue& needle = value(*n.children[0]);
            const Node& hay = *n.children[1];
            if (isUnknown(needle))
                return Tri::Unknown;
            if (hay.kind == Kind::List) {
                for (const auto& item : hay.children) {
                    if (compare(needle, item->constant) == 0)
                        return Tri::True;
                }
                return Tri::False;
            }
            const FactValue& list = value(hay);
            if (isUnknown(list))
                return Tri::Unknown;
            if (const auto* l = std::get_if<QStringList>(&list)) {
                const auto* s = std::get_if<QString>(&needle);
                return s && l->contains(*s) ? Tri::True : Tri::False;
            }
            return compare(needle, list) == 0 ? Tri::True : Tri::False;
        }
        default:
            break;
        }
        // Comparisons.
        const FactValue& a = value(*n.children[0]);
        const FactValue& b = value(*n.children[1]);
        if (isUnknown(a) || isUnknown(b))
            return Tri::Unknown;
        const std::optional<int> c = compare(a, b);
        if (!c)
            return n.kind == Kind::Ne ? Tri::True : Tri::False;
        bool r = false;
        switch (n.kind) {
        case Kind::Eq:
            r = *c == 0;
            break;
        case Kind::Ne:
            r = *c != 0;
            break;
        case Kind::Lt:
            r = *c < 0;
            break;
        case Kind::Le:
            r = *c <= 0;
            break;
        case Kind::Gt:
            r = *c > 0;
            break;
        case Kind::Ge:
            r = *c >= 0;
            break;
        default:
            break;
        }
        return r ? Tri::True : Tri::False;
    }
};

void collect(const Node& n, const FactTable& table, QStringList& out)
{
    if (n.kind == Kind::Fact && !out.contains(table.name(n.slot)))
        out << table.name(n.slot);
    for (const auto& c : n.children)
        collect(*c, table, out);
}

} // namespace

Expr::Expr()
    : m_text(QStringLiteral("true"))
{}

Result<Expr> Expr::parse(const QString& text, const FactTable& table)
{
    Expr e;
    e.m_text = text.trimmed();
    e.m_table = &table;
    if (e.m_text.isEmpty())
        return Error{ErrorCode::InvalidRuleset, QStringLiteral("empty expression"), QString(), 0};
    Parser parser(e.m_text, table);
    std::unique_ptr<Node> root = parser.parse();
    if (!parser.error().isEmpty() || !root)
        return Error{ErrorCode::InvalidRuleset, parser.error(), QString(), 0};
    e.m_root = std::shared_ptr<const Node>(std::move(root));
    return e;
}

Tri Expr::evaluate(const Facts& facts) const
{
    if (!m_root)
        return Tri::True;
    return Evaluator{facts, nullptr}.eval(*m_root);
}

Tri Expr::evaluate(const Facts& facts, std::vector<int>& usedSlots) const
{
    if (!m_root)
        return Tri::True;
    return Evaluator{facts, &usedSlots}.eval(*m_root);
}

QStringList Expr::identifiers() const
{
    QStringList out;
    if (m_root && m_table)
        collect(*m_root, *m_table, out);
    return out;
}

bool Expr::isConstantTrue() const
{
    return !m_root || (m_root->kind == Kind::Const && std::holds_alternative<bool>(m_root->constant) &&
                       std::get<bool>(m_root->constant));
}

} // namespace shirube::core
