#include "ConsentPolicy.h"

#include "rules/Labels.h"
#include "rules/Validation.h"

namespace xianjie {

bool ConsentPolicy::needsGuardian(const Person &person, const QDate &on)
{
    const int age = person.ageOn(on);
    return person.lacksCapacity || (age >= 0 && age < kGuardianAge);
}

bool ConsentPolicy::isSensitive(const QString &item, const Person &person, const QDate &on)
{
    const int age = person.ageOn(on);
    return Labels::isSensitiveItem(item) || (age >= 0 && age < kGuardianAge);
}

Result<void> ConsentPolicy::check(const Consent &c, const QList<Person> &members, const QDate &today)
{
    auto invalid = [](const QString &message) {
        return makeError(Error::Kind::Invalid, message);
    };
    if (c.consenterName.trimmed().isEmpty())
        return invalid(tr("Enter the name of the person who gives consent."));
    if (c.orgId.isEmpty())
        return invalid(tr("Choose the charity the data may be given to."));
    if (!Labels::contains(Labels::needTypes(), c.purpose))
        return invalid(tr("Choose the purpose: the kind of help the data is shared to obtain."));
    if (c.items.isEmpty())
        return invalid(tr("Tick each data item the person agrees to share."));
    for (const QString &item : c.items)
        if (!Labels::contains(Labels::consentItems(), item))
            return invalid(tr("\"%1\" is not a data item the casebook knows.").arg(item));
    if (c.retentionMonths < 1 || c.retentionMonths > 120)
        return invalid(tr("The charity may keep the data for 1 to 120 months."));
    if (!Labels::contains(Labels::consentMethods(), c.method))
        return invalid(tr("Say how the consent was given."));
    if (c.method == QLatin1String("verbal_witnessed") && c.verbalWitness.trimmed().isEmpty())
        return invalid(tr("A verbal consent needs the name of a witness."));
    if (c.noticeVersion.trimmed().isEmpty())
        return invalid(tr("Enter the version of the notice the person was shown."));
    if (!c.grantedOn.isValid())
        return invalid(tr("Enter the date the consent was given."));
    if (c.grantedOn > today)
        return invalid(tr("A consent is recorded once it has been given; the date is in the future."));
    if (!c.expiresOn.isValid() || c.expiresOn <= c.grantedOn)
        return invalid(tr("The consent must expire after the day it was given."));
    if (c.members.isEmpty())
        return invalid(tr("Choose whose data the consent covers."));

    bool guardianNeeded = false;
    for (const ConsentMember &m : c.members) {
        const Person *person = nullptr;
        for (const Person &p : members)
            if (p.id == m.personId)
                person = &p;
        if (!person)
            return invalid(tr("Consent covers members of this household only."));
        const QString who = Validation::maskName(person->name);
        if (needsGuardian(*person, c.grantedOn)) {
            if (m.basis != QLatin1String("guardian"))
                return invalid(person->lacksCapacity
                                   ? tr("%1 has no legal capacity: a guardian must consent for them.").arg(who)
                                   : tr("%1 is under 14: a guardian must consent for them.").arg(who));
            if (c.consenterPersonId == person->id)
                return invalid(tr("%1 cannot be their own guardian.").arg(who));
            guardianNeeded = true;
        } else {
            if (m.basis != QLatin1String("self") || c.consenterPersonId != person->id)
                return invalid(tr("%1 is an adult and decides for themselves: record their own consent.").arg(who));
        }
    }
    if (guardianNeeded) {
        if (c.guardianIdNumber.trimmed().isEmpty())
            return invalid(tr("Enter the guardian's resident ID number."));
        auto id = Validation::residentId(c.guardianIdNumber, today);
        if (!id)
            return id.error();
        if (c.guardianRelation.trimmed().isEmpty())
            return invalid(tr("Enter the guardian's relation to the person."));
    }
    return {};
}

QString ConsentPolicy::whyUnusable(const Consent &c, const QDate &day)
{
    if (c.isWithdrawn())
        return tr("the consent was withdrawn on %1").arg(c.withdrawnOn.toString(Qt::ISODate));
    if (c.grantedOn > day)
        return tr("the consent was given only on %1").arg(c.grantedOn.toString(Qt::ISODate));
    if (c.expiresOn < day)
        return tr("the consent expired on %1").arg(c.expiresOn.toString(Qt::ISODate));
    return {};
}

} // namespace xianjie
