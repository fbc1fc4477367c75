#include "Validation.h"

#include <QRegularExpression>

namespace xianjie {

namespace {
constexpr int kIdWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
const char kIdCheck[] = "10X98765432";

const QString &creditAlphabet()
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return alphabet;
}
constexpr int kCreditWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

QString stripSpaces(const QString &text)
{
    QString out = text.trimmed();
    out.remove(QLatin1Char(' '));
    return out;
}
} // namespace

QChar Validation::residentIdCheckChar(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * kIdWeights[i];
    return QLatin1Char(kIdCheck[sum % 11]);
}

Result<ResidentId> Validation::residentId(const QString &text, const QDate &today)
{
    const QString id = stripSpaces(text).toUpper();
    if (id.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Enter the ID number."));
    if (id.size() != 18)
        return makeError(Error::Kind::Invalid, tr("An ID number has 18 characters; this one has %1.").arg(id.size()));
    static const QRegularExpression shape(QStringLiteral("^[0-9]{17}[0-9X]$"));
    if (!shape.match(id).hasMatch())
        return makeError(Error::Kind::Invalid, tr("An ID number is 17 digits followed by a digit or X."));
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid())
        return makeError(Error::Kind::Invalid,
                         tr("The birth date in this ID number (%1) is not a real date.").arg(id.mid(6, 8)));
    if (birth > today)
        return makeError(
            Error::Kind::Invalid,
            tr("The birth date in this ID number (%1) is in the future.").arg(birth.toString(Qt::ISODate)));
    if (birth.year() < 1890)
        return makeError(
            Error::Kind::Invalid,
            tr("The birth date in this ID number (%1) is too long ago to be right.").arg(birth.toString(Qt::ISODate)));
    if (residentIdCheckChar(id) != id.at(17))
        return makeError(Error::Kind::Invalid, tr("The last character of this ID number does not match the "
                                                  "others; check it for a typing mistake."));
    ResidentId out;
    out.number = id;
    out.areaCode = id.left(6);
    out.birthDate = birth;
    out.sex = (id.at(16).digitValue() % 2 == 1) ? Sex::Male : Sex::Female;
    return out;
}

QChar Validation::creditCodeCheckChar(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(creditAlphabet().indexOf(first17.at(i))) * kCreditWeights[i];
    return creditAlphabet().at((31 - sum % 31) % 31);
}

Result<QString> Validation::creditCode(const QString &text)
{
    const QString code = stripSpaces(text).toUpper();
    if (code.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Enter the unified social credit code."));
    if (code.size() != 18)
        return makeError(Error::Kind::Invalid,
                         tr("A unified social credit code has 18 characters; this one has %1.").arg(code.size()));
    for (const QChar c : code) {
        if (!creditAlphabet().contains(c))
            return makeError(Error::Kind::Invalid,
                             tr("A unified social credit code cannot contain \"%1\" (the letters I, O, S, V and Z "
                                "are never used).")
                                 .arg(c));
    }
    if (creditCodeCheckChar(code) != code.at(17))
        return makeError(Error::Kind::Invalid, tr("The last character of this credit code does not match the "
                                                  "others; check it for a typing mistake."));
    return code;
}

Result<QString> Validation::divisionCode12(const QString &text)
{
    const QString code = stripSpaces(text);
    static const QRegularExpression digits(QStringLiteral("^[0-9]{12}$"));
    if (!digits.match(code).hasMatch())
        return makeError(Error::Kind::Invalid,
                         tr("A township or village code has 12 digits (county 6, township 3, village 3)."));
    const int province = code.left(2).toInt();
    if (province < 11 || province > 82)
        return makeError(
            Error::Kind::Invalid,
            tr("The first two digits of a division code name a province (11 to 82); %1 is not one.").arg(code.left(2)));
    if (code.mid(6, 3) == QLatin1String("000") && code.mid(9, 3) != QLatin1String("000"))
        return makeError(Error::Kind::Invalid, tr("A village code needs the code of its township (digits 7 to 9)."));
    return code;
}

Result<QString> Validation::stationCode(const QString &text)
{
    auto code = divisionCode12(text);
    if (!code)
        return code;
    if (code->mid(6, 3) == QLatin1String("000"))
        return makeError(Error::Kind::Invalid, tr("A station's code names its township (digits 7 to 9 are not 000)."));
    return code;
}

Result<QString> Validation::divisionCode6(const QString &text)
{
    const QString code = stripSpaces(text);
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6}$"));
    if (!digits.match(code).hasMatch())
        return makeError(Error::Kind::Invalid, tr("A county code has 6 digits."));
    const int province = code.left(2).toInt();
    if (province < 11 || province > 82)
        return makeError(
            Error::Kind::Invalid,
            tr("The first two digits of a division code name a province (11 to 82); %1 is not one.").arg(code.left(2)));
    return code;
}

Result<QString> Validation::phone(const QString &text)
{
    QString p = stripSpaces(text);
    if (p.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Enter a phone number."));
    if (p.startsWith(QLatin1String("+86")))
        p = p.mid(3);
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    if (mobile.match(p).hasMatch())
        return p;
    static const QRegularExpression landline(QStringLiteral("^(0[1-9][0-9]{1,2}-?)?[2-9][0-9]{6,7}(-[0-9]{1,6})?$"));
    if (landline.match(p).hasMatch())
        return p;
    if (p.startsWith(QLatin1Char('1')))
        return makeError(Error::Kind::Invalid,
                         tr("A mobile number has 11 digits and starts with 13 to 19; this one has %1 digits.")
                             .arg(p.count(QRegularExpression(QStringLiteral("[0-9]")))));
    return makeError(Error::Kind::Invalid, tr("This is not a phone number: use 11 digits for a mobile, or the area "
                                              "code and 7 or 8 digits for a landline (010-62345678)."));
}

QString Validation::maskResidentId(const QString &number)
{
    if (number.size() < 10)
        return QString(number.size(), QLatin1Char('*'));
    return number.left(6) + QString(number.size() - 10, QLatin1Char('*')) + number.right(4);
}

QString Validation::maskPhone(const QString &number)
{
    if (number.size() < 7)
        return QString(number.size(), QLatin1Char('*'));
    return number.left(3) + QString(number.size() - 7, QLatin1Char('*')) + number.right(4);
}

QString Validation::maskName(const QString &name)
{
    if (name.isEmpty())
        return name;
    return name.left(1) + QString(std::max<qsizetype>(1, name.size() - 1), QLatin1Char('*'));
}

} // namespace xianjie
