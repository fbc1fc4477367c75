#include "Schema.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace xianjie {

namespace {

// The columns every synced record carries (DESIGN.md: data model).
#define SYNC_COLUMNS                                                                                                   \
    "id TEXT NOT NULL UNIQUE CHECK (length(id) = 36), "                                                                \
    "station_id TEXT NOT NULL, "                                                                                       \
    "created_at TEXT NOT NULL, "                                                                                       \
    "updated_at TEXT NOT NULL, "                                                                                       \
    "version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1), "                                                        \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)) "

const char *const kVersion1[] = {
    "CREATE TABLE station_settings ("
    " key TEXT PRIMARY KEY,"
    " value TEXT NOT NULL)",

    "CREATE TABLE village ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " code TEXT NOT NULL CHECK (length(code) = 12),"
    " name TEXT NOT NULL CHECK (length(trim(name)) > 0))",
    "CREATE UNIQUE INDEX village_code ON village(code) WHERE deleted = 0",

    "CREATE TABLE household ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " village_id TEXT REFERENCES village(id),"
    " address TEXT NOT NULL DEFAULT '',"
    " phone TEXT NOT NULL DEFAULT '',"
    " hardship_cause TEXT NOT NULL DEFAULT '',"
    " income_fen INTEGER CHECK (income_fen IS NULL OR income_fen >= 0),"
    " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),"
    " closed_on TEXT,"
    " closed_reason TEXT NOT NULL DEFAULT '',"
    " CHECK ((status = 'closed') = (closed_on IS NOT NULL)))",
    "CREATE INDEX household_village ON household(village_id)",

    "CREATE TABLE person ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " household_id TEXT NOT NULL REFERENCES household(id),"
    " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
    " id_number TEXT CHECK (id_number IS NULL OR length(id_number) = 18),"
    " sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),"
    " birth_date TEXT NOT NULL,"
    " relation TEXT NOT NULL,"
    " phone TEXT NOT NULL DEFAULT '',"
    " health TEXT NOT NULL DEFAULT 'healthy' CHECK (health IN ('healthy', 'chronic', 'serious')),"
    " disability_category INTEGER NOT NULL DEFAULT 0 CHECK (disability_category BETWEEN 0 AND 7),"
    " disability_grade INTEGER NOT NULL DEFAULT 0 CHECK (disability_grade BETWEEN 0 AND 4),"
    " self_care TEXT NOT NULL DEFAULT 'able' CHECK (self_care IN ('able', 'partial', 'lost')),"
    " work_capacity TEXT NOT NULL DEFAULT 'full' CHECK (work_capacity IN ('full', 'partial', 'none')),"
    " CHECK ((disability_category = 0) = (disability_grade = 0)))",
    "CREATE INDEX person_household ON person(household_id, relation)",
    // One ID number, one living record: the database refuses a second registration even behind the app's back.
    "CREATE UNIQUE INDEX person_id_number ON person(id_number) WHERE id_number IS NOT NULL AND deleted = 0",
    "CREATE UNIQUE INDEX person_one_head ON person(household_id) WHERE relation = 'self' AND deleted = 0",
    "CREATE INDEX person_name_birth ON person(name, birth_date)",

    "CREATE TABLE category_membership ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " household_id TEXT NOT NULL REFERENCES household(id),"
    " category TEXT NOT NULL CHECK (category IN ('dibao', 'tekun', 'dibao_edge', 'rigid_expense', 'monitored',"
    " 'temporary', 'other')),"
    " start_date TEXT NOT NULL,"
    " end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date))",
    "CREATE INDEX category_household ON category_membership(household_id)",

    // The outbox: one op per write of a synced record, in the same transaction as the write.
    "CREATE TABLE change_log ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " hlc TEXT NOT NULL,"
    " table_name TEXT NOT NULL,"
    " record_id TEXT NOT NULL,"
    " op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),"
    " record_version INTEGER NOT NULL,"
    " fields TEXT NOT NULL CHECK (json_valid(fields)),"
    " bundle_id TEXT)",
    "CREATE INDEX change_log_record ON change_log(record_id)",

    // Search: trigram full-text index for fragments of 3+ characters, and 1–2 character prefixes of every key
    // (name, given name, pinyin, initials, ID number, village) for the short queries trigrams cannot answer.
    "CREATE VIRTUAL TABLE household_fts USING fts5(keys, tokenize = 'trigram')",
    "CREATE TABLE household_prefix ("
    " prefix TEXT NOT NULL,"
    " household_rid INTEGER NOT NULL,"
    " PRIMARY KEY (prefix, household_rid)) WITHOUT ROWID",
    "CREATE INDEX household_prefix_rid ON household_prefix(household_rid)",
};

// Version 2: users, the hash-chained audit log, conflict-of-interest declarations.
const char *const kVersion2[] = {
    "CREATE TABLE user ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " username TEXT NOT NULL,"
    " display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),"
    " role TEXT NOT NULL CHECK (role IN ('worker', 'head', 'county', 'auditor')),"
    " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
    " id_number TEXT CHECK (id_number IS NULL OR length(id_number) = 18),"
    // Local to this casebook, never synced:
    " password_hash TEXT NOT NULL,"
    " failed_attempts INTEGER NOT NULL DEFAULT 0,"
    " locked_until TEXT)",
    "CREATE UNIQUE INDEX user_username ON user(username)",
    // Users are never deleted: records point to them.
    "CREATE TRIGGER user_never_deleted BEFORE DELETE ON user BEGIN"
    " SELECT RAISE(ABORT, 'user accounts are disabled, never deleted'); END",

    "CREATE TABLE audit_log ("
    " seq INTEGER PRIMARY KEY,"
    " id TEXT NOT NULL UNIQUE,"
    " station_id TEXT NOT NULL,"
    " at TEXT NOT NULL,"
    " user_id TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " table_name TEXT NOT NULL,"
    " record_id TEXT NOT NULL,"
    " before TEXT NOT NULL CHECK (json_valid(before)),"
    " after TEXT NOT NULL CHECK (json_valid(after)),"
    " note TEXT NOT NULL,"
    " prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),"
    " hash TEXT NOT NULL CHECK (length(hash) = 64))",
    "CREATE INDEX audit_log_record ON audit_log(record_id)",
    "CREATE INDEX audit_log_user ON audit_log(user_id, at)",
    // Append-only: the chain detects tampering, the triggers make it deliberate.
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
    " SELECT RAISE(ABORT, 'the audit log cannot be changed'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
    " SELECT RAISE(ABORT, 'the audit log cannot be changed'); END",

    "CREATE TABLE coi_declaration ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " user_id TEXT NOT NULL REFERENCES user(id),"
    " household_id TEXT REFERENCES household(id),"
    " id_number TEXT CHECK (id_number IS NULL OR length(id_number) = 18),"
    " relation TEXT NOT NULL CHECK (length(trim(relation)) > 0),"
    " ended_on TEXT,"
    " CHECK (household_id IS NOT NULL OR id_number IS NOT NULL))",
    "CREATE INDEX coi_user ON coi_declaration(user_id)",
};

