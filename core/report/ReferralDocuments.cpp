#include "ReferralDocuments.h"

#include "report/Paper.h"
#include "rules/ConsentPolicy.h"
#include "rules/Labels.h"
#include "rules/Validation.h"
#include "storage/AuditLog.h"
#include "storage/Casebook.h"
#include "storage/CharityDirectory.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/StationSettings.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xianjie {

struct ReferralDocuments::Checked
{
    Referral referral;
    QList<SharedItem> items;
    QHash<QString, Consent> consents;
    CharityOrg org;
};

QString ReferralDocuments::sensitiveReason(const QString &item)
{
    if (item == QLatin1String("id_number"))
        return tr("an ID number identifies the person");
    if (item == QLatin1String("categories") || item == QLatin1String("income") || item == QLatin1String("bank_account"))
        return tr("it shows the household's money and assistance");
    return tr("it is health information");
}

Result<void> ReferralDocuments::recordOutput(const QString &action, const QString &table, const QString &recordId,
                                             const QString &note)
{
    Transaction tx(m_casebook);
    if (auto a = AuditLog::append(m_casebook, action, table, recordId, {}, {}, note); !a)
        return a.error();
    return tx.commit();
}

Result<ReferralDocuments::Checked> ReferralDocuments::checked(const QString &referralId) const
{
    ReferralRepository referrals(m_casebook);
    auto r = referrals.referral(referralId);
    if (!r)
        return r.error();
    if (!r->toCharity())
        return makeError(Error::Kind::Invalid, tr("A lead from a charity has no referral letter."));
    static const QStringList live = {QStringLiteral("sent"), QStringLiteral("accepted"), QStringLiteral("helping"),
                                     QStringLiteral("completed")};
    if (r->status == QLatin1String("consent_withdrawn"))
        return makeError(Error::Kind::Invalid, tr("Missing consent: the consent referral %1 relied on was withdrawn, "
                                                  "so its letter and packet can no longer be given to a charity.")
                                                   .arg(r->number));
    if (!live.contains(r->status))
        return makeError(Error::Kind::Invalid,
                         tr("Referral %1 has the status \"%2\": it has no letter or packet to give to a charity.")
                             .arg(r->number, Labels::label(Labels::referralStatuses(), r->status)));
    auto items = referrals.shared(referralId);
    if (!items)
        return items.error();
    if (items->isEmpty())
        return makeError(Error::Kind::Invalid,
                         tr("Missing consent: referral %1 discloses nothing under a consent.").arg(r->number));
    Checked c;
    c.referral = *r;
    c.items = *items;
    const QDate today = m_casebook.clock().today();
    ConsentRepository consents(m_casebook);
    for (const SharedItem &s : *items) {
        if (!c.consents.contains(s.consentId)) {
            auto consent = consents.consent(s.consentId);
            if (!consent)
                return consent.error();
            c.consents.insert(s.consentId, *consent);
        }
        const Consent &consent = c.consents[s.consentId];
        const QString item = Labels::label(Labels::consentItems(), s.item);
        const QString who = Validation::maskName(s.personName);
        const bool covered = consent.covers(s.personId) && consent.items.contains(s.item) &&
                             consent.orgId == r->orgId &&
                             (consent.projectId.isEmpty() || consent.projectId == r->projectId);
        if (!covered)
            return makeError(Error::Kind::Invalid,
                             tr("Missing consent: \"%1\" of %2 is not covered by the consent it was recorded under.")
                                 .arg(item, who));
        if (const QString why = ConsentPolicy::whyUnusable(consent, today); !why.isEmpty())
            return makeError(Error::Kind::Invalid, tr("Missing consent: \"%1\" of %2 can no longer be given to the "
                                                      "charity: %3.")
                                                       .arg(item, who, why));
        if (s.purgedOn.isValid())
            return makeError(Error::Kind::Invalid,
                             tr("The data of referral %1 was deleted on %2 when the consent's retention period ended.")
                                 .arg(r->number, s.purgedOn.toString(Qt::ISODate)));
    }
    auto org = CharityDirectory(m_casebook).org(r->orgId);
    if (!org)
        return org.error();
    c.org = *org;
    return c;
}

