#include "Timeline.h"

#include "AssistanceRepository.h"
#include "Casebook.h"
#include "ConsentRepository.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "NeedRepository.h"
#include "ReferralRepository.h"
#include "VisitRepository.h"
#include "rules/Labels.h"
#include "rules/Masking.h"
#include "sync/Hlc.h"

#include <algorithm>

namespace xianjie {

QStringList Timeline::kinds()
{
    return {QStringLiteral("household"), QStringLiteral("category"), QStringLiteral("need"),
            QStringLiteral("consent"),   QStringLiteral("referral"), QStringLiteral("visit"),
            QStringLiteral("assistance")};
}

QString Timeline::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("household"))
        return tr("Household");
    if (kind == QLatin1String("category"))
        return tr("Categories");
    if (kind == QLatin1String("visit"))
        return tr("Visits");
    if (kind == QLatin1String("assistance"))
        return tr("Help received");
    if (kind == QLatin1String("need"))
        return tr("Needs");
    if (kind == QLatin1String("consent"))
        return tr("Consents");
    if (kind == QLatin1String("referral"))
        return tr("Referrals");
    return kind;
}

Result<QList<TimelineEvent>> Timeline::forHousehold(Casebook &casebook, const QString &householdId,
                                                    const QStringList &kindsIn)
{
    const QStringList wanted = kindsIn.isEmpty() ? kinds() : kindsIn;
    QList<TimelineEvent> events;
    HouseholdRepository households(casebook);
    auto h = households.household(householdId);
    if (!h)
        return h.error();
    if (wanted.contains(QStringLiteral("household"))) {
        events << TimelineEvent{Hlc::toDateTime(h->createdAt).toLocalTime().date(),
                                QStringLiteral("household"),
                                tr("Registered"),
                                h->address,
                                {},
                                householdId};
        if (h->isClosed())
            events << TimelineEvent{
                h->closedOn, QStringLiteral("household"), tr("Closed"), h->closedReason, {}, householdId, true};
        // Members added (the head came with the registration); a child's name masked, as in the members table.
        auto added =
            Database::exec(casebook.db(),
                           QStringLiteral("SELECT name, relation, birth_date, created_at, id FROM person WHERE "
                                          "household_id = ? AND relation <> 'self' AND deleted = 0"),
                           {householdId});
        if (!added)
            return added.error();
        const QDate today = casebook.clock().today();
        while (added->next()) {
            Person p;
            p.name = added->value(0).toString();
            p.birthDate = QDate::fromString(added->value(2).toString(), Qt::ISODate);
            events << TimelineEvent{Hlc::toDateTime(added->value(3).toString()).toLocalTime().date(),
                                    QStringLiteral("household"),
                                    tr("Member added: %1 (%2)")
                                        .arg(Masking::name(p, today, false),
                                             Labels::label(Labels::relations(), added->value(1).toString())),
                                    QString(),
                                    {},
                                    added->value(4).toString()};
        }
    }
    if (wanted.contains(QStringLiteral("category"))) {
        auto categories = households.categories(householdId);
        if (!categories)
            return categories.error();
        for (const CategoryMembership &c : *categories) {
            const QString name = Labels::label(Labels::categories(), c.category);
            events << TimelineEvent{c.startDate, QStringLiteral("category"), tr("%1 started").arg(name), QString(), {},
                                    c.id};
            if (c.endDate.isValid() && c.endDate <= casebook.clock().today())
                events << TimelineEvent{
                    c.endDate, QStringLiteral("category"), tr("%1 ended").arg(name), QString(), {}, c.id, true};
        }
    }
    if (wanted.contains(QStringLiteral("visit"))) {
        auto visits = VisitRepository(casebook).visits(householdId);
        if (!visits)
            return visits.error();
        for (const Visit &v : *visits) {
            if (v.status == QLatin1String("done"))
                events << TimelineEvent{v.doneOn,
                                        QStringLiteral("visit"),
                                        v.amendsId.isEmpty() ? tr("Visit") : tr("Visit (amended)"),
                                        v.findings,
                                        {},
                                        v.id,
                                        v.amendsId.isEmpty()};
            else if (v.status == QLatin1String("missed"))
                events << TimelineEvent{
                    v.doneOn, QStringLiteral("visit"), tr("Visit did not happen"), v.findings, {}, v.id, true};
            else
                events << TimelineEvent{v.dueOn, QStringLiteral("visit"), tr("Visit due"), v.purpose, {}, v.id};
        }
    }
    if (wanted.contains(QStringLiteral("assistance"))) {
        auto ledger = AssistanceRepository(casebook).ledger(householdId);
        if (!ledger)
            return ledger.error();
        for (const Assistance &a : *ledger) {
            const QString from = a.source == QLatin1String("charity") ? a.organisation : tr("government");
            const QString amount =
                a.amountFen >= 0 ? tr("%1 yuan").arg(QString::number(double(a.amountFen) / 100.0, 'f', 2)) : QString();
            events << TimelineEvent{
                a.periodStart, QStringLiteral("assistance"), tr("Help from %1: %2").arg(from, a.programme), amount, {},
                a.id};
        }
    }
    if (wanted.contains(QStringLiteral("need"))) {
        auto needs = NeedRepository(casebook).needs(householdId);
        if (!needs)
            return needs.error();
        for (const Need &n : *needs) {
            const QString kind = Labels::label(Labels::needTypes(), n.needType);
            events << TimelineEvent{
                n.identifiedOn, QStringLiteral("need"), tr("Need: %1").arg(kind), n.description, {}, n.id};
            if (n.closedOn.isValid())
                events << TimelineEvent{n.closedOn,
                                        QStringLiteral("need"),
                                        tr("Need %1: %2").arg(Labels::label(Labels::needStatuses(), n.status), kind),
                                        QString(),
                                        {},
                                        n.id,
                                        true};
        }
    }
    if (wanted.contains(QStringLiteral("consent"))) {
        auto consents = ConsentRepository(casebook).consents(householdId);
        if (!consents)
            return consents.error();
        for (const Consent &c : *consents) {
            const QString to = c.projectName.isEmpty() ? c.orgName : tr("%1 (%2)").arg(c.orgName, c.projectName);
            events << TimelineEvent{
                c.grantedOn,
                QStringLiteral("consent"),
                tr("Consent to share with %1").arg(to),
                tr("given by %1, valid until %2").arg(c.consenterName, c.expiresOn.toString(Qt::ISODate)),
                {},
                c.id};
            if (c.isWithdrawn())
                events << TimelineEvent{
                    c.withdrawnOn, QStringLiteral("consent"), tr("Consent withdrawn"), c.withdrawalMethod, {}, c.id,
                    true};
        }
    }
    if (wanted.contains(QStringLiteral("referral"))) {
        ReferralRepository referrals(casebook);
        ReferralRepository::Filter filter;
        filter.householdId = householdId;
        auto list = referrals.referrals(filter);
        if (!list)
            return list.error();
        for (const Referral &r : *list) {
            auto events_ = referrals.events(r.id);
            if (!events_)
                return events_.error();
            const Labels::Entries &statuses = r.toCharity() ? Labels::referralStatuses() : Labels::leadStatuses();
            for (const ReferralEvent &e : *events_)
                events << TimelineEvent{
                    e.on,
                    QStringLiteral("referral"),
                    tr("Referral %1 to %2: %3").arg(r.number, r.orgName, Labels::label(statuses, e.toStatus)),
                    e.note,
                    e.userName,
                    r.id};
        }
    }
    // Who: the user of the record's first audit entry (its creation) or of its latest one (a later change).
    QStringList ids;
    for (const TimelineEvent &e : std::as_const(events))
        if (e.who.isEmpty() && !e.recordId.isEmpty())
            ids << e.recordId;
    ids.removeDuplicates();
    QHash<QString, std::pair<QString, QString>> byRecord; // record → (creator, last changer)
    for (qsizetype from = 0; from < ids.size(); from += 400) {
        const QStringList chunk = ids.mid(from, 400);
        QVariantList values;
        for (const QString &id : chunk)
            values << id;
        auto q = Database::exec(
            casebook.db(),
            QStringLiteral("SELECT a.record_id, coalesce(u.display_name, '') FROM audit_log a LEFT JOIN user u ON "
                           "u.id = a.user_id WHERE a.record_id IN (%1) AND a.action IN ('insert', 'update') ORDER BY "
                           "a.seq")
                .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))),
            values);
        if (!q)
            return q.error();
        while (q->next()) {
            auto &pair = byRecord[q->value(0).toString()];
            if (pair.first.isEmpty())
                pair.first = q->value(1).toString();
            pair.second = q->value(1).toString();
        }
    }
    for (TimelineEvent &e : events)
        if (e.who.isEmpty() && byRecord.contains(e.recordId))
            e.who = e.change ? byRecord.value(e.recordId).second : byRecord.value(e.recordId).first;
    // Newest first, and within one day the last thing done first.
    std::reverse(events.begin(), events.end());
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.date > b.date; });
    return events;
}

} // namespace xianjie