// Version 3: retention — households closed long ago are archived (kept, out of the working list).
const char *const kVersion3[] = {
    "ALTER TABLE household ADD COLUMN archived_on TEXT CHECK (archived_on IS NULL OR status = 'closed')",
};

// Version 4: follow-up visits and the services delivered on them.
const char *const kVersion4[] = {
    "CREATE TABLE visit ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " household_id TEXT NOT NULL REFERENCES household(id),"
    " person_id TEXT REFERENCES person(id),"
    " kind TEXT NOT NULL CHECK (kind IN ('home', 'phone', 'office', 'with_charity')),"
    " purpose TEXT NOT NULL DEFAULT '',"
    " assigned_user_id TEXT REFERENCES user(id),"
    " due_on TEXT NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'missed')),"
    " done_on TEXT,"
    " met TEXT NOT NULL DEFAULT '',"
    " findings TEXT NOT NULL DEFAULT '',"
    // Six-activity self-care assessment: a bit per activity the person could not do (eating 1, dressing 2,
    // bed transfer 4, toileting 8, walking indoors 16, bathing 32); NULL when not assessed.
    " adl_failed INTEGER CHECK (adl_failed IS NULL OR adl_failed BETWEEN 0 AND 63),"
    " amends_id TEXT REFERENCES visit(id),"
    " CHECK ((status = 'planned') = (done_on IS NULL)))",
    "CREATE INDEX visit_household ON visit(household_id, due_on)",
    "CREATE INDEX visit_due ON visit(status, due_on)",
    "CREATE TABLE visit_service ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " visit_id TEXT NOT NULL REFERENCES visit(id),"
    " service TEXT NOT NULL CHECK (service IN ('care', 'psychological', 'rehabilitation', 'capability', "
    "'material', 'other')),"
    " minutes INTEGER NOT NULL CHECK (minutes > 0))",
    "CREATE INDEX visit_service_visit ON visit_service(visit_id)",
};

// Version 5: the assistance ledger — help from government and charities, one ledger per household.
const char *const kVersion5[] = {
    "CREATE TABLE assistance ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " household_id TEXT NOT NULL REFERENCES household(id),"
    " person_id TEXT REFERENCES person(id),"
    " source TEXT NOT NULL CHECK (source IN ('government', 'charity')),"
    " programme TEXT NOT NULL CHECK (length(trim(programme)) > 0),"
    " organisation TEXT NOT NULL DEFAULT '',"
    " project TEXT NOT NULL DEFAULT '',"
    " referral_id TEXT,"
    " need_type TEXT NOT NULL CHECK (need_type IN ('living', 'medical', 'education', 'housing', 'care', "
    "'psychological', 'rehabilitation', 'employment', 'other')),"
    " form TEXT NOT NULL CHECK (form IN ('cash', 'material', 'service')),"
    " amount_fen INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),"
    " quantity TEXT NOT NULL DEFAULT '',"
    " period_start TEXT NOT NULL,"
    " period_end TEXT CHECK (period_end IS NULL OR period_end >= period_start),"
    " note TEXT NOT NULL DEFAULT '',"
    " amends_id TEXT REFERENCES assistance(id))",
    "CREATE INDEX assistance_household ON assistance(household_id, need_type, period_start)",
};

// Version 6: the charity directory, needs, consents and referrals in both directions. Consent is enforced here
// as well as in core: a disclosed item needs a consent that holds for that person, item, recipient and purpose,
// and a referral cannot be sent without what it discloses.
#define NEED_TYPES                                                                                                     \
    "('living', 'medical', 'education', 'housing', 'care', 'psychological', 'rehabilitation', "                        \
    "'employment', 'other')"
