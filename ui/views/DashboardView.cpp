#include "DashboardView.h"

#include "charts/LinkageCharts.h"
#include "dialogs/FigureListDialog.h"
#include "print/PdfDocument.h"
#include "report/LinkageReport.h"
#include "rules/Labels.h"
#include "storage/Casebook.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "widgets/FormParts.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace xianjie {

DashboardView::DashboardView(Casebook &casebook, QWidget *parent)
    : QWidget(parent), m_casebook(casebook), m_county(casebook.identity().role == Casebook::Role::County)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // The period and the area, and what to do with the figures.
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    bar->addWidget(new QLabel(tr("Period:"), this));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodPicker"));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last year"), int(Period::LastYear));
    m_period->addItem(tr("Custom…"), int(Period::Custom));
    bar->addWidget(m_period);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    bar->addWidget(m_from);
    m_dash = new QLabel(QStringLiteral("–"), this);
    bar->addWidget(m_dash);
    bar->addWidget(m_to);
    if (m_county) {
        bar->addSpacing(12);
        bar->addWidget(new QLabel(tr("Station:"), this));
        m_station = new QComboBox(this);
        m_station->setObjectName(QStringLiteral("stationPicker"));
        m_station->addItem(tr("All stations"), QString());
        if (auto q = Database::exec(casebook.db(), QStringLiteral("SELECT station_id, name FROM station ORDER BY "
                                                                  "revoked_on IS NOT NULL, code")))
            while (q->next())
                m_station->addItem(q->value(1).toString(), q->value(0).toString());
        bar->addWidget(m_station);
    }
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Village:"), this));
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villagePicker"));
    m_village->addItem(tr("All villages"), QString());
    if (auto villages = HouseholdRepository(casebook).villages()) {
        QStringList seen;
        for (const Village &v : *villages)
            if (!seen.contains(v.code)) {
                seen << v.code;
                m_village->addItem(v.name, v.code);
            }
    }
    bar->addWidget(m_village);
    bar->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    bar->addWidget(m_status);
    auto *report = new QPushButton(tr("&Linkage report…"), this);
    report->setObjectName(QStringLiteral("linkageReportButton"));
    report->setToolTip(tr("The report on linkage with charities (衔接情况通报) for this period and area, as a PDF to "
                          "print: counts only, no names."));
    bar->addWidget(report);
    outer->addLayout(bar);

    // Cards and charts scroll together when the window is small.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *cards = new QHBoxLayout;
    cards->addWidget(
        card(QStringLiteral("householdsCard"), tr("Households on the books"), QStringLiteral("households"), QString()));
    cards->addWidget(card(QStringLiteral("needsCard"), tr("Needs open"), QStringLiteral("need_open"), QString()));
    cards->addWidget(card(QStringLiteral("referralsCard"), tr("Referrals sent"), QStringLiteral("referrals"),
                          QStringLiteral("sent")));
    cards->addWidget(card(QStringLiteral("answerCard"), tr("Days to a charity's answer"), QStringLiteral("referrals"),
                          QStringLiteral("accepted")));
    cards->addWidget(card(QStringLiteral("helpCard"), tr("Help received (yuan)"), QString(), QString()));
    cards->addWidget(
        card(QStringLiteral("visitsCard"), tr("Visits overdue"), QStringLiteral("visits_overdue"), QString()));
    layout->addLayout(cards);
    if (m_county) {
        m_alerts = new QLabel(body);
        m_alerts->setObjectName(QStringLiteral("duplicateAlerts"));
        m_alerts->setWordWrap(true);
        layout->addWidget(m_alerts);
        m_stations = new QTableWidget(0, 8, body);
        m_stations->setObjectName(QStringLiteral("stationFigures"));
        m_stations->setHorizontalHeaderLabels({tr("Station"), tr("Last bundle"), tr("Held bundles"), tr("Open reviews"),
                                               tr("Households"), tr("Sent"), tr("Accepted"), tr("Completed")});
        m_stations->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_stations->verticalHeader()->hide();
        layout->addWidget(m_stations);
    }
    m_charts = new QGridLayout;
    m_charts->setSpacing(6);
    for (int c = 0; c < 3; ++c)
        m_charts->setColumnStretch(c, 1);
    layout->addLayout(m_charts, 1);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardView::periodChanged);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (Period(m_period->currentData().toInt()) == Period::Custom)
                refresh();
        });
    connect(m_village, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    if (m_station)
        connect(m_station, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(report, &QPushButton::clicked, this, &DashboardView::printReport);
    connect(&casebook.changes(), &ChangeNotifier::changed, this, [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    // In the first week of a month the month before is what a report is due for.
    setPeriod(casebook.clock().today().day() <= 7 ? Period::LastMonth : Period::ThisMonth);
}

DashboardView::~DashboardView()
{
    m_alive = false;
}

void DashboardView::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
    periodChanged();
}

void DashboardView::periodChanged()
{
    const QDate today = m_casebook.clock().today();
    const auto period = Period(m_period->currentData().toInt());
    ReportScope s;
    switch (period) {
    case Period::ThisMonth:
        s = ReportScope::month(today.year(), today.month());
        break;
    case Period::LastMonth:
        s = ReportScope::month(today.addMonths(-1).year(), today.addMonths(-1).month());
        break;
    case Period::ThisYear:
        s = ReportScope::year(today.year());
        break;
    case Period::LastYear:
        s = ReportScope::year(today.year() - 1);
        break;
    case Period::Custom:
        break;
    }
    const bool custom = period == Period::Custom;
    for (QDateEdit *e : {m_from, m_to}) {
        e->setEnabled(custom);
        e->setVisible(custom);
    }
    m_dash->setVisible(custom);
    if (!custom) {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(s.from);
        m_to->setDate(s.to);
    }
    refresh();
}

ReportScope DashboardView::scope() const
{
    ReportScope s;
    s.from = m_from->date();
    s.to = m_to->date();
    s.villageCode = m_village->currentData().toString();
    if (m_station)
        s.stationId = m_station->currentData().toString();
    return s;
}

template <typename T>
void DashboardView::runAsync(std::function<Result<T>(const Casebook &)> work,
                             std::function<void(const Result<T> &)> done)
{
    const QString path = m_casebook.path();
    const std::optional<User> user = m_casebook.user();
    const Clock *clock = &m_casebook.clock();
    auto result = std::make_shared<std::optional<Result<T>>>();
    auto *watcher = new QFutureWatcher<void>(this);
    ++m_running;
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result, done] {
        watcher->deleteLater();
        --m_running;
        if (result->has_value())
            done(**result);
    });
    watcher->setFuture(QtConcurrent::run([path, user, clock, work, result] {
        auto cb = Casebook::openAs(path, user, *clock);
        if (!cb) {
            *result = Result<T>(cb.error());
            return;
        }
        *result = work(**cb);
    }));
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardView::refresh()
{
    const ReportScope s = scope();
    if (!s.isValid()) {
        m_status->setText(tr("The first day comes after the last."));
        return;
    }
    if (!isVisible()) { // counted when the tab is shown
        m_dirty = true;
        return;
    }
    m_dirty = false;
    const int generation = ++m_generation;
    m_status->setText(tr("Counting…"));
    runAsync<LinkageFigures>([s](const Casebook &cb) { return Aggregates::compute(cb, s); },
                             [this, generation](const Result<LinkageFigures> &f) {
                                 if (generation != m_generation)
                                     return; // a newer period or area was asked for meanwhile
                                 if (!f) {
                                     m_status->setText(f.message());
                                     return;
                                 }
                                 show(*f);
                             });
}

QWidget *DashboardView::card(const QString &objectName, const QString &caption, const QString &figure,
                             const QString &code)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setFlat(!figure.isEmpty());
    button->setMinimumHeight(76);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    button->setStyleSheet(QStringLiteral("QPushButton{border:1px solid #c8ccd2;border-radius:4px;background:#f7f8fa;"
                                         "text-align:left;padding:4px 8px}QPushButton:hover{background:#eef3fb}"));
    auto *layout = new QVBoxLayout(button);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(0);
    auto *title = new QLabel(caption, button);
    auto *value = new QLabel(QStringLiteral("—"), button);
    value->setObjectName(objectName + QStringLiteral("Value"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    value->setFont(big);
    auto *detail = new QLabel(button);
    detail->setObjectName(objectName + QStringLiteral("Detail"));
    detail->setStyleSheet(QStringLiteral("color:#555"));
    for (QLabel *l : {title, value, detail}) {
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(l);
    }
    if (figure.isEmpty()) {
        button->setEnabled(true);
        button->setCursor(Qt::ArrowCursor);
    } else {
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(tr("Click to list them."));
        connect(button, &QPushButton::clicked, this,
                [this, figure, code, caption] { showList(figure, code, caption); });
    }
    return button;
}

void DashboardView::setCard(const QString &objectName, const QString &value, const QString &detail)
{
    if (auto *l = findChild<QLabel *>(objectName + QStringLiteral("Value")))
        l->setText(value);
    if (auto *l = findChild<QLabel *>(objectName + QStringLiteral("Detail")))
        l->setText(detail);
}

void DashboardView::show(const LinkageFigures &f)
{
    m_figures = f;
    m_status->setText(tr("%1 · %2").arg(f.areaName, LinkageReport::periodText(f.scope)));
    setCard(QStringLiteral("householdsCard"), QString::number(f.households),
            tr("%1 people; %2 closed in the period").arg(f.people).arg(f.closed));
    setCard(QStringLiteral("needsCard"), QString::number(f.needsOpen),
            tr("%1 identified, %2 met in the period").arg(f.needsIdentified).arg(f.needsMet));
    setCard(QStringLiteral("referralsCard"), QString::number(f.funnel.sent),
            tr("%1 completed, %2 still open").arg(f.funnel.completed).arg(f.funnel.open));
    setCard(QStringLiteral("answerCard"), LinkageReport::days(f.funnel.toAnswer.median),
            f.funnel.toAnswer.count ? tr("median; 90% within %1 days").arg(LinkageReport::days(f.funnel.toAnswer.p90))
                                    : tr("no answer yet"));
    // Whole yuan on the cards; the report and the lists give the fen.
    const auto whole = [](qint64 fen) {
        return QLocale().toString(qRound64(double(fen) / 100.0));
    };
    setCard(QStringLiteral("helpCard"), whole(f.governmentFen + f.charityFen),
            tr("government %1 · charity %2").arg(whole(f.governmentFen), whole(f.charityFen)));
    setCard(QStringLiteral("visitsCard"), QString::number(f.visitsOverdue),
            tr("%1 of %2 due were done").arg(f.visitsDone).arg(f.visitsDue));

    // Charts are made anew for new figures (a click on them only starts a query, so none is on the stack here).
    qDeleteAll(m_views);
    m_views.clear();

    QStringList stageLabels;
    QStringList stageCodes;
    QList<double> stageValues;
    for (const auto &[code, label] : Aggregates::chartedStages()) {
        stageLabels << label;
        stageCodes << code;
        stageValues << f.funnel.stage(code);
    }
    m_views << LinkageCharts::bars(
        tr("Referrals sent and how far they went"), stageLabels, {{tr("Referrals"), stageValues}}, false,
        [this, stageCodes, stageLabels](int, int i) {
            showList(QStringLiteral("referrals"), stageCodes.value(i), tr("Referrals: %1").arg(stageLabels.value(i)));
        },
        this);

    QStringList categoryLabels, categoryCodes;
    QList<double> categoryValues;
    const auto shortNames = Labels::categoriesShort();
    for (const FigureCount &c : f.categories) {
        categoryLabels << Labels::label(shortNames, c.code);
        categoryCodes << c.code;
        categoryValues << double(c.value);
    }
    m_views << LinkageCharts::bars(
        tr("Households by category"), categoryLabels, {{tr("Households"), categoryValues}}, true,
        [this, categoryCodes, categoryLabels](int, int i) {
            showList(QStringLiteral("category"), categoryCodes.value(i),
                     tr("Households: %1").arg(categoryLabels.value(i)));
        },
        this);

    QStringList groupLabels, groupCodes;
    QList<double> groupValues;
    for (const FigureCount &g : f.focusGroups) {
        groupLabels << g.label;
        groupCodes << g.code;
        groupValues << double(g.value);
    }
    m_views << LinkageCharts::bars(
        tr("People in focus groups"), groupLabels, {{tr("People"), groupValues}}, true,
        [this, groupCodes, groupLabels](int, int i) {
            showList(QStringLiteral("focus"), groupCodes.value(i), tr("Households with: %1").arg(groupLabels.value(i)));
        },
        this);

    QStringList needLabels, needAxis, needCodes;
    QList<double> identified, open;
    const auto needShort = Labels::needTypesShort();
    for (const NeedFigures &n : f.needs) {
        needLabels << n.label;
        needAxis << Labels::label(needShort, n.type);
        needCodes << n.type;
        identified << n.identified;
        open << n.open;
    }
    m_views << LinkageCharts::bars(
        tr("Needs by type"), needAxis, {{tr("Identified in the period"), identified}, {tr("Open at its end"), open}},
        false,
        [this, needCodes, needLabels](int series, int i) {
            showList(series == 0 ? QStringLiteral("need_identified") : QStringLiteral("need_open"), needCodes.value(i),
                     tr("Needs: %1").arg(needLabels.value(i)));
        },
        this);

    QStringList helpLabels, helpCodes;
    QList<double> helpValues;
    for (const HelpFigures &h : f.help) {
        helpLabels << h.label;
        helpCodes << h.source + QLatin1Char('/') + h.form;
        helpValues << double(h.fen) / 100.0;
    }
    m_views << LinkageCharts::pie(
        tr("Help received by source and form (yuan)"), helpLabels, helpValues,
        [](double yuan) { return LinkageReport::yuan(qRound64(yuan * 100)); },
        [this, helpCodes, helpLabels](int, int i) {
            showList(QStringLiteral("help"), helpCodes.value(i), tr("Help: %1").arg(helpLabels.value(i)));
        },
        this);

    const QStringList visitLabels = {tr("Visits due"), tr("Visits done"), tr("Visits overdue"), tr("Reviews due"),
                                     tr("Reviews overdue")};
    const QStringList visitCodes = {QStringLiteral("visits_due"), QStringLiteral("visits_done"),
                                    QStringLiteral("visits_overdue")};
    m_views << LinkageCharts::bars(
        tr("Follow-up"), visitLabels,
        {{tr("Count"),
          {double(f.visitsDue), double(f.visitsDone), double(f.visitsOverdue), double(f.reviewsDue),
           double(f.reviewsOverdue)}}},
        false,
        [this, visitCodes, visitLabels](int, int i) {
            if (i < visitCodes.size())
                showList(visitCodes.at(i), QString(), visitLabels.at(i));
        },
        this);
    static const QStringList names = {QStringLiteral("funnelChart"), QStringLiteral("categoryChart"),
                                      QStringLiteral("focusChart"),  QStringLiteral("needChart"),
                                      QStringLiteral("helpChart"),   QStringLiteral("followUpChart")};
    for (int i = 0; i < m_views.size(); ++i) {
        m_views.at(i)->setObjectName(names.at(i));
        m_charts->addWidget(m_views.at(i), i / 3, i % 3);
    }

    if (m_county) {
        m_alerts->setText(f.duplicateAlerts > 0
                              ? tr("%n person(s) registered at two stations wait for review in the Sync tab.", nullptr,
                                   f.duplicateAlerts)
                              : tr("No one is registered at two stations."));
        m_stations->setRowCount(int(f.stations.size()));
        for (int r = 0; r < f.stations.size(); ++r) {
            const StationFigures &s = f.stations.at(r);
            const QStringList cells = {s.revoked ? tr("%1 (revoked)").arg(s.name) : s.name,
                                       s.lastContact.isValid() ? Labels::dateTime(s.lastContact) : tr("never"),
                                       QString::number(s.heldBundles),
                                       QString::number(s.openReviews),
                                       QString::number(s.households),
                                       QString::number(s.sent),
                                       QString::number(s.accepted),
                                       QString::number(s.completed)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (c > 1)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_stations->setItem(r, c, item);
            }
        }
        m_stations->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_stations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        // Every station in view up to eight; more scroll inside the table.
        const int rows = std::min<int>(8, std::max<int>(1, int(f.stations.size())));
        m_stations->setFixedHeight(m_stations->horizontalHeader()->height() +
                                   rows * m_stations->verticalHeader()->defaultSectionSize() + 4);
    }
    emit shown();
}

void DashboardView::showList(const QString &figure, const QString &code, const QString &title)
{
    if (figure.isEmpty())
        return;
    const ReportScope s = m_figures.scope.isValid() ? m_figures.scope : scope();
    runAsync<FigureList>([s, figure, code](const Casebook &cb) { return Aggregates::list(cb, s, figure, code); },
                         [this, title](const Result<FigureList> &list) {
                             if (!list) {
                                 QMessageBox::warning(this, title, list.message());
                                 return;
                             }
                             auto *dialog = new FigureListDialog(
                                 tr("%1 — %2").arg(title, LinkageReport::periodText(m_figures.scope)), *list, this);
                             dialog->setAttribute(Qt::WA_DeleteOnClose);
                             connect(dialog, &FigureListDialog::openHousehold, this, &DashboardView::openHousehold);
                             dialog->open();
                         });
}

void DashboardView::printReport()
{
    if (!m_figures.scope.isValid() || m_running > 0) {
        QMessageBox::information(this, tr("Linkage report"),
                                 tr("The figures are still being counted; try again in a "
                                    "moment."));
        return;
    }
    const QString path = FormParts::askSavePath(
        this, tr("Save the linkage report"),
        tr("Linkage report %1 %2.pdf").arg(m_figures.areaName, LinkageReport::periodText(m_figures.scope)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // Laid out and printed on a worker thread (QTextDocument and QPdfWriter are reentrant): a long report does not
    // stop the window.
    const PaperWithCharts paper = LinkageReport::paper(m_figures, m_county);
    const LinkageFigures figures = m_figures;
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    m_status->setText(tr("Printing the report…"));
    connect(watcher, &QFutureWatcher<Result<void>>::finished, this, [this, watcher, path, figures] {
        watcher->deleteLater();
        m_status->setText(tr("%1 · %2").arg(figures.areaName, LinkageReport::periodText(figures.scope)));
        const Result<void> written = watcher->result();
        if (!written)
            return (void)QMessageBox::warning(this, tr("Linkage report"), written.message());
        if (auto r = LinkageReport::recordPrinted(m_casebook, figures); !r)
            QMessageBox::warning(this, tr("Linkage report"), r.message());
        emit reportSaved(path);
        const auto open = QMessageBox::question(
            this, tr("Linkage report"),
            tr("The report is saved as %1. Open it to look at it and print it?").arg(QDir::toNativeSeparators(path)));
        if (open == QMessageBox::Yes)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    watcher->setFuture(QtConcurrent::run([paper, path] { return PdfDocument::write(paper, path); }));
}

} // namespace xianjie
