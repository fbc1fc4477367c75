#include "HouseholdListModel.h"

#include "HouseholdQueryWorker.h"
#include "rules/Labels.h"
#include "rules/Validation.h"
#include "sync/Hlc.h"

#include <QBrush>
#include <QPalette>
#include <algorithm>

namespace xianjie {

HouseholdListModel::HouseholdListModel(const QString &casebookPath, const QDate &today, QObject *parent)
    : QAbstractTableModel(parent), m_today(today)
{
    qRegisterMetaType<xianjie::HouseholdRow>();
    qRegisterMetaType<QList<xianjie::HouseholdRow>>();
    qRegisterMetaType<xianjie::HouseholdQuery::Request>();
    qRegisterMetaType<xianjie::HouseholdQuery::After>();
    m_worker = new HouseholdQueryWorker(casebookPath, m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &HouseholdListModel::requestFetch, m_worker, &HouseholdQueryWorker::fetch);
    connect(m_worker, &HouseholdQueryWorker::pageReady, this, &HouseholdListModel::onPage);
    connect(m_worker, &HouseholdQueryWorker::countReady, this, &HouseholdListModel::onCount);
    connect(m_worker, &HouseholdQueryWorker::failed, this, [this](int generation, const QString &message) {
        if (generation != m_generation)
            return;
        m_pending = false;
        m_allAsked = false; // the user is told it failed; a later scroll does not bring the whole list
        emit loadFailed(message);
    });
    m_thread.setObjectName(QStringLiteral("household-list"));
    m_thread.start();
    request({}, kPageSize, true);
}

HouseholdListModel::~HouseholdListModel()
{
    m_latest->store(INT_MAX); // queued requests are skipped
    m_thread.quit();
    m_thread.wait();
}

void HouseholdListModel::request(const HouseholdQuery::After &after, int limit, bool withCount)
{
    m_pending = true;
    m_latest->store(m_generation);
    emit requestFetch(m_generation, m_request, after, limit, withCount, m_today);
}

HouseholdQuery::After HouseholdListModel::afterLast() const
{
    if (m_rows.isEmpty())
        return {};
    return {m_rows.last().sortKey, m_rows.last().rid};
}

int HouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HouseholdRow &r = m_rows.at(index.row());
    switch (role) {
    case HouseholdIdRole:
        return r.id;
    case ClosedRole:
        return r.status != QLatin1String("active");
    case Qt::ForegroundRole:
        if (r.status != QLatin1String("active"))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Head && !r.matchedMember.isEmpty())
            return tr("Found through the member %1.").arg(r.matchedMember);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Members)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Number:
            return r.rid;
        case Head:
            // Found through a member, not the head: say whom, so the worker sees why this household is listed.
            return r.matchedMember.isEmpty() ? r.headName : tr("%1 (member: %2)").arg(r.headName, r.matchedMember);
        case IdNumber:
            return Validation::maskResidentId(r.headIdNumber);
        case Village:
            return r.village;
        case Categories: {
            QStringList labels;
            const auto entries = Labels::categoriesShort();
            for (const QString &c : r.categories)
                labels << Labels::label(entries, c);
            return labels.join(tr(", "));
        }
        case Members:
            return r.members;
        case Status:
            if (r.status == QLatin1String("archived"))
                return tr("Archived");
            return r.status == QLatin1String("closed") ? tr("Closed") : tr("Active");
        case LastChange:
            return Labels::dateTime(Hlc::toDateTime(r.updatedAt));
        case Station:
            return r.station;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("No.");
    case Head:
        return tr("Head of household");
    case IdNumber:
        return tr("ID number");
    case Village:
        return tr("Village");
    case Categories:
        return tr("Categories");
    case Members:
        return tr("Members");
    case Status:
        return tr("Status");
    case LastChange:
        return tr("Last change");
    case Station:
        return tr("Station");
    case ColumnCount:
        break;
    }
    return {};
}