const char *const kVersion6[] = {
    "CREATE TABLE charity_org ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
    " credit_code TEXT NOT NULL CHECK (length(credit_code) = 18),"
    " registration_authority TEXT NOT NULL DEFAULT '',"
    " contact_person TEXT NOT NULL DEFAULT '',"
    " contact_phone TEXT NOT NULL DEFAULT '',"
    " service_area TEXT NOT NULL DEFAULT '',"  // division codes (or their prefixes), space-separated
    " service_types TEXT NOT NULL DEFAULT ''," // need types, space-separated
    " target_groups TEXT NOT NULL DEFAULT ''," // target group codes, space-separated
    " public_fundraising INTEGER NOT NULL DEFAULT 0 CHECK (public_fundraising IN (0, 1)),"
    " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'deregistered')))",
    "CREATE UNIQUE INDEX charity_org_code ON charity_org(credit_code) WHERE deleted = 0",
    "CREATE TABLE charity_project ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " org_id TEXT NOT NULL REFERENCES charity_org(id),"
    " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
    " project_number TEXT NOT NULL DEFAULT '',"
    " target_groups TEXT NOT NULL DEFAULT '',"
    " service_types TEXT NOT NULL DEFAULT '',"
    " region TEXT NOT NULL DEFAULT '',"
    " capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),"
    " capacity_used INTEGER NOT NULL DEFAULT 0 CHECK (capacity_used >= 0),"
    " budget_fen INTEGER CHECK (budget_fen IS NULL OR budget_fen >= 0),"
    " budget_used_fen INTEGER NOT NULL DEFAULT 0 CHECK (budget_used_fen >= 0),"
    " starts_on TEXT,"
    " ends_on TEXT CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),"
    " campaign_tags TEXT NOT NULL DEFAULT '',"
    " disclosure_url TEXT NOT NULL DEFAULT '',"
    " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')))",
    "CREATE INDEX charity_project_org ON charity_project(org_id)",

    // A person without legal capacity consents through a guardian, like a child under 14.
    "ALTER TABLE person ADD COLUMN lacks_capacity INTEGER NOT NULL DEFAULT 0 CHECK (lacks_capacity IN (0, 1))",
    // Category reviews: when the next one is due, and when the last one was done.
    "ALTER TABLE category_membership ADD COLUMN review_on TEXT",
    "ALTER TABLE category_membership ADD COLUMN reviewed_on TEXT",
    "CREATE INDEX category_review ON category_membership(review_on) WHERE deleted = 0",

    "CREATE TABLE need ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " household_id TEXT NOT NULL REFERENCES household(id),"
    " person_id TEXT REFERENCES person(id),"
    " need_type TEXT NOT NULL CHECK (need_type IN " NEED_TYPES "),"
    " description TEXT NOT NULL CHECK (length(trim(description)) > 0),"
    " urgency TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('low', 'normal', 'high', 'urgent')),"
    " estimated_fen INTEGER CHECK (estimated_fen IS NULL OR estimated_fen >= 0),"
    " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'partly_met', 'met', 'withdrawn')),"
    " source TEXT NOT NULL CHECK (source IN ('visit', 'application', 'charity_report')),"
    " identified_on TEXT NOT NULL,"
    " closed_on TEXT CHECK (closed_on IS NULL OR closed_on >= identified_on),"
    " visit_id TEXT REFERENCES visit(id))",
    "CREATE INDEX need_household ON need(household_id, status)",

    "CREATE TABLE consent ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " household_id TEXT NOT NULL REFERENCES household(id),"
    " consenter_name TEXT NOT NULL CHECK (length(trim(consenter_name)) > 0),"
    " consenter_person_id TEXT REFERENCES person(id),"
    " guardian_id_number TEXT NOT NULL DEFAULT ''," // a guardian's identity; empty when each consents for self
    " guardian_relation TEXT NOT NULL DEFAULT '',"
    " org_id TEXT NOT NULL REFERENCES charity_org(id),"
    " project_id TEXT REFERENCES charity_project(id),"
    " purpose TEXT NOT NULL CHECK (purpose IN " NEED_TYPES "),"
    " purpose_text TEXT NOT NULL DEFAULT '',"
    " retention_months INTEGER NOT NULL CHECK (retention_months BETWEEN 1 AND 120),"
    " method TEXT NOT NULL CHECK (method IN ('signed_paper', 'fingerprint', 'e_signature', 'verbal_witnessed')),"
    " witness_user_id TEXT NOT NULL REFERENCES user(id),"
    " verbal_witness TEXT NOT NULL DEFAULT '',"
    " notice_version TEXT NOT NULL CHECK (length(trim(notice_version)) > 0),"
    " granted_on TEXT NOT NULL,"
    " expires_on TEXT NOT NULL CHECK (expires_on > granted_on),"
    " withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on >= granted_on),"
    " withdrawal_method TEXT NOT NULL DEFAULT '',"
    " recipient_told_on TEXT,"
    " CHECK (method <> 'verbal_witnessed' OR length(trim(verbal_witness)) > 0),"
    " CHECK (length(guardian_id_number) IN (0, 18)))",
    "CREATE INDEX consent_household ON consent(household_id)",
    // The terms of a consent never change (a new purpose or recipient needs a new consent); only a withdrawal,
    // once, and the note that the recipient was told are written later.
    "CREATE TRIGGER consent_terms_fixed BEFORE UPDATE ON consent WHEN"
    " NEW.household_id IS NOT OLD.household_id OR NEW.consenter_name IS NOT OLD.consenter_name OR"
    " NEW.consenter_person_id IS NOT OLD.consenter_person_id OR NEW.guardian_id_number IS NOT OLD.guardian_id_number"
    " OR NEW.guardian_relation IS NOT OLD.guardian_relation OR NEW.org_id IS NOT OLD.org_id OR"
    " NEW.project_id IS NOT OLD.project_id OR NEW.purpose IS NOT OLD.purpose OR"
    " NEW.retention_months IS NOT OLD.retention_months OR NEW.method IS NOT OLD.method OR"
    " NEW.witness_user_id IS NOT OLD.witness_user_id OR NEW.notice_version IS NOT OLD.notice_version OR"
    " NEW.granted_on IS NOT OLD.granted_on OR NEW.expires_on IS NOT OLD.expires_on OR NEW.deleted <> OLD.deleted OR"
    " (OLD.withdrawn_on IS NOT NULL AND NEW.withdrawn_on IS NOT OLD.withdrawn_on)"
    " BEGIN SELECT RAISE(ABORT, 'the terms of a consent cannot be changed; record a new consent'); END",
    "CREATE TRIGGER consent_never_deleted BEFORE DELETE ON consent BEGIN"
    " SELECT RAISE(ABORT, 'a consent is kept; withdraw it instead'); END",

    // Whose data a consent covers and on what footing: their own word, or their guardian's.
    "CREATE TABLE consent_member ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " consent_id TEXT NOT NULL REFERENCES consent(id),"
    " person_id TEXT NOT NULL REFERENCES person(id),"
    " basis TEXT NOT NULL CHECK (basis IN ('self', 'guardian')),"
    " UNIQUE (consent_id, person_id))",
    "CREATE TRIGGER consent_member_rules BEFORE INSERT ON consent_member BEGIN"
    " SELECT RAISE(ABORT, 'consent: the person is not a member of the consenting household')"
    "  WHERE NOT EXISTS (SELECT 1 FROM person p JOIN consent c ON c.household_id = p.household_id"
    "   WHERE p.id = NEW.person_id AND c.id = NEW.consent_id);"
    " SELECT RAISE(ABORT, 'consent: a minor under 14 or a person without capacity needs a guardian''s consent')"
    "  WHERE NEW.basis = 'self' AND EXISTS (SELECT 1 FROM person p, consent c WHERE p.id = NEW.person_id AND"
    "   c.id = NEW.consent_id AND (date(p.birth_date, '+14 years') > c.granted_on OR p.lacks_capacity = 1));"
    " SELECT RAISE(ABORT, 'consent: an adult consents for themselves')"
    "  WHERE NEW.basis = 'self' AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.id = NEW.consent_id AND"
    "   c.consenter_person_id = NEW.person_id);"
    " SELECT RAISE(ABORT, 'consent: a guardian consents only for a minor under 14 or a person without capacity')"
    "  WHERE NEW.basis = 'guardian' AND EXISTS (SELECT 1 FROM person p, consent c WHERE p.id = NEW.person_id AND"
    "   c.id = NEW.consent_id AND date(p.birth_date, '+14 years') <= c.granted_on AND p.lacks_capacity = 0);"
    " SELECT RAISE(ABORT, 'consent: the guardian''s ID number and relation are required')"
    "  WHERE NEW.basis = 'guardian' AND EXISTS (SELECT 1 FROM consent c WHERE c.id = NEW.consent_id AND"
    "   (length(c.guardian_id_number) <> 18 OR length(trim(c.guardian_relation)) = 0 OR"
    "    c.consenter_person_id IS NEW.person_id));"
    " END",
    "CREATE TABLE consent_item ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " consent_id TEXT NOT NULL REFERENCES consent(id),"
    " item TEXT NOT NULL CHECK (item IN ('name', 'sex_age', 'address', 'phone', 'id_number', 'household_size',"
    " 'categories', 'income', 'need', 'health', 'disability', 'self_care', 'bank_account')),"
    " sensitive INTEGER NOT NULL CHECK (sensitive IN (0, 1)),"
    " UNIQUE (consent_id, item))",
    // What was agreed is kept as agreed.
    "CREATE TRIGGER consent_member_fixed BEFORE UPDATE ON consent_member BEGIN"
    " SELECT RAISE(ABORT, 'the terms of a consent cannot be changed; record a new consent'); END",
    "CREATE TRIGGER consent_member_kept BEFORE DELETE ON consent_member BEGIN"
    " SELECT RAISE(ABORT, 'the terms of a consent cannot be changed; record a new consent'); END",
    "CREATE TRIGGER consent_item_fixed BEFORE UPDATE ON consent_item BEGIN"
    " SELECT RAISE(ABORT, 'the terms of a consent cannot be changed; record a new consent'); END",
    "CREATE TRIGGER consent_item_kept BEFORE DELETE ON consent_item BEGIN"
    " SELECT RAISE(ABORT, 'the terms of a consent cannot be changed; record a new consent'); END",

    // Referrals in both directions: to a charity (from a need, under consent) and from a charity (a lead about
    // someone who may be eligible for government help).
    "CREATE TABLE referral ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " direction TEXT NOT NULL CHECK (direction IN ('to_charity', 'from_charity')),"
    " number TEXT NOT NULL,"
    " household_id TEXT REFERENCES household(id),"
    " need_id TEXT REFERENCES need(id),"
    " org_id TEXT REFERENCES charity_org(id),"
    " project_id TEXT REFERENCES charity_project(id),"
    " status TEXT NOT NULL,"
    " note TEXT NOT NULL DEFAULT '',"
    " sent_on TEXT,"
    " due_on TEXT,"
    " outcome_form TEXT CHECK (outcome_form IS NULL OR outcome_form IN ('cash', 'material', 'service')),"
    " outcome_fen INTEGER CHECK (outcome_fen IS NULL OR outcome_fen >= 0),"
    " closed_on TEXT,"
    " lead_name TEXT NOT NULL DEFAULT '',"
    " lead_id_number TEXT NOT NULL DEFAULT '',"
    " lead_phone TEXT NOT NULL DEFAULT '',"
    " lead_village TEXT NOT NULL DEFAULT '',"
    " lead_situation TEXT NOT NULL DEFAULT '',"
    " lead_programme TEXT NOT NULL DEFAULT '',"
    " reported_on TEXT,"
    " CHECK (direction = 'from_charity' OR (household_id IS NOT NULL AND need_id IS NOT NULL AND"
    "  org_id IS NOT NULL)),"
    " CHECK (direction = 'to_charity' OR (org_id IS NOT NULL AND length(trim(lead_name)) > 0 AND"
    "  reported_on IS NOT NULL)),"
    " CHECK ((direction = 'to_charity' AND status IN ('draft', 'sent', 'accepted', 'helping', 'completed',"
    "  'declined', 'returned', 'cancelled', 'consent_withdrawn')) OR (direction = 'from_charity' AND status IN"
    "  ('screening', 'application_assisted', 'approved', 'not_eligible', 'withdrawn'))),"
    " CHECK (direction = 'from_charity' OR status IN ('draft', 'cancelled', 'consent_withdrawn') OR sent_on IS NOT "
    "NULL))",
    "CREATE INDEX referral_household ON referral(household_id)",
    "CREATE INDEX referral_status ON referral(direction, status, due_on)",
    // The state machine, once, for the trigger below and for core (which reads the same rows in its tests).
    "CREATE TABLE referral_transition ("
    " direction TEXT NOT NULL, from_status TEXT NOT NULL, to_status TEXT NOT NULL,"
    " PRIMARY KEY (direction, from_status, to_status)) WITHOUT ROWID",
    "INSERT INTO referral_transition VALUES"
    " ('to_charity', 'draft', 'sent'), ('to_charity', 'draft', 'cancelled'),"
    " ('to_charity', 'draft', 'consent_withdrawn'),"
    " ('to_charity', 'sent', 'accepted'), ('to_charity', 'sent', 'declined'), ('to_charity', 'sent', 'returned'),"
    " ('to_charity', 'sent', 'cancelled'), ('to_charity', 'sent', 'consent_withdrawn'),"
    " ('to_charity', 'accepted', 'helping'), ('to_charity', 'accepted', 'completed'),"
    " ('to_charity', 'accepted', 'returned'), ('to_charity', 'accepted', 'cancelled'),"
    " ('to_charity', 'accepted', 'consent_withdrawn'),"
    " ('to_charity', 'helping', 'completed'), ('to_charity', 'helping', 'returned'),"
    " ('to_charity', 'helping', 'cancelled'), ('to_charity', 'helping', 'consent_withdrawn'),"
    " ('from_charity', 'screening', 'application_assisted'), ('from_charity', 'screening', 'not_eligible'),"
    " ('from_charity', 'screening', 'withdrawn'), ('from_charity', 'application_assisted', 'approved'),"
    " ('from_charity', 'application_assisted', 'not_eligible'),"
    " ('from_charity', 'application_assisted', 'withdrawn')",
    "CREATE TRIGGER referral_forward_only BEFORE UPDATE OF status ON referral WHEN NEW.status <> OLD.status AND"
    " NOT EXISTS (SELECT 1 FROM referral_transition t WHERE t.direction = OLD.direction AND"
    "  t.from_status = OLD.status AND t.to_status = NEW.status)"
    " BEGIN SELECT RAISE(ABORT, 'referral: this change of status is not allowed'); END",
    "CREATE TRIGGER referral_fixed BEFORE UPDATE ON referral WHEN NEW.direction IS NOT OLD.direction OR"
    " (OLD.direction = 'to_charity' AND (NEW.household_id IS NOT OLD.household_id OR"
    "  NEW.org_id IS NOT OLD.org_id OR NEW.project_id IS NOT OLD.project_id OR NEW.need_id IS NOT OLD.need_id))"
    " BEGIN SELECT RAISE(ABORT, 'referral: recipient and household are fixed; cancel and refer again'); END",
    // Sending (or moving on) needs what is disclosed, each item under a consent that still holds.
    "CREATE TRIGGER referral_needs_consent BEFORE UPDATE OF status ON referral WHEN OLD.direction = 'to_charity'"
    " AND NEW.status IN ('sent', 'accepted', 'helping', 'completed') BEGIN"
    " SELECT RAISE(ABORT, 'referral: nothing disclosed under a consent; record the consent first')"
    "  WHERE NOT EXISTS (SELECT 1 FROM referral_shared_item s WHERE s.referral_id = NEW.id);"
    " SELECT RAISE(ABORT, 'referral: a consent it relies on has been withdrawn')"
    "  WHERE EXISTS (SELECT 1 FROM referral_shared_item s JOIN consent c ON c.id = s.consent_id"
    "   WHERE s.referral_id = NEW.id AND c.withdrawn_on IS NOT NULL);"
    " END",

    "CREATE TABLE referral_event ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " referral_id TEXT NOT NULL REFERENCES referral(id),"
    " from_status TEXT NOT NULL DEFAULT '',"
    " to_status TEXT NOT NULL,"
    " user_id TEXT NOT NULL REFERENCES user(id),"
    " happened_on TEXT NOT NULL,"
    " note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX referral_event_referral ON referral_event(referral_id)",

    // Exactly what left the station: one row per person and item, under the consent that allowed it. The value
    // is local (not synced) and purged when the consent's retention period ends.
    "CREATE TABLE referral_shared_item ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " referral_id TEXT NOT NULL REFERENCES referral(id),"
    " person_id TEXT NOT NULL REFERENCES person(id),"
    " item TEXT NOT NULL,"
    " consent_id TEXT NOT NULL REFERENCES consent(id),"
    " shared_on TEXT NOT NULL,"
    " value TEXT NOT NULL DEFAULT '',"
    " purged_on TEXT,"
    " UNIQUE (referral_id, person_id, item))",
    "CREATE TRIGGER shared_item_needs_consent BEFORE INSERT ON referral_shared_item BEGIN"
    " SELECT RAISE(ABORT, 'referral: items are disclosed only when a referral to a charity is sent')"
    "  WHERE NOT EXISTS (SELECT 1 FROM referral r WHERE r.id = NEW.referral_id AND r.direction = 'to_charity'"
    "   AND r.status = 'draft');"
    " SELECT RAISE(ABORT, 'referral: no valid consent covers this item of this person for this recipient and "
    "purpose')"
    "  WHERE NOT EXISTS (SELECT 1 FROM referral r JOIN need n ON n.id = r.need_id"
    "   JOIN consent c ON c.id = NEW.consent_id AND c.household_id = r.household_id AND c.org_id = r.org_id"
    "    AND (c.project_id IS NULL OR c.project_id IS r.project_id) AND c.purpose = n.need_type"
    "    AND c.deleted = 0 AND c.withdrawn_on IS NULL AND c.granted_on <= NEW.shared_on"
    "    AND c.expires_on >= NEW.shared_on"
    "   JOIN consent_member m ON m.consent_id = c.id AND m.person_id = NEW.person_id"
    "   JOIN consent_item i ON i.consent_id = c.id AND i.item = NEW.item"
    "   WHERE r.id = NEW.referral_id);"
    " END",
    "CREATE TRIGGER shared_item_fixed BEFORE UPDATE ON referral_shared_item WHEN"
    " NEW.referral_id IS NOT OLD.referral_id OR NEW.person_id IS NOT OLD.person_id OR NEW.item IS NOT OLD.item OR"
    " NEW.consent_id IS NOT OLD.consent_id OR NEW.shared_on IS NOT OLD.shared_on OR"
    " (NEW.value IS NOT OLD.value AND (NEW.value <> '' OR NEW.purged_on IS NULL))"
    " BEGIN SELECT RAISE(ABORT, 'referral: what was disclosed is kept as disclosed'); END",
    "CREATE TRIGGER shared_item_kept BEFORE DELETE ON referral_shared_item BEGIN"
    " SELECT RAISE(ABORT, 'referral: what was disclosed is kept as disclosed'); END",

    // Files kept with a record (the signed consent form). Content is local; bundles carry it as a part.
    "CREATE TABLE attachment ("
    " rid INTEGER PRIMARY KEY, " SYNC_COLUMNS ","
    " owner_table TEXT NOT NULL,"
    " owner_id TEXT NOT NULL,"
    " file_name TEXT NOT NULL,"
    " mime_type TEXT NOT NULL,"
    " size INTEGER NOT NULL CHECK (size >= 0),"
    " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
    " content BLOB NOT NULL)",
    "CREATE INDEX attachment_owner ON attachment(owner_id)",
};
#undef NEED_TYPES

