#include "AgendaView.h"

#include "dialogs/RecordVisitDialog.h"
#include "models/AgendaModel.h"
#include "print/PdfDocument.h"
#include "report/VisitList.h"
#include "rules/Labels.h"
#include "rules/VisitPolicy.h"
#include "storage/Casebook.h"
#include "storage/ChangeNotifier.h"
#include "storage/HouseholdRepository.h"
#include "storage/StationSettings.h"
#include "storage/VisitRepository.h"
#include "widgets/FormParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xianjie {

AgendaView::AgendaView(Casebook &casebook, QWidget *parent)
    : QWidget(parent), m_casebook(casebook), m_visits(std::make_unique<VisitRepository>(casebook))
{
    setObjectName(QStringLiteral("agendaView"));
    // The agenda follows the casebook: a visit recorded, a member's health changed, a bundle imported.
    connect(&casebook.changes(), &ChangeNotifier::changed, this, [this](const QSet<QString> &tables) {
        static const QSet<QString> shown = {QStringLiteral("visit"), QStringLiteral("household"),
                                            QStringLiteral("person"), QStringLiteral("category_membership"),
                                            QStringLiteral("village")};
        if (ChangeNotifier::concerns(tables, shown))
            reload();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("agendaRangeCombo"));
    m_range->addItem(tr("Overdue"), int(VisitRepository::Range::Overdue));
    m_range->addItem(tr("Today"), int(VisitRepository::Range::Today));
    m_range->addItem(tr("This week"), int(VisitRepository::Range::Week));
    m_mine = new QCheckBox(tr("Only my visits"), this);
    m_mine->setObjectName(QStringLiteral("onlyMineCheck"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("agendaCounts"));
    top->addWidget(m_range);
    top->addWidget(m_mine);
    top->addWidget(m_counts, 1);
    layout->addLayout(top);
    m_model = new AgendaModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("agendaTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("&Record visit…"), this);
    m_record->setObjectName(QStringLiteral("recordVisitButton"));
    m_missed = new QPushButton(tr("Did &not happen…"), this);
    m_missed->setObjectName(QStringLiteral("missedVisitButton"));
    auto *print = new QPushButton(tr("&Print visit list…"), this);
    print->setObjectName(QStringLiteral("printVisitListButton"));
    print->setToolTip(tr("The visits due in one village in the next two weeks, as a PDF to print and take along."));
    buttons->addWidget(m_record);
    buttons->addWidget(m_missed);
    buttons->addStretch(1);
    buttons->addWidget(print);
    layout->addLayout(buttons);

    // Category reviews due soon (for example the yearly review of 低保; 刚性支出困难 before its 12 months end).
    auto *reviewHeader = new QHBoxLayout;
    m_reviewTitle = new QLabel(this);
    QFont bold = m_reviewTitle->font();
    bold.setBold(true);
    m_reviewTitle->setFont(bold);
    reviewHeader->addWidget(m_reviewTitle, 1);
    m_reviewDone = new QPushButton(tr("Re&view done…"), this);
    m_reviewDone->setObjectName(QStringLiteral("reviewDoneButton"));
    reviewHeader->addWidget(m_reviewDone);
    layout->addLayout(reviewHeader);
    m_reviews = new QTableWidget(0, 4, this);
    m_reviews->setObjectName(QStringLiteral("reviewTable"));
    m_reviews->setHorizontalHeaderLabels({tr("Review due"), tr("Head of household"), tr("Village"), tr("Category")});
    m_reviews->verticalHeader()->hide();
    m_reviews->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reviews->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reviews->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reviews->horizontalHeader()->setStretchLastSection(true);
    m_reviews->setAlternatingRowColors(true);
    layout->addWidget(m_reviews, 1);
    connect(m_reviewDone, &QPushButton::clicked, this, &AgendaView::completeReview);
    connect(print, &QPushButton::clicked, this, &AgendaView::printVisitList);
    connect(m_reviews, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_reviews->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit openHousehold(m_reviews->item(rows.first().row(), 1)->data(Qt::UserRole).toString());
    });

    connect(m_range, &QComboBox::currentIndexChanged, this, &AgendaView::reload);
    connect(m_mine, &QCheckBox::toggled, this, &AgendaView::reload);
    connect(m_record, &QPushButton::clicked, this, &AgendaView::recordVisit);
    connect(m_missed, &QPushButton::clicked, this, &AgendaView::markMissed);
    connect(m_view, &QTableView::doubleClicked, this, &AgendaView::recordVisit);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const AgendaItem *item = m_model->itemAt(current.row()))
                    emit openHousehold(item->householdId);
            });
    reload();
}

