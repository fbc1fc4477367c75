#include "CharityDirectory.h"

#include "Casebook.h"
#include "Database.h"
#include "RecordWriter.h"
#include "Transaction.h"
#include "io/CsvReader.h"
#include "io/XlsxReader.h"
#include "rules/Labels.h"
#include "rules/Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>

namespace xianjie {

namespace {
QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(' '));
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;，、；]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// A list cell may hold codes or the words for them (in the user's language or Chinese).
Result<QStringList> codesOf(const Labels::Entries &entries, const QStringList &values, const QString &what)
{
    QStringList codes;
    for (const QString &v : values) {
        QString code;
        for (const auto &e : entries)
            if (e.first == v || e.second == v)
                code = e.first;
        if (code.isEmpty())
            return makeError(
                Error::Kind::Invalid,
                QCoreApplication::translate("xianjie::CharityDirectory", "\"%1\" is not a known %2.").arg(v, what));
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

Result<QStringList> areaCodes(const QStringList &values)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{2,12}$"));
    for (const QString &v : values)
        if (!digits.match(v).hasMatch())
            return makeError(Error::Kind::Invalid,
                             QCoreApplication::translate("xianjie::CharityDirectory",
                                                         "\"%1\" is not a division code (2 to 12 digits).")
                                 .arg(v));
    return values;
}

CharityOrg readOrg(const QSqlQuery &q)
{
    CharityOrg o;
    o.id = q.value(0).toString();
    o.name = q.value(1).toString();
    o.creditCode = q.value(2).toString();
    o.registrationAuthority = q.value(3).toString();
    o.contactPerson = q.value(4).toString();
    o.contactPhone = q.value(5).toString();
    o.serviceArea = splitList(q.value(6).toString());
    o.serviceTypes = splitList(q.value(7).toString());
    o.targetGroups = splitList(q.value(8).toString());
    o.publicFundraising = q.value(9).toInt() == 1;
    o.status = q.value(10).toString();
    return o;
}
const char kOrgColumns[] = "id, name, credit_code, registration_authority, contact_person, contact_phone, "
                           "service_area, service_types, target_groups, public_fundraising, status";

CharityProject readProject(const QSqlQuery &q)
{
    CharityProject p;
    p.id = q.value(0).toString();
    p.orgId = q.value(1).toString();
    p.name = q.value(2).toString();
    p.projectNumber = q.value(3).toString();
    p.targetGroups = splitList(q.value(4).toString());
    p.serviceTypes = splitList(q.value(5).toString());
    p.region = splitList(q.value(6).toString());
    p.capacity = q.value(7).isNull() ? -1 : q.value(7).toInt();
    p.capacityUsed = q.value(8).toInt();
    p.budgetFen = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
    p.budgetUsedFen = q.value(10).toLongLong();
    p.startsOn = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    p.endsOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    p.campaignTags = splitList(q.value(13).toString());
    p.disclosureUrl = q.value(14).toString();
    p.status = q.value(15).toString();
    p.orgName = q.value(16).toString();
    return p;
}
const char kProjectColumns[] =
    "p.id, p.org_id, p.name, p.project_number, p.target_groups, p.service_types, p.region, p.capacity, "
    "p.capacity_used, p.budget_fen, p.budget_used_fen, p.starts_on, p.ends_on, p.campaign_tags, p.disclosure_url, "
    "p.status, o.name";

// Column names accepted in a CSV header: the English key or its Chinese heading.
const QHash<QString, QString> &headings()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("名称"), QStringLiteral("name")},
        {QStringLiteral("机构名称"), QStringLiteral("name")},
        {QStringLiteral("统一社会信用代码"), QStringLiteral("credit_code")},
        {QStringLiteral("登记管理机关"), QStringLiteral("registration_authority")},
        {QStringLiteral("联系人"), QStringLiteral("contact_person")},
        {QStringLiteral("联系电话"), QStringLiteral("contact_phone")},
        {QStringLiteral("服务地区"), QStringLiteral("service_area")},
        {QStringLiteral("服务类型"), QStringLiteral("service_types")},
        {QStringLiteral("服务对象"), QStringLiteral("target_groups")},
        {QStringLiteral("公开募捐资格"), QStringLiteral("public_fundraising")},
        {QStringLiteral("状态"), QStringLiteral("status")},
        {QStringLiteral("机构信用代码"), QStringLiteral("org_credit_code")},
        {QStringLiteral("项目名称"), QStringLiteral("name")},
        {QStringLiteral("项目编号"), QStringLiteral("project_number")},
        {QStringLiteral("地区"), QStringLiteral("region")},
        {QStringLiteral("名额"), QStringLiteral("capacity")},
        {QStringLiteral("预算（元）"), QStringLiteral("budget_yuan")},
        {QStringLiteral("开始日期"), QStringLiteral("starts_on")},
        {QStringLiteral("结束日期"), QStringLiteral("ends_on")},
        {QStringLiteral("活动标签"), QStringLiteral("campaign_tags")},
        {QStringLiteral("信息公开链接"), QStringLiteral("disclosure_url")},
    };
    return map;
}

