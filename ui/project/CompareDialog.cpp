// SPDX-License-Identifier: Apache-2.0
#include "ui/project/CompareDialog.h"

#include "core/storage/ProductOverrides.h"
#include "ui/Labels.h"
#include "ui/report/ComparisonReport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shirube::ui {

namespace {

QString routeCell(const core::Route& r)
{
    QString text = r.label.isEmpty() ? r.id : r.label;
    text +=
        QLatin1Char('\n') +
        CompareDialog::tr("P50 %1 · P80 %2").arg(Labels::months(r.months.p50), Labels::months(r.months.p80));
    text += QLatin1Char('\n') + CompareDialog::tr("P80 cost %1").arg(Labels::yen(r.costJpy.p80));
    QStringList marks; // the confidence of the figures the route adds up (details in the tooltip)
    for (const core::RouteStep& s : r.steps)
        if (const QString m = Labels::confidenceMark(s.provenance.confidence); !marks.contains(m))
            marks << m;
    if (!marks.isEmpty())
        text += QStringLiteral("  ") + marks.join(QLatin1Char(' '));
    if (!r.designations.isEmpty())
        text +=
            QLatin1Char('\n') + CompareDialog::tr("Uses: %1").arg(r.designations.join(QStringLiteral(", ")));
    return text;
}

QString routeTooltip(const core::Route& r)
{
    QStringList lines;
    for (const core::RouteStep& s : r.steps)
        lines << QStringLiteral("%1: %2, %3 — %4 %5 %6")
                     .arg(s.activityName.isEmpty() ? s.activity : s.activityName,
                          Labels::monthsRange(s.months.min, s.months.likely, s.months.max),
                          Labels::yen(s.costJpy.likely), s.provenance.source,
                          Labels::confidenceMark(s.provenance.confidence),
                          Labels::confidenceName(s.provenance.confidence));
    return lines.join(QLatin1Char('\n'));
}

QString designationsCell(const core::Plan& plan)
{
    QStringList lines;
    for (const core::DesignationResult& d : plan.designations)
        if (d.eligible != QLatin1String("no"))
            lines << QStringLiteral("%1 %2: %3")
                         .arg(Labels::eligibilityMark(d.eligible), d.name, Labels::eligibility(d.eligible));
    return lines.isEmpty() ? Labels::none() : lines.join(QLatin1Char('\n'));
}

QString fundingCell(const core::Plan& plan)
{
    QStringList lines;
    for (const core::FundingMatch& f : plan.funding) {
        QString line = QStringLiteral("%1 (%2, %3)").arg(f.name, f.ministry, Labels::fit(f.fit));
        if (f.budgetJpy)
            line += QStringLiteral(" — ") +
                    CompareDialog::tr("FY%1 budget %2").arg(f.fy).arg(Labels::yen(double(*f.budgetJpy))) +
                    QLatin1Char(' ') + Labels::confidenceMark(f.provenance.confidence);
        lines << line;
    }
    return lines.isEmpty() ? Labels::none() : lines.join(QLatin1Char('\n'));
}

} // namespace

CompareDialog::CompareDialog(QWidget* parent)
    : QDialog(parent)
    , m_leftCombo(new QComboBox(this))
    , m_rightCombo(new QComboBox(this))
    , m_legend(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    m_leftCombo->setObjectName(QStringLiteral("compareLeftCombo"));
    m_rightCombo->setObjectName(QStringLiteral("compareRightCombo"));
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setColumnCount(2);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_legend->setWordWrap(true);

    auto* pick = new QHBoxLayout;
    pick->addWidget(m_leftCombo, 1);
    pick->addWidget(m_rightCombo, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_export->setObjectName(QStringLiteral("compareExportPdf"));
    m_export->setAutoDefault(false);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(m_export, &QPushButton::clicked, this, &CompareDialog::exportInteractively);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);
    layout->addWidget(buttons);

    connect(m_leftCombo, &QComboBox::currentIndexChanged, this, &CompareDialog::rebuild);
    connect(m_rightCombo, &QComboBox::currentIndexChanged, this, &CompareDialog::rebuild);
    retranslate();
    resize(900, 620);
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::setPlanner(core::RulesetPtr ruleset, core::Lang lang)
{
    if (!m_planner || &m_planner->ruleset() != ruleset.get())
        m_planner = ruleset ? std::make_unique<core::Planner>(ruleset) : nullptr;
    m_lang = lang;
    rebuild();
}

void CompareDialog::setProject(const core::Project& project)
{
    const qint64 left = leftProduct();
    const qint64 right = rightProduct();
    m_project = project;
    fillCombos();
    setProducts(left, right);
}

void CompareDialog::fillCombos()
{
    for (QComboBox* combo : {m_leftCombo, m_rightCombo}) {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const core::Product& p : m_project.products)
            combo->addItem(p.name, p.id);
    }
}

void CompareDialog::setProducts(qint64 left, qint64 right)
{
    {
        const QSignalBlocker blockLeft(m_leftCombo);
        const QSignalBlocker blockRight(m_rightCombo);
        const int l = m_leftCombo->findData(left);
        const int r = m_rightCombo->findData(right);
        m_leftCombo->setCurrentIndex(l >= 0 ? l : 0);
        m_rightCombo->setCurrentIndex(r >= 0 ? r : std::min(1, m_rightCombo->count() - 1));
    }
    rebuild();
}

qint64 CompareDialog::leftProduct() const
{
    return m_leftCombo->currentData().toLongLong();
}

qint64 CompareDialog::rightProduct() const
{
    return m_rightCombo->currentData().toLongLong();
}

int CompareDialog::rowOf(const QString& key) const
{
    return int(m_rowKeys.indexOf(key));
}

