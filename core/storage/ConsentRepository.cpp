#include "ConsentRepository.h"

#include "Casebook.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "RecordWriter.h"
#include "Transaction.h"
#include "rules/ConsentPolicy.h"
#include "rules/Labels.h"
#include "rules/Validation.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>

namespace xianjie {

namespace {
const char kColumns[] =
    "c.id, c.household_id, c.consenter_name, coalesce(c.consenter_person_id, ''), c.guardian_id_number, "
    "c.guardian_relation, c.org_id, o.name, coalesce(c.project_id, ''), coalesce(p.name, ''), c.purpose, "
    "c.purpose_text, c.retention_months, c.method, c.witness_user_id, coalesce(u.display_name, ''), "
    "c.verbal_witness, c.notice_version, c.granted_on, c.expires_on, c.withdrawn_on, c.withdrawal_method, "
    "c.recipient_told_on, (SELECT count(*) FROM attachment a WHERE a.owner_id = c.id AND a.deleted = 0)";
const char kFrom[] = "consent c JOIN charity_org o ON o.id = c.org_id LEFT JOIN charity_project p ON "
                     "p.id = c.project_id LEFT JOIN user u ON u.id = c.witness_user_id";

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Consent read(const QSqlQuery &q)
{
    Consent c;
    c.id = q.value(0).toString();
    c.householdId = q.value(1).toString();
    c.consenterName = q.value(2).toString();
    c.consenterPersonId = q.value(3).toString();
    c.guardianIdNumber = q.value(4).toString();
    c.guardianRelation = q.value(5).toString();
    c.orgId = q.value(6).toString();
    c.orgName = q.value(7).toString();
    c.projectId = q.value(8).toString();
    c.projectName = q.value(9).toString();
    c.purpose = q.value(10).toString();
    c.purposeText = q.value(11).toString();
    c.retentionMonths = q.value(12).toInt();
    c.method = q.value(13).toString();
    c.witnessUserId = q.value(14).toString();
    c.witnessName = q.value(15).toString();
    c.verbalWitness = q.value(16).toString();
    c.noticeVersion = q.value(17).toString();
    c.grantedOn = date(q.value(18));
    c.expiresOn = date(q.value(19));
    c.withdrawnOn = date(q.value(20));
    c.withdrawalMethod = q.value(21).toString();
    c.recipientToldOn = date(q.value(22));
    c.attachments = q.value(23).toInt();
    return c;
}
} // namespace

Result<QString> ConsentRepository::record(const Consent &input)
{
    if (auto r = m_casebook.require(Action::Refer); !r)
        return r.error();
    HouseholdRepository households(m_casebook);
    auto members = households.members(input.householdId);
    if (!members)
        return members.error();
    if (members->isEmpty())
        return makeError(Error::Kind::NotFound, tr("The household is not in the casebook."));
    Consent c = input;
    if (!c.guardianIdNumber.trimmed().isEmpty()) {
        auto id = Validation::residentId(c.guardianIdNumber, m_casebook.clock().today());
        if (!id)
            return id.error();
        c.guardianIdNumber = id->number;
    }
    if (auto r = ConsentPolicy::check(c, *members, m_casebook.clock().today()); !r)
        return r.error();
    auto org = Database::scalar(
        m_casebook.db(), QStringLiteral("SELECT status FROM charity_org WHERE id = ? AND deleted = 0"), {c.orgId});
    if (!org)
        return org.error();
    if (org->isNull())
        return makeError(Error::Kind::NotFound, tr("This organisation is not in the directory."));
    if (!c.projectId.isEmpty()) {
        auto owner = Database::scalar(m_casebook.db(),
                                      QStringLiteral("SELECT org_id FROM charity_project WHERE id = ? AND deleted = 0"),
                                      {c.projectId});
        if (!owner)
            return owner.error();
        if (owner->toString() != c.orgId)
            return makeError(Error::Kind::Invalid, tr("The project does not belong to the chosen organisation."));
    }

    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    auto id = writer.insert(QStringLiteral("consent"),
                            {{QStringLiteral("household_id"), c.householdId},
                             {QStringLiteral("consenter_name"), c.consenterName.trimmed()},
                             {QStringLiteral("consenter_person_id"),
                              c.consenterPersonId.isEmpty() ? QVariant() : QVariant(c.consenterPersonId)},
                             {QStringLiteral("guardian_id_number"), c.guardianIdNumber.trimmed()},
                             {QStringLiteral("guardian_relation"), c.guardianRelation.trimmed()},
                             {QStringLiteral("org_id"), c.orgId},
                             {QStringLiteral("project_id"), c.projectId.isEmpty() ? QVariant() : QVariant(c.projectId)},
                             {QStringLiteral("purpose"), c.purpose},
                             {QStringLiteral("purpose_text"), c.purposeText.trimmed()},
                             {QStringLiteral("retention_months"), c.retentionMonths},
                             {QStringLiteral("method"), c.method},
                             {QStringLiteral("witness_user_id"), m_casebook.user()->id},
                             {QStringLiteral("verbal_witness"), c.verbalWitness.trimmed()},
                             {QStringLiteral("notice_version"), c.noticeVersion.trimmed()},
                             {QStringLiteral("granted_on"), c.grantedOn},
                             {QStringLiteral("expires_on"), c.expiresOn}});
    if (!id)
        return id.error();
    bool anyChild = false;
    for (const ConsentMember &m : c.members) {
        if (auto r = writer.insert(QStringLiteral("consent_member"), {{QStringLiteral("consent_id"), *id},
                                                                      {QStringLiteral("person_id"), m.personId},
                                                                      {QStringLiteral("basis"), m.basis}});
            !r)
            return r.error();
        for (const Person &p : *members)
            if (p.id == m.personId && p.ageOn(c.grantedOn) >= 0 && p.ageOn(c.grantedOn) < ConsentPolicy::kGuardianAge)
                anyChild = true;
    }
    for (const QString &item : c.items) {
        const bool sensitive = anyChild || Labels::isSensitiveItem(item);
        if (auto r = writer.insert(QStringLiteral("consent_item"), {{QStringLiteral("consent_id"), *id},
                                                                    {QStringLiteral("item"), item},
                                                                    {QStringLiteral("sensitive"), sensitive ? 1 : 0}});
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<void> ConsentRepository::markRecipientTold(const QString &consentId, const QDate &on)
{
    if (auto r = m_casebook.require(Action::Refer); !r)
        return r.error();
    auto c = consent(consentId);
    if (!c)
        return c.error();
    if (!c->isWithdrawn())
        return makeError(Error::Kind::Invalid, tr("The consent has not been withdrawn."));
    if (!on.isValid() || on < c->withdrawnOn || on > m_casebook.clock().today())
        return makeError(Error::Kind::Invalid, tr("The recipient is told on or after the withdrawal, not later "
                                                  "than today."));
    Transaction tx(m_casebook);
    if (auto r = RecordWriter(m_casebook)
                     .update(QStringLiteral("consent"), consentId, {{QStringLiteral("recipient_told_on"), on}});
        !r)
        return r.error();
    return tx.commit();
}

Result<Consent> ConsentRepository::consent(const QString &id) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT %1 FROM %2 WHERE c.id = ? AND c.deleted = 0")
                                .arg(QLatin1String(kColumns), QLatin1String(kFrom)),
                            {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("This consent is not in the casebook."));
    Consent c = read(*q);
    auto m = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT person_id, basis FROM consent_member WHERE consent_id = ? AND "
                                           "deleted = 0 ORDER BY rid"),
                            {id});
    if (!m)
        return m.error();
    while (m->next())
        c.members << ConsentMember{m->value(0).toString(), m->value(1).toString()};
    auto i = Database::exec(
        m_casebook.db(),
        QStringLiteral("SELECT item FROM consent_item WHERE consent_id = ? AND deleted = 0 ORDER BY rid"), {id});
    if (!i)
        return i.error();
    while (i->next())
        c.items << i->value(0).toString();
    return c;
}

Result<QList<Consent>> ConsentRepository::consents(const QString &householdId) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT c.id FROM consent c WHERE c.household_id = ? AND c.deleted = 0 "
                                           "ORDER BY c.granted_on DESC, c.rid DESC"),
                            {householdId});
    if (!q)
        return q.error();
    QList<Consent> out;
    while (q->next()) {
        auto c = consent(q->value(0).toString());
        if (!c)
            return c.error();
        out << *c;
    }
    return out;
}