bool yes(const QString &v)
{
    static const QStringList yesWords = {QStringLiteral("1"),    QStringLiteral("yes"), QStringLiteral("y"),
                                         QStringLiteral("true"), QStringLiteral("是"),  QStringLiteral("有")};
    return yesWords.contains(v.trimmed().toLower());
}

// A name or number is a line, not a document: a file whose cell holds megabytes is refused in words.
constexpr qsizetype kMaxName = 200;
constexpr qsizetype kMaxText = 2000;

struct Field
{
    QString label;
    QString value;
    qsizetype max;
};

Result<void> fitsLength(const QList<Field> &fields)
{
    for (const Field &f : fields)
        if (f.value.size() > f.max)
            return makeError(Error::Kind::Invalid, CharityDirectory::tr("The %1 is %2 characters long; at most %3 fit.")
                                                       .arg(f.label)
                                                       .arg(f.value.size())
                                                       .arg(f.max));
    return {};
}

Result<qint64> yuanToFen(const QString &text)
{
    static const QRegularExpression money(QStringLiteral("^([0-9]{1,10})(?:\\.([0-9]{1,2}))?$"));
    const auto m = money.match(text.trimmed());
    if (!m.hasMatch())
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("xianjie::CharityDirectory", "\"%1\" is not an amount in yuan.").arg(text));
    return m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
}
} // namespace