QString ReferralDocuments::stationBlock(const QString &worker) const
{
    // Who at the station answers for this paper, and how to reach them; blanks to fill in where the station has not
    // entered its contact yet (Account → Station details).
    const StationSettings::Contact contact = StationSettings(m_casebook).contact();
    auto orBlank = [](const QString &value, int chars) {
        return value.isEmpty() ? Paper::blank(chars) : value;
    };
    QString html = QStringLiteral("<table width=\"100%\">");
    html += QStringLiteral("<tr><th width=\"22%\">%1</th><td width=\"28%\">%2</td><th width=\"22%\">%3</th>"
                           "<td width=\"28%\">%4</td></tr>")
                .arg(Paper::esc(tr("Handled by")), Paper::esc(orBlank(worker, 10)), Paper::esc(tr("Station contact")),
                     Paper::esc(orBlank(contact.person, 10)));
    html += QStringLiteral("<tr><th>%1</th><td>%2</td><th>%3</th><td>%4</td></tr>")
                .arg(Paper::esc(tr("Phone")), Paper::esc(orBlank(contact.phone, 12)), Paper::esc(tr("Address")),
                     Paper::esc(orBlank(contact.address, 12)));
    html += QStringLiteral("</table>");
    return html;
}

QString ReferralDocuments::signatureBlock(const QString &who, const QDate &on)
{
    // The seal goes over the name and the date, as on any letter from a government office.
    return QStringLiteral("<table width=\"100%\" style=\"margin-top:16px\"><tr><td style=\"border:none\" "
                          "width=\"55%\"></td><td class=\"seal\" style=\"border:1px dashed #666\" height=\"110\" "
                          "align=\"center\" valign=\"middle\"><br>%1<br><br><br>%2<br>%3<br></td></tr></table>")
        .arg(Paper::esc(tr("(seal)")), Paper::esc(who), Paper::esc(Paper::date(on)));
}

Result<QString> ReferralDocuments::letterHtml(const QString &referralId)
{
    if (auto p = m_casebook.require(Action::Refer); !p)
        return p.error();
    auto c = checked(referralId);
    if (!c)
        return c.error();
    const Referral &r = c->referral;
    const QString station = m_casebook.identity().name;
    // The worker who sent the referral handles it; the one printing when the sending was not recorded.
    QString worker = m_casebook.user()->displayName;
    if (auto events = ReferralRepository(m_casebook).events(referralId))
        for (const ReferralEvent &e : *events)
            if (e.toStatus == QLatin1String("sent") && !e.userName.isEmpty())
                worker = e.userName;
    QString html = Paper::begin(tr("Referral letter"));
    html += QStringLiteral("<table width=\"100%\"><tr><td style=\"border:none\">%1</td><td style=\"border:none\" "
                           "align=\"right\">%2</td></tr></table>")
                .arg(Paper::esc(tr("No. %1").arg(r.number)), Paper::esc(tr("Sent on %1").arg(Paper::date(r.sentOn))));
    html += Paper::para(tr("To %1:").arg(c->org.name));
    if (!r.projectName.isEmpty())
        html += Paper::para(tr("Project: %1").arg(r.projectName));
    html += Paper::para(tr("%1 refers the household below to you for %2 help, with the consent of the people "
                           "concerned. Only the information they agreed to share is given here; please use it only "
                           "for this purpose and keep it no longer than the consent allows.")
                            .arg(station, Labels::label(Labels::needTypes(), r.needType)));
    // One table per person: exactly the items recorded as disclosed.
    QStringList order;
    for (const SharedItem &s : c->items)
        if (!order.contains(s.personId))
            order << s.personId;
    int n = 0;
    for (const QString &personId : order) {
        html += Paper::heading(tr("Person %1").arg(++n));
        html += QStringLiteral("<table width=\"100%\">");
        for (const SharedItem &s : c->items) {
            if (s.personId != personId)
                continue;
            html += QStringLiteral("<tr><th width=\"28%\">%1</th><td>%2</td></tr>")
                        .arg(Paper::esc(Labels::label(Labels::consentItems(), s.item)), Paper::esc(s.value));
        }
        html += QStringLiteral("</table>");
    }
    html += Paper::para(
        tr("Please answer by %1 with the reply slip below, or by phone to the station.").arg(Paper::date(r.dueOn)),
        QStringLiteral("gap"));
    html += stationBlock(worker);
    QStringList basis;
    for (const Consent &consent : c->consents)
        basis << tr("consent given on %1 by %2 (%3), valid until %4, data kept at most %n month(s)", nullptr,
                    consent.retentionMonths)
                     .arg(Paper::date(consent.grantedOn), consent.consenterName,
                          Labels::label(Labels::consentMethods(), consent.method), Paper::date(consent.expiresOn));
    html += Paper::para(tr("Basis: %1.").arg(basis.join(tr("; "))), QStringLiteral("note"));
    html += Paper::para(tr("If a person withdraws their consent, the station will tell you; stop using their "
                           "information from then on."),
                        QStringLiteral("note"));
    html += signatureBlock(station, m_casebook.clock().today());

    // The reply slip, on a page of its own for the charity to fill in and send back. It names the referral by number
    // only, so it carries nobody's data.
    html += QStringLiteral("<h1 style=\"page-break-before:always\">%1</h1>").arg(Paper::esc(tr("Reply slip")));
    html += Paper::para(tr("Fill in and send back to the station, or send a photo of it to the worker named in the "
                           "letter."),
                        QStringLiteral("note"));
    html += Paper::para(tr("To %1:").arg(station));
    html += Paper::para(tr("We have received your referral letter No. %1 of %2.").arg(r.number, Paper::date(r.sentOn)));
    html += QStringLiteral("<table width=\"100%\">");
    html += QStringLiteral("<tr><td>%1 %2</td></tr>")
                .arg(Paper::box(tr("We accept it and will provide:")), Paper::esc(Paper::blank(30)));
    html += QStringLiteral("<tr><td>%1 %2</td></tr>")
                .arg(Paper::box(tr("We cannot take it, because:")), Paper::esc(Paper::blank(30)));
    html += QStringLiteral("<tr><td>%1 %2</td></tr>")
                .arg(Paper::box(tr("We need to know more:")), Paper::esc(Paper::blank(32)));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<table width=\"100%\"><tr><th width=\"22%\">%1</th><td width=\"28%\"><br></td>"
                           "<th width=\"22%\">%2</th><td width=\"28%\"><br></td></tr>"
                           "<tr><th>%3</th><td colspan=\"3\"><br><br></td></tr></table>")
                .arg(Paper::esc(tr("Contact person")), Paper::esc(tr("Phone")), Paper::esc(tr("Remarks")));
    html += signatureBlock(c->org.name, QDate());
    html += Paper::end();
    if (auto a = recordOutput(QStringLiteral("print"), QStringLiteral("referral"), r.id,
                              tr("Referral letter %1").arg(r.number));
        !a)
        return a.error();
    return html;
}

