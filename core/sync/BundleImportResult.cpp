#include "BundleImportResult.h"

namespace xianjie {

QString BundleImportResult::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return tr("Applied");
    case Outcome::AlreadyHad:
        return tr("Already had");
    case Outcome::Held:
        return tr("Held");
    case Outcome::Refused:
        return tr("Refused");
    }
    return {};
}

QString BundleImportResult::summary() const
{
    switch (outcome) {
    case Outcome::Applied:
        return tr("applied, %1 changes from %2.").arg(ops).arg(station);
    case Outcome::AlreadyHad:
        return tr("already applied before; nothing changed.");
    case Outcome::Held:
        return reason;
    case Outcome::Refused:
        return tr("refused: %1").arg(reason);
    }
    return {};
}

QStringList BundleImportResult::notes() const
{
    QStringList notes;
    if (outcome != Outcome::Applied)
        return notes;
    if (conflicts > 0)
        notes << tr("%n field(s) changed on both sides are in the review queue.", nullptr, conflicts);
    if (flagged > 0)
        notes << tr("%n change(s) are dated more than a day ahead and were flagged for review.", nullptr, flagged);
    if (alerts > 0)
        notes << tr("%n new alert(s); the Sync tab lists them.", nullptr, alerts);
    if (heldApplied > 0)
        notes << tr("%n bundle(s) held earlier for this gap were applied after it.", nullptr, heldApplied);
    for (const QString &why : heldRefused)
        notes << tr("A bundle held earlier was refused now that its turn came: %1").arg(why);
    if (acknowledged > 0)
        notes << tr("The county acknowledged %n bundle(s); their changes left the outbox.", nullptr, acknowledged);
    return notes;
}

QString BundleImportResult::details() const
{
    return outcome == Outcome::Applied || outcome == Outcome::AlreadyHad ? notes().join(QLatin1Char(' ')) : reason;
}

QString BundleImportResult::summarize(const QList<BundleImportResult> &results, int files)
{
    int applied = 0;
    int trouble = 0;
    for (const BundleImportResult &r : results) {
        if (r.outcome == Outcome::Applied)
            ++applied;
        else if (r.outcome != Outcome::AlreadyHad)
            ++trouble;
    }
    QString summary = tr("%1 of %2 files applied; %3 held or refused.").arg(applied).arg(files).arg(trouble);
    if (const int skipped = files - int(results.size()); skipped > 0)
        summary += QLatin1Char(' ') + tr("Stopped: %n file(s) not imported.", nullptr, skipped);
    return summary;
}

} // namespace xianjie
