// SPDX-License-Identifier: Apache-2.0
#include "ui/report/StateGraphPainter.h"

#include "ui/report/PageFlow.h"

#include <QFontMetricsF>
#include <QMutex>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace shirube::report {

namespace {

// Graphviz keeps global state: serialise every use made from here.
QMutex& graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

QByteArray quoted(const QString& s)
{
    QByteArray out = s.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    out.replace('\n', "\\n");
    return '"' + out + '"';
}

QByteArray toDot(const core::RouteGraph& graph, const QString& fontFamily)
{
    const QByteArray font = quoted(fontFamily);
    QByteArray dot = "digraph route {\n"
                     "  rankdir=TB; nodesep=0.25; ranksep=0.35; bgcolor=\"transparent\"; pad=0.05;\n"
                     "  node [shape=box style=\"rounded,filled\" fontsize=9 margin=\"0.12,0.05\" fontname=" +
                     font +
                     "];\n"
                     "  edge [fontsize=7 arrowsize=0.6 fontname=" +
                     font + "];\n";
    for (const core::RouteGraph::Node& n : graph.nodes) {
        dot += "  " + quoted(n.id) + " [label=" + quoted(n.label);
        if (n.onRoute)
            dot += n.start ? " color=\"#1F3A5F\" fillcolor=\"#1F3A5F\" fontcolor=\"white\" penwidth=1.6"
                           : " color=\"#1F3A5F\" fillcolor=\"#DCE8F5\" fontcolor=\"#10243D\" penwidth=1.6";
        else
            dot += " color=\"#B7BEC8\" fillcolor=\"white\" fontcolor=\"#6B7280\" penwidth=0.6";
        dot += "];\n";
    }
    for (const core::RouteGraph::Edge& e : graph.edges) {
        dot += "  " + quoted(e.from) + " -> " + quoted(e.to) + " [label=" + quoted(e.label);
        if (e.onRoute)
            dot += " color=\"#1F3A5F\" fontcolor=\"#10243D\" penwidth=1.8 weight=4";
        else
            dot += " color=\"#B7BEC8\" fontcolor=\"#8A919C\" penwidth=0.6 style=dashed";
        dot += "];\n";
    }
    dot += "}\n";
    return dot;
}

// A <text> element of Graphviz's SVG. QtSvg would draw it as outlines (not searchable, not extractable),
// so the painter takes the text out of the SVG and draws it with QPainter::drawText.
struct SvgText
{
    QPointF at; // the baseline's anchor point, in the SVG's user space
    QString anchor;
    qreal size = 9;
    QColor color;
    QString text;
};

QString unescaped(QString s)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9A-Fa-f]+);"));
    QRegularExpressionMatch m;
    while ((m = numeric.match(s)).hasMatch()) {
        const uint code = m.captured(2).toUInt(nullptr, m.captured(1).isEmpty() ? 10 : 16);
        s.replace(m.capturedStart(), m.capturedLength(),
                  QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1));
    }
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&apos;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

QString attribute(const QString& attributes, const char* name)
{
    const QRegularExpression re(QStringLiteral("\\b") + QLatin1String(name) +
                                QStringLiteral("=\"([^\"]*)\""));
    return re.match(attributes).captured(1);
}

// The SVG without its text, the text elements, and the translation of Graphviz's top group.
QByteArray splitText(const QByteArray& svg, std::vector<SvgText>& texts, QPointF& translate)
{
    QString xml = QString::fromUtf8(svg);
    static const QRegularExpression graph(
        QStringLiteral("class=\"graph\"[^>]*translate\\(([-0-9.]+)[ ,]+([-0-9.]+)\\)"));
    if (const QRegularExpressionMatch g = graph.match(xml); g.hasMatch())
        translate = QPointF(g.captured(1).toDouble(), g.captured(2).toDouble());
    static const QRegularExpression text(QStringLiteral("<text([^>]*)>(.*?)</text>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    for (QRegularExpressionMatchIterator it = text.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString a = m.captured(1);
        SvgText t;
        t.at = QPointF(attribute(a, "x").toDouble(), attribute(a, "y").toDouble());
        t.anchor = attribute(a, "text-anchor");
        t.size = attribute(a, "font-size").toDouble();
        const QString fill = attribute(a, "fill");
        t.color = fill.isEmpty() ? QColor(Qt::black) : QColor(fill);
        t.text = unescaped(m.captured(2));
        texts.push_back(t);
    }
    xml.remove(text);
    return xml.toUtf8();
}

} // namespace

QByteArray routeGraphSvg(const core::RouteGraph& graph, const QString& fontFamily, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (graph.isEmpty())
        return fail(QStringLiteral("the graph has no states"));
    const QByteArray dot = toDot(graph, fontFamily);
    QMutexLocker lock(&graphvizMutex());
    GVC_t* gvc = gvContext();
    if (!gvc)
        return fail(QStringLiteral("Graphviz has no context"));
    Agraph_t* g = agmemread(dot.constData());
    if (!g) {
        gvFreeContext(gvc);
        return fail(QStringLiteral("Graphviz cannot read the graph"));
    }
    QByteArray svg;
    if (gvLayout(gvc, g, "dot") == 0) {
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc, g, "svg", &data, &length) == 0 && data)
            svg = QByteArray(data, int(length));
        if (data)
            gvFreeRenderData(data);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    if (svg.isEmpty())
        return fail(QStringLiteral("Graphviz cannot lay out or render the graph as SVG"));
    return svg;
}

QSizeF svgSize(const QByteArray& svg)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    return renderer.viewBoxF().size();
}

void paintSvg(QPainter& painter, const QRectF& rect, const QByteArray& svg)
{
    std::vector<SvgText> texts;
    QPointF translate;
    QSvgRenderer renderer(splitText(svg, texts, translate));
    if (!renderer.isValid())
        return;
    const QRectF box = renderer.viewBoxF();
    QSizeF size = box.size();
    if (size.isEmpty())
        return;
    size.scale(rect.size(), Qt::KeepAspectRatio);
    const QRectF target(rect.left() + (rect.width() - size.width()) / 2, rect.top(), size.width(),
                        size.height());
    renderer.render(&painter, target);

    // The text, as text: the SVG's user space mapped onto `target` as the renderer maps it.
    const qreal scale = target.width() / box.width();
    const qreal dpi = painter.device() ? qreal(painter.device()->logicalDpiY()) : 72.0;
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    painter.translate(-box.topLeft() + translate);
    for (const SvgText& t : texts) {
        QFont font;
        font.setFamilies(reportFontFamilies());
        font.setPointSizeF(std::max(1.0, t.size) * 72.0 / dpi);
        font.setStyleStrategy(QFont::PreferOutline);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // no ligatures: "fi" stays searchable
        const qreal width = QFontMetricsF(font, painter.device()).horizontalAdvance(t.text);
        QPointF at = t.at;
        if (t.anchor == QLatin1String("middle"))
            at.rx() -= width / 2;
        else if (t.anchor == QLatin1String("end"))
            at.rx() -= width;
        painter.setFont(font);
        painter.setPen(t.color);
        painter.drawText(at, t.text);
    }
    painter.restore();
}

} // namespace shirube::report