Result<QByteArray> ReferralDocuments::packetJson(const QString &referralId)
{
    if (auto p = m_casebook.require(Action::Refer); !p)
        return p.error();
    auto c = checked(referralId);
    if (!c)
        return c.error();
    const Referral &r = c->referral;
    QJsonObject packet;
    packet.insert(QStringLiteral("format"), QStringLiteral("xianjie-referral-packet"));
    packet.insert(QStringLiteral("version"), 1);
    packet.insert(QStringLiteral("number"), r.number);
    packet.insert(QStringLiteral("station"), QJsonObject{{QStringLiteral("code"), m_casebook.identity().code},
                                                         {QStringLiteral("name"), m_casebook.identity().name}});
    packet.insert(QStringLiteral("recipient"), QJsonObject{{QStringLiteral("organisation"), c->org.name},
                                                           {QStringLiteral("credit_code"), c->org.creditCode},
                                                           {QStringLiteral("project"), r.projectName}});
    packet.insert(QStringLiteral("purpose"), r.needType);
    packet.insert(QStringLiteral("sent_on"), r.sentOn.toString(Qt::ISODate));
    packet.insert(QStringLiteral("answer_by"), r.dueOn.toString(Qt::ISODate));
    QStringList order;
    for (const SharedItem &s : c->items)
        if (!order.contains(s.personId))
            order << s.personId;
    QJsonArray people;
    for (int i = 0; i < order.size(); ++i) {
        QJsonObject items;
        for (const SharedItem &s : c->items)
            if (s.personId == order.at(i))
                items.insert(s.item, s.value);
        people.append(QJsonObject{{QStringLiteral("person"), i + 1}, {QStringLiteral("items"), items}});
    }
    packet.insert(QStringLiteral("people"), people);
    QJsonArray consents;
    for (const Consent &consent : c->consents)
        consents.append(QJsonObject{{QStringLiteral("granted_on"), consent.grantedOn.toString(Qt::ISODate)},
                                    {QStringLiteral("expires_on"), consent.expiresOn.toString(Qt::ISODate)},
                                    {QStringLiteral("retention_months"), consent.retentionMonths},
                                    {QStringLiteral("method"), consent.method},
                                    {QStringLiteral("notice_version"), consent.noticeVersion},
                                    {QStringLiteral("items"), QJsonArray::fromStringList(consent.items)}});
    packet.insert(QStringLiteral("consents"), consents);
    if (auto a = recordOutput(QStringLiteral("export"), QStringLiteral("referral"), r.id,
                              tr("Referral packet %1").arg(r.number));
        !a)
        return a.error();
    return QJsonDocument(packet).toJson(QJsonDocument::Indented);
}

