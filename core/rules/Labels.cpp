#include "Labels.h"

#include "rules/Masking.h"
#include "rules/Permissions.h"
#include "rules/Validation.h"
#include "rules/VisitPolicy.h"

#include <QHash>
#include <QLocale>

namespace xianjie {

Labels::Entries Labels::categories()
{
    return {
        {QStringLiteral("dibao"), tr("Minimum living allowance")},
        {QStringLiteral("tekun"), tr("Extreme-poverty support")},
        {QStringLiteral("dibao_edge"), tr("Marginal low-income")},
        {QStringLiteral("rigid_expense"), tr("Rigid-expenditure hardship")},
        {QStringLiteral("monitored"), tr("Monitored against relapse into poverty")},
        {QStringLiteral("temporary"), tr("Temporary assistance")},
        {QStringLiteral("other"), tr("Other hardship")},
    };
}

Labels::Entries Labels::categoriesShort()
{
    return {
        {QStringLiteral("dibao"), tr("Min. allowance")}, {QStringLiteral("tekun"), tr("Extreme poverty")},
        {QStringLiteral("dibao_edge"), tr("Marginal")},  {QStringLiteral("rigid_expense"), tr("Rigid expenses")},
        {QStringLiteral("monitored"), tr("Monitored")},  {QStringLiteral("temporary"), tr("Temporary")},
        {QStringLiteral("other"), tr("Other")},
    };
}

Labels::Entries Labels::relations()
{
    return {
        {QStringLiteral("self"), tr("Head of household")},
        {QStringLiteral("spouse"), tr("Spouse")},
        {QStringLiteral("child"), tr("Child")},
        {QStringLiteral("child_in_law"), tr("Son- or daughter-in-law")},
        {QStringLiteral("grandchild"), tr("Grandchild")},
        {QStringLiteral("parent"), tr("Parent")},
        {QStringLiteral("grandparent"), tr("Grandparent")},
        {QStringLiteral("sibling"), tr("Brother or sister")},
        {QStringLiteral("other"), tr("Other relative")},
    };
}

Labels::Entries Labels::healthStates()
{
    return {
        {QStringLiteral("unknown"), tr("Not known")},
        {QStringLiteral("healthy"), tr("Healthy")},
        {QStringLiteral("chronic"), tr("Chronic illness")},
        {QStringLiteral("serious"), tr("Serious illness")},
    };
}

Labels::Entries Labels::selfCareLevels()
{
    return {
        {QStringLiteral("unknown"), tr("Not known")},
        {QStringLiteral("able"), tr("Fully able")},
        {QStringLiteral("partial"), tr("Partly lost")},
        {QStringLiteral("lost"), tr("Fully lost")},
    };
}

Labels::Entries Labels::workCapacities()
{
    return {
        {QStringLiteral("unknown"), tr("Not known")},
        {QStringLiteral("full"), tr("Can work")},
        {QStringLiteral("partial"), tr("Partly able to work")},
        {QStringLiteral("none"), tr("Cannot work")},
    };
}

Labels::Entries Labels::hardshipCauses()
{
    return {
        {QStringLiteral("illness"), tr("Illness")},           {QStringLiteral("disability"), tr("Disability")},
        {QStringLiteral("education"), tr("Schooling costs")}, {QStringLiteral("accident"), tr("Accident or disaster")},
        {QStringLiteral("labour"), tr("Lack of labour")},     {QStringLiteral("unemployment"), tr("Unemployment")},
        {QStringLiteral("old_age"), tr("Old age")},           {QStringLiteral("other"), tr("Other cause")},
    };
}

QStringList Labels::disabilityCategories()
{
    return {tr("None"),     tr("Visual"),       tr("Hearing"), tr("Speech"),
            tr("Physical"), tr("Intellectual"), tr("Mental"),  tr("Multiple")};
}

QStringList Labels::disabilityGrades()
{
    return {tr("None"), tr("Grade 1 (most severe)"), tr("Grade 2"), tr("Grade 3"), tr("Grade 4")};
}

QString Labels::disability(int category, int grade)
{
    if (category < 0)
        return tr("Not known");
    if (category == 0)
        return disabilityCategories().value(0);
    return tr("%1, %2").arg(disabilityCategories().value(category), disabilityGrades().value(grade));
}

QString Labels::fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Birth date")},
        {QStringLiteral("relation"), QT_TR_NOOP("Relation")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("health"), QT_TR_NOOP("Health")},
        {QStringLiteral("disability_category"), QT_TR_NOOP("Disability category")},
        {QStringLiteral("disability_grade"), QT_TR_NOOP("Disability grade")},
        {QStringLiteral("self_care"), QT_TR_NOOP("Self-care")},
        {QStringLiteral("work_capacity"), QT_TR_NOOP("Work capacity")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("hardship_cause"), QT_TR_NOOP("Cause of hardship")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("closed_on"), QT_TR_NOOP("Closed on")},
        {QStringLiteral("closed_reason"), QT_TR_NOOP("Reason for closing")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("start_date"), QT_TR_NOOP("From")},
        {QStringLiteral("end_date"), QT_TR_NOOP("Until")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("username"), QT_TR_NOOP("User name")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("disabled"), QT_TR_NOOP("Disabled")},
        {QStringLiteral("password_hash"), QT_TR_NOOP("Password")},
        {QStringLiteral("deleted"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("contact_person"), QT_TR_NOOP("Contact person")},
        {QStringLiteral("contact_phone"), QT_TR_NOOP("Contact phone")},
        {QStringLiteral("credit_code"), QT_TR_NOOP("Unified social credit code")},
        {QStringLiteral("registration_authority"), QT_TR_NOOP("Registered with")},
        {QStringLiteral("service_area"), QT_TR_NOOP("Service area")},
        {QStringLiteral("service_types"), QT_TR_NOOP("Services")},
        {QStringLiteral("target_groups"), QT_TR_NOOP("Target groups")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("capacity"), QT_TR_NOOP("Places")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("withdrawn_on"), QT_TR_NOOP("Withdrawn on")},
        {QStringLiteral("due_on"), QT_TR_NOOP("Due")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("from_status"), QT_TR_NOOP("From status")},
        {QStringLiteral("to_status"), QT_TR_NOOP("To status")},
        {QStringLiteral("happened_on"), QT_TR_NOOP("Date")},
        {QStringLiteral("lead_name"), QT_TR_NOOP("Person found")},
        {QStringLiteral("lead_programme"), QT_TR_NOOP("Programme")},
        {QStringLiteral("lead_situation"), QT_TR_NOOP("Situation")},
        {QStringLiteral("form"), QT_TR_NOOP("Form")},
        {QStringLiteral("need_type"), QT_TR_NOOP("Need")},
        {QStringLiteral("period_start"), QT_TR_NOOP("Period from")},
        {QStringLiteral("period_end"), QT_TR_NOOP("Period until")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("public_fundraising"), QT_TR_NOOP("Public fundraising")},
        {QStringLiteral("review_on"), QT_TR_NOOP("Next review")},
        {QStringLiteral("income_fen"), QT_TR_NOOP("Monthly income per person")},
        {QStringLiteral("amount_fen"), QT_TR_NOOP("Amount")},
        {QStringLiteral("archived_on"), QT_TR_NOOP("Archived on")},
        {QStringLiteral("lacks_capacity"), QT_TR_NOOP("Without legal capacity")},
        {QStringLiteral("reviewed_on"), QT_TR_NOOP("Reviewed on")},
        {QStringLiteral("locked_until"), QT_TR_NOOP("Locked until")},
        {QStringLiteral("failed_attempts"), QT_TR_NOOP("Wrong passwords")},
        {QStringLiteral("ended_on"), QT_TR_NOOP("Ended on")},
        {QStringLiteral("purpose"), QT_TR_NOOP("Purpose")},
        {QStringLiteral("done_on"), QT_TR_NOOP("Done on")},
        {QStringLiteral("met"), QT_TR_NOOP("Met")},
        {QStringLiteral("findings"), QT_TR_NOOP("What was found")},
        {QStringLiteral("adl_failed"), QT_TR_NOOP("Activities not managed alone")},
        {QStringLiteral("service"), QT_TR_NOOP("Service")},
        {QStringLiteral("minutes"), QT_TR_NOOP("Time spent")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("programme"), QT_TR_NOOP("Programme")},
        {QStringLiteral("organisation"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("project"), QT_TR_NOOP("Project")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Quantity")},
        {QStringLiteral("project_number"), QT_TR_NOOP("Project number")},
        {QStringLiteral("capacity_used"), QT_TR_NOOP("Places taken")},
        {QStringLiteral("budget_fen"), QT_TR_NOOP("Budget")},
        {QStringLiteral("budget_used_fen"), QT_TR_NOOP("Budget used")},
        {QStringLiteral("starts_on"), QT_TR_NOOP("Starts on")},
        {QStringLiteral("ends_on"), QT_TR_NOOP("Ends on")},
        {QStringLiteral("campaign_tags"), QT_TR_NOOP("Campaigns")},
        {QStringLiteral("disclosure_url"), QT_TR_NOOP("Disclosure page")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("urgency"), QT_TR_NOOP("Urgency")},
        {QStringLiteral("estimated_fen"), QT_TR_NOOP("Estimated cost")},
        {QStringLiteral("identified_on"), QT_TR_NOOP("Identified on")},
        {QStringLiteral("consenter_name"), QT_TR_NOOP("Consent given by")},
        {QStringLiteral("guardian_id_number"), QT_TR_NOOP("Guardian's ID number")},
        {QStringLiteral("guardian_relation"), QT_TR_NOOP("Guardian's relation")},
        {QStringLiteral("purpose_text"), QT_TR_NOOP("Purpose in detail")},
        {QStringLiteral("retention_months"), QT_TR_NOOP("Kept at most")},
        {QStringLiteral("method"), QT_TR_NOOP("How consent was given")},
        {QStringLiteral("verbal_witness"), QT_TR_NOOP("Witness of verbal consent")},
        {QStringLiteral("notice_version"), QT_TR_NOOP("Notice version")},
        {QStringLiteral("granted_on"), QT_TR_NOOP("Given on")},
        {QStringLiteral("expires_on"), QT_TR_NOOP("Valid until")},
        {QStringLiteral("withdrawal_method"), QT_TR_NOOP("How it was withdrawn")},
        {QStringLiteral("recipient_told_on"), QT_TR_NOOP("Recipient told on")},
        {QStringLiteral("basis"), QT_TR_NOOP("Consents as")},
        {QStringLiteral("item"), QT_TR_NOOP("Item")},
        {QStringLiteral("sensitive"), QT_TR_NOOP("Sensitive")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("sent_on"), QT_TR_NOOP("Sent on")},
        {QStringLiteral("outcome_form"), QT_TR_NOOP("Form of help")},
        {QStringLiteral("outcome_fen"), QT_TR_NOOP("Value of help")},
        {QStringLiteral("lead_id_number"), QT_TR_NOOP("ID number of the person found")},
        {QStringLiteral("lead_phone"), QT_TR_NOOP("Phone of the person found")},
        {QStringLiteral("lead_village"), QT_TR_NOOP("Village of the person found")},
        {QStringLiteral("reported_on"), QT_TR_NOOP("Reported on")},
        {QStringLiteral("shared_on"), QT_TR_NOOP("Shared on")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("purged_on"), QT_TR_NOOP("Deleted on")},
        {QStringLiteral("owner_table"), QT_TR_NOOP("Attached to")},
        {QStringLiteral("file_name"), QT_TR_NOOP("File")},
        {QStringLiteral("mime_type"), QT_TR_NOOP("File type")},
        {QStringLiteral("size"), QT_TR_NOOP("Size")},
        {QStringLiteral("sha256"), QT_TR_NOOP("Fingerprint (SHA-256)")},
        {QStringLiteral("content"), QT_TR_NOOP("Content")},
    };
    auto it = names.constFind(column);
    return it == names.constEnd() ? column : tr(*it);
}

QString Labels::tableLabel(const QString &table)
{
    if (table == QLatin1String("household"))
        return tr("Household");
    if (table == QLatin1String("person"))
        return tr("Member");
    if (table == QLatin1String("category_membership"))
        return tr("Category");
    if (table == QLatin1String("village"))
        return tr("Village");
    if (table == QLatin1String("user"))
        return tr("User account");
    if (table == QLatin1String("coi_declaration"))
        return tr("Declared relation");
    if (table == QLatin1String("charity_org"))
        return tr("Charity organisation");
    if (table == QLatin1String("charity_project"))
        return tr("Charity project");
    if (table == QLatin1String("need"))
        return tr("Need");
    if (table == QLatin1String("consent"))
        return tr("Consent");
    if (table == QLatin1String("referral"))
        return tr("Referral");
    if (table == QLatin1String("visit"))
        return tr("Visit");
    if (table == QLatin1String("assistance"))
        return tr("Help received");
    if (table == QLatin1String("referral_event"))
        return tr("Referral step");
    if (table == QLatin1String("referral_shared_item"))
        return tr("Disclosed item");
    if (table == QLatin1String("consent_item"))
        return tr("Consented item");
    if (table == QLatin1String("consent_member"))
        return tr("Person consenting");
    if (table == QLatin1String("visit_service"))
        return tr("Service at a visit");
    if (table == QLatin1String("attachment"))
        return tr("Attachment");
    return table;
}

QString Labels::valueLabel(const QString &column, const QString &value)
{
    if (column == QLatin1String("id_number"))
        return Validation::maskResidentId(value);
    if (column == QLatin1String("phone"))
        return Validation::maskPhone(value);
    if (column == QLatin1String("health") || column == QLatin1String("self_care") ||
        column.startsWith(QLatin1String("disability")))
        return Masking::hidden(); // sensitive: shown only on a revealed record
    if (column == QLatin1String("status") || column == QLatin1String("from_status") ||
        column == QLatin1String("to_status")) {
        // Statuses of households, visits, needs, organisations and referrals share one column name.
        if (value == QLatin1String("closed"))
            return tr("Closed");
        if (value == QLatin1String("active"))
            return tr("Active");
        if (value == QLatin1String("planned"))
            return tr("Planned");
        if (value == QLatin1String("done"))
            return tr("Done");
        if (value == QLatin1String("missed"))
            return tr("Did not happen");
        for (const Entries &list : {referralStatuses(), leadStatuses(), needStatuses(), orgStatuses()})
            if (contains(list, value))
                return label(list, value);
        return value;
    }
    if (column.endsWith(QLatin1String("_fen"))) {
        // Money in yuan, as people say it; -1 or empty: not recorded.
        bool ok = false;
        const qint64 fen = value.toLongLong(&ok);
        if (!ok || fen < 0)
            return value.isEmpty() || fen < 0 ? tr("not recorded") : value;
        return tr("%1 yuan").arg(QLocale().toString(fen / 100.0, 'f', 2));
    }
    static const QStringList flags = {QStringLiteral("deleted"), QStringLiteral("disabled"),
                                      QStringLiteral("lacks_capacity"), QStringLiteral("public_fundraising"),
                                      QStringLiteral("sensitive")};
    if (flags.contains(column))
        return value == QLatin1String("1") || value == QLatin1String("true") ? tr("yes") : tr("no");
    if (column == QLatin1String("adl_failed")) {
        if (value.isEmpty())
            return tr("not assessed");
        const int mask = value.toInt();
        QStringList failed;
        const QStringList activities = VisitPolicy::activities();
        for (int i = 0; i < activities.size(); ++i)
            if (mask & (1 << i))
                failed << activities.at(i);
        return failed.isEmpty() ? tr("none: all six managed alone") : failed.join(tr(", "));
    }
    if (column == QLatin1String("minutes"))
        return value.toInt() == 0 ? tr("not timed") : tr("%n minute(s)", nullptr, value.toInt());
    if (column == QLatin1String("retention_months"))
        return tr("%n month(s)", nullptr, value.toInt());
    if (column == QLatin1String("service"))
        return VisitPolicy::serviceLabel(value);
    if (column == QLatin1String("source")) {
        // Help received comes from government or a charity; a need was found at a visit, an application, …
        if (value == QLatin1String("government"))
            return tr("Government");
        if (value == QLatin1String("charity"))
            return tr("Charity");
        return contains(needSources(), value) ? label(needSources(), value) : value;
    }
    if (column == QLatin1String("outcome_form"))
        return label(outcomeForms(), value);
    if (column == QLatin1String("item"))
        return label(consentItems(), value);
    if (column == QLatin1String("method"))
        return label(consentMethods(), value);
    if (column == QLatin1String("urgency"))
        return label(urgencies(), value);
    if (column == QLatin1String("purpose"))
        return contains(needTypes(), value) ? label(needTypes(), value) : value;
    if (column == QLatin1String("basis"))
        return value == QLatin1String("guardian") ? tr("through the guardian") : tr("for themselves");
    if (column == QLatin1String("owner_table"))
        return tableLabel(value);
    if (column == QLatin1String("lead_id_number") || column == QLatin1String("guardian_id_number"))
        return Validation::maskResidentId(value);
    if (column == QLatin1String("lead_phone"))
        return Validation::maskPhone(value);
    if (column == QLatin1String("target_groups") || column == QLatin1String("service_types")) {
        QStringList words;
        for (const QString &code : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            words << (contains(targetGroups(), code) ? label(targetGroups(), code)
                      : contains(needTypes(), code)  ? label(needTypes(), code)
                                                     : code);
        return words.join(tr(", "));
    }
    if (column == QLatin1String("need_type"))
        return label(needTypes(), value);
    if (column == QLatin1String("direction"))
        return value == QLatin1String("from_charity") ? tr("From a charity") : tr("To a charity");
    if (column == QLatin1String("kind"))
        return VisitPolicy::kindLabel(value);
    if (column == QLatin1String("form"))
        return label(outcomeForms(), value);
    if (column == QLatin1String("relation"))
        return label(relations(), value);
    if (column == QLatin1String("work_capacity"))
        return label(workCapacities(), value);
    if (column == QLatin1String("hardship_cause"))
        return label(hardshipCauses(), value);
    if (column == QLatin1String("category"))
        return label(categories(), value);
    if (column == QLatin1String("sex"))
        return sex(value);
    if (column == QLatin1String("role")) {
        const auto role = Permissions::roleFromCode(value);
        return role ? Permissions::roleLabel(*role) : value;
    }
    return value;
}

Labels::Entries Labels::needTypes()
{
    return {
        {QStringLiteral("living"), tr("Living")},
        {QStringLiteral("medical"), tr("Medical")},
        {QStringLiteral("education"), tr("Education")},
        {QStringLiteral("housing"), tr("Housing")},
        {QStringLiteral("care"), tr("Care")},
        {QStringLiteral("psychological"), tr("Psychological")},
        {QStringLiteral("rehabilitation"), tr("Rehabilitation")},
        {QStringLiteral("employment"), tr("Employment and skills")},
        {QStringLiteral("other"), tr("Other need")},
    };
}

Labels::Entries Labels::needTypesShort()
{
    Entries e = needTypes();
    for (auto &[code, label] : e)
        if (code == QLatin1String("employment"))
            label = tr("Employment", "short need type, for a chart's axis");
        else if (code == QLatin1String("other"))
            label = tr("Other", "short need type, for a chart's axis");
    return e;
}

Labels::Entries Labels::urgencies()
{
    return {
        {QStringLiteral("low"), tr("Can wait")},
        {QStringLiteral("normal"), tr("Normal")},
        {QStringLiteral("high"), tr("Soon")},
        {QStringLiteral("urgent"), tr("Urgent")},
    };
}

Labels::Entries Labels::needStatuses()
{
    return {
        {QStringLiteral("open"), tr("Open")},
        {QStringLiteral("partly_met"), tr("Partly met")},
        {QStringLiteral("met"), tr("Met")},
        {QStringLiteral("withdrawn"), tr("Withdrawn")},
    };
}

Labels::Entries Labels::needSources()
{
    return {
        {QStringLiteral("visit"), tr("Found on a visit")},
        {QStringLiteral("application"), tr("Application by the household")},
        {QStringLiteral("charity_report"), tr("Reported by a charity")},
    };
}

Labels::Entries Labels::targetGroups()
{
    return {
        {QStringLiteral("elderly_dependent"), tr("Elderly who cannot care for themselves")},
        {QStringLiteral("minor"), tr("Minors")},
        {QStringLiteral("disabled"), tr("Disabled people")},
        {QStringLiteral("seriously_ill"), tr("Seriously ill people")},
        {QStringLiteral("low_income"), tr("Low-income households")},
    };
}

Labels::Entries Labels::orgStatuses()
{
    return {
        {QStringLiteral("active"), tr("Active")},
        {QStringLiteral("suspended"), tr("Suspended")},
        {QStringLiteral("deregistered"), tr("Deregistered")},
    };
}

Labels::Entries Labels::consentItems()
{
    return {
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("sex_age"), tr("Sex and age")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("phone"), tr("Phone number")},
        {QStringLiteral("id_number"), tr("Resident ID number")},
        {QStringLiteral("household_size"), tr("Household size")},
        {QStringLiteral("categories"), tr("Assistance categories")},
        {QStringLiteral("income"), tr("Monthly income per person")},
        {QStringLiteral("need"), tr("Description of the need")},
        {QStringLiteral("health"), tr("Health")},
        {QStringLiteral("disability"), tr("Disability")},
        {QStringLiteral("self_care"), tr("Self-care ability")},
    };
}

bool Labels::isSensitiveItem(const QString &item)
{
    static const QStringList sensitive = {QStringLiteral("id_number"),   QStringLiteral("categories"),
                                          QStringLiteral("income"),      QStringLiteral("health"),
                                          QStringLiteral("disability"),  QStringLiteral("self_care"),
                                          QStringLiteral("bank_account")};
    return sensitive.contains(item);
}

Labels::Entries Labels::consentMethods()
{
    return {
        {QStringLiteral("signed_paper"), tr("Signed on paper")},
        {QStringLiteral("fingerprint"), tr("Fingerprint")},
        {QStringLiteral("e_signature"), tr("Electronic signature")},
        {QStringLiteral("verbal_witnessed"), tr("Recorded verbally, with a witness")},
    };
}

Labels::Entries Labels::referralStatuses()
{
    return {
        {QStringLiteral("draft"), tr("Draft")},
        {QStringLiteral("sent"), tr("Sent")},
        {QStringLiteral("accepted"), tr("Accepted")},
        {QStringLiteral("helping"), tr("Helping")},
        {QStringLiteral("completed"), tr("Completed")},
        {QStringLiteral("declined"), tr("Declined")},
        {QStringLiteral("returned"), tr("Returned")},
        {QStringLiteral("cancelled"), tr("Cancelled")},
        {QStringLiteral("consent_withdrawn"), tr("Consent withdrawn")},
    };
}

Labels::Entries Labels::leadStatuses()
{
    return {
        {QStringLiteral("screening"), tr("Screening")},
        {QStringLiteral("application_assisted"), tr("Application assisted")},
        {QStringLiteral("approved"), tr("Approved")},
        {QStringLiteral("not_eligible"), tr("Not eligible")},
        {QStringLiteral("withdrawn"), tr("Withdrawn")},
    };
}

Labels::Entries Labels::outcomeForms()
{
    return {
        {QStringLiteral("cash"), tr("Cash")},
        {QStringLiteral("material"), tr("Material")},
        {QStringLiteral("service"), tr("Service")},
    };
}

QString Labels::label(const Entries &entries, const QString &code)
{
    for (const auto &e : entries)
        if (e.first == code)
            return e.second;
    return code;
}

bool Labels::contains(const Entries &entries, const QString &code)
{
    for (const auto &e : entries)
        if (e.first == code)
            return true;
    return false;
}

QString Labels::sex(const QString &code)
{
    if (code == QLatin1String("M"))
        return tr("Male");
    if (code == QLatin1String("F"))
        return tr("Female");
    return QString();
}

QString Labels::date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString Labels::dateTime(const QDateTime &at, bool seconds)
{
    if (!at.isValid())
        return QStringLiteral("—");
    return at.toLocalTime().toString(seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                             : QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace xianjie
