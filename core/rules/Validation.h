#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace xianjie {

enum class Sex
{
    Unknown,
    Male,
    Female
};

/** What a valid resident ID number (GB 11643) says about its holder. */
struct ResidentId
{
    QString number; ///< normalised: 18 characters, upper-case X
    QString areaCode;
    QDate birthDate;
    Sex sex = Sex::Unknown;
};

/** Checks of the identifiers stations record. Every message is one sentence a social worker can act on. */
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Validation)

public:
    /** Resident ID number: 18 characters, real birth date not after @p today, check character. */
    static Result<ResidentId> residentId(const QString &text, const QDate &today);
    /** The check character (0-9 or X) for the first 17 digits. */
    static QChar residentIdCheckChar(const QString &first17);

    /** Unified social credit code (GB 32100); returns the normalised code. */
    static Result<QString> creditCode(const QString &text);
    static QChar creditCodeCheckChar(const QString &first17);

    /** 12-digit statistical division code (county 6 + township 3 + village 3). */
    static Result<QString> divisionCode12(const QString &text);
    /** A station's code: the 12-digit code of its township (digits 7 to 9 are not 000). */
    static Result<QString> stationCode(const QString &text);
    /** 6-digit county-level division code. */
    static Result<QString> divisionCode6(const QString &text);

    /** Mobile (11 digits, 1[3-9]…) or landline (optional area code 0xx/0xxx, 7–8 digits, optional extension). */
    static Result<QString> phone(const QString &text);

    /** 110105********0017: area code and last four shown, the rest hidden. */
    static QString maskResidentId(const QString &number);
    /** 138****5678 */
    static QString maskPhone(const QString &number);
    /** 张** : the first character, the rest hidden, for places where a full name must not appear. */
    static QString maskName(const QString &name);
};

} // namespace xianjie
