#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace xianjie {

/** The coded vocabularies of the casebook and their words for people, in the user's language. */
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::Labels)

public:
    using Entries = QList<QPair<QString, QString>>; ///< code, label

    static Entries categories();
    /** Short forms for lists and charts (低保, 特困, …). */
    static Entries categoriesShort();
    static Entries relations();
    static Entries healthStates();
    static Entries selfCareLevels();
    static Entries workCapacities();
    static Entries hardshipCauses();
    static QStringList disabilityCategories(); ///< index = category number, 0 = none
    static QStringList disabilityGrades();     ///< index = grade, 0 = none
    /** "Physical, Grade 2", "None", or "Not known" (category and grade -1: nobody asked yet). */
    static QString disability(int category, int grade);

    /** Words for a column of the casebook ("birth_date" → "Birth date"), for the audit view. */
    // Needs, the charity directory, consents and referrals.
    static Entries needTypes();
    static Entries needTypesShort(); ///< for a chart's axis
    static Entries urgencies();
    static Entries needStatuses();
    static Entries needSources();
    static Entries targetGroups();
    static Entries orgStatuses();
    static Entries consentItems();
    /** Items that are sensitive personal information whoever they are about (PIPL art. 28). */
    static bool isSensitiveItem(const QString &item);
    static Entries consentMethods();
    static Entries referralStatuses();
    static Entries leadStatuses();
    static Entries outcomeForms();

    static QString fieldLabel(const QString &column);
    static QString tableLabel(const QString &table);
    /** A stored value in words: codes become their labels, ID and phone numbers are masked. */
    static QString valueLabel(const QString &column, const QString &value);

    /** The label for @p code in @p entries, or the code itself when unknown. */
    static QString label(const Entries &entries, const QString &code);
    static bool contains(const Entries &entries, const QString &code);
    static QString sex(const QString &code);

    /** A date on screen, one way everywhere: 2026-09-24 (printed papers use Paper::date). Empty when invalid. */
    static QString date(const QDate &date);
    /** A moment on screen in local time: 2026-09-24 14:05, with seconds when asked. "—" when invalid. */
    static QString dateTime(const QDateTime &at, bool seconds = false);
};

} // namespace xianjie