Result<QList<Consent>> ConsentRepository::usable(const QString &householdId, const QString &orgId,
                                                 const QString &projectId, const QString &purpose,
                                                 const QDate &day) const
{
    auto all = consents(householdId);
    if (!all)
        return all.error();
    QList<Consent> out;
    for (const Consent &c : *all)
        if (c.orgId == orgId && (c.projectId.isEmpty() || c.projectId == projectId) && c.purpose == purpose &&
            c.holdsOn(day))
            out << c;
    return out;
}

Result<QString> ConsentRepository::attach(const QString &consentId, const QString &fileName, const QByteArray &content)
{
    if (auto r = m_casebook.require(Action::Refer); !r)
        return r.error();
    if (auto c = consent(consentId); !c)
        return c.error();
    if (content.isEmpty())
        return makeError(Error::Kind::Invalid, tr("The file is empty."));
    constexpr qint64 kLimit = 20 * 1024 * 1024;
    if (content.size() > kLimit)
        return makeError(Error::Kind::Invalid, tr("The file is larger than 20 MB; scan at a lower resolution."));
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(fileName, content).name();
    Transaction tx(m_casebook);
    auto id = RecordWriter(m_casebook)
                  .insert(QStringLiteral("attachment"),
                          {{QStringLiteral("owner_table"), QStringLiteral("consent")},
                           {QStringLiteral("owner_id"), consentId},
                           {QStringLiteral("file_name"), QFileInfo(fileName).fileName()},
                           {QStringLiteral("mime_type"), mime},
                           {QStringLiteral("size"), content.size()},
                           {QStringLiteral("sha256"),
                            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
                           {QStringLiteral("content"), content}});
    if (!id)
        return id.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<QList<Attachment>> ConsentRepository::attachments(const QString &ownerId) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT id, file_name, mime_type, size, sha256 FROM attachment WHERE "
                                           "owner_id = ? AND deleted = 0 ORDER BY rid"),
                            {ownerId});
    if (!q)
        return q.error();
    QList<Attachment> out;
    while (q->next())
        out << Attachment{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                          q->value(3).toLongLong(), q->value(4).toString()};
    return out;
}

Result<QByteArray> ConsentRepository::attachmentContent(const QString &attachmentId) const
{
    auto v = Database::scalar(
        m_casebook.db(), QStringLiteral("SELECT content FROM attachment WHERE id = ? AND deleted = 0"), {attachmentId});
    if (!v)
        return v.error();
    if (v->isNull())
        return makeError(Error::Kind::NotFound, tr("The attached file is not in the casebook."));
    return v->toByteArray();
}

} // namespace xianjie
