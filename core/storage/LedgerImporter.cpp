#include "LedgerImporter.h"

#include "AssistanceRepository.h"
#include "AuditLog.h"
#include "Casebook.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "Transaction.h"
#include "Uuid.h"
#include "io/XlsxReader.h"
#include "rules/HouseholdRules.h"
#include "rules/Labels.h"
#include "rules/Validation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace xianjie {

using Field = LedgerWords::Field;

namespace {

constexpr qint64 kMaxCsvBytes = 64 * 1024 * 1024;
constexpr int kHeaderSearchRows = 30;

QString kindCode(LedgerMapping::Kind kind)
{
    return kind == LedgerMapping::Kind::Payments ? QStringLiteral("payments") : QStringLiteral("households");
}

/** A village name without the words that differ between lists (东风村, 东风村委会, 东风村民委员会 are one). */
QString villageKey(const QString &name)
{
    QString n = name.simplified().remove(QLatin1Char(' '));
    for (const char *suffix : {"村民委员会", "居民委员会", "社区居委会", "村委会", "居委会", "社区", "村"}) {
        const QString s = QString::fromUtf8(suffix);
        if (n.endsWith(s) && n.size() > s.size()) {
            n.chop(s.size());
            break;
        }
    }
    return n;
}

} // namespace

int LedgerSheet::columnCount() const
{
    qsizetype n = 0;
    for (const auto &row : rows)
        n = std::max(n, row.size());
    return int(n);
}

QJsonObject LedgerMapping::toJson() const
{
    QJsonArray cols;
    for (Field f : columns)
        cols.append(LedgerWords::fieldCode(f));
    return {{QStringLiteral("kind"), kindCode(kind)},
            {QStringLiteral("header_row"), headerRow + 1},
            {QStringLiteral("columns"), cols}};
}

Result<LedgerMapping> LedgerMapping::fromJson(const QJsonObject &json)
{
    LedgerMapping m;
    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("households"));
    if (kind == QLatin1String("payments"))
        m.kind = Kind::Payments;
    else if (kind != QLatin1String("households"))
        return makeError(Error::Kind::Invalid,
                         LedgerImporter::tr("The mapping's kind is \"%1\"; it is households or payments.").arg(kind));
    m.headerRow = json.value(QStringLiteral("header_row")).toInt(0) - 1;
    if (m.headerRow < 0)
        return makeError(Error::Kind::Invalid,
                         LedgerImporter::tr("The mapping gives no header row (header_row, 1 for the first row)."));
    for (const QJsonValue &v : json.value(QStringLiteral("columns")).toArray()) {
        const auto f = LedgerWords::fieldFromCode(v.toString());
        if (!f)
            return makeError(Error::Kind::Invalid,
                             LedgerImporter::tr("The mapping names an unknown column \"%1\".").arg(v.toString()));
        m.columns << *f;
    }
    return m;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

Result<LedgerSheet> LedgerImporter::read(const QString &path, int sheetIndex,
                                         std::optional<CsvReader::Encoding> encoding)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Kind::NotFound, tr("The file %1 does not exist.").arg(info.fileName()));
    LedgerSheet sheet;
    sheet.fileName = info.fileName();
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xls") || suffix == QLatin1String("et") || suffix == QLatin1String("wps"))
        return makeError(Error::Kind::Invalid,
                         tr("%1 is in an older spreadsheet format. Open it in Excel or WPS and save it as an Excel "
                            "workbook (.xlsx) or as CSV, then import that file.")
                             .arg(info.fileName()));
    if (suffix == QLatin1String("xlsx")) {
        auto names = XlsxReader::sheetNames(path);
        if (!names)
            return names.error();
        if (sheetIndex < 0 || sheetIndex >= names->size())
            return makeError(Error::Kind::Invalid,
                             tr("The workbook has %n sheet(s); there is no sheet %1.", nullptr, int(names->size()))
                                 .arg(sheetIndex + 1));
        auto rows = XlsxReader::readSheet(path, sheetIndex);
        if (!rows)
            return rows.error();
        sheet.sheetNames = *names;
        sheet.sheet = sheetIndex;
        sheet.rows.reserve(rows->size());
        for (const XlsxReader::Row &r : *rows) {
            QList<LedgerCell> cells;
            cells.reserve(r.size());
            for (const XlsxReader::Cell &c : r)
                cells.append(LedgerCell{c.text.trimmed(), c.kind == XlsxReader::Cell::Kind::Number,
                                        c.kind == XlsxReader::Cell::Kind::Date ? c.date : QDate()});
            sheet.rows.append(std::move(cells));
        }
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Kind::Io, tr("Cannot read %1: %2").arg(info.fileName(), file.errorString()));
        if (file.size() > kMaxCsvBytes)
            return makeError(Error::Kind::Invalid,
                             tr("%1 is larger than 64 MB; that is not a station's ledger.").arg(info.fileName()));
        auto decoded = CsvReader::decode(file.readAll(), encoding);
        if (!decoded)
            return decoded.error();
        sheet.encoding = CsvReader::encodingName(decoded->encoding);
        sheet.sheetNames = {info.completeBaseName()};
        const auto rows = CsvReader::parse(decoded->text, CsvReader::detectSeparator(decoded->text));
        sheet.rows.reserve(rows.size());
        for (const QStringList &r : rows) {
            QList<LedgerCell> cells;
            cells.reserve(r.size());
            for (const QString &t : r)
                cells.append(LedgerCell{t.trimmed(), false, {}});
            sheet.rows.append(std::move(cells));
        }
    }
    bool any = false;
    for (const auto &row : sheet.rows)
        for (const LedgerCell &c : row)
            any = any || !c.text.isEmpty();
    if (!any)
        return makeError(Error::Kind::Invalid, tr("%1 has no rows to import.").arg(info.fileName()));
    return sheet;
}

int LedgerImporter::findHeaderRow(const LedgerSheet &sheet)
{
    const int rows = std::min<int>(int(sheet.rows.size()), kHeaderSearchRows);
    for (int r = 0; r < rows; ++r) {
        QSet<Field> found;
        for (const LedgerCell &c : sheet.rows[r])
            if (const Field f = LedgerWords::headerField(c.text); f != Field::Ignore)
                found.insert(f);
        if (found.size() >= 2 && found.contains(Field::Name))
            return r;
    }
    return -1;
}