// Version 7: enrolment — the county's register of its stations and their public keys.
const char *const kVersion7[] = {
    "CREATE TABLE station ("
    " station_id TEXT PRIMARY KEY,"
    " code TEXT NOT NULL CHECK (length(code) = 12),"
    " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
    " sign_public_key TEXT NOT NULL,"
    " box_public_key TEXT NOT NULL,"
    " enrolled_on TEXT NOT NULL,"
    " revoked_on TEXT,"
    " revoked_reason TEXT NOT NULL DEFAULT '')",
    "CREATE UNIQUE INDEX station_code ON station(code) WHERE revoked_on IS NULL",
    // Bundles the station wrote (the outbox's ops carry the bundle id until the county acknowledges them).
    "CREATE TABLE bundle_sent ("
    " bundle_id TEXT PRIMARY KEY,"
    " seq_from INTEGER NOT NULL,"
    " seq_to INTEGER NOT NULL CHECK (seq_to >= seq_from),"
    " file_hash TEXT NOT NULL,"
    " written_at TEXT NOT NULL,"
    " acknowledged_at TEXT)",
    // Bundles the county applied: exactly once per bundle id.
    "CREATE TABLE bundle_receipt ("
    " bundle_id TEXT PRIMARY KEY,"
    " station_id TEXT NOT NULL REFERENCES station(station_id),"
    " seq_from INTEGER NOT NULL,"
    " seq_to INTEGER NOT NULL,"
    " file_hash TEXT NOT NULL,"
    " ops INTEGER NOT NULL,"
    " applied_at TEXT NOT NULL)",
    "CREATE INDEX bundle_receipt_station ON bundle_receipt(station_id, seq_to)",
};