Result<CharityOrg> CharityDirectory::checkOrg(CharityOrg org)
{
    org.name = org.name.trimmed();
    if (org.name.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Enter the organisation's name."));
    if (auto r = fitsLength({{tr("name"), org.name, kMaxName},
                             {tr("registration authority"), org.registrationAuthority, kMaxName},
                             {tr("contact person"), org.contactPerson, kMaxName},
                             {tr("phone"), org.contactPhone, kMaxName}});
        !r)
        return r.error();
    auto code = Validation::creditCode(org.creditCode);
    if (!code)
        return code.error();
    org.creditCode = *code;
    if (!org.contactPhone.trimmed().isEmpty()) {
        auto phone = Validation::phone(org.contactPhone);
        if (!phone)
            return phone.error();
        org.contactPhone = *phone;
    }
    auto area = areaCodes(org.serviceArea);
    if (!area)
        return area.error();
    auto types = codesOf(Labels::needTypes(), org.serviceTypes, tr("service type"));
    if (!types)
        return types.error();
    org.serviceTypes = *types;
    auto groups = codesOf(Labels::targetGroups(), org.targetGroups, tr("target group"));
    if (!groups)
        return groups.error();
    org.targetGroups = *groups;
    if (!Labels::contains(Labels::orgStatuses(), org.status))
        return makeError(Error::Kind::Invalid, tr("Choose the organisation's status."));
    return org;
}

Result<CharityProject> CharityDirectory::checkProject(CharityProject p)
{
    p.name = p.name.trimmed();
    if (p.orgId.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Choose the organisation that runs the project."));
    if (p.name.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Enter the project's name."));
    if (auto r = fitsLength({{tr("name"), p.name, kMaxName},
                             {tr("project number"), p.projectNumber, kMaxName},
                             {tr("disclosure address"), p.disclosureUrl, kMaxText}});
        !r)
        return r.error();
    auto types = codesOf(Labels::needTypes(), p.serviceTypes, tr("service type"));
    if (!types)
        return types.error();
    p.serviceTypes = *types;
    auto groups = codesOf(Labels::targetGroups(), p.targetGroups, tr("target group"));
    if (!groups)
        return groups.error();
    p.targetGroups = *groups;
    auto region = areaCodes(p.region);
    if (!region)
        return region.error();
    if (p.capacity < -1 || p.budgetFen < -1)
        return makeError(Error::Kind::Invalid, tr("Places and budget cannot be negative."));
    if (p.startsOn.isValid() && p.endsOn.isValid() && p.endsOn < p.startsOn)
        return makeError(Error::Kind::Invalid, tr("The project cannot end before it starts."));
    return p;
}

Result<QString> CharityDirectory::saveOrg(const CharityOrg &input)
{
    if (auto r = m_casebook.require(Action::ManageDirectory); !r)
        return r.error();
    auto org = checkOrg(input);
    if (!org)
        return org.error();
    auto same = Database::scalar(m_casebook.db(),
                                 QStringLiteral("SELECT id FROM charity_org WHERE credit_code = ? AND deleted = 0"),
                                 {org->creditCode});
    if (!same)
        return same.error();
    if (!same->isNull() && same->toString() != org->id)
        return makeError(Error::Kind::Duplicate,
                         tr("The directory already holds an organisation with this credit code."));
    const QVariantMap fields = {
        {QStringLiteral("name"), org->name},
        {QStringLiteral("credit_code"), org->creditCode},
        {QStringLiteral("registration_authority"), org->registrationAuthority.trimmed()},
        {QStringLiteral("contact_person"), org->contactPerson.trimmed()},
        {QStringLiteral("contact_phone"), org->contactPhone},
        {QStringLiteral("service_area"), joined(org->serviceArea)},
        {QStringLiteral("service_types"), joined(org->serviceTypes)},
        {QStringLiteral("target_groups"), joined(org->targetGroups)},
        {QStringLiteral("public_fundraising"), org->publicFundraising ? 1 : 0},
        {QStringLiteral("status"), org->status},
    };
    Transaction tx(m_casebook);
    QString id = org->id;
    auto known =
        Database::scalar(m_casebook.db(), QStringLiteral("SELECT count(*) FROM charity_org WHERE id = ?"), {id});
    if (!known)
        return known.error();
    if (id.isEmpty() || known->toInt() == 0) {
        // A new organisation; one that comes from the county keeps the county's id.
        QVariantMap withId = fields;
        if (!id.isEmpty())
            withId.insert(QStringLiteral("id"), id);
        auto inserted = RecordWriter(m_casebook).insert(QStringLiteral("charity_org"), withId);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (auto r = RecordWriter(m_casebook).update(QStringLiteral("charity_org"), id, fields); !r) {
        return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<QString> CharityDirectory::saveProject(const CharityProject &input)
{
    if (auto r = m_casebook.require(Action::ManageDirectory); !r)
        return r.error();
    auto p = checkProject(input);
    if (!p)
        return p.error();
    if (auto o = org(p->orgId); !o)
        return o.error();
    const QVariantMap fields = {
        {QStringLiteral("org_id"), p->orgId},
        {QStringLiteral("name"), p->name},
        {QStringLiteral("project_number"), p->projectNumber.trimmed()},
        {QStringLiteral("target_groups"), joined(p->targetGroups)},
        {QStringLiteral("service_types"), joined(p->serviceTypes)},
        {QStringLiteral("region"), joined(p->region)},
        {QStringLiteral("capacity"), p->capacity < 0 ? QVariant() : QVariant(p->capacity)},
        {QStringLiteral("capacity_used"), p->capacityUsed},
        {QStringLiteral("budget_fen"), p->budgetFen < 0 ? QVariant() : QVariant(p->budgetFen)},
        {QStringLiteral("budget_used_fen"), p->budgetUsedFen},
        {QStringLiteral("starts_on"), p->startsOn},
        {QStringLiteral("ends_on"), p->endsOn},
        {QStringLiteral("campaign_tags"), joined(p->campaignTags)},
        {QStringLiteral("disclosure_url"), p->disclosureUrl.trimmed()},
        {QStringLiteral("status"), p->status},
    };
    Transaction tx(m_casebook);
    QString id = p->id;
    if (id.isEmpty()) {
        auto inserted = RecordWriter(m_casebook).insert(QStringLiteral("charity_project"), fields);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (auto r = RecordWriter(m_casebook).update(QStringLiteral("charity_project"), id, fields); !r) {
        return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<QList<CharityOrg>> CharityDirectory::orgs() const
{
    auto q = Database::exec(m_casebook.db(), QStringLiteral("SELECT %1 FROM charity_org WHERE deleted = 0 ORDER BY "
                                                            "status = 'active' DESC, name")
                                                 .arg(QLatin1String(kOrgColumns)));
    if (!q)
        return q.error();
    QList<CharityOrg> out;
    while (q->next())
        out << readOrg(*q);
    return out;
}

Result<CharityOrg> CharityDirectory::org(const QString &id) const
{
    auto q = Database::exec(
        m_casebook.db(),
        QStringLiteral("SELECT %1 FROM charity_org WHERE id = ? AND deleted = 0").arg(QLatin1String(kOrgColumns)),
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("This organisation is not in the directory."));
    return readOrg(*q);
}

Result<QList<CharityProject>> CharityDirectory::projects(const QString &orgId) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT %1 FROM charity_project p JOIN charity_org o ON o.id = p.org_id "
                                           "WHERE p.deleted = 0 AND (? = '' OR p.org_id = ?) ORDER BY p.rid DESC")
                                .arg(QLatin1String(kProjectColumns)),
                            {orgId, orgId});
    if (!q)
        return q.error();
    QList<CharityProject> out;
    while (q->next())
        out << readProject(*q);
    return out;
}

Result<CharityProject> CharityDirectory::project(const QString &id) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT %1 FROM charity_project p JOIN charity_org o ON o.id = p.org_id "
                                           "WHERE p.id = ? AND p.deleted = 0")
                                .arg(QLatin1String(kProjectColumns)),
                            {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("This project is not in the directory."));
    return readProject(*q);
}

Result<CharityDirectory::ImportReport> CharityDirectory::importCsv(QIODevice &file)
{
    if (auto r = m_casebook.require(Action::ManageDirectory); !r)
        return r.error();
    // UTF-8 or the GB18030 Chinese Excel saves, separated by commas, tabs or semicolons.
    const auto decoded = CsvReader::decode(file.readAll());
    if (!decoded)
        return decoded.error();
    return importRows(CsvReader::parse(decoded->text, CsvReader::detectSeparator(decoded->text)));
}

Result<CharityDirectory::ImportReport> CharityDirectory::importFile(const QString &path)
{
    if (auto r = m_casebook.require(Action::ManageDirectory); !r)
        return r.error();
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        // The workbook's first sheet, as its cells show.
        auto rows = XlsxReader::readSheet(path, 0);
        if (!rows)
            return rows.error();
        return importRows(XlsxReader::texts(*rows));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io,
                         tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return importCsv(file);
}

Result<CharityDirectory::ImportReport> CharityDirectory::importRows(const QList<QStringList> &rows)
{
    if (rows.isEmpty() || rows.first().isEmpty())
        return makeError(Error::Kind::Invalid, tr("The file is empty; the first row must name the columns."));

    QHash<QString, int> column;
    for (int i = 0; i < rows.first().size(); ++i) {
        const QString h = rows.first().at(i).trimmed();
        column.insert(headings().value(h, h), i);
    }
    const bool projectsFile = column.contains(QStringLiteral("org_credit_code"));
    const QStringList required = projectsFile ? QStringList{QStringLiteral("org_credit_code"), QStringLiteral("name")}
                                              : QStringList{QStringLiteral("name"), QStringLiteral("credit_code")};
    for (const QString &r : required)
        if (!column.contains(r))
            return makeError(Error::Kind::Invalid,
                             tr("The file has no column \"%1\". The first row must name the columns.").arg(r));

    ImportReport report;
    QList<CharityOrg> orgRows;
    QList<CharityProject> projectRows;
    QHash<QString, QString> orgIdByCode;
    if (auto all = orgs(); all) {
        for (const CharityOrg &o : *all)
            orgIdByCode.insert(o.creditCode, o.id);
    } else {
        return all.error();
    }

    QHash<QString, int> firstRowOfCode;
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        if (row.isEmpty() || (row.size() == 1 && row.first().trimmed().isEmpty()))
            continue;
        auto cell = [&](const char *key) {
            const int i = column.value(QLatin1String(key), -1);
            return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
        };
        const QString rowLabel = tr("Row %1").arg(r + 1);
        if (!projectsFile) {
            CharityOrg o;
            o.name = cell("name");
            o.creditCode = cell("credit_code");
            o.registrationAuthority = cell("registration_authority");
            o.contactPerson = cell("contact_person");
            o.contactPhone = cell("contact_phone");
            o.serviceArea = splitList(cell("service_area"));
            o.serviceTypes = splitList(cell("service_types"));
            o.targetGroups = splitList(cell("target_groups"));
            o.publicFundraising = yes(cell("public_fundraising"));
            if (const QString s = cell("status"); !s.isEmpty()) {
                auto status = codesOf(Labels::orgStatuses(), {s}, tr("status"));
                o.status = status ? status->first() : s;
            }
            auto checked = checkOrg(o);
            if (!checked) {
                report.rowErrors << tr("%1: %2").arg(rowLabel, checked.message());
                continue;
            }
            // The same organisation twice in one file: both rows named, nothing imported.
            if (const int first = firstRowOfCode.value(checked->creditCode, -1); first >= 0) {
                report.rowErrors << tr("%1: the credit code %2 is already in row %3 of this file.")
                                        .arg(rowLabel, checked->creditCode)
                                        .arg(first + 1);
                continue;
            }
            firstRowOfCode.insert(checked->creditCode, r);
            checked->id = orgIdByCode.value(checked->creditCode);
            orgRows << *checked;
            continue;
        }
        CharityProject p;
        const QString orgCode = cell("org_credit_code").toUpper();
        p.orgId = orgIdByCode.value(orgCode);
        if (p.orgId.isEmpty()) {
            report.rowErrors << tr("%1: no organisation with credit code %2 is in the directory; import the "
                                   "organisations first.")
                                    .arg(rowLabel, orgCode);
            continue;
        }
        p.name = cell("name");
        p.projectNumber = cell("project_number");
        p.targetGroups = splitList(cell("target_groups"));
        p.serviceTypes = splitList(cell("service_types"));
        p.region = splitList(cell("region"));
        QStringList problems;
        if (const QString c = cell("capacity"); !c.isEmpty()) {
            bool ok = false;
            p.capacity = c.toInt(&ok);
            if (!ok || p.capacity < 0)
                problems << tr("\"%1\" is not a number of places.").arg(c);
        }
        if (const QString b = cell("budget_yuan"); !b.isEmpty()) {
            auto fen = yuanToFen(b);
            if (fen)
                p.budgetFen = *fen;
            else
                problems << fen.message();
        }
        for (const auto &[key, date] : {std::pair{"starts_on", &p.startsOn}, std::pair{"ends_on", &p.endsOn}}) {
            const QString d = cell(key);
            if (d.isEmpty())
                continue;
            *date = QDate::fromString(d, Qt::ISODate);
            if (!date->isValid())
                problems << tr("\"%1\" is not a date (write 2026-09-05).").arg(d);
        }
        p.campaignTags = splitList(cell("campaign_tags"));
        p.disclosureUrl = cell("disclosure_url");
        if (!problems.isEmpty()) {
            report.rowErrors << tr("%1: %2").arg(rowLabel, problems.join(QLatin1Char(' ')));
            continue;
        }
        auto checked = checkProject(p);
        if (!checked) {
            report.rowErrors << tr("%1: %2").arg(rowLabel, checked.message());
            continue;
        }
        projectRows << *checked;
    }
    if (!report.rowErrors.isEmpty())
        return report;

    Transaction tx(m_casebook);
    for (CharityOrg &o : orgRows) {
        const bool existed = !o.id.isEmpty();
        auto id = saveOrg(o);
        if (!id)
            return id.error();
        existed ? ++report.orgsUpdated : ++report.orgsAdded;
    }
    if (!projectRows.isEmpty()) {
        auto existing = projects();
        if (!existing)
            return existing.error();
        for (CharityProject &p : projectRows) {
            for (const CharityProject &e : *existing)
                if (e.orgId == p.orgId &&
                    (p.projectNumber.isEmpty() ? e.name == p.name : e.projectNumber == p.projectNumber)) {
                    p.id = e.id;
                    p.capacityUsed = e.capacityUsed;
                    p.budgetUsedFen = e.budgetUsedFen;
                }
            const bool existed = !p.id.isEmpty();
            auto id = saveProject(p);
            if (!id)
                return id.error();
            existed ? ++report.projectsUpdated : ++report.projectsAdded;
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return report;
}

} // namespace xianjie