Result<QString> ReferralDocuments::consentFormHtml(const Consent &consent)
{
    if (auto p = m_casebook.require(Action::Refer); !p)
        return p.error();
    HouseholdRepository households(m_casebook);
    auto members = households.members(consent.householdId);
    if (!members)
        return members.error();
    auto org = CharityDirectory(m_casebook).org(consent.orgId);
    if (!org)
        return org.error();
    QString project;
    if (!consent.projectId.isEmpty()) {
        auto p = CharityDirectory(m_casebook).project(consent.projectId);
        if (!p)
            return p.error();
        project = p->name;
    }
    const QDate today = m_casebook.clock().today();
    const QString station = m_casebook.identity().name;
    QString html = Paper::begin(tr("Consent to share personal information with a charity"));
    html += Paper::para(tr("%1 would like to give the information ticked below to the charity named here, so that "
                           "it can help your household. You decide; saying no changes nothing in the help you get "
                           "from government. You can withdraw this consent at any time by telling the station; "
                           "withdrawal does not undo what was already shared.")
                            .arg(station));
    html += QStringLiteral("<table width=\"100%\">");
    auto row = [&](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>").arg(Paper::esc(k), Paper::esc(v));
    };
    row(tr("Recipient"), org->name);
    row(tr("Credit code"), org->creditCode);
    const QString orgContact = QStringList{org->contactPerson, org->contactPhone}.join(QLatin1Char(' ')).trimmed();
    if (!orgContact.isEmpty())
        row(tr("Contact"), orgContact);
    if (!project.isEmpty())
        row(tr("Project"), project);
    QStringList purpose{Labels::label(Labels::needTypes(), consent.purpose)};
    if (!consent.purposeText.trimmed().isEmpty())
        purpose << consent.purposeText.trimmed();
    row(tr("Purpose"), purpose.join(tr(": ")));
    row(tr("Kept by the charity for at most"), tr("%n month(s)", nullptr, consent.retentionMonths));
    row(tr("Valid until"), Paper::date(consent.expiresOn));
    html += QStringLiteral("</table>");
    html += Paper::heading(tr("Whose information"));
    html += QStringLiteral("<table width=\"100%\">");
    QList<Person> covered;
    for (const ConsentMember &m : consent.members)
        for (const Person &p : *members)
            if (p.id == m.personId) {
                covered << p;
                html += QStringLiteral("<tr><td width=\"30%\">%1</td><td>%2</td></tr>")
                            .arg(Paper::esc(p.name),
                                 Paper::esc(m.basis == QLatin1String("guardian")
                                                ? (ConsentPolicy::needsGuardian(p, today) && !p.lacksCapacity
                                                       ? tr("under 14: consent by the guardian")
                                                       : tr("without legal capacity: consent by the guardian"))
                                                : tr("consents for themselves")));
            }
    html += QStringLiteral("</table>");
    html += Paper::heading(tr("Information to be shared"));
    html += QStringLiteral("<table width=\"100%\">");
    bool anySensitive = false;
    for (const QString &item : consent.items) {
        // Say why an item is sensitive: by its nature, or because it is about a child under 14.
        QStringList why;
        if (Labels::isSensitiveItem(item))
            why << sensitiveReason(item);
        QStringList children;
        for (const Person &p : covered)
            if (!Labels::isSensitiveItem(item) && ConsentPolicy::isSensitive(item, p, today))
                children << p.name;
        if (!children.isEmpty())
            why << tr("it is about a child under 14 (%1)").arg(children.join(tr(", ")));
        anySensitive = anySensitive || !why.isEmpty();
        html += QStringLiteral("<tr><td width=\"30%\">☑ %1</td><td>%2</td></tr>")
                    .arg(Paper::esc(Labels::label(Labels::consentItems(), item)),
                         why.isEmpty() ? QString()
                                       : Paper::esc(tr("Sensitive personal information: %1.").arg(why.join(tr("; ")))));
    }
    html += QStringLiteral("</table>");
    if (anySensitive)
        html += Paper::para(tr("Sensitive personal information is shared only with your separate consent: signing "
                               "this form gives it for the items marked sensitive above."),
                            QStringLiteral("note"));
    const bool byGuardian = !consent.guardianIdNumber.isEmpty() || consent.consenterPersonId.isEmpty();
    html += QStringLiteral("<table width=\"100%\" style=\"margin-top:14px\">");
    html += QStringLiteral("<tr><th width=\"30%\">%1<br><br></th><td></td></tr>")
                .arg(Paper::esc(byGuardian ? tr("Signature of the guardian (or fingerprint)")
                                           : tr("Signature of the person consenting (or fingerprint)")));
    if (byGuardian)
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                    .arg(Paper::esc(tr("Guardian")),
                         Paper::esc(tr("%1, relation: %2, ID number: %3")
                                        .arg(consent.consenterName, consent.guardianRelation, Paper::blank(20))));
    html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(Paper::esc(tr("Date")), Paper::esc(Paper::date({})));
    html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                .arg(Paper::esc(tr("Station witness")), Paper::esc(m_casebook.user()->displayName));
    html += QStringLiteral("</table>");
    const StationSettings::Contact contact = StationSettings(m_casebook).contact();
    html += Paper::para(tr("To withdraw this consent or ask what was shared, tell %1%2.")
                            .arg(station, contact.phone.isEmpty() ? QString() : tr(" (phone %1)").arg(contact.phone)),
                        QStringLiteral("note"));
    html += Paper::para(tr("Notice version %1. Printed on %2.").arg(noticeVersion(), Paper::date(today)),
                        QStringLiteral("note"));
    html += Paper::end();
    if (auto a = recordOutput(QStringLiteral("print"), QStringLiteral("household"), consent.householdId,
                              tr("Consent form for %1").arg(org->name));
        !a)
        return a.error();
    return html;
}