AgendaView::~AgendaView() = default;

void AgendaView::reload()
{
    const QDate today = m_casebook.clock().today();
    const QString me = m_mine->isChecked() && m_casebook.user() ? m_casebook.user()->id : QString();
    auto count = [&](VisitRepository::Range r) {
        auto n = m_visits->agendaCount(r, today, me);
        return n ? *n : 0;
    };
    m_overdue = count(VisitRepository::Range::Overdue);
    const int dueToday = count(VisitRepository::Range::Today);
    const int week = count(VisitRepository::Range::Week);
    m_counts->setText(tr("%1 overdue · %2 today · %3 this week").arg(m_overdue).arg(dueToday).arg(week));
    auto items = m_visits->agenda(VisitRepository::Range(m_range->currentData().toInt()), today, me);
    m_model->setItems(items ? *items : QList<AgendaItem>(), today);
    m_view->resizeColumnsToContents();

    auto reviews = HouseholdRepository(m_casebook).reviewsDue(today.addDays(30));
    const QList<ReviewDue> list = reviews ? *reviews : QList<ReviewDue>();
    int overdueReviews = 0;
    m_reviews->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const ReviewDue &d = list.at(r);
        const bool late = d.reviewOn < today;
        overdueReviews += late ? 1 : 0;
        auto *due =
            new QTableWidgetItem(late ? tr("%1 (overdue)").arg(Labels::date(d.reviewOn)) : Labels::date(d.reviewOn));
        due->setData(Qt::UserRole, d.membershipId);
        if (late)
            due->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_reviews->setItem(r, 0, due);
        auto *head = new QTableWidgetItem(d.headName);
        head->setData(Qt::UserRole, d.householdId);
        m_reviews->setItem(r, 1, head);
        m_reviews->setItem(r, 2, new QTableWidgetItem(d.village));
        m_reviews->setItem(r, 3, new QTableWidgetItem(Labels::label(Labels::categories(), d.category)));
    }
    m_reviews->resizeColumnsToContents();
    m_reviewTitle->setText(
        tr("Category reviews due in the next 30 days: %1 (%2 overdue)").arg(list.size()).arg(overdueReviews));
    m_reviewDone->setEnabled(!list.isEmpty());
    emit countsChanged(m_overdue, dueToday, week);
}

QString AgendaView::selectedVisit() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    const AgendaItem *item = rows.isEmpty() ? nullptr : m_model->itemAt(rows.first().row());
    return item ? item->visitId : QString();
}

