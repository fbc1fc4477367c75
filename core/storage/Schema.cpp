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

#undef SYNC_COLUMNS

struct Step
{
    const char *const *statements;
    size_t count;
};

const Step kSteps[] = {
    {kVersion1, std::size(kVersion1)}, {kVersion2, std::size(kVersion2)}, {kVersion3, std::size(kVersion3)},
    {kVersion4, std::size(kVersion4)}, {kVersion5, std::size(kVersion5)},
};

} // namespace

int Schema::currentVersion()
{
    return int(std::size(kSteps));
}

const QStringList &Schema::syncedTables()
{
    static const QStringList tables = {QStringLiteral("village"),   QStringLiteral("household"),
                                       QStringLiteral("person"),    QStringLiteral("category_membership"),
                                       QStringLiteral("user"),      QStringLiteral("coi_declaration"),
                                       QStringLiteral("visit"),     QStringLiteral("visit_service"),
                                       QStringLiteral("assistance")};
    return tables;
}

const QStringList &Schema::localColumns(const QString &table)
{
    static const QStringList none;
    static const QStringList user = {QStringLiteral("password_hash"), QStringLiteral("failed_attempts"),
                                     QStringLiteral("locked_until")};
    return table == QLatin1String("user") ? user : none;
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
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !q.exec(QStringLiteral("COMMIT"))) {
            const Error e = Database::error(q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return e;
        }
    }
    return {};
}

} // namespace xianjie
