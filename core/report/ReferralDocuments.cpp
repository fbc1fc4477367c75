#include "ReferralDocuments.h"

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

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const char kStyle[] = "<style>body{font-size:11pt} h1{font-size:16pt;text-align:center} "
                      "table{border-collapse:collapse} td,th{border:1px solid #444;padding:4px 6px} "
                      "th{background:#eee;text-align:left} .small{font-size:9pt;color:#444}</style>";
} // namespace

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

Result<QString> ReferralDocuments::letterHtml(const QString &referralId)
{
    if (auto p = m_casebook.require(Action::Refer); !p)
        return p.error();
    auto c = checked(referralId);
    if (!c)
        return c.error();
    const Referral &r = c->referral;
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\">%1</head><body>").arg(QLatin1String(kStyle));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Referral letter")));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("No. %1").arg(r.number)));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("To: %1").arg(c->org.name)));
    if (!r.projectName.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Project: %1").arg(r.projectName)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 refers the household below to you for %2 help, with the consent of the people "
                            "concerned. Only the information they agreed to share is given here; please use it only "
                            "for this purpose and keep it no longer than the consent allows.")
                             .arg(m_casebook.identity().name, Labels::label(Labels::needTypes(), r.needType))));
    // One table per person: exactly the items recorded as disclosed.
    QStringList order;
    for (const SharedItem &s : c->items)
        if (!order.contains(s.personId))
            order << s.personId;
    int n = 0;
    for (const QString &personId : order) {
        html += QStringLiteral("<h3>%1</h3><table width=\"100%\">").arg(esc(tr("Person %1").arg(++n)));
        for (const SharedItem &s : c->items) {
            if (s.personId != personId)
                continue;
            html += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>")
                        .arg(esc(Labels::label(Labels::consentItems(), s.item)), esc(s.value));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Sent on %1. Please answer by %2.")
                             .arg(r.sentOn.toString(Qt::ISODate), r.dueOn.toString(Qt::ISODate))));
    QStringList basis;
    for (const Consent &consent : c->consents)
        basis << tr("consent given on %1 by %2 (%3), valid until %4, data kept at most %n month(s)", nullptr,
                    consent.retentionMonths)
                     .arg(consent.grantedOn.toString(Qt::ISODate), consent.consenterName,
                          Labels::label(Labels::consentMethods(), consent.method),
                          consent.expiresOn.toString(Qt::ISODate));
    html += QStringLiteral("<p class=\"small\">%1</p>").arg(esc(tr("Basis: %1.").arg(basis.join(tr("; ")))));
    html += QStringLiteral("<p class=\"small\">%1</p>")
                .arg(esc(tr("If a person withdraws their consent, the station will tell you; stop using their "
                            "information from then on.")));
    html += QStringLiteral("<p style=\"text-align:right\">%1<br>%2</p></body></html>")
                .arg(esc(m_casebook.identity().name), esc(m_casebook.clock().today().toString(Qt::ISODate)));
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
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\">%1</head><body>").arg(QLatin1String(kStyle));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Consent to share personal information with a charity")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 would like to give the information ticked below to the charity named here, so that "
                            "it can help your household. You decide; saying no changes nothing in the help you get "
                            "from government. You can withdraw this consent at any time by telling the station; "
                            "withdrawal does not undo what was already shared.")
                             .arg(m_casebook.identity().name)));
    html += QStringLiteral("<table width=\"100%\">");
    auto row = [&](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(tr("Recipient"), org->name);
    row(tr("Credit code"), org->creditCode);
    row(tr("Contact"), QStringList{org->contactPerson, org->contactPhone}.join(QLatin1Char(' ')).trimmed());
    if (!project.isEmpty())
        row(tr("Project"), project);
    row(tr("Purpose"),
        QStringList{Labels::label(Labels::needTypes(), consent.purpose), consent.purposeText}.join(tr(": ")).trimmed());
    row(tr("Kept by the charity for at most"), tr("%n month(s)", nullptr, consent.retentionMonths));
    row(tr("Valid until"), consent.expiresOn.toString(Qt::ISODate));
    html += QStringLiteral("</table><h3>%1</h3><table width=\"100%\">").arg(esc(tr("Whose information")));
    for (const ConsentMember &m : consent.members)
        for (const Person &p : *members)
            if (p.id == m.personId)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                            .arg(esc(p.name), esc(m.basis == QLatin1String("guardian")
                                                      ? (ConsentPolicy::needsGuardian(p, today) && !p.lacksCapacity
                                                             ? tr("under 14: consent by the guardian")
                                                             : tr("without legal capacity: consent by the guardian"))
                                                      : tr("consents for themselves")));
    html += QStringLiteral("</table><h3>%1</h3><table width=\"100%\">").arg(esc(tr("Information to be shared")));
    for (const QString &item : consent.items) {
        bool sensitive = Labels::isSensitiveItem(item);
        for (const ConsentMember &m : consent.members)
            for (const Person &p : *members)
                if (p.id == m.personId && ConsentPolicy::isSensitive(item, p, today))
                    sensitive = true;
        html += QStringLiteral("<tr><td>☑ %1</td><td>%2</td></tr>")
                    .arg(esc(Labels::label(Labels::consentItems(), item)),
                         sensitive ? esc(tr("Sensitive personal information: shared only with your separate "
                                            "consent."))
                                   : QString());
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Signature of the person consenting: ____________________    "
                            "Date: ____________")));
    if (!consent.guardianIdNumber.isEmpty() || consent.consenterPersonId.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Guardian: %1, relation: %2, ID number: ____________________")
                                 .arg(consent.consenterName, consent.guardianRelation)));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Station witness: %1").arg(m_casebook.user()->displayName)));
    html += QStringLiteral("<p class=\"small\">%1</p>")
                .arg(esc(tr("Notice version %1. Printed on %2.").arg(noticeVersion(), today.toString(Qt::ISODate))));
    html += QStringLiteral("</body></html>");
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
        numbers << tr("referral %1 of %2").arg(q->value(0).toString(), q->value(1).toString());
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\">%1</head><body>").arg(QLatin1String(kStyle));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Notice of withdrawn consent")));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("To: %1").arg(consent->orgName)));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("On %1 the person concerned withdrew the consent given on %2 to share their information "
                        "with you. From today, please stop using the information received under it and delete "
                        "it, except where a law requires you to keep it.")
                         .arg(consent->withdrawnOn.toString(Qt::ISODate), consent->grantedOn.toString(Qt::ISODate))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(numbers.isEmpty() ? tr("No information had been sent under this consent.")
                                           : tr("This concerns: %1.").arg(numbers.join(tr("; ")))));
    html += QStringLiteral("<p style=\"text-align:right\">%1<br>%2</p></body></html>")
                .arg(esc(m_casebook.identity().name), esc(m_casebook.clock().today().toString(Qt::ISODate)));
    if (auto a = recordOutput(QStringLiteral("print"), QStringLiteral("consent"), consentId, tr("Recall notice")); !a)
        return a.error();
    return html;
}

} // namespace xianjie
