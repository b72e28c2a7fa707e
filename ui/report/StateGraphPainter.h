// SPDX-License-Identifier: Apache-2.0
#pragma once

// The routes' state graph on a report page, as vectors: Graphviz (libgvc) lays the graph out and
// renders it to SVG in memory, QtSvg paints that SVG onto the report's QPainter (paths and text, never
// a bitmap). The chosen route's states and transitions are drawn strong, the others muted. Qt Gui only.

#include "core/export/RouteGraph.h"

#include <QByteArray>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace shirube::report {

// The graph as SVG, its labels in `fontFamily`; empty (with `error` set, untranslated) when Graphviz
// fails or the graph is empty.
QByteArray routeGraphSvg(const core::RouteGraph& graph, const QString& fontFamily, QString* error = nullptr);

// The SVG's natural size in points; empty when it is not SVG.
QSizeF svgSize(const QByteArray& svg);

// Paints `svg` into `rect`, scaled to fit with its aspect ratio kept, centred at the top.
void paintSvg(QPainter& painter, const QRectF& rect, const QByteArray& svg);

} // namespace shirube::report