// Version 8: merging. Which write set each field last (kept for updates; a field never updated carries its record's
// creation), the review queue, downstream bundles both ways, the stations' audit logs at the county, alerts, and
// each op's base (the record's clock and the changed fields' values before the write) for detecting conflicts.
const char *const kVersion8[] = {
    "ALTER TABLE change_log ADD COLUMN base TEXT NOT NULL DEFAULT '{}'",
    // At the county the same ID number may arrive from two stations: that is an alert to resolve, not a refusal.
    "DROP INDEX person_id_number",
    "CREATE UNIQUE INDEX person_id_number ON person(id_number, station_id) WHERE id_number IS NOT NULL AND deleted = 0",
    "ALTER TABLE bundle_receipt ADD COLUMN downstream_seq INTEGER NOT NULL DEFAULT 0",
    // A station keeps each bundle's bytes until the county acknowledges it, to write it again for a lost stick.
    "ALTER TABLE bundle_sent ADD COLUMN file BLOB",
    "ALTER TABLE bundle_sent ADD COLUMN file_name TEXT NOT NULL DEFAULT ''",
    // User names are unique within the casebook that made them; the county holds every station's accounts.
    "DROP INDEX user_username",
    "CREATE UNIQUE INDEX user_username ON user(username, station_id)",
    // An organisation two stations entered on their own arrives twice at the county: kept, not refused.
    "DROP INDEX charity_org_code",
    "CREATE UNIQUE INDEX charity_org_code ON charity_org(credit_code, station_id) WHERE deleted = 0",
    // Likewise a village a station added itself that the county added too: kept twice, never a refused bundle.
    "DROP INDEX village_code",
    "CREATE UNIQUE INDEX village_code ON village(code, station_id) WHERE deleted = 0",
    "CREATE TABLE field_clock ("
    " table_name TEXT NOT NULL,"
    " record_id TEXT NOT NULL,"
    " field TEXT NOT NULL,"
    " hlc TEXT NOT NULL,"
    " station_id TEXT NOT NULL,"
    " PRIMARY KEY (table_name, record_id, field)) WITHOUT ROWID",
    "CREATE TABLE conflict ("
    " id INTEGER PRIMARY KEY,"
    " kind TEXT NOT NULL CHECK (kind IN ('field', 'status', 'future', 'same_person')),"
    " table_name TEXT NOT NULL,"
    " record_id TEXT NOT NULL,"
    " field TEXT NOT NULL DEFAULT '',"
    " base_value TEXT,"
    " kept_value TEXT,"
    " kept_station TEXT NOT NULL DEFAULT '',"
    " kept_hlc TEXT NOT NULL DEFAULT '',"
    " other_value TEXT,"
    " other_station TEXT NOT NULL DEFAULT '',"
    " other_hlc TEXT NOT NULL DEFAULT '',"
    " detected_at TEXT NOT NULL,"
    " resolved_at TEXT,"
    " resolved_by TEXT,"
    " resolution TEXT NOT NULL DEFAULT '',"
    " UNIQUE (kind, table_name, record_id, field, kept_hlc, other_hlc))",
    "CREATE INDEX conflict_open ON conflict(resolved_at, detected_at)",
    // County: what it wrote for each station; station: what it applied.
    "CREATE TABLE downstream_sent ("
    " bundle_id TEXT PRIMARY KEY,"
    " station_id TEXT NOT NULL REFERENCES station(station_id),"
    " seq_from INTEGER NOT NULL,"
    " seq_to INTEGER NOT NULL,"
    " file_hash TEXT NOT NULL,"
    " written_at TEXT NOT NULL)",
    "CREATE TABLE downstream_receipt ("
    " bundle_id TEXT PRIMARY KEY,"
    " seq_from INTEGER NOT NULL,"
    " seq_to INTEGER NOT NULL,"
    " file_hash TEXT NOT NULL,"
    " ops INTEGER NOT NULL,"
    " applied_at TEXT NOT NULL)",
    // County: each station's audit log as it arrived, chain checked entry by entry, kept as one compressed part per
    // bundle (CBOR, the entries' fields in order) with the hash of its last entry.
    "CREATE TABLE station_audit ("
    " station_id TEXT NOT NULL,"
    " seq_from INTEGER NOT NULL,"
    " seq_to INTEGER NOT NULL CHECK (seq_to >= seq_from),"
    " last_hash TEXT NOT NULL CHECK (length(last_hash) = 64),"
    " entries BLOB NOT NULL,"
    " PRIMARY KEY (station_id, seq_to)) WITHOUT ROWID",
    // Alerts from the county (the same person registered at two stations), shown until someone has seen them.
    "CREATE TABLE alert ("
    " id TEXT PRIMARY KEY,"
    " kind TEXT NOT NULL,"
    " record_id TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " raised_at TEXT NOT NULL,"
    " seen_at TEXT)",
};