Result<QString> ReferralDocuments::recallNoticeHtml(const QString &consentId)
{
    if (auto p = m_casebook.require(Action::Refer); !p)
        return p.error();
    auto consent = ConsentRepository(m_casebook).consent(consentId);
    if (!consent)
        return consent.error();
    if (!consent->isWithdrawn())
        return makeError(Error::Kind::Invalid, tr("The consent has not been withdrawn; there is nothing to recall."));
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT DISTINCT r.number, r.sent_on FROM referral r JOIN "
                                           "referral_shared_item s ON s.referral_id = r.id WHERE s.consent_id = ? "
                                           "ORDER BY r.number"),
                            {consentId});
    if (!q)
        return q.error();
    QStringList numbers;
    while (q->next())
        numbers << tr("referral %1 of %2")
                       .arg(q->value(0).toString(),
                            Paper::date(QDate::fromString(q->value(1).toString(), Qt::ISODate)));
    const QString station = m_casebook.identity().name;
    QString html = Paper::begin(tr("Notice of withdrawn consent"));
    html += Paper::para(tr("To %1:").arg(consent->orgName));
    html += Paper::para(tr("On %1 the person concerned withdrew the consent given on %2 to share their information "
                           "with you. From today, please stop using the information received under it and delete "
                           "it, except where a law requires you to keep it.")
                            .arg(Paper::date(consent->withdrawnOn), Paper::date(consent->grantedOn)));
    html += Paper::para(numbers.isEmpty() ? tr("No information had been sent under this consent.")
                                          : tr("This concerns: %1.").arg(numbers.join(tr("; "))));
    html += stationBlock(m_casebook.user()->displayName);
    html += signatureBlock(station, m_casebook.clock().today());
    html += Paper::end();
    if (auto a = recordOutput(QStringLiteral("print"), QStringLiteral("consent"), consentId, tr("Recall notice")); !a)
        return a.error();
    return html;
}

} // namespace xianjie