LedgerMapping LedgerImporter::guess(const LedgerSheet &sheet)
{
    LedgerMapping m;
    m.headerRow = findHeaderRow(sheet);
    const int columns = sheet.columnCount();
    m.columns = QList<Field>(columns, Field::Ignore);
    if (m.headerRow < 0)
        return m;
    const auto &header = sheet.rows[m.headerRow];
    for (int c = 0; c < header.size(); ++c) {
        const QString h = LedgerWords::normalisedHeading(header[c].text);
        Field f = LedgerWords::headerField(h);
        // 户主姓名 beside 姓名 says whose household a row is in, not the person's name.
        if (h == QStringLiteral("户主姓名") && f == Field::Name) {
            bool otherName = false;
            for (const LedgerCell &o : header)
                otherName = otherName || (LedgerWords::headerField(o.text) == Field::Name &&
                                          LedgerWords::normalisedHeading(o.text) != h);
            if (otherName)
                f = Field::Ignore;
        }
        if (f != Field::Ignore && m.columns.contains(f))
            f = Field::Ignore; // the first column of a kind wins; the user can change it
        m.columns[c] = f;
    }
    const bool paymentWords = m.has(Field::Month) || m.has(Field::Programme);
    const bool householdWords =
        m.has(Field::Relation) || m.has(Field::HouseholdNo) || m.has(Field::Category) || m.has(Field::Address);
    m.kind = paymentWords && m.has(Field::Amount) && !householdWords ? LedgerMapping::Kind::Payments
                                                                     : LedgerMapping::Kind::Households;
    return m;
}

QString LedgerImporter::layoutKey(const LedgerSheet &sheet, int headerRow)
{
    if (headerRow < 0 || headerRow >= sheet.rows.size())
        return {};
    QStringList words;
    for (const LedgerCell &c : sheet.rows[headerRow])
        words << LedgerWords::normalisedHeading(c.text);
    while (!words.isEmpty() && words.last().isEmpty())
        words.removeLast();
    const QByteArray hash = QCryptographicHash::hash(words.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(24));
}

std::optional<LedgerMapping> LedgerImporter::remembered(const LedgerSheet &sheet) const
{
    // The layout is told by the header row's words; the header is found again in this file.
    const int header = findHeaderRow(sheet);
    const QString key = layoutKey(sheet, header);
    if (key.isEmpty())
        return std::nullopt;
    const QString json = m_casebook.setting(QStringLiteral("ledger_mapping/") + key);
    if (json.isEmpty())
        return std::nullopt;
    auto m = LedgerMapping::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    if (!m)
        return std::nullopt;
    m->headerRow = header;
    m->columns.resize(std::max<qsizetype>(m->columns.size(), sheet.columnCount()), Field::Ignore);
    return *m;
}

LedgerMapping LedgerImporter::suggest(const LedgerSheet &sheet) const
{
    if (auto m = remembered(sheet))
        return *m;
    return guess(sheet);
}

Result<void> LedgerImporter::remember(const LedgerSheet &sheet, const LedgerMapping &mapping)
{
    const QString key = layoutKey(sheet, mapping.headerRow);
    if (key.isEmpty())
        return {};
    return m_casebook.storeSystemSetting(
        QStringLiteral("ledger_mapping/") + key,
        QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
}

// ---------------------------------------------------------------------------------------------------------------
// Judging the rows

QString LedgerImporter::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Add:
        return tr("Will be added");
    case Outcome::Update:
        return tr("In the casebook: will be updated");
    case Outcome::AlreadyThere:
        return tr("Already in the casebook");
    case Outcome::Invalid:
        return tr("Refused");
    case Outcome::Skipped:
        return tr("Not a person's row");
    }
    return {};
}

QString LedgerImporter::columnName(const LedgerSheet &sheet, const LedgerMapping &mapping, int column)
{
    if (column < 0)
        return {};
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    QString heading;
    if (mapping.headerRow >= 0 && mapping.headerRow < sheet.rows.size() &&
        column < sheet.rows[mapping.headerRow].size())
        heading = sheet.rows[mapping.headerRow][column].text.simplified();
    return heading.isEmpty() ? letters : letters + QLatin1Char(' ') + heading;
}

int LedgerImporter::Report::count(Outcome outcome) const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [outcome](const RowReport &r) { return r.outcome == outcome; }));
}

QString LedgerImporter::Report::summary() const
{
    const QString rowsPart =
        (imported ? tr("Rows: %1 added, %2 updated, %3 already in the casebook, %4 refused, %5 skipped.")
                  : tr("%1 rows to add, %2 to update, %3 already in the casebook, %4 refused, %5 skipped."))
            .arg(count(Outcome::Add))
            .arg(count(Outcome::Update))
            .arg(count(Outcome::AlreadyThere))
            .arg(count(Outcome::Invalid))
            .arg(count(Outcome::Skipped));
    QString written;
    if (kind == LedgerMapping::Kind::Payments)
        written = (imported ? tr("Payments recorded: %1.") : tr("Payments to record: %1.")).arg(paymentsAdded);
    else
        written = (imported ? tr("Households added: %1, updated: %2; people added: %3; categories added: %4.")
                            : tr("Households to add: %1, to update: %2; people to add: %3; categories to add: %4."))
                      .arg(householdsAdded)
                      .arg(householdsUpdated)
                      .arg(peopleAdded)
                      .arg(categoriesAdded);
    return rowsPart + QLatin1Char(' ') + written;
}

struct LedgerImporter::Plan
{
    struct Member
    {
        int row = 0; ///< index into sheet.rows
        Person person;
        QString existingPersonId;
    };
    struct Group
    {
        QList<Member> members; ///< the head first
        Household household;
        bool householdGiven = false; ///< the ledger says the address, village or phone
        QString category;
        QDate categoryStart;
        QString existingHouseholdId;
        bool refused = false;
        bool changes = false; ///< an existing household the update changes
    };
    struct Payment
    {
        int row = 0;
        Assistance entry;
    };
    QList<Group> groups;
    QList<Payment> payments;
    QList<RowReport> rows;
    QHash<int, int> reportOf; ///< sheet row index → index in rows
    QStringList unknownVillages;
    QStringList notInCasebook;
    int rowsRead = 0;
    bool stopped = false;

