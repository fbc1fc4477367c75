#include "StationSettings.h"

#include "rules/InactivityPolicy.h"
#include "rules/ReferralStates.h"
#include "rules/Validation.h"
#include "rules/VisitPolicy.h"
#include "storage/Casebook.h"
#include "storage/Transaction.h"

namespace xianjie {

const StationSettings::Spec &StationSettings::spec(Key key)
{
    static const Spec specs[] = {
        {"lock_minutes", InactivityPolicy::kDefaultMinutes, 1, 120},
        {"visit_months_priority", VisitPolicy::kPriorityMonths, 1, 12},
        {"visit_months_regular", VisitPolicy::kRegularMonths, 1, 12},
        {"referral_response_days", ReferralStates::kDefaultResponseDays, 1, 60},
        {"archive_after_years", 5, 1, 30},
    };
    return specs[int(key)];
}

QString StationSettings::label(Key key)
{
    switch (key) {
    case Key::LockMinutes:
        return tr("The minutes before the casebook locks");
    case Key::VisitMonthsPriority:
        return tr("The months between visits to priority households");
    case Key::VisitMonthsRegular:
        return tr("The months between visits to other households");
    case Key::ReferralResponseDays:
        return tr("The working days a charity has to answer");
    case Key::ArchiveAfterYears:
        return tr("The years after which closed households are archived");
    }
    return {};
}

int StationSettings::value(Key key) const
{
    const Spec &s = spec(key);
    bool ok = false;
    const int v = m_casebook.setting(QLatin1String(s.key)).toInt(&ok);
    return ok && v >= s.min && v <= s.max ? v : s.fallback;
}

Result<void> StationSettings::set(Casebook &casebook, Key key, int value)
{
    const Spec &s = spec(key);
    if (value < s.min || value > s.max)
        return makeError(Error::Kind::Invalid, tr("%1 must be from %2 to %3; %4 is not. Nothing was changed.")
                                                   .arg(label(key))
                                                   .arg(s.min)
                                                   .arg(s.max)
                                                   .arg(value));
    return casebook.setSetting(QLatin1String(s.key), QString::number(value));
}

Result<void> StationSettings::setVisitPlan(Casebook &casebook, int priorityMonths, int regularMonths)
{
    if (priorityMonths > regularMonths)
        return makeError(Error::Kind::Invalid,
                         tr("Priority households are visited at least as often as others. Nothing was changed."));
    Transaction tx(casebook);
    if (auto r = set(casebook, Key::VisitMonthsPriority, priorityMonths); !r)
        return r;
    if (auto r = set(casebook, Key::VisitMonthsRegular, regularMonths); !r)
        return r;
    return tx.commit();
}

StationSettings::Contact StationSettings::contact() const
{
    return {m_casebook.setting(QStringLiteral("contact_person")), m_casebook.setting(QStringLiteral("contact_phone")),
            m_casebook.setting(QStringLiteral("contact_address"))};
}

Result<void> StationSettings::setContact(Casebook &casebook, const Contact &contact)
{
    Contact c{contact.person.simplified(), contact.phone.trimmed(), contact.address.simplified()};
    if (c.person.size() > 40)
        return makeError(Error::Kind::Invalid, tr("The contact person's name is at most 40 characters."));
    if (c.address.size() > 120)
        return makeError(Error::Kind::Invalid, tr("The station's address is at most 120 characters."));
    if (!c.phone.isEmpty()) {
        auto phone = Validation::phone(c.phone);
        if (!phone)
            return phone.error();
        c.phone = *phone;
    }
    Transaction tx(casebook);
    if (auto r = casebook.setSetting(QStringLiteral("contact_person"), c.person); !r)
        return r;
    if (auto r = casebook.setSetting(QStringLiteral("contact_phone"), c.phone); !r)
        return r;
    if (auto r = casebook.setSetting(QStringLiteral("contact_address"), c.address); !r)
        return r;
    return tx.commit();
}

} // namespace xianjie
