#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace xianjie {

class Casebook;

/**
 * The choices a station makes for itself (not synced): each with its key, its default and its bounds in this one
 * place. The app and the CLI read and change them here; a change needs the station head, and a value out of bounds
 * is refused in words. A stored value out of bounds (written by hand, or by an older version) reads as the default.
 */
class StationSettings
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::StationSettings)

public:
    enum class Key
    {
        LockMinutes,          ///< lock the app after this many minutes without use
        VisitMonthsPriority,  ///< visit priority households (elderly who cannot care for themselves, ill) this often
        VisitMonthsRegular,   ///< visit other households this often
        ReferralResponseDays, ///< working days a charity has to answer a referral
        ArchiveAfterYears     ///< archive households closed this many years ago
    };
    struct Spec
    {
        const char *key;
        int fallback;
        int min;
        int max;
    };
    static const Spec &spec(Key key);

    explicit StationSettings(const Casebook &casebook) : m_casebook(casebook) {}

    /** The value in force: the stored one when it is within bounds, the default otherwise. */
    int value(Key key) const;
    int lockMinutes() const { return value(Key::LockMinutes); }
    int visitMonthsPriority() const { return value(Key::VisitMonthsPriority); }
    int visitMonthsRegular() const { return value(Key::VisitMonthsRegular); }
    int referralResponseDays() const { return value(Key::ReferralResponseDays); }
    int archiveAfterYears() const { return value(Key::ArchiveAfterYears); }

    /** Changes one setting; refused without the station head or out of bounds. */
    static Result<void> set(Casebook &casebook, Key key, int value);
    /** Both visit intervals at once: priority households are visited at least as often as others. */
    static Result<void> setVisitPlan(Casebook &casebook, int priorityMonths, int regularMonths);

    /** How people reach the station: printed on referral letters (and their reply slips) and consent forms. */
    struct Contact
    {
        QString person; ///< the station's contact person
        QString phone;
        QString address;
        bool isEmpty() const { return person.isEmpty() && phone.isEmpty() && address.isEmpty(); }
    };
    Contact contact() const;
    /** Changes the station's contact; the station head only. The phone number is checked. */
    static Result<void> setContact(Casebook &casebook, const Contact &contact);

private:
    static QString label(Key key);
    const Casebook &m_casebook;
};

} // namespace xianjie