    RowReport &report(int row) { return rows[reportOf.value(row)]; }
    void refuse(int row, int column, const QString &reason)
    {
        RowReport &r = report(row);
        if (r.outcome != Outcome::Invalid) {
            r.outcome = Outcome::Invalid;
            r.column = column;
            r.reason = reason;
        } else {
            r.reason += QLatin1Char(' ') + reason; // each reason is a sentence of its own
        }
    }
};

namespace {

/** What a row says, read cell by cell; the first problem of each cell is kept. */
struct RowFacts
{
    int row = 0;
    QString householdNo, name, idNumber, relation, relationSex, sex, village, villageId, address, phone, category,
        programme, programmeWord;
    QDate birthDate, categoryStart, month;
    qint64 incomeFen = -1, amountFen = -1;
    QList<QPair<int, QString>> problems; ///< column, reason
    bool idValid = false;
};

} // namespace

Result<LedgerImporter::Plan> LedgerImporter::plan(const LedgerSheet &sheet, const LedgerMapping &mapping,
                                                  const Options &options, const Progress &progress)
{
    Plan plan;
    if (mapping.headerRow < 0 || mapping.headerRow >= sheet.rows.size())
        return makeError(
            Error::Kind::Invalid,
            tr("Say which row holds the column headings: no row names the columns (姓名, 身份证号码, …)."));
    if (!mapping.has(Field::Name) && !mapping.has(Field::IdNumber))
        return makeError(Error::Kind::Invalid, tr("Say which column holds the names (姓名)."));
    const bool payments = mapping.kind == LedgerMapping::Kind::Payments;
    if (payments && (!mapping.has(Field::Amount) || !mapping.has(Field::Month)))
        return makeError(Error::Kind::Invalid,
                         tr("A payment list needs a column for the amount (金额) and one for the month (月份)."));
    if (!payments && !mapping.has(Field::Name))
        return makeError(Error::Kind::Invalid, tr("Say which column holds the names (姓名)."));
    const QDate today = m_casebook.clock().today();
    const QSqlDatabase db = m_casebook.db();

    // What the casebook holds, read once: villages, registered ID numbers, people without one.
    HouseholdRepository households(m_casebook);
    auto villages = households.villages();
    if (!villages)
        return villages.error();
    QHash<QString, QString> villageByKey;
    QHash<QString, QString> villageName;
    for (const Village &v : *villages) {
        villageByKey.insert(v.name.simplified().remove(QLatin1Char(' ')), v.id);
        villageByKey.insert(villageKey(v.name), v.id);
        villageByKey.insert(v.code, v.id);
        villageName.insert(v.id, v.name);
    }
    struct Known
    {
        QString personId, householdId, name;
        QDate birthDate;
    };
    QHash<QString, Known> byId;
    QMultiHash<QString, Known> byNameBirth; ///< name + '|' + birth date → people
    QMultiHash<QString, Known> byName;
    {
        auto q = Database::exec(db, QStringLiteral("SELECT p.id, p.household_id, p.name, p.id_number, p.birth_date "
                                                   "FROM person p WHERE p.deleted = 0"));
        if (!q)
            return q.error();
        while (q->next()) {
            Known k{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                    QDate::fromString(q->value(4).toString(), Qt::ISODate)};
            const QString id = q->value(3).toString();
            if (!id.isEmpty())
                byId.insert(id, k);
            byNameBirth.insert(k.name + QLatin1Char('|') + k.birthDate.toString(Qt::ISODate), k);
            if (payments)
                byName.insert(k.name, k);
        }
    }

    auto cellOf = [&](int row, Field f) -> const LedgerCell * {
        const int c = mapping.column(f);
        if (c < 0 || c >= sheet.rows[row].size())
            return nullptr;
        return &sheet.rows[row][c];
    };
    auto textOf = [&](int row, Field f) {
        const LedgerCell *c = cellOf(row, f);
        return c ? c->text : QString();
    };
    auto dateOf = [&](int row, Field f) {
        const LedgerCell *c = cellOf(row, f);
        if (!c)
            return QDate();
        if (c->date.isValid())
            return c->date;
        return LedgerWords::date(c->text);
    };

    // Each row read for itself.
    QList<RowFacts> facts;
    const int rowCount = int(sheet.rows.size());
    for (int r = mapping.headerRow + 1; r < rowCount; ++r) {
        RowReport report;
        report.row = r + 1;
        plan.reportOf.insert(r, int(plan.rows.size()));
        bool blank = true;
        bool totals = false;
        int seen = 0;
        for (const LedgerCell &c : sheet.rows[r]) {
            if (c.text.isEmpty())
                continue;
            blank = false;
            if (seen++ < 3 && LedgerWords::isTotalsWord(c.text))
                totals = true;
        }
        const QString name = textOf(r, Field::Name).simplified();
        const QString idText = textOf(r, Field::IdNumber);
        if (blank || totals || (name.isEmpty() && idText.isEmpty())) {
            report.outcome = Outcome::Skipped;
            report.reason = blank    ? tr("Blank row.")
                            : totals ? tr("Totals row.")
                                     : tr("No name and no ID number: a note, not a person.");
            plan.rows.append(report);
            continue;
        }
        ++plan.rowsRead;
        report.who = Validation::maskName(name);
        report.outcome = Outcome::Add;
        plan.rows.append(report);

        RowFacts f;
        f.row = r;
        f.name = name;
        auto problem = [&f, &mapping](Field field, const QString &reason) {
            f.problems.append({mapping.column(field), reason});
        };
        if (name.isEmpty())
            problem(Field::Name, tr("The name is missing."));
        // The ID number: Excel keeps 15 digits of a number, so one stored as a number is never taken.
        if (const LedgerCell *c = cellOf(r, Field::IdNumber); c && !c->text.isEmpty()) {
            if (c->number || LedgerWords::idLostDigits(c->text)) {
                problem(Field::IdNumber, tr("The ID number was stored by Excel as a number and has lost its last "
                                            "digits. Format the column as text, type the number again and import "
                                            "the file again."));
            } else {
                auto id = Validation::residentId(c->text, today);
                if (!id) {
                    problem(Field::IdNumber, id.message());
                } else {
                    f.idNumber = id->number;
                    f.idValid = true;
                    f.birthDate = id->birthDate;
                    f.sex = id->sex == Sex::Male ? QStringLiteral("M") : QStringLiteral("F");
                }
            }
        }
        if (const LedgerCell *c = cellOf(r, Field::BirthDate); c && !c->text.isEmpty()) {
            const QDate d = c->date.isValid() ? c->date : LedgerWords::date(c->text);
            const QDate m = LedgerWords::month(c->text);
            if (d.isValid()) {
                if (f.idValid && d != f.birthDate)
                    problem(Field::BirthDate, tr("The birth date %1 does not match the ID number (%2).")
                                                  .arg(d.toString(Qt::ISODate), f.birthDate.toString(Qt::ISODate)));
                else if (!f.idValid)
                    f.birthDate = d;
            } else if (m.isValid() && f.idValid) {
                // 出生年月 without the day: it must agree with the ID number's.
                if (m.year() != f.birthDate.year() || m.month() != f.birthDate.month())
                    problem(Field::BirthDate,
                            tr("The birth month %1 does not match the ID number (%2).")
                                .arg(m.toString(QStringLiteral("yyyy-MM")), f.birthDate.toString(Qt::ISODate)));
            } else if (m.isValid()) {
                problem(Field::BirthDate, tr("The birth date \"%1\" has no day; enter the whole date or the ID "
                                             "number.")
                                              .arg(c->text));
            } else {
                problem(Field::BirthDate, tr("\"%1\" is not a date that exists.").arg(c->text));
            }
        }
        if (const QString s = textOf(r, Field::Sex); !s.isEmpty()) {
            const auto sex = LedgerWords::sex(s);
            if (!sex)
                problem(Field::Sex, tr("\"%1\" is not a sex (男 or 女).").arg(s));
            else if (f.idValid && *sex != f.sex)
                problem(Field::Sex, tr("The sex %1 does not match the ID number.").arg(s));
            else if (!f.idValid)
                f.sex = *sex;
        }
        f.phone = textOf(r, Field::Phone);
        if (payments) {
            const QString amount = textOf(r, Field::Amount);
            const auto fen = LedgerWords::yuan(amount);
            if (amount.isEmpty())
                problem(Field::Amount, tr("The amount is missing."));
            else if (!fen)
                problem(Field::Amount, tr("\"%1\" is not an amount in yuan.").arg(amount));
            else
                f.amountFen = *fen;
            const LedgerCell *mc = cellOf(r, Field::Month);
            if (!mc || mc->text.isEmpty()) {
                problem(Field::Month, tr("The month is missing."));
            } else {
                f.month =
                    mc->date.isValid() ? QDate(mc->date.year(), mc->date.month(), 1) : LedgerWords::month(mc->text);
                if (!f.month.isValid())
                    problem(Field::Month, tr("\"%1\" is not a month (2026-10 or 2026年10月).").arg(mc->text));
                else if (f.month > today)
                    problem(Field::Month, tr("The month %1 has not come yet.").arg(f.month.toString(u"yyyy-MM")));
            }
            f.programmeWord = textOf(r, Field::Programme);
            f.programme = f.programmeWord.isEmpty() ? QStringLiteral("other") : LedgerWords::programme(f.programmeWord);
            facts.append(f);
            continue;
        }
        f.householdNo = textOf(r, Field::HouseholdNo);
        if (mapping.has(Field::Relation)) {
            const QString word = textOf(r, Field::Relation);
            const auto rel = LedgerWords::relation(word);
            if (word.isEmpty())
                problem(Field::Relation, tr("The relation to the head of household is missing."));
            else if (!rel)
                problem(Field::Relation,
                        tr("\"%1\" is not a relation word the importer knows (户主, 配偶, 子, 女, 父亲, 其他, …).")
                            .arg(word));
            else {
                f.relation = rel->code;
                f.relationSex = rel->sex;
            }
        } else if (!mapping.has(Field::HouseholdNo)) {
            f.relation = QStringLiteral("self"); // one row per household: the head
        }
        if (!f.idValid && f.sex.isEmpty())
            f.sex = f.relationSex;
        else if (f.idValid && !f.relationSex.isEmpty() && f.relationSex != f.sex)
            problem(Field::Relation,
                    tr("The relation \"%1\" does not match the sex in the ID number.").arg(textOf(r, Field::Relation)));
        if (const QString v = textOf(r, Field::Village); !v.isEmpty()) {
            const QString key = v.simplified().remove(QLatin1Char(' '));
            f.villageId = villageByKey.value(key, villageByKey.value(villageKey(v)));
            f.village = v;
            if (f.villageId.isEmpty()) {
                problem(Field::Village, tr("The village \"%1\" is not on the station's village list.").arg(v));
            }
        }
        f.address = textOf(r, Field::Address).simplified();
        if (const QString c = textOf(r, Field::Category); !c.isEmpty()) {
            const auto code = LedgerWords::category(c);
            if (!code)
                problem(Field::Category, tr("\"%1\" is not an assistance category the importer knows (低保, 特困, "
                                            "低保边缘, …).")
                                             .arg(c));
            else if (*code == QLatin1String("rigid_expense"))
                problem(Field::Category, tr("Rigid-expenditure hardship is recognised until an end date the ledger "
                                            "does not give; add this category by hand."));
            else
                f.category = *code;
        }
        if (const LedgerCell *c = cellOf(r, Field::CategoryStart); c && !c->text.isEmpty()) {
            f.categoryStart = dateOf(r, Field::CategoryStart);
            if (!f.categoryStart.isValid())
                f.categoryStart = LedgerWords::month(c->text);
            if (!f.categoryStart.isValid())
                problem(Field::CategoryStart, tr("\"%1\" is not a date that exists.").arg(c->text));
            else if (f.categoryStart > today)
                problem(Field::CategoryStart, tr("The category cannot start in the future."));
        }
        if (const QString inc = textOf(r, Field::Income); !inc.isEmpty()) {
            const auto fen = LedgerWords::yuan(inc);
            if (!fen)
                problem(Field::Income, tr("\"%1\" is not an amount in yuan.").arg(inc));
            else
                f.incomeFen = *fen;
        }
        facts.append(f);
        if (progress && facts.size() % 500 == 0 && !progress(int(facts.size()), rowCount * 2)) {
            plan.stopped = true;
            return plan;
        }
    }
    for (const RowFacts &f : facts)
        for (const auto &[column, reason] : f.problems)
            plan.refuse(f.row, column, reason);

    // Duplicates within the file: the same ID number, or the same name and birth date without one.
    {
        QHash<QString, int> firstRow;
        for (const RowFacts &f : facts) {
            QString key;
            if (!f.idNumber.isEmpty())
                key = f.idNumber;
            else if (!payments && f.birthDate.isValid())
                key = f.name + QLatin1Char('|') + f.birthDate.toString(Qt::ISODate);
            if (payments && !key.isEmpty())
                key += QLatin1Char('|') + f.month.toString(Qt::ISODate) + QLatin1Char('|') + f.programme;
            if (key.isEmpty())
                continue;
            auto it = firstRow.constFind(key);
            if (it != firstRow.cend())
                plan.refuse(f.row, mapping.column(f.idNumber.isEmpty() ? Field::Name : Field::IdNumber),
                            payments ? tr("The same person, month and programme as row %1.").arg(*it + 1)
                                     : tr("The same person as row %1.").arg(*it + 1));
            else
                firstRow.insert(key, f.row);
        }
    }

    for (const RowFacts &f : facts)
        if (!f.village.isEmpty() && f.villageId.isEmpty() && !plan.unknownVillages.contains(f.village))
            plan.unknownVillages << f.village;

    if (payments) {
        AssistanceRepository ledger(m_casebook);
        for (const RowFacts &f : facts) {
            if (plan.report(f.row).outcome == Outcome::Invalid)
                continue;
            Known who;
            if (!f.idNumber.isEmpty()) {
                who = byId.value(f.idNumber);
            } else {
                const auto all = byName.values(f.name);
                if (all.size() == 1)
                    who = all.first();
                else if (all.size() > 1) {
                    plan.refuse(f.row, mapping.column(Field::Name),
                                tr("Several people in the casebook have this name; the row needs the ID number."));
                    continue;
                }
            }
            if (who.personId.isEmpty()) {
                plan.refuse(f.row, mapping.column(f.idNumber.isEmpty() ? Field::Name : Field::IdNumber),
                            tr("This person is not in the casebook; register the household first."));
                plan.notInCasebook << tr("Row %1: %2").arg(f.row + 1).arg(Validation::maskName(f.name));
                continue;
            }
            Assistance a;
            a.householdId = who.householdId;
            a.personId = who.personId;
            a.source = QStringLiteral("government");
            a.programme = f.programme;
            a.needType = f.programme == QLatin1String("medical")     ? QStringLiteral("medical")
                         : f.programme == QLatin1String("education") ? QStringLiteral("education")
                         : f.programme == QLatin1String("housing")   ? QStringLiteral("housing")
                         : f.programme == QLatin1String("other")     ? QStringLiteral("other")
                                                                     : QStringLiteral("living");
            a.form = QStringLiteral("cash");
            a.amountFen = f.amountFen;
            a.periodStart = f.month;
            a.periodEnd = QDate(f.month.year(), f.month.month(), f.month.daysInMonth());
            if (a.periodEnd > today)
                a.periodEnd = today;
            a.note = f.programmeWord.isEmpty()
                         ? tr("From the payment list %1").arg(sheet.fileName)
                         : tr("%1, from the payment list %2").arg(f.programmeWord, sheet.fileName);
            auto there = Database::scalar(
                db,
                QStringLiteral("SELECT count(*) FROM assistance WHERE deleted = 0 AND household_id = ? AND "
                               "person_id = ? AND source = 'government' AND programme = ? AND period_start = ? AND "
                               "amount_fen = ?"),
                {a.householdId, a.personId, a.programme, a.periodStart.toString(Qt::ISODate), a.amountFen});
            if (!there)
                return there.error();
            RowReport &rep = plan.report(f.row);
            if (there->toInt() > 0) {
                rep.outcome = Outcome::AlreadyThere;
                rep.reason = tr("This payment is already in the help ledger.");
                continue;
            }
            auto label = households.describeHousehold(a.householdId);
            rep.reason = label ? tr("Help ledger of %1.").arg(*label) : QString();
            plan.payments.append({f.row, a});
        }
        return plan;
    }

    // Households: rows grouped by household number, or a head's row and the members below it, or one row each.
    QList<QList<int>> groupsOfFacts;
    if (mapping.has(Field::HouseholdNo)) {
        QHash<QString, int> groupOf;
        for (int i = 0; i < facts.size(); ++i) {
            const RowFacts &f = facts[i];
            if (f.householdNo.isEmpty()) {
                plan.refuse(f.row, mapping.column(Field::HouseholdNo), tr("The household number is missing."));
                continue;
            }
            auto it = groupOf.constFind(f.householdNo);
            if (it == groupOf.cend()) {
                groupOf.insert(f.householdNo, int(groupsOfFacts.size()));
                groupsOfFacts.append(QList<int>{i});
            } else {
                groupsOfFacts[*it].append(i);
            }
        }
    } else if (mapping.has(Field::Relation)) {
        for (int i = 0; i < facts.size(); ++i) {
            const RowFacts &f = facts[i];
            if (f.relation == QLatin1String("self") || groupsOfFacts.isEmpty())
                groupsOfFacts.append(QList<int>{i});
            else
                groupsOfFacts.last().append(i);
        }
    } else {
        for (int i = 0; i < facts.size(); ++i)
            groupsOfFacts.append(QList<int>{i});
    }

    for (const QList<int> &indexes : groupsOfFacts) {
        Plan::Group g;
        int heads = 0;
        for (int i : indexes)
            heads += facts[i].relation == QLatin1String("self");
        const RowFacts &first = facts[indexes.first()];
        if (!mapping.has(Field::Relation) && indexes.size() > 1) {
            for (int i : indexes)
                plan.refuse(facts[i].row, mapping.column(Field::HouseholdNo),
                            tr("This household has several rows, and without a relation column the ledger does not say "
                               "who is the head."));
            g.refused = true;
        } else if (heads == 0) {
            for (int i : indexes)
                plan.refuse(facts[i].row, mapping.column(Field::Relation),
                            first.householdNo.isEmpty()
                                ? tr("No head of household above this row (户主).")
                                : tr("Household %1 has no head of household (户主).").arg(first.householdNo));
            g.refused = true;
        } else if (heads > 1) {
            for (int i : indexes)
                if (facts[i].relation == QLatin1String("self"))
                    plan.refuse(facts[i].row, mapping.column(Field::Relation),
                                tr("Household %1 has %2 heads of household.").arg(first.householdNo).arg(heads));
            g.refused = true;
        }
        QList<int> ordered;
        for (int i : indexes)
            if (facts[i].relation == QLatin1String("self"))
                ordered.prepend(i);
            else
                ordered.append(i);
        const RowFacts &head = facts[ordered.first()];
        // Household facts: the head's row, or the first member row that gives them.
        auto firstGiven = [&](auto get) {
            for (int i : ordered)
                if (const auto v = get(facts[i]); !v.isEmpty())
                    return v;
            return decltype(get(head))();
        };
        g.household.villageId = firstGiven([](const RowFacts &f) { return f.villageId; });
        g.household.address = firstGiven([](const RowFacts &f) { return f.address; });
        g.category = firstGiven([](const RowFacts &f) { return f.category; });
        for (int i : ordered)
            if (facts[i].categoryStart.isValid() && !g.categoryStart.isValid())
                g.categoryStart = facts[i].categoryStart;
        for (int i : ordered)
            if (facts[i].incomeFen >= 0 && g.household.incomeFen < 0)
                g.household.incomeFen = facts[i].incomeFen;
        g.household.phone = head.phone;
        g.householdGiven = !g.household.villageId.isEmpty() || !g.household.address.isEmpty();
        if (g.household.address.isEmpty() && !g.household.villageId.isEmpty())
            g.household.address = villageName.value(g.household.villageId); // the village is where they live
        if (!g.category.isEmpty() && !g.categoryStart.isValid())
            g.categoryStart = today;
        for (int i : ordered) {
            const RowFacts &f = facts[i];
            Plan::Member m;
            m.row = f.row;
            m.person.name = f.name;
            m.person.idNumber = f.idNumber;
            m.person.birthDate = f.birthDate;
            m.person.sex = f.sex;
            m.person.relation = f.relation;
            m.person.phone = f.phone;
            g.members.append(m);
        }
        // Every member checked by the rules the forms use.
        for (Plan::Member &m : g.members) {
            if (plan.report(m.row).outcome == Outcome::Invalid)
                continue;
            const FieldErrors errors = HouseholdRules::checkPerson(m.person, today);
            for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
                const Field field = it.key() == QLatin1String("name")         ? Field::Name
                                    : it.key() == QLatin1String("id_number")  ? Field::IdNumber
                                    : it.key() == QLatin1String("birth_date") ? Field::BirthDate
                                    : it.key() == QLatin1String("sex")        ? Field::Sex
                                    : it.key() == QLatin1String("phone")      ? Field::Phone
                                    : it.key() == QLatin1String("relation")   ? Field::Relation
                                                                              : Field::Ignore;
                plan.refuse(m.row, mapping.column(field), it.value());
            }
        }
        if (!g.refused && g.household.address.isEmpty() && g.household.villageId.isEmpty()) {
            const int col =
                mapping.has(Field::Village) ? mapping.column(Field::Village) : mapping.column(Field::Address);
            plan.refuse(g.members.first().row, col,
                        villages->isEmpty() ? tr("The address is missing.")
                                            : tr("The village or community is missing."));
        }
        if (!g.refused) {
            const FieldErrors errors = HouseholdRules::checkHousehold(g.household);
            for (auto it = errors.cbegin(); it != errors.cend(); ++it)
                if (it.key() != QLatin1String("address") || !g.household.address.isEmpty()) // said just above
                    plan.refuse(g.members.first().row,
                                mapping.column(it.key() == QLatin1String("phone") ? Field::Phone : Field::Address),
                                it.value());
            if (!villages->isEmpty() && g.household.villageId.isEmpty() && g.household.address.size() > 0 &&
                !mapping.has(Field::Village))
                plan.refuse(g.members.first().row, -1,
                            tr("The station keeps a village list; map the column that names the village."));
        }

        // Already in the casebook? By ID number, or, for someone without one, by name and birth date.
        QSet<QString> existing;
        for (Plan::Member &m : g.members) {
            if (!m.person.idNumber.isEmpty()) {
                if (auto it = byId.constFind(m.person.idNumber); it != byId.cend()) {
                    m.existingPersonId = it->personId;
                    existing.insert(it->householdId);
                }
            }
        }
        if (existing.size() > 1) {
            QStringList where;
            for (const QString &h : existing)
                if (auto d = households.describeHousehold(h))
                    where << *d;
            for (const Plan::Member &m : g.members)
                if (!m.existingPersonId.isEmpty())
                    plan.refuse(m.row, mapping.column(Field::IdNumber),
                                tr("The members of this household are registered in different households: %1.")
                                    .arg(where.join(tr("; "))));
        } else if (existing.size() == 1) {
            g.existingHouseholdId = *existing.begin();
        }
        for (Plan::Member &m : g.members) {
            if (!m.existingPersonId.isEmpty() || m.person.idNumber.isEmpty() == false)
                continue;
            // No ID number: the same name and birth date in the household found, or elsewhere.
            for (const Known &k :
                 byNameBirth.values(m.person.name + QLatin1Char('|') + m.person.birthDate.toString(Qt::ISODate))) {
                if (!g.existingHouseholdId.isEmpty() && k.householdId == g.existingHouseholdId) {
                    m.existingPersonId = k.personId;
                    break;
                }
            }
            if (m.existingPersonId.isEmpty()) {
                for (const Known &k :
                     byNameBirth.values(m.person.name + QLatin1Char('|') + m.person.birthDate.toString(Qt::ISODate))) {
                    if (k.householdId == g.existingHouseholdId)
                        continue;
                    auto d = households.describeHousehold(k.householdId);
                    plan.refuse(m.row, mapping.column(Field::Name),
                                tr("A person with the same name and birth date is already registered in %1, and "
                                   "this row has no ID number to tell them apart; register them by hand.")
                                    .arg(d ? *d : QString()));
                    break;
                }
            }
        }
        // New members of a household already registered must not carry an ID number registered elsewhere (covered
        // above), and an existing household keeps its head.
        for (const Plan::Member &m : g.members)
            if (plan.report(m.row).outcome == Outcome::Invalid)
                g.refused = true;
        if (g.refused) {
            for (const Plan::Member &m : g.members)
                if (plan.report(m.row).outcome != Outcome::Invalid)
                    plan.refuse(m.row, -1, tr("Not imported with its household: another of its rows is refused."));
            plan.groups.append(g);
            continue;
        }
        if (!g.existingHouseholdId.isEmpty()) {
            auto label = households.describeHousehold(g.existingHouseholdId);
            const QString where = label ? *label : QString();
            bool changes = false;
            if (options.existing == Existing::Update) {
                auto current = households.household(g.existingHouseholdId);
                if (!current)
                    return current.error();
                const bool headExisting = g.members.first().existingPersonId.isEmpty() == false;
                if (!headExisting) {
                    plan.refuse(g.members.first().row, mapping.column(Field::Relation),
                                tr("This household is in the casebook (%1) with another head; change the head there "
                                   "by hand.")
                                    .arg(where));
                    g.refused = true;
                }
                Household updated = *current;
                if (g.householdGiven) {
                    if (!g.household.villageId.isEmpty())
                        updated.villageId = g.household.villageId;
                    if (!g.household.address.isEmpty())
                        updated.address = g.household.address;
                }
                if (!g.household.phone.isEmpty()) {
                    auto p = Validation::phone(g.household.phone);
                    if (p)
                        updated.phone = *p;
                }
                if (g.household.incomeFen >= 0)
                    updated.incomeFen = g.household.incomeFen;
                changes = updated.villageId != current->villageId || updated.address != current->address ||
                          updated.phone != current->phone || updated.incomeFen != current->incomeFen;
                g.household = updated;
                if (!g.category.isEmpty()) {
                    auto cats = households.categories(g.existingHouseholdId);
                    if (!cats)
                        return cats.error();
                    bool held = false;
                    for (const CategoryMembership &c : *cats)
                        held = held || (c.category == g.category && (!c.endDate.isValid() || c.endDate >= today));
                    if (held)
                        g.category.clear();
                    else
                        changes = true;
                }
            }
            g.changes = changes;
            for (const Plan::Member &m : g.members) {
                RowReport &rep = plan.report(m.row);
                if (g.refused) {
                    if (rep.outcome != Outcome::Invalid)
                        plan.refuse(m.row, -1, tr("Not imported with its household: another of its rows is refused."));
                } else if (options.existing == Existing::Skip) {
                    rep.outcome = Outcome::AlreadyThere;
                    rep.reason = tr("In the casebook: %1. Left as it is.").arg(where);
                } else if (m.existingPersonId.isEmpty()) {
                    rep.outcome = Outcome::Update;
                    rep.reason = tr("A new member of %1.").arg(where);
                } else if (changes && &m == &g.members.first()) {
                    rep.outcome = Outcome::Update;
                    rep.reason = tr("%1: the ledger's address, phone, village or category will be written.").arg(where);
                } else {
                    rep.outcome = Outcome::AlreadyThere;
                    rep.reason = tr("In the casebook: %1.").arg(where);
                }
            }
        } else {
            for (const Plan::Member &m : g.members)
                plan.report(m.row).reason =
                    m.person.isHead() ? tr("A new household with %n member(s).", nullptr, int(g.members.size()))
                                      : tr("A member of the new household of row %1.").arg(g.members.first().row + 1);
        }
        plan.groups.append(g);
        if (progress && plan.groups.size() % 250 == 0 &&
            !progress(rowCount + int(std::min(facts.size(), qsizetype(plan.groups.size()) * 2)), rowCount * 2)) {
            plan.stopped = true;
            return plan;
        }
    }
    return plan;
}

