#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace xianjie {

/**
 * The words and numbers of the ledgers stations keep in spreadsheets, read as the casebook's codes: column headings
 * (姓名, 身份证号码, 与户主关系, …), relation words as people write them (户主, 妻, 长子, 次女, 儿媳, …), category
 * words (城市低保, 特困供养, 低保边缘, …), dates in the ways people type them (1975/4/2, 1975-04-02, 1975.4.2,
 * 19750402, 1975年4月2日, or an Excel serial), months, sums in yuan and government programmes. A word that is not
 * understood gives no answer, never a guess.
 */
class LedgerWords
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::LedgerWords)

public:
    /** The columns of a ledger the importer can use. */
    enum class Field
    {
        Ignore,
        HouseholdNo,   ///< 户编号: the rows of one household share it
        Name,          ///< 姓名
        IdNumber,      ///< 身份证号码
        Relation,      ///< 与户主关系
        Sex,           ///< 性别
        BirthDate,     ///< 出生日期
        Village,       ///< 所属村（社区）
        Address,       ///< 家庭住址
        Phone,         ///< 联系电话
        Category,      ///< 救助类别
        CategoryStart, ///< 纳入时间
        Income,        ///< 人均月收入, yuan
        Amount,        ///< 发放金额, yuan
        Month,         ///< 发放月份
        Programme,     ///< 救助项目
    };
    static QList<Field> fields();
    static QString fieldLabel(Field field);
    /** A stable name for mapping files ("name", "id_number", …). */
    static QString fieldCode(Field field);
    static std::optional<Field> fieldFromCode(const QString &code);

    /** The field a column heading names, or Ignore. */
    static Field headerField(const QString &heading);
    /** A heading without spaces, brackets and units, as headings are compared. */
    static QString normalisedHeading(const QString &heading);

    struct Relation
    {
        QString code; ///< see Labels::relations()
        QString sex;  ///< "M" or "F" when the word says it (妻, 长子, 母亲), else empty
    };
    static std::optional<Relation> relation(const QString &word);
    /** A category code (see Labels::categories()) for a word such as 农村低保 or 特困供养人员. */
    static std::optional<QString> category(const QString &word);
    /** "M"/"F" for 男/女 (and M/F, male/female). */
    static std::optional<QString> sex(const QString &word);
    /** A date typed in any of the usual ways, or an Excel serial day. Null when it is not a real date. */
    static QDate date(const QString &text);
    /** A month (2026-10, 2026年10月, 2026/10, 202610, or a date in it): its first day. Null when not understood. */
    static QDate month(const QString &text);
    /** A sum in yuan (1,234.50, ¥650, 650元) in fen; nullopt when it is not a sum of money. */
    static std::optional<qint64> yuan(const QString &text);
    /** A government programme code (see Assistance::programme) for a word such as 低保金 or 临时救助. */
    static QString programme(const QString &word);
    /** A row's first words that mark a totals row (合计, 总计, 小计, 共计). */
    static bool isTotalsWord(const QString &text);
    /**
     * Whether an ID number was stored by Excel as a number and so lost its last digits: written in scientific
     * notation (4.30102E+17), with a decimal point, or 18 digits ending in 000 (Excel keeps 15 significant
     * digits; GB 11643 gives no one the sequence number 000).
     */
    static bool idLostDigits(const QString &text);
};

} // namespace xianjie
