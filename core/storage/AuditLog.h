#pragma once

#include "Result.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVariantMap>

namespace xianjie {

class Casebook;

/** One entry of the audit log. */
struct AuditEntry
{
    qint64 seq = 0;
    QString id;
    QString stationId;
    QString at; ///< HLC stamp
    QString userId;
    QString userName; ///< display name, filled in by entries()
    QString action;
    QString table;
    QString recordId;
    QString before; ///< JSON object of the fields before the change
    QString after;  ///< JSON object of the fields after it
    QString note;
    QString prevHash;
    QString hash;
    /** What the record is known by: "#12 王秀英" for a household's records, a user's or organisation's name
     * (filled in by entries(), not stored, not hashed). */
    QString subject;
};

/**
 * Who did what and when: every change (before and after), every login, reveal, export and print. Each entry
 * carries the SHA-256 of its content and of the entry before it, so changing, removing or reordering any entry
 * breaks the chain at that point, and `xianjie-cli check` names it. The table also refuses UPDATE and DELETE.
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::AuditLog)

public:
    struct Filter
    {
        QString userId;
        QString action;
        QString recordId;
        QDate from;
        QDate to;
        int limit = 1000;
    };

    /** Appends an entry for the signed-in user, in the caller's transaction. */
    static Result<void> append(Casebook &casebook, const QString &action, const QString &table = {},
                               const QString &recordId = {}, const QVariantMap &before = {},
                               const QVariantMap &after = {}, const QString &note = {});
    static QString computeHash(const AuditEntry &entry);
    /** An entry as a bundle carries it and the county keeps it: its stored fields in order, as CBOR. */
    static QCborArray toCbor(const AuditEntry &entry);
    static AuditEntry fromCbor(const QCborArray &fields);
    /** Empty when the chain holds; otherwise a sentence naming the first entry where it breaks. */
    static Result<QString> verify(const QSqlDatabase &db);
    /** County: the same for every station's log as kept from its bundles; one sentence per broken station. */
    static Result<QStringList> verifyStations(const QSqlDatabase &db);
    /** Newest first. */
    static Result<QList<AuditEntry>> entries(const QSqlDatabase &db, const Filter &filter);
    /** Every entry after @p seq, oldest first (what a bundle to the county carries). */
    static Result<QList<AuditEntry>> entriesAfter(const QSqlDatabase &db, qint64 seq);
    /**
     * County: a station's audit log as it arrived in the station's bundles (each entry's hash and the chain were
     * checked on arrival), newest first, filtered like entries().
     */
    static Result<QList<AuditEntry>> stationEntries(const QSqlDatabase &db, const QString &stationId,
                                                    const Filter &filter);
    static QString actionLabel(const QString &action);
    static QStringList actions();
};

} // namespace xianjie