// ---------------------------------------------------------------------------------------------------------------
// Dry run and import

LedgerImporter::Report LedgerImporter::tally(const Plan &plan, const LedgerMapping &mapping, const Options &options)
{
    Report report;
    report.kind = mapping.kind;
    report.rows = plan.rows;
    report.unknownVillages = plan.unknownVillages;
    report.notInCasebook = plan.notInCasebook;
    report.stopped = plan.stopped;
    report.paymentsAdded = int(plan.payments.size());
    for (const Plan::Group &g : plan.groups) {
        if (g.refused)
            continue;
        if (g.existingHouseholdId.isEmpty()) {
            ++report.householdsAdded;
            report.peopleAdded += int(g.members.size());
            report.categoriesAdded += g.category.isEmpty() ? 0 : 1;
            continue;
        }
        if (options.existing == Existing::Skip) {
            ++report.householdsAlreadyThere;
            continue;
        }
        const int newMembers = int(std::count_if(g.members.cbegin(), g.members.cend(),
                                                 [](const Plan::Member &m) { return m.existingPersonId.isEmpty(); }));
        if (g.changes || newMembers > 0) {
            ++report.householdsUpdated;
            report.peopleAdded += newMembers;
            report.categoriesAdded += g.category.isEmpty() ? 0 : 1;
        } else {
            ++report.householdsAlreadyThere;
        }
    }
    return report;
}

