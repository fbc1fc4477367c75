#pragma once

#include "Result.h"
#include "io/TableWriter.h"
#include "storage/HouseholdQuery.h"
#include "storage/ReferralRepository.h"

#include <QCoreApplication>
#include <functional>

namespace xianjie {

class Casebook;

/**
 * The lists the station keeps, exported for superiors and for Excel: households with their members, referrals,
 * visits and the help ledger, each filtered as the list on screen is. Masked by default as lists are (ID numbers and
 * phones partly hidden, health, disability and self-care hidden, a child under 14 shown by a masked name and age
 * only); unmasked only for a role allowed to (Action::ExportUnmasked) and only when asked. Every export is written to
 * the audit log with what it held. Reads on the caller's connection: run it on a worker thread for large lists.
 */
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::ListExport)

public:
    enum class List
    {
        Households,
        Referrals,
        Visits,
        Assistance
    };
    struct Options
    {
        List list = List::Households;
        QString path;
        TableWriter::Format format = TableWriter::Format::Xlsx;
        bool unmasked = false;
        HouseholdQuery::Request households; ///< the household list's search, filter and order
        ReferralRepository::Filter referrals;
        QString villageId; ///< visits and help: one village
        QDate from;        ///< visits (by due date) and help (by period start): from, to; null: all
        QDate to;
    };
    struct Outcome
    {
        qint64 rows = 0;
        qint64 households = 0;
        QString path;
    };
    /** Called now and then with rows done and rows in all; returning false stops the export, leaving no file. */
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<Outcome> run(Casebook &casebook, const Options &options, const Progress &progress = {});
    static QString listLabel(List list);
    static std::optional<List> listFromCode(const QString &code);
};

} // namespace xianjie