void AgendaView::recordVisit()
{
    const QString id = selectedVisit();
    if (id.isEmpty())
        return;
    const auto rows = m_view->selectionModel()->selectedRows();
    const AgendaItem *item = m_model->itemAt(rows.first().row());
    const QString household = item->householdId;
    const QString who = item->village.isEmpty() ? tr("%1's household").arg(item->headName)
                                                : tr("%1's household · %2").arg(item->headName, item->village);
    RecordVisitDialog dialog(*m_visits, id, m_casebook.clock().today(), who, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit householdChanged(household);
}

void AgendaView::markMissed()
{
    const QString id = selectedVisit();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Visit did not happen"), tr("Why (for example: nobody at home)?"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto r = m_visits->markMissed(id, reason);
    if (!r) {
        QMessageBox::warning(this, tr("Not saved"), r.message());
        return;
    }
    reload();
}

void AgendaView::completeReview()
{
    const auto rows = m_reviews->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString membership = m_reviews->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
    const QString household = m_reviews->item(rows.first().row(), 1)->data(Qt::UserRole).toString();
    const QDate today = m_casebook.clock().today();
    QDialog ask(this);
    ask.setWindowTitle(tr("Category review done"));
    auto *form = new QFormLayout(&ask);
    form->addRow(new QLabel(tr("The review of %1's household was done today. When is the next one due?")
                                .arg(m_reviews->item(rows.first().row(), 1)->text()),
                            &ask));
    auto *next = new QDateEdit(today.addYears(1), &ask);
    next->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    next->setCalendarPopup(true);
    next->setMinimumDate(today.addDays(1));
    auto *none = new QCheckBox(tr("No further review (the category is ending)"), &ask);
    connect(none, &QCheckBox::toggled, next, &QWidget::setDisabled);
    form->addRow(tr("&Next review:"), next);
    form->addRow(none);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (auto r = HouseholdRepository(m_casebook).completeReview(membership, none->isChecked() ? QDate() : next->date());
        !r) {
        QMessageBox::warning(this, tr("Not saved"), r.message());
        return;
    }
    reload();
    emit householdChanged(household);
}

void AgendaView::printVisitList()
{
    auto villages = HouseholdRepository(m_casebook).villages();
    if (!villages || villages->isEmpty()) {
        QMessageBox::information(this, tr("Visit list"), tr("The casebook has no villages to print a list for."));
        return;
    }
    // The village of the selected visit comes first.
    QStringList names;
    int current = 0;
    const auto rows = m_view->selectionModel()->selectedRows();
    const AgendaItem *item = rows.isEmpty() ? nullptr : m_model->itemAt(rows.first().row());
    for (int i = 0; i < villages->size(); ++i) {
        names << villages->at(i).name;
        if (item && villages->at(i).name == item->village)
            current = i;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Visit list"), tr("Visits due in the next two weeks in:"),
                                                 names, current, false, &ok);
    if (!ok)
        return;
    const Village village = villages->at(names.indexOf(chosen));
    auto html = VisitList::html(m_casebook, village.id, m_casebook.clock().today().addDays(14));
    if (!html) {
        QMessageBox::warning(this, tr("Visit list"), html.message());
        return;
    }
    const QString path =
        FormParts::askSavePath(this, tr("Save the visit list"),
                               tr("Visit list %1 %2.pdf").arg(village.name, Labels::date(m_casebook.clock().today())),
                               tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = PdfDocument::write(*html, path, tr("Visit list: %1").arg(village.name),
                                    PdfDocument::Orientation::Landscape);
        !r)
        QMessageBox::warning(this, tr("Visit list"), r.message());
}

void AgendaView::configureVisitPlan()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Visit plan"));
    auto *form = new QFormLayout(&ask);
    auto *priority = new QSpinBox(&ask);
    const StationSettings settings(m_casebook);
    const auto &bounds = StationSettings::spec(StationSettings::Key::VisitMonthsRegular);
    priority->setRange(bounds.min, bounds.max);
    priority->setSuffix(tr(" month(s)"));
    priority->setValue(settings.visitMonthsPriority());
    auto *regular = new QSpinBox(&ask);
    regular->setRange(bounds.min, bounds.max);
    regular->setSuffix(tr(" month(s)"));
    regular->setValue(settings.visitMonthsRegular());
    auto *hint = new QLabel(tr("Priority: elderly people who cannot fully care for themselves and seriously ill "
                               "members. The next visit is planned this long after each visit."),
                            &ask);
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(tr("&Priority households, every:"), priority);
    form->addRow(tr("&Other households, every:"), regular);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (auto r = StationSettings::setVisitPlan(m_casebook, priority->value(), regular->value()); !r)
        QMessageBox::warning(this, tr("Not saved"), r.message());
}

} // namespace xianjie