Result<LedgerImporter::Report> LedgerImporter::dryRun(const LedgerSheet &sheet, const LedgerMapping &mapping,
                                                      const Options &options, const Progress &progress)
{
    auto p = plan(sheet, mapping, options, progress);
    if (!p)
        return p.error();
    return tally(*p, mapping, options);
}

Result<LedgerImporter::Report> LedgerImporter::import(const LedgerSheet &sheet, const LedgerMapping &mapping,
                                                      const Options &options, const Progress &progress)
{
    const bool payments = mapping.kind == LedgerMapping::Kind::Payments;
    if (auto r = m_casebook.require(payments ? Action::EditHouseholds : Action::ManageCategories); !r)
        return r.error();
    if (auto r = m_casebook.require(Action::EditHouseholds); !r)
        return r.error();
    // The rows are judged again inside the transaction, so what is written is what was judged.
    Transaction tx(m_casebook);
    if (!tx.isActive())
        return tx.error();
    auto p = plan(sheet, mapping, options, progress);
    if (!p)
        return p.error();
    Report report = tally(*p, mapping, options);
    if (report.stopped)
        return report;
    if (report.anyRefused() && !options.onlyValid)
        return makeError(Error::Kind::Invalid,
                         tr("Nothing was imported: %n row(s) are refused. Correct them in the file, or import only the "
                            "valid rows.",
                            nullptr, report.count(Outcome::Invalid)));

    const QString batchId = Uuid::v7(m_casebook.clock().now());
    // The batch first, so that every record noted below belongs to it.
    const QString sheetName = sheet.sheetNames.value(sheet.sheet);
    const QString at = m_casebook.hlc().next();
    if (auto r = Database::run(m_casebook.db(),
                               QStringLiteral("INSERT INTO ledger_import (id, file_name, sheet, kind, imported_at, "
                                              "user_id, rows_read, households_added, households_updated, "
                                              "people_added, payments_added, rows_refused) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {batchId, sheet.fileName, sheetName, kindCode(mapping.kind), at,
                                m_casebook.user() ? m_casebook.user()->id : QString(), p->rowsRead,
                                report.householdsAdded, report.householdsUpdated, report.peopleAdded,
                                report.paymentsAdded, report.count(Outcome::Invalid)});
        !r)
        return r.error();
    HouseholdRepository households(m_casebook);
    AssistanceRepository ledger(m_casebook);
    const QDate today = m_casebook.clock().today();
    auto note = [this, &batchId](int row, const QString &table, const QString &id, const char *action) {
        return Database::run(m_casebook.db(),
                             QStringLiteral("INSERT INTO ledger_import_record (import_id, row_number, table_name, "
                                            "record_id, action) VALUES (?, ?, ?, ?, ?)"),
                             {batchId, row + 1, table, id, QString::fromLatin1(action)});
    };
    // A write the rules refuse here was not foreseen by the judging: nothing is written, and the row is named.
    auto refused = [](int row, const Error &e) {
        return makeError(e.kind, tr("Nothing was imported. Row %1: %2").arg(row + 1).arg(e.message));
    };
    auto addCategory = [&](const QString &householdId, const Plan::Group &g) -> Result<void> {
        if (g.category.isEmpty())
            return {};
        CategoryMembership c;
        c.householdId = householdId;
        c.category = g.category;
        c.startDate = g.categoryStart.isValid() ? g.categoryStart : today;
        c.reviewOn = c.defaultReview(today);
        auto id = households.addCategory(c);
        if (!id)
            return refused(g.members.first().row, id.error());
        return note(g.members.first().row, QStringLiteral("category_membership"), *id, "insert");
    };

    const int total = int(p->groups.size() + p->payments.size());
    int done = 0;
    auto step = [&]() {
        ++done;
        return !(progress && done % 50 == 0 && !progress(done, total));
    };
    for (const Plan::Group &g : p->groups) {
        if (g.refused)
            continue;
        if (!step()) {
            report.stopped = true;
            return report; // the transaction rolls back: nothing written
        }
        const int headRow = g.members.first().row;
        if (g.existingHouseholdId.isEmpty()) {
            QList<Person> people;
            for (const Plan::Member &m : g.members)
                people << m.person;
            // Same name and birth date elsewhere was judged above: with an ID number they are told apart by it.
            auto id = households.createHousehold(g.household, people, true);
            if (!id)
                return refused(headRow, id.error());
            if (auto r = note(headRow, QStringLiteral("household"), *id, "insert"); !r)
                return r.error();
            if (auto r = addCategory(*id, g); !r)
                return r.error();
            continue;
        }
        if (options.existing == Existing::Skip)
            continue;
        if (g.changes) {
            if (auto r = households.updateHousehold(g.household); !r)
                return refused(headRow, r.error());
            if (auto r = note(headRow, QStringLiteral("household"), g.existingHouseholdId, "update"); !r)
                return r.error();
        }
        for (const Plan::Member &m : g.members) {
            if (!m.existingPersonId.isEmpty())
                continue;
            Person person = m.person;
            person.householdId = g.existingHouseholdId;
            auto id = households.addMember(person, true);
            if (!id)
                return refused(m.row, id.error());
            if (auto r = note(m.row, QStringLiteral("person"), *id, "insert"); !r)
                return r.error();
        }
        if (auto r = addCategory(g.existingHouseholdId, g); !r)
            return r.error();
    }
    for (const Plan::Payment &pay : p->payments) {
        if (!step()) {
            report.stopped = true;
            return report;
        }
        auto id = ledger.record(pay.entry, true);
        if (!id)
            return refused(pay.row, id.error());
        if (auto r = note(pay.row, QStringLiteral("assistance"), *id, "insert"); !r)
            return r.error();
    }

    const QVariantMap counts = {
        {QStringLiteral("file"), sheet.fileName},
        {QStringLiteral("sheet"), sheetName},
        {QStringLiteral("rows_read"), p->rowsRead},
        {QStringLiteral("households_added"), report.householdsAdded},
        {QStringLiteral("households_updated"), report.householdsUpdated},
        {QStringLiteral("people_added"), report.peopleAdded},
        {QStringLiteral("categories_added"), report.categoriesAdded},
        {QStringLiteral("payments_added"), report.paymentsAdded},
        {QStringLiteral("rows_refused"), report.count(Outcome::Invalid)},
    };
    if (auto r = AuditLog::append(m_casebook, QStringLiteral("ledger_import"), QStringLiteral("ledger_import"), batchId,
                                  {}, counts, tr("Imported from %1").arg(sheet.fileName));
        !r)
        return r.error();
    if (auto r = remember(sheet, mapping); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    report.imported = true;
    report.batchId = batchId;
    return report;
}

Result<QList<LedgerImporter::Batch>> LedgerImporter::batches() const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT i.id, i.file_name, i.sheet, i.kind, i.imported_at, "
                                           "coalesce(u.display_name, ''), i.rows_read, i.households_added, "
                                           "i.households_updated, i.people_added, i.payments_added, i.rows_refused "
                                           "FROM ledger_import i LEFT JOIN user u ON u.id = i.user_id "
                                           "ORDER BY i.imported_at DESC"));
    if (!q)
        return q.error();
    QList<Batch> list;
    while (q->next()) {
        Batch b;
        b.id = q->value(0).toString();
        b.fileName = q->value(1).toString();
        b.sheet = q->value(2).toString();
        b.kind = q->value(3).toString() == QLatin1String("payments") ? LedgerMapping::Kind::Payments
                                                                     : LedgerMapping::Kind::Households;
        b.importedAt = q->value(4).toString();
        b.userName = q->value(5).toString();
        b.rowsRead = q->value(6).toInt();
        b.householdsAdded = q->value(7).toInt();
        b.householdsUpdated = q->value(8).toInt();
        b.peopleAdded = q->value(9).toInt();
        b.paymentsAdded = q->value(10).toInt();
        b.rowsRefused = q->value(11).toInt();
        list << b;
    }
    return list;
}

Result<QList<LedgerImporter::BatchRecord>> LedgerImporter::batchRecords(const QString &batchId) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT row_number, table_name, record_id, action FROM ledger_import_record "
                                           "WHERE import_id = ? ORDER BY row_number, rowid"),
                            {batchId});
    if (!q)
        return q.error();
    QList<BatchRecord> list;
    while (q->next())
        list << BatchRecord{q->value(0).toInt(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toString()};
    return list;
}

} // namespace xianjie