// Version 9: a bundle held for a gap is kept, with its bytes, and applied as soon as the missing one arrives.
const char *const kVersion9[] = {
    "CREATE TABLE held_bundle ("
    " bundle_id TEXT PRIMARY KEY,"
    " sender TEXT NOT NULL," // the station's id upstream, the county's downstream
    " seq_from INTEGER NOT NULL,"
    " file BLOB NOT NULL,"
    " file_name TEXT NOT NULL,"
    " held_at TEXT NOT NULL)",
    "CREATE INDEX held_bundle_sender ON held_bundle(sender, seq_from)",
};

// Version 10: "not known" for health, disability, self-care and work capacity, the default for what the worker did
// not answer (it was healthy, no disability, fully able and able to work). Only CHECK constraints and defaults
// change, which alters no stored row, so the table's SQL is rewritten in place as SQLite documents for such changes
// (https://sqlite.org/lang_altertable.html#otheralter) instead of copying every person.
/**
 * Rewrites one table's SQL in place, each of @p changes once, for changes that touch no stored row (a CHECK that
 * allows more, a new default), as SQLite documents (https://sqlite.org/lang_altertable.html#otheralter) instead of
 * copying every row. Refused when the table is not as the previous version made it.
 */
Result<void> rewriteTable(QSqlQuery &q, const char *table,
                          std::initializer_list<std::pair<const char *, const char *>> changes)
{
    q.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    q.addBindValue(QString::fromLatin1(table));
    if (!q.exec() || !q.next())
        return Database::error(q.lastError());
    QString sql = q.value(0).toString();
    for (const auto &[from, to] : changes) {
        if (!sql.contains(QLatin1String(from)))
            return makeError(Error::Kind::Invalid,
                             QStringLiteral("The %1 table is not as the previous version made it; it was changed by "
                                            "hand.")
                                 .arg(QLatin1String(table)));
        sql.replace(QLatin1String(from), QLatin1String(to));
    }
    if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next())
        return Database::error(q.lastError());
    const qint64 schemaVersion = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA writable_schema = ON")))
        return Database::error(q.lastError());
    q.prepare(QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?"));
    q.addBindValue(sql);
    q.addBindValue(QString::fromLatin1(table));
    const bool updated = q.exec();
    const Error e = Database::error(q.lastError());
    // The new schema_version makes every connection read the schema again.
    const bool bumped = q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
    q.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
    if (!updated)
        return e;
    if (!bumped)
        return Database::error(q.lastError());
    return {};
}

