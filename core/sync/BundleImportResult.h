#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace xianjie {

/**
 * What became of one bundle at import, and its wording: the CLI, the Sync tab and the county server all say it
 * the same way.
 */
class BundleImportResult
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::BundleImportResult)

public:
    enum class Outcome
    {
        Applied,
        AlreadyHad,
        Held,
        Refused
    };
    static QString outcomeLabel(Outcome outcome);
    /** Why a bundle was refused, for the server's status code; the words are in reason. */
    enum class Refusal
    {
        Invalid,  ///< damaged, wrongly signed, out of turn, not for this casebook
        IdReused, ///< a different bundle with the same id was applied before
        Busy      ///< the casebook was busy in another program: nothing was applied, try again
    };

    Outcome outcome = Outcome::Refused;
    QString file; ///< set by BundleImporter::importFiles
    QString bundleId;
    QString station; ///< the station's name and code (upstream) or the county's name (downstream)
    qint64 seqFrom = 0;
    int ops = 0;
    int conflicts = 0;
    int flagged = 0;
    int alerts = 0;
    int acknowledged = 0;
    int heldApplied = 0;     ///< bundles held earlier for a gap that this one filled, applied after it
    QStringList heldRefused; ///< why bundles held earlier were refused when their turn came
    QString reason;          ///< for held and refused bundles, in words
    Refusal refusal = Refusal::Invalid;
    qint64 missingFrom = 0; ///< held: the first change of the sender that has not arrived
    qint64 missingTo = 0;   ///< held: the last one

    /** One sentence: "applied, 120 changes from …", "already applied before; nothing changed", or why not. */
    QString summary() const;
    /** What an applied bundle also did, a sentence each (to review, flagged, alerts, acknowledged). */
    QStringList notes() const;
    /** The notes of an applied bundle on one line, or the reason it was held or refused. */
    QString details() const;

    /** A folder's or drive's import, summed up in one sentence for a status line or a dialog. */
    static QString summarize(const QList<BundleImportResult> &results, int files);
};

} // namespace xianjie