QString CompareDialog::cellText(const QString& key, int side) const
{
    const int row = rowOf(key);
    const QTableWidgetItem* item = row >= 0 ? m_table->item(row, side) : nullptr;
    return item ? item->text() : QString();
}

QString CompareDialog::suggestedPdfName() const
{
    QString name = tr("%1 vs %2").arg(m_leftCombo->currentText(), m_rightCombo->currentText());
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral(" "));
    name = name.simplified();
    if (name.isEmpty())
        name = tr("comparison");
    return name + QStringLiteral(".pdf");
}

QString CompareDialog::exportPdf(const QString& fileName, QString* error) const
{
    QString file = fileName;
    if (!file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        file += QStringLiteral(".pdf");
    report::Comparison c;
    c.title = tr("Compare products");
    c.leftName = m_leftCombo->currentText();
    c.rightName = m_rightCombo->currentText();
    c.legend =
        tr("≠: the two products differ. Confidence of the figures: %1.").arg(Labels::confidenceLegend());
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem* head = m_table->verticalHeaderItem(r);
        const QTableWidgetItem* left = m_table->item(r, 0);
        const QTableWidgetItem* right = m_table->item(r, 1);
        c.rows.push_back({head ? head->text() : QString(), left ? left->text() : QString(),
                          right ? right->text() : QString(), left && left->data(DiffersRole).toBool()});
    }
    report::ReportOptions options;
    options.lang = m_lang;
    if (const std::optional<core::Error> e = report::writeComparisonPdf(file, c, options)) {
        if (error)
            *error = tr("Could not write the PDF %1.").arg(QDir::toNativeSeparators(file));
        return {};
    }
    return file;
}

void CompareDialog::exportInteractively()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export comparison as PDF"),
                                                        suggestedPdfName(), tr("PDF documents (*.pdf)"));
    if (chosen.isEmpty())
        return;
    QString error;
    if (exportPdf(chosen, &error).isEmpty())
        QMessageBox::warning(this, tr("Export comparison as PDF"), error);
}

void CompareDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CompareDialog::retranslate()
{
    setWindowTitle(tr("Compare products"));
    m_leftCombo->setAccessibleName(tr("First product"));
    m_rightCombo->setAccessibleName(tr("Second product"));
    m_table->setAccessibleName(tr("The two products' plans side by side"));
    m_export->setText(tr("Export PDF…"));
    m_export->setToolTip(tr("Save the two products side by side as a PDF"));
    m_legend->setText(
        tr("Tinted: the two products differ. Hover a route for its steps, sources and confidence (%1).")
            .arg(Labels::confidenceLegend()));
    rebuild();
}

void CompareDialog::rebuild()
{
    const core::Product* left = m_project.product(leftProduct());
    const core::Product* right = m_project.product(rightProduct());
    m_left = {};
    m_right = {};
    core::PlanOptions options;
    options.lang = m_lang;
    if (m_planner && left) {
        options.overrides = core::stepOverrides(left->overrides);
        m_left = m_planner->plan(left->profile, options);
    }
    if (m_planner && right) {
        options.overrides = core::stepOverrides(right->overrides);
        m_right = m_planner->plan(right->profile, options);
    }

    struct Row
    {
        QString key;
        QString title;
        QString cells[2];
        QString tips[2];
    };
    std::vector<Row> rows;
    const core::Plan* plans[2] = {&m_left, &m_right};
    const auto add = [&](const QString& key, const QString& title, const auto& cell) {
        Row row{key, title, {cell(*plans[0]), cell(*plans[1])}, {}};
        rows.push_back(row);
    };
    add(QStringLiteral("class"), tr("Class"),
        [](const core::Plan& p) { return Labels::deviceClass(p.classification.deviceClass); });
    add(QStringLiteral("procedure"), tr("Procedure"),
        [](const core::Plan& p) { return Labels::procedure(p.classification.procedure); });
    add(QStringLiteral("review"), tr("Review category"),
        [](const core::Plan& p) { return Labels::reviewCategory(p.classification.reviewCategory); });
    const size_t routes = std::max(m_left.routes.size(), m_right.routes.size());
    for (size_t i = 0; i < routes; ++i) {
        Row row{QStringLiteral("route%1").arg(i + 1), tr("Route %1").arg(i + 1), {}, {}};
        for (int side = 0; side < 2; ++side)
            if (i < plans[side]->routes.size()) {
                row.cells[side] = routeCell(plans[side]->routes[i]);
                row.tips[side] = routeTooltip(plans[side]->routes[i]);
            } else {
                row.cells[side] = QStringLiteral("—");
            }
        rows.push_back(row);
    }
    add(QStringLiteral("designations"), tr("Designations"), designationsCell);
    add(QStringLiteral("funding"), tr("Funding"), fundingCell);

    m_table->clear();
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels({left ? left->name : QString(), right ? right->name : QString()});
    m_rowKeys.clear();
    for (int r = 0; r < int(rows.size()); ++r) {
        const Row& row = rows[size_t(r)];
        m_rowKeys << row.key;
        m_table->setVerticalHeaderItem(r, new QTableWidgetItem(row.title));
        const bool differs = row.cells[0] != row.cells[1];
        for (int side = 0; side < 2; ++side) {
            auto* item = new QTableWidgetItem(row.cells[side]);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            if (!row.tips[side].isEmpty())
                item->setToolTip(row.tips[side]);
            item->setData(DiffersRole, differs);
            if (differs) {
                QColor tint = palette().color(QPalette::Highlight);
                tint.setAlphaF(0.16f);
                item->setBackground(tint);
            }
            m_table->setItem(r, side, item);
        }
    }
    m_table->resizeRowsToContents();
}

} // namespace shirube::ui