// Version 10: "not known" for health, disability, self-care and work capacity, the default for what the worker did
// not answer (it was healthy, no disability, fully able and able to work).
Result<void> allowUnknownPersonFacts(QSqlQuery &q)
{
    return rewriteTable(
        q, "person",
        {{"health TEXT NOT NULL DEFAULT 'healthy' CHECK (health IN ('healthy', 'chronic', 'serious'))",
          "health TEXT NOT NULL DEFAULT 'unknown' CHECK (health IN ('unknown', 'healthy', 'chronic', 'serious'))"},
         {"disability_category INTEGER NOT NULL DEFAULT 0 CHECK (disability_category BETWEEN 0 AND 7)",
          "disability_category INTEGER NOT NULL DEFAULT -1 CHECK (disability_category BETWEEN -1 AND 7)"},
         {"disability_grade INTEGER NOT NULL DEFAULT 0 CHECK (disability_grade BETWEEN 0 AND 4)",
          "disability_grade INTEGER NOT NULL DEFAULT -1 CHECK (disability_grade BETWEEN -1 AND 4)"},
         {"self_care TEXT NOT NULL DEFAULT 'able' CHECK (self_care IN ('able', 'partial', 'lost'))",
          "self_care TEXT NOT NULL DEFAULT 'unknown' CHECK (self_care IN ('unknown', 'able', 'partial', 'lost'))"},
         {"work_capacity TEXT NOT NULL DEFAULT 'full' CHECK (work_capacity IN ('full', 'partial', 'none'))",
          "work_capacity TEXT NOT NULL DEFAULT 'unknown' CHECK (work_capacity IN ('unknown', 'full', 'partial', "
          "'none'))"},
         {"CHECK ((disability_category = 0) = (disability_grade = 0))",
          "CHECK ((disability_category = 0) = (disability_grade = 0) AND "
          "(disability_category = -1) = (disability_grade = -1))"}});
}

// Version 11: material help delivered at a visit is recorded as delivered, without minutes (minutes 0).
Result<void> materialWithoutMinutes(QSqlQuery &q)
{
    return rewriteTable(q, "visit_service",
                        {{"minutes INTEGER NOT NULL CHECK (minutes > 0))",
                          "minutes INTEGER NOT NULL CHECK (minutes > 0 OR (service = 'material' AND minutes = 0)))"}});
}

#undef SYNC_COLUMNS

// Version 12: indexes for the dashboards and reports. The corrected entries of the help ledger and of visits, and the
// help a referral brought, are looked up by their few rows instead of a scan; members and visits are counted from
// narrow indexes that hold every column the counts read (deleted too, or SQLite reads the row to check it).
const char *const kVersion12[] = {
    "CREATE INDEX visit_amends ON visit(amends_id) WHERE amends_id IS NOT NULL",
    "CREATE INDEX assistance_amends ON assistance(amends_id) WHERE amends_id IS NOT NULL",
    "CREATE INDEX assistance_referral ON assistance(referral_id) WHERE referral_id IS NOT NULL",
    "CREATE INDEX person_report ON person(household_id, birth_date, self_care, disability_category, health, deleted) "
    "WHERE deleted = 0",
    "CREATE INDEX visit_report ON visit(household_id, due_on, status, done_on, id, deleted) WHERE deleted = 0",
    "CREATE INDEX category_report ON category_membership(household_id, category, start_date, end_date, review_on, "
    "reviewed_on, deleted) WHERE deleted = 0",
    "CREATE INDEX assistance_report ON assistance(source, form, period_start, household_id, amount_fen, id, deleted) "
    "WHERE deleted = 0",
};