bool HouseholdListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_pending;
}

void HouseholdListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(afterLast(), kPageSize, false);
}

void HouseholdListModel::fetchAll()
{
    if (!m_more)
        return;
    // A page already on its way (a scroll, a view asking for more) comes first; the rest is asked for after it,
    // so that Ctrl+End at that moment is not lost.
    if (m_pending) {
        m_allAsked = true;
        return;
    }
    m_allAsked = false;
    // The rest in one go: at 100,000 households a few seconds on the worker thread, and Ctrl+End then means the end.
    const qint64 rest = m_total > 0 ? m_total - m_rows.size() : 1000000;
    request(afterLast(), int(std::clamp<qint64>(rest + kPageSize, kPageSize, 2000000)), false);
}

void HouseholdListModel::setFilter(const HouseholdQuery::Filter &filter)
{
    const HouseholdQuery::Filter &f = m_request.filter;
    if (f.villageId == filter.villageId && f.category == filter.category && f.status == filter.status &&
        f.stationId == filter.stationId)
        return;
    m_request.filter = filter;
    restart();
}

void HouseholdListModel::sort(int column, Qt::SortOrder order)
{
    HouseholdQuery::Order o;
    o.descending = order == Qt::DescendingOrder;
    switch (Column(column)) {
    case Head:
        o.by = HouseholdQuery::Sort::Head;
        break;
    case Village:
        o.by = HouseholdQuery::Sort::Village;
        break;
    case Members:
        o.by = HouseholdQuery::Sort::Members;
        break;
    case Status:
        o.by = HouseholdQuery::Sort::Status;
        break;
    case LastChange:
        o.by = HouseholdQuery::Sort::LastChange;
        break;
    case Station:
        o.by = HouseholdQuery::Sort::Station;
        break;
    default: // number; ID numbers and categories are not an order anyone looks for
        o.by = HouseholdQuery::Sort::Number;
        break;
    }
    if (o.by == m_request.order.by && o.descending == m_request.order.descending && !m_rows.isEmpty())
        return;
    m_request.order = o;
    restart();
}

void HouseholdListModel::restart()
{
    ++m_generation;
    m_refreshing = false;
    m_allAsked = false;
    m_total = -1;
    beginResetModel();
    m_rows.clear();
    m_more = false;
    endResetModel();
    emit totalCountChanged(-1);
    request({}, kPageSize, true);
}

void HouseholdListModel::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_request.query && !m_rows.isEmpty())
        return;
    m_request.query = trimmed;
    restart();
}

void HouseholdListModel::refresh()
{
    ++m_generation;
    m_refreshing = true;
    request({}, std::max(kPageSize, int(m_rows.size())), true);
}

void HouseholdListModel::onPage(int generation, const QList<HouseholdRow> &rows, bool more, qint64 afterRid)
{
    if (generation != m_generation)
        return;
    m_pending = false;
    if (m_refreshing) {
        m_refreshing = false;
        bool sameRows = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
            sameRows = rows.at(i).rid == m_rows.at(i).rid;
        if (sameRows) {
            m_rows = rows;
            m_more = more;
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        } else {
            beginResetModel();
            m_rows = rows;
            m_more = more;
            endResetModel();
        }
        emit pageLoaded();
        if (m_allAsked)
            fetchAll();
        return;
    }
    const qint64 last = afterLast().rid;
    if (afterRid == last) { // else a page for a position the list has already moved past
        m_more = more;
        if (!rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
            m_rows += rows;
            endInsertRows();
        }
        emit pageLoaded();
    }
    if (m_allAsked)
        fetchAll();
}

void HouseholdListModel::onCount(int generation, qint64 count)
{
    if (generation != m_generation)
        return;
    m_total = count;
    emit totalCountChanged(count);
}

int HouseholdListModel::rowOfHousehold(const QString &householdId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == householdId)
            return int(i);
    return -1;
}

QString HouseholdListModel::householdIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace xianjie
