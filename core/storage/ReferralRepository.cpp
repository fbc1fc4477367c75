#include "ReferralRepository.h"

#include "AssistanceRepository.h"
#include "Casebook.h"
#include "CharityDirectory.h"
#include "ConsentRepository.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "NeedRepository.h"
#include "RecordWriter.h"
#include "StationSettings.h"
#include "Transaction.h"
#include "rules/ConsentPolicy.h"
#include "rules/Labels.h"
#include "rules/ReferralStates.h"
#include "rules/Validation.h"

namespace xianjie {

namespace {
const char kColumns[] =
    "r.id, r.direction, r.number, coalesce(r.household_id, ''), coalesce(r.need_id, ''), coalesce(n.need_type, ''), "
    "coalesce(r.org_id, ''), coalesce(o.name, ''), coalesce(r.project_id, ''), coalesce(p.name, ''), r.status, "
    "r.note, r.sent_on, r.due_on, coalesce(r.outcome_form, ''), r.outcome_fen, r.closed_on, r.lead_name, "
    "r.lead_id_number, r.lead_phone, r.lead_village, r.lead_situation, r.lead_programme, r.reported_on, "
    "coalesce(h.rid, 0), coalesce(hp.name, ''), coalesce(hv.name, '')";
const char kFrom[] =
    "referral r LEFT JOIN need n ON n.id = r.need_id LEFT JOIN charity_org o ON o.id = r.org_id "
    "LEFT JOIN charity_project p ON p.id = r.project_id LEFT JOIN household h ON h.id = r.household_id "
    "LEFT JOIN person hp ON hp.household_id = h.id AND hp.relation = 'self' AND hp.deleted = 0 "
    "LEFT JOIN village hv ON hv.id = h.village_id";

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Referral read(const QSqlQuery &q)
{
    Referral r;
    r.id = q.value(0).toString();
    r.direction = q.value(1).toString();
    r.number = q.value(2).toString();
    r.householdId = q.value(3).toString();
    r.needId = q.value(4).toString();
    r.needType = q.value(5).toString();
    r.orgId = q.value(6).toString();
    r.orgName = q.value(7).toString();
    r.projectId = q.value(8).toString();
    r.projectName = q.value(9).toString();
    r.status = q.value(10).toString();
    r.note = q.value(11).toString();
    r.sentOn = date(q.value(12));
    r.dueOn = date(q.value(13));
    r.outcomeForm = q.value(14).toString();
    r.outcomeFen = q.value(15).isNull() ? -1 : q.value(15).toLongLong();
    r.closedOn = date(q.value(16));
    r.leadName = q.value(17).toString();
    r.leadIdNumber = q.value(18).toString();
    r.leadPhone = q.value(19).toString();
    r.leadVillage = q.value(20).toString();
    r.leadSituation = q.value(21).toString();
    r.leadProgramme = q.value(22).toString();
    r.reportedOn = date(q.value(23));
    r.householdRid = q.value(24).toLongLong();
    r.headName = q.value(25).toString();
    r.villageName = q.value(26).toString();
    return r;
}

QString itemLabel(const QString &item)
{
    return Labels::label(Labels::consentItems(), item);
}
} // namespace

int ReferralRepository::responseDays() const
{
    return StationSettings(m_casebook).referralResponseDays();
}

bool ReferralRepository::isOverdue(const Referral &r) const
{
    return r.status == QLatin1String("sent") && r.dueOn.isValid() && r.dueOn < m_casebook.clock().today();
}

QStringList ReferralRepository::minimumItems(const QString &needType)
{
    QStringList items = {QStringLiteral("name"), QStringLiteral("sex_age"), QStringLiteral("address"),
                         QStringLiteral("phone"), QStringLiteral("need")};
    if (needType == QLatin1String("medical"))
        items << QStringLiteral("health");
    else if (needType == QLatin1String("rehabilitation"))
        items << QStringLiteral("disability") << QStringLiteral("health");
    else if (needType == QLatin1String("care"))
        items << QStringLiteral("self_care") << QStringLiteral("health") << QStringLiteral("disability");
    else if (needType == QLatin1String("living") || needType == QLatin1String("housing"))
        items << QStringLiteral("household_size") << QStringLiteral("categories") << QStringLiteral("income");
    else if (needType == QLatin1String("education"))
        items << QStringLiteral("household_size") << QStringLiteral("categories");
    return items;
}

Result<QString> ReferralRepository::nextNumber(const QString &prefix) const
{
    const QString stem = prefix + QString::number(m_casebook.clock().today().year()) + QLatin1Char('-');
    auto n = Database::scalar(m_casebook.db(),
                              QStringLiteral("SELECT count(*) FROM referral WHERE number LIKE ? AND station_id = ?"),
                              {stem + QLatin1Char('%'), m_casebook.stationId()});
    if (!n)
        return n.error();
    return stem + QStringLiteral("%1").arg(n->toInt() + 1, 4, 10, QLatin1Char('0'));
}

Result<void> ReferralRepository::addEvent(const QString &referralId, const QString &from, const QString &to,
                                          const QString &note)
{
    auto r = RecordWriter(m_casebook)
                 .insert(QStringLiteral("referral_event"), {{QStringLiteral("referral_id"), referralId},
                                                            {QStringLiteral("from_status"), from},
                                                            {QStringLiteral("to_status"), to},
                                                            {QStringLiteral("user_id"), m_casebook.user()->id},
                                                            {QStringLiteral("happened_on"), m_casebook.clock().today()},
                                                            {QStringLiteral("note"), note.trimmed()}});
    if (!r)
        return r.error();
    return {};
}

Result<QList<ProjectMatch>> ReferralRepository::matches(const QString &needId) const
{
    auto need = NeedRepository(m_casebook).need(needId);
    if (!need)
        return need.error();
    HouseholdRepository households(m_casebook);
    auto household = households.household(need->householdId);
    if (!household)
        return household.error();
    MatchSubject subject;
    subject.need = *need;
    subject.today = m_casebook.clock().today();
    auto members = households.members(need->householdId);
    if (!members)
        return members.error();
    subject.members = *members;
    if (auto villages = households.villages(); villages)
        for (const Village &v : *villages)
            if (v.id == household->villageId)
                subject.villageCode = v.code;
    if (subject.villageCode.isEmpty())
        subject.villageCode = m_casebook.identity().code; // at least the station's township
    auto categories = households.categories(need->householdId);
    if (!categories)
        return categories.error();
    for (const CategoryMembership &c : *categories)
        if (c.startDate <= subject.today && (!c.endDate.isValid() || c.endDate >= subject.today))
            subject.inLowIncomeCategory = true;
    auto ledger = AssistanceRepository(m_casebook).ledger(need->householdId);
    if (!ledger)
        return ledger.error();
    subject.received = *ledger;
    CharityDirectory directory(m_casebook);
    auto orgs = directory.orgs();
    if (!orgs)
        return orgs.error();
    QHash<QString, CharityOrg> byId;
    for (const CharityOrg &o : *orgs)
        byId.insert(o.id, o);
    auto projects = directory.projects();
    if (!projects)
        return projects.error();
    return Matching::rank(subject, *projects, byId);
}

Result<QString> ReferralRepository::createDraft(const Referral &input)
{
    if (auto r = m_casebook.require(Action::Refer); !r)
        return r.error();
    auto need = NeedRepository(m_casebook).need(input.needId);
    if (!need)
        return need.error();
    if (!need->isOpen())
        return makeError(Error::Kind::Invalid, tr("The need is no longer open; there is nothing to refer."));
    CharityDirectory directory(m_casebook);
    auto org = directory.org(input.orgId);
    if (!org)
        return org.error();
    if (org->status != QLatin1String("active"))
        return makeError(Error::Kind::Invalid,
                         tr("%1 is not active in the directory; choose another organisation.").arg(org->name));
    if (!input.projectId.isEmpty()) {
        auto project = directory.project(input.projectId);
        if (!project)
            return project.error();
        if (project->orgId != org->id)
            return makeError(Error::Kind::Invalid, tr("The project does not belong to the chosen organisation."));
        if (!project->runsOn(m_casebook.clock().today()) || project->status != QLatin1String("active"))
            return makeError(Error::Kind::Invalid, tr("The project %1 is not running today.").arg(project->name));
    }
    auto consents =
        ConsentRepository(m_casebook)
            .usable(need->householdId, org->id, input.projectId, need->needType, m_casebook.clock().today());
    if (!consents)
        return consents.error();
    if (consents->isEmpty())
        return makeError(Error::Kind::Invalid,
                         tr("Missing consent: no one in this household has consented to share data with %1 for %2 "
                            "help. Record the consent first.")
                             .arg(org->name, Labels::label(Labels::needTypes(), need->needType)));
    auto number = nextNumber(QStringLiteral("R"));
    if (!number)
        return number.error();
    Transaction tx(m_casebook);
    auto id =
        RecordWriter(m_casebook)
            .insert(QStringLiteral("referral"),
                    {{QStringLiteral("direction"), QStringLiteral("to_charity")},
                     {QStringLiteral("number"), *number},
                     {QStringLiteral("household_id"), need->householdId},
                     {QStringLiteral("need_id"), need->id},
                     {QStringLiteral("org_id"), org->id},
                     {QStringLiteral("project_id"), input.projectId.isEmpty() ? QVariant() : QVariant(input.projectId)},
                     {QStringLiteral("status"), QStringLiteral("draft")},
                     {QStringLiteral("note"), input.note.trimmed()}});
    if (!id)
        return id.error();
    if (auto r = addEvent(*id, QString(), QStringLiteral("draft"), input.note); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<QList<SharedItem>> ReferralRepository::available(const QString &referralId) const
{
    auto r = referral(referralId);
    if (!r)
        return r.error();
    if (!r->toCharity())
        return makeError(Error::Kind::Invalid, tr("A lead from a charity discloses nothing."));
    const QDate today = m_casebook.clock().today();
    auto consents = ConsentRepository(m_casebook).usable(r->householdId, r->orgId, r->projectId, r->needType, today);
    if (!consents)
        return consents.error();
    HouseholdRepository households(m_casebook);
    auto members = households.members(r->householdId);
    if (!members)
        return members.error();
    auto household = households.household(r->householdId);
    if (!household)
        return household.error();
    auto categories = households.categories(r->householdId);
    if (!categories)
        return categories.error();
    auto need = NeedRepository(m_casebook).need(r->needId);
    if (!need)
        return need.error();
    QString village;
    if (auto villages = households.villages(); villages)
        for (const Village &v : *villages)
            if (v.id == household->villageId)
                village = v.name;

    auto valueOf = [&](const Person &p, const QString &item) -> QString {
        if (item == QLatin1String("name"))
            return p.name;
        if (item == QLatin1String("sex_age"))
            return tr("%1, %n year(s) old", nullptr, p.ageOn(today)).arg(Labels::sex(p.sex));
        if (item == QLatin1String("address"))
            return village.isEmpty() ? household->address : village + household->address;
        if (item == QLatin1String("phone"))
            return p.phone.isEmpty() ? household->phone : p.phone;
        if (item == QLatin1String("id_number"))
            return p.idNumber;
        if (item == QLatin1String("household_size"))
            return tr("%n person(s)", nullptr, int(members->size()));
        if (item == QLatin1String("categories")) {
            QStringList names;
            for (const CategoryMembership &c : *categories)
                if (c.startDate <= today && (!c.endDate.isValid() || c.endDate >= today))
                    names << Labels::label(Labels::categoriesShort(), c.category);
            return names.isEmpty() ? tr("none") : names.join(tr(", "));
        }
        if (item == QLatin1String("income"))
            return household->incomeFen < 0
                       ? tr("not recorded")
                       : tr("%1 yuan a month per person").arg(QString::number(household->incomeFen / 100.0, 'f', 2));
        if (item == QLatin1String("need"))
            return need->description;
        if (item == QLatin1String("health"))
            return Labels::label(Labels::healthStates(), p.health);
        if (item == QLatin1String("disability"))
            return Labels::disability(p.disabilityCategory, p.disabilityGrade);
        if (item == QLatin1String("self_care"))
            return Labels::label(Labels::selfCareLevels(), p.selfCare);
        return QString();
    };

    QList<SharedItem> out;
    for (const Person &p : *members) {
        for (const auto &entry : Labels::consentItems()) {
            for (const Consent &c : *consents) {
                if (!c.covers(p.id) || !c.items.contains(entry.first))
                    continue;
                SharedItem s;
                s.personId = p.id;
                s.personName = p.name;
                s.item = entry.first;
                s.consentId = c.id;
                s.value = valueOf(p, entry.first);
                s.sensitive = ConsentPolicy::isSensitive(entry.first, p, today);
                out << s;
                break;
            }
        }
    }
    return out;
}

Result<void> ReferralRepository::send(const QString &referralId, const QList<ItemChoice> &chosen)
{
    if (auto r = m_casebook.require(Action::Refer); !r)
        return r.error();
    auto r = referral(referralId);
    if (!r)
        return r.error();
    if (r->status != QLatin1String("draft"))
        return makeError(Error::Kind::Invalid, tr("Only a draft can be sent; this referral is already %1.")
                                                   .arg(Labels::label(Labels::referralStatuses(), r->status)));
    if (chosen.isEmpty())
        return makeError(Error::Kind::Invalid, tr("Choose what the charity needs to know; nothing is chosen."));
    auto avail = available(referralId);
    if (!avail)
        return avail.error();
    auto members = HouseholdRepository(m_casebook).members(r->householdId);
    if (!members)
        return members.error();
    QList<SharedItem> toShare;
    for (const ItemChoice &choice : chosen) {
        const SharedItem *found = nullptr;
        for (const SharedItem &s : *avail)
            if (s.personId == choice.first && s.item == choice.second)
                found = &s;
        if (!found) {
            QString who = tr("someone outside this household");
            for (const Person &p : *members)
                if (p.id == choice.first)
                    who = Validation::maskName(p.name);
            return makeError(Error::Kind::Invalid,
                             tr("Missing consent: no valid consent lets the station give \"%1\" of %2 to %3 for this "
                                "purpose. Nothing was sent.")
                                 .arg(itemLabel(choice.second), who, r->orgName));
        }
        toShare << *found;
    }
    const QDate today = m_casebook.clock().today();
    Transaction tx(m_casebook);
    RecordWriter writer(m_casebook);
    for (const SharedItem &s : toShare) {
        if (auto w = writer.insert(QStringLiteral("referral_shared_item"), {{QStringLiteral("referral_id"), r->id},
                                                                            {QStringLiteral("person_id"), s.personId},
                                                                            {QStringLiteral("item"), s.item},
                                                                            {QStringLiteral("consent_id"), s.consentId},
                                                                            {QStringLiteral("shared_on"), today},
                                                                            {QStringLiteral("value"), s.value}});
            !w)
            return w.error();
    }
    if (auto m = moveUnchecked(*r, QStringLiteral("sent"), QString(),
                               {{QStringLiteral("sent_on"), today},
                                {QStringLiteral("due_on"), ReferralStates::addWorkingDays(today, responseDays())}});
        !m)
        return m.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return {};
}

Result<void> ReferralRepository::moveUnchecked(const Referral &r, const QString &to, const QString &note,
                                               const QVariantMap &more)
{
    if (!ReferralStates::allowed(r.direction, r.status, to))
        return makeError(
            Error::Kind::Invalid,
            tr("A referral that is %1 cannot become %2.")
                .arg(Labels::label(r.toCharity() ? Labels::referralStatuses() : Labels::leadStatuses(), r.status),
                     Labels::label(r.toCharity() ? Labels::referralStatuses() : Labels::leadStatuses(), to)));
    QVariantMap fields = more;
    fields.insert(QStringLiteral("status"), to);
    if (!ReferralStates::isOpen(to))
        fields.insert(QStringLiteral("closed_on"), m_casebook.clock().today());
    if (auto w = RecordWriter(m_casebook).update(QStringLiteral("referral"), r.id, fields); !w)
        return w.error();
    return addEvent(r.id, r.status, to, note);
}

Result<void> ReferralRepository::move(const QString &referralId, const QString &toStatus, const QString &note)
{
    if (auto p = m_casebook.require(Action::Refer); !p)
        return p.error();
    auto r = referral(referralId);
    if (!r)
        return r.error();
    if (toStatus == QLatin1String("sent"))
        return makeError(Error::Kind::Invalid, tr("Send a referral with what it discloses, from the referral "
                                                  "wizard."));
    if (toStatus == QLatin1String("completed"))
        return makeError(Error::Kind::Invalid, tr("Record the outcome to complete a referral."));
    if (toStatus == QLatin1String("consent_withdrawn"))
        return makeError(Error::Kind::Invalid, tr("A referral becomes consent-withdrawn when the consent is "
                                                  "withdrawn."));
    Transaction tx(m_casebook);
    if (auto m = moveUnchecked(*r, toStatus, note, {}); !m)
        return m.error();
    return tx.commit();
}

Result<QString> ReferralRepository::complete(const QString &referralId, const QString &form, qint64 amountFen,
                                             const QString &note, bool needFullyMet)
{
    if (auto p = m_casebook.require(Action::Refer); !p)
        return p.error();
    auto r = referral(referralId);
    if (!r)
        return r.error();
    if (!r->toCharity())
        return makeError(Error::Kind::Invalid, tr("A lead is closed as approved, not eligible or withdrawn."));
    if (!ReferralStates::allowed(r->direction, r->status, QStringLiteral("completed")))
        return makeError(
            Error::Kind::Invalid,
            tr("A referral that is %1 cannot be completed.").arg(Labels::label(Labels::referralStatuses(), r->status)));
    if (!Labels::contains(Labels::outcomeForms(), form))
        return makeError(Error::Kind::Invalid, tr("Choose the form of help: cash, material or service."));
    if (amountFen < -1)
        return makeError(Error::Kind::Invalid, tr("An amount cannot be negative."));
    if (form == QLatin1String("cash") && amountFen < 0)
        return makeError(Error::Kind::Invalid, tr("Enter the amount of cash help."));
    Transaction tx(m_casebook);
    if (auto m = moveUnchecked(*r, QStringLiteral("completed"), note,
                               {{QStringLiteral("outcome_form"), form},
                                {QStringLiteral("outcome_fen"), amountFen < 0 ? QVariant() : QVariant(amountFen)}});
        !m)
        return m.error();
    auto need = NeedRepository(m_casebook).need(r->needId);
    if (!need)
        return need.error();
    Assistance a;
    a.householdId = r->householdId;
    a.personId = need->personId;
    a.source = QStringLiteral("charity");
    a.programme = r->projectName.isEmpty() ? r->orgName : r->projectName;
    a.organisation = r->orgName;
    a.project = r->projectName;
    a.referralId = r->id;
    a.needType = r->needType;
    a.form = form;
    a.amountFen = amountFen;
    a.periodStart = m_casebook.clock().today();
    a.note = note.isEmpty() ? tr("Referral %1").arg(r->number) : tr("Referral %1: %2").arg(r->number, note);
    // The charity's help was arranged knowingly through this referral: no double-help question here.
    auto entry = AssistanceRepository(m_casebook).record(a, true);
    if (!entry)
        return entry.error();
    if (auto n = NeedRepository(m_casebook)
                     .setStatus(need->id, needFullyMet ? QStringLiteral("met") : QStringLiteral("partly_met"));
        !n)
        return n.error();
    if (!r->projectId.isEmpty()) {
        auto project = CharityDirectory(m_casebook).project(r->projectId);
        if (!project)
            return project.error();
        if (auto w =
                RecordWriter(m_casebook)
                    .update(QStringLiteral("charity_project"), project->id,
                            {{QStringLiteral("capacity_used"), project->capacityUsed + 1},
                             {QStringLiteral("budget_used_fen"), project->budgetUsedFen + qMax<qint64>(0, amountFen)}});
            !w)
            return w.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return *entry;
}

Result<QString> ReferralRepository::markConsentWithdrawn(const QString &referralId, const QString &note)
{
    auto r = referral(referralId);
    if (!r)
        return r.error();
    Transaction tx(m_casebook);
    if (auto m = moveUnchecked(*r, QStringLiteral("consent_withdrawn"), note, {}); !m)
        return m.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return r->number;
}

Result<QString> ReferralRepository::recordLead(const Referral &lead)
{
    if (auto p = m_casebook.require(Action::Refer); !p)
        return p.error();
    if (auto org = CharityDirectory(m_casebook).org(lead.orgId); !org)
        return org.error();
    if (lead.leadName.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Enter the name of the person the charity reported."));
    if (lead.leadSituation.trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, tr("Describe the person's situation as the charity reported it."));
    const QDate today = m_casebook.clock().today();
    const QDate reported = lead.reportedOn.isValid() ? lead.reportedOn : today;
    if (reported > today)
        return makeError(Error::Kind::Invalid, tr("The report date is in the future."));
    QString idNumber;
    if (!lead.leadIdNumber.trimmed().isEmpty()) {
        auto id = Validation::residentId(lead.leadIdNumber, today);
        if (!id)
            return id.error();
        idNumber = id->number;
    }
    QString phone;
    if (!lead.leadPhone.trimmed().isEmpty()) {
        auto p = Validation::phone(lead.leadPhone);
        if (!p)
            return p.error();
        phone = *p;
    }
    auto number = nextNumber(QStringLiteral("L"));
    if (!number)
        return number.error();
    Transaction tx(m_casebook);
    auto id = RecordWriter(m_casebook)
                  .insert(QStringLiteral("referral"), {{QStringLiteral("direction"), QStringLiteral("from_charity")},
                                                       {QStringLiteral("number"), *number},
                                                       {QStringLiteral("org_id"), lead.orgId},
                                                       {QStringLiteral("status"), QStringLiteral("screening")},
                                                       {QStringLiteral("note"), lead.note.trimmed()},
                                                       {QStringLiteral("lead_name"), lead.leadName.trimmed()},
                                                       {QStringLiteral("lead_id_number"), idNumber},
                                                       {QStringLiteral("lead_phone"), phone},
                                                       {QStringLiteral("lead_village"), lead.leadVillage.trimmed()},
                                                       {QStringLiteral("lead_situation"), lead.leadSituation.trimmed()},
                                                       {QStringLiteral("lead_programme"), lead.leadProgramme.trimmed()},
                                                       {QStringLiteral("reported_on"), reported}});
    if (!id)
        return id.error();
    if (auto e = addEvent(*id, QString(), QStringLiteral("screening"), lead.note); !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return *id;
}

Result<QString> ReferralRepository::householdOfLead(const QString &referralId) const
{
    auto r = referral(referralId);
    if (!r)
        return r.error();
    if (r->leadIdNumber.isEmpty())
        return QString();
    auto h = Database::scalar(m_casebook.db(),
                              QStringLiteral("SELECT household_id FROM person WHERE id_number = ? AND deleted = 0"),
                              {r->leadIdNumber});
    if (!h)
        return h.error();
    return h->toString();
}

Result<void> ReferralRepository::linkLead(const QString &referralId, const QString &householdId)
{
    if (auto p = m_casebook.require(Action::Refer); !p)
        return p.error();
    auto r = referral(referralId);
    if (!r)
        return r.error();
    if (r->toCharity())
        return makeError(Error::Kind::Invalid, tr("Only a lead from a charity is linked to a household later."));
    if (auto h = HouseholdRepository(m_casebook).household(householdId); !h)
        return h.error();
    Transaction tx(m_casebook);
    if (auto w = RecordWriter(m_casebook)
                     .update(QStringLiteral("referral"), referralId, {{QStringLiteral("household_id"), householdId}});
        !w)
        return w.error();
    if (auto e = addEvent(referralId, r->status, r->status, tr("Linked to a registered household.")); !e)
        return e.error();
    return tx.commit();
}

Result<Referral> ReferralRepository::referral(const QString &id) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT %1 FROM %2 WHERE r.id = ? AND r.deleted = 0")
                                .arg(QLatin1String(kColumns), QLatin1String(kFrom)),
                            {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Kind::NotFound, tr("This referral is not in the casebook."));
    return read(*q);
}

Result<Referral> ReferralRepository::byNumber(const QString &number) const
{
    auto id = Database::scalar(m_casebook.db(),
                               QStringLiteral("SELECT id FROM referral WHERE number = ? AND deleted = 0 AND "
                                              "station_id = ?"),
                               {number.trimmed(), m_casebook.stationId()});
    if (!id)
        return id.error();
    if (id->isNull())
        return makeError(Error::Kind::NotFound, tr("No referral has the number %1.").arg(number.trimmed()));
    return referral(id->toString());
}

Result<QList<Referral>> ReferralRepository::referrals(const Filter &f) const
{
    const QString today = m_casebook.clock().today().toString(Qt::ISODate);
    auto q = Database::exec(
        m_casebook.db(),
        QStringLiteral("SELECT %1 FROM %2 WHERE r.deleted = 0 AND (? = '' OR r.direction = ?) AND "
                       "(? = '' OR r.status = ? OR (? = 'open' AND r.status IN ('draft', 'sent', 'accepted', "
                       "'helping', 'screening', 'application_assisted'))) AND (? = '' OR r.org_id = ?) AND "
                       "(? = '' OR r.household_id = ?) AND (? = 0 OR (r.status = 'sent' AND r.due_on < ?)) "
                       "ORDER BY r.rid DESC")
            .arg(QLatin1String(kColumns), QLatin1String(kFrom)),
        {f.direction, f.direction, f.status, f.status, f.status, f.orgId, f.orgId, f.householdId, f.householdId,
         f.overdueOnly ? 1 : 0, today});
    if (!q)
        return q.error();
    QList<Referral> out;
    while (q->next())
        out << read(*q);
    return out;
}

Result<ReferralRepository::Counts> ReferralRepository::counts() const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT count(*), coalesce(sum(status = 'sent' AND due_on < ?), 0) FROM "
                                           "referral WHERE deleted = 0 AND status IN ('draft', 'sent', 'accepted', "
                                           "'helping', 'screening', 'application_assisted')"),
                            {m_casebook.clock().today().toString(Qt::ISODate)});
    if (!q)
        return q.error();
    if (!q->next())
        return Counts{};
    return Counts{q->value(0).toInt(), q->value(1).toInt()};
}

Result<QList<ReferralEvent>> ReferralRepository::events(const QString &referralId) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT e.from_status, e.to_status, coalesce(u.display_name, ''), "
                                           "e.happened_on, e.note FROM referral_event e LEFT JOIN user u ON u.id = "
                                           "e.user_id WHERE e.referral_id = ? AND e.deleted = 0 ORDER BY e.rid"),
                            {referralId});
    if (!q)
        return q.error();
    QList<ReferralEvent> out;
    while (q->next())
        out << ReferralEvent{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), date(q->value(3)),
                             q->value(4).toString()};
    return out;
}

Result<QList<SharedItem>> ReferralRepository::shared(const QString &referralId) const
{
    auto q = Database::exec(m_casebook.db(),
                            QStringLiteral("SELECT s.person_id, p.name, s.item, s.consent_id, s.value, s.purged_on, "
                                           "p.birth_date FROM referral_shared_item s JOIN person p ON p.id = "
                                           "s.person_id WHERE s.referral_id = ? AND s.deleted = 0 ORDER BY s.rid"),
                            {referralId});
    if (!q)
        return q.error();
    QList<SharedItem> out;
    while (q->next()) {
        SharedItem s;
        s.personId = q->value(0).toString();
        s.personName = q->value(1).toString();
        s.item = q->value(2).toString();
        s.consentId = q->value(3).toString();
        s.value = q->value(4).toString();
        s.purgedOn = date(q->value(5));
        Person p;
        p.birthDate = date(q->value(6));
        s.sensitive = ConsentPolicy::isSensitive(s.item, p, m_casebook.clock().today());
        out << s;
    }
    return out;
}

} // namespace xianjie