// Version 13: what came from which ledger file. Kept at the station only (the records themselves sync as usual):
// one row per import of a spreadsheet ledger, and the records it created or changed.
const char *const kVersion13[] = {
    "CREATE TABLE ledger_import ("
    " id TEXT PRIMARY KEY,"
    " file_name TEXT NOT NULL,"
    " sheet TEXT NOT NULL DEFAULT '',"
    " kind TEXT NOT NULL CHECK (kind IN ('households', 'payments')),"
    " imported_at TEXT NOT NULL,"
    " user_id TEXT NOT NULL,"
    " rows_read INTEGER NOT NULL,"
    " households_added INTEGER NOT NULL,"
    " households_updated INTEGER NOT NULL,"
    " people_added INTEGER NOT NULL,"
    " payments_added INTEGER NOT NULL,"
    " rows_refused INTEGER NOT NULL)",
    "CREATE TABLE ledger_import_record ("
    " import_id TEXT NOT NULL REFERENCES ledger_import(id),"
    " row_number INTEGER NOT NULL,"
    " table_name TEXT NOT NULL,"
    " record_id TEXT NOT NULL,"
    " action TEXT NOT NULL CHECK (action IN ('insert', 'update')))",
    "CREATE INDEX ledger_import_record_import ON ledger_import_record(import_id, row_number)",
    "CREATE INDEX ledger_import_record_record ON ledger_import_record(record_id)",
};

// Version 14: a station restored from a backup, taken in by the county. At the county: what the restored station
// said of its backup (from its first bundle after the restore), the county's decision and when the station confirmed
// it; the entries of the county's copy of the station's audit log that the restored log no longer has, kept aside.
const char *const kVersion14[] = {
    "CREATE TABLE station_restore ("
    " station_id TEXT NOT NULL REFERENCES station(station_id),"
    " audit_seq INTEGER NOT NULL," // the last audit entry the backup held
    " audit_hash TEXT NOT NULL,"
    " change_seq INTEGER NOT NULL," // the last change number the backup had used
    " hlc TEXT NOT NULL,"           // the clock of the backup's last change
    " downstream_seq INTEGER NOT NULL,"
    " restored_at TEXT NOT NULL,"
    " noticed_at TEXT NOT NULL,"
    " decided_at TEXT,"
    " decided_by TEXT,"
    " county_seq INTEGER," // the last change of the station the county held at the decision
    " county_bundle_hash TEXT,"
    " superseded_entries INTEGER,"
    " returned_records INTEGER,"
    " confirmed_at TEXT,"
    " PRIMARY KEY (station_id, audit_seq, audit_hash, restored_at)) WITHOUT ROWID",
    "CREATE TABLE station_audit_superseded ("
    " station_id TEXT NOT NULL,"
    " restore_audit_seq INTEGER NOT NULL,"
    " seq_from INTEGER NOT NULL,"
    " seq_to INTEGER NOT NULL CHECK (seq_to >= seq_from),"
    " last_hash TEXT NOT NULL,"
    " entries BLOB NOT NULL,"
    " superseded_at TEXT NOT NULL)",
};

struct Step
{
    const char *const *statements;
    size_t count;
    Result<void> (*run)(QSqlQuery &) = nullptr; ///< a step that needs more than fixed statements
};

const Step kSteps[] = {
    {kVersion1, std::size(kVersion1)},     {kVersion2, std::size(kVersion2)},    {kVersion3, std::size(kVersion3)},
    {kVersion4, std::size(kVersion4)},     {kVersion5, std::size(kVersion5)},    {kVersion6, std::size(kVersion6)},
    {kVersion7, std::size(kVersion7)},     {kVersion8, std::size(kVersion8)},    {kVersion9, std::size(kVersion9)},
    {nullptr, 0, allowUnknownPersonFacts}, {nullptr, 0, materialWithoutMinutes}, {kVersion12, std::size(kVersion12)},
    {kVersion13, std::size(kVersion13)},   {kVersion14, std::size(kVersion14)},
};

} // namespace

int Schema::currentVersion()
{
    return int(std::size(kSteps));
}

const QStringList &Schema::syncedTables()
{
    static const QStringList tables = {QStringLiteral("village"),
                                       QStringLiteral("household"),
                                       QStringLiteral("person"),
                                       QStringLiteral("category_membership"),
                                       QStringLiteral("user"),
                                       QStringLiteral("coi_declaration"),
                                       QStringLiteral("visit"),
                                       QStringLiteral("visit_service"),
                                       QStringLiteral("assistance"),
                                       QStringLiteral("charity_org"),
                                       QStringLiteral("charity_project"),
                                       QStringLiteral("need"),
                                       QStringLiteral("consent"),
                                       QStringLiteral("consent_member"),
                                       QStringLiteral("consent_item"),
                                       QStringLiteral("referral"),
                                       QStringLiteral("referral_event"),
                                       QStringLiteral("referral_shared_item"),
                                       QStringLiteral("attachment")};
    return tables;
}

const QStringList &Schema::localColumns(const QString &table)
{
    static const QStringList none;
    static const QStringList user = {QStringLiteral("password_hash"), QStringLiteral("failed_attempts"),
                                     QStringLiteral("locked_until")};
    static const QStringList sharedItem = {QStringLiteral("value"), QStringLiteral("purged_on")};
    static const QStringList attachment = {QStringLiteral("content")};
    if (table == QLatin1String("user"))
        return user;
    if (table == QLatin1String("referral_shared_item"))
        return sharedItem;
    if (table == QLatin1String("attachment"))
        return attachment;
    return none;
}

Result<void> Schema::migrate(const QSqlDatabase &db, int fromVersion)
{
    for (int version = fromVersion + 1; version <= currentVersion(); ++version) {
        const Step &step = kSteps[version - 1];
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Database::error(q.lastError());
        for (size_t i = 0; i < step.count; ++i) {
            if (!q.exec(QString::fromUtf8(step.statements[i]))) {
                const Error e = Database::error(q.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return e;
            }
        }
        if (step.run) {
            if (auto r = step.run(q); !r) {
                q.exec(QStringLiteral("ROLLBACK"));
                return r.error();
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !q.exec(QStringLiteral("COMMIT"))) {
            const Error e = Database::error(q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return e;
        }
    }
    return {};
}

} // namespace xianjie
