#include "LedgerWords.h"

#include <QHash>
#include <QRegularExpression>

namespace xianjie {

namespace {

struct FieldInfo
{
    LedgerWords::Field field;
    const char *code;
};
const FieldInfo kFields[] = {
    {LedgerWords::Field::Ignore, "ignore"},
    {LedgerWords::Field::HouseholdNo, "household_no"},
    {LedgerWords::Field::Name, "name"},
    {LedgerWords::Field::IdNumber, "id_number"},
    {LedgerWords::Field::Relation, "relation"},
    {LedgerWords::Field::Sex, "sex"},
    {LedgerWords::Field::BirthDate, "birth_date"},
    {LedgerWords::Field::Village, "village"},
    {LedgerWords::Field::Address, "address"},
    {LedgerWords::Field::Phone, "phone"},
    {LedgerWords::Field::Category, "category"},
    {LedgerWords::Field::CategoryStart, "category_start"},
    {LedgerWords::Field::Income, "income"},
    {LedgerWords::Field::Amount, "amount"},
    {LedgerWords::Field::Month, "month"},
    {LedgerWords::Field::Programme, "programme"},
};

// Headings as ledgers write them, normalised (no spaces, brackets or units).
const QHash<QString, LedgerWords::Field> &headings()
{
    using F = LedgerWords::Field;
    static const QHash<QString, F> map = [] {
        QHash<QString, F> m;
        auto add = [&m](F f, std::initializer_list<const char *> words) {
            for (const char *w : words)
                m.insert(QString::fromUtf8(w), f);
        };
        add(F::HouseholdNo, {"户编号", "户号", "家庭编号", "户序号", "家庭序号", "户代码", "家庭户号", "户籍编号"});
        add(F::Name, {"姓名", "成员姓名", "家庭成员姓名", "救助对象姓名", "对象姓名", "领取人姓名", "领款人姓名",
                      "领取人", "名字", "户主姓名"});
        add(F::IdNumber, {"身份证号码", "身份证号", "公民身份号码", "身份证", "证件号码", "身份证件号码",
                          "居民身份证号码", "身份号码", "成员身份证号码", "户主身份证号码", "领取人身份证号码"});
        add(F::Relation, {"与户主关系", "与户主的关系", "关系", "家庭关系", "成员关系", "与户主关系称谓"});
        add(F::Sex, {"性别"});
        add(F::BirthDate, {"出生日期", "出生年月", "出生年月日", "生日", "出生时间"});
        add(F::Village, {"所属村社区", "村社区", "村居", "村", "社区", "所在村", "所在村社区", "村委会", "村居委会",
                         "所属村", "所属社区", "村组", "村居名称", "村社区名称", "所属村居"});
        add(F::Address, {"家庭住址", "住址", "地址", "家庭地址", "居住地址", "现住址", "详细地址", "户籍地址"});
        add(F::Phone, {"联系电话", "电话", "手机", "手机号码", "联系方式", "电话号码", "手机号"});
        add(F::Category, {"救助类别", "类别", "保障类别", "救助类型", "对象类别", "户类别", "人员类别", "保障类型",
                          "救助对象类别", "困难类型", "类型"});
        add(F::CategoryStart, {"纳入时间", "纳入日期", "享受时间", "批准时间", "审批时间", "起始时间", "开始时间",
                               "保障起始时间", "享受起始时间", "认定时间", "认定日期", "批准日期"});
        add(F::Income, {"人均月收入", "家庭人均月收入", "月人均收入", "人均收入"});
        add(F::Amount, {"发放金额", "金额", "月保障金", "保障金额", "月发放金额", "救助金额", "补助金额", "月救助金",
                        "保障金", "实发金额", "发放金额合计"});
        add(F::Month, {"发放月份", "月份", "发放时间", "发放年月", "所属月份", "发放日期", "年月"});
        add(F::Programme, {"项目", "救助项目", "资金类别", "发放项目", "资金名称", "资金项目", "救助资金类别"});
        return m;
    }();
    return map;
}

QString simplified(const QString &word)
{
    QString w = word;
    w.remove(QRegularExpression(QStringLiteral("\\s")));
    return w;
}

} // namespace

QList<LedgerWords::Field> LedgerWords::fields()
{
    QList<Field> all;
    for (const FieldInfo &f : kFields)
        all << f.field;
    return all;
}

QString LedgerWords::fieldLabel(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("(not imported)");
    case Field::HouseholdNo:
        return tr("Household number");
    case Field::Name:
        return tr("Name");
    case Field::IdNumber:
        return tr("ID number");
    case Field::Relation:
        return tr("Relation to the head");
    case Field::Sex:
        return tr("Sex");
    case Field::BirthDate:
        return tr("Birth date");
    case Field::Village:
        return tr("Village or community");
    case Field::Address:
        return tr("Address");
    case Field::Phone:
        return tr("Phone");
    case Field::Category:
        return tr("Assistance category");
    case Field::CategoryStart:
        return tr("Category since");
    case Field::Income:
        return tr("Monthly income per person (yuan)");
    case Field::Amount:
        return tr("Amount (yuan)");
    case Field::Month:
        return tr("Month paid");
    case Field::Programme:
        return tr("Programme");
    }
    return {};
}

QString LedgerWords::fieldCode(Field field)
{
    for (const FieldInfo &f : kFields)
        if (f.field == field)
            return QString::fromLatin1(f.code);
    return {};
}

std::optional<LedgerWords::Field> LedgerWords::fieldFromCode(const QString &code)
{
    for (const FieldInfo &f : kFields)
        if (code == QLatin1String(f.code))
            return f.field;
    return std::nullopt;
}

QString LedgerWords::normalisedHeading(const QString &heading)
{
    QString h = simplified(heading);
    // Units and notes in brackets: 金额（元）, 身份证号码(18位). Brackets around a word of the heading itself
    // (所属村（社区）) keep the word.
    static const QRegularExpression unit(QStringLiteral("[（(](元|元/月|元／月|18位|必填|选填|年月日)[）)]"));
    h.remove(unit);
    static const QRegularExpression marks(QStringLiteral("[（）()【】\\[\\]：:*＊/／、]"));
    h.remove(marks);
    if (h.endsWith(QStringLiteral("元")) && h.size() > 2)
        h.chop(1);
    return h;
}

LedgerWords::Field LedgerWords::headerField(const QString &heading)
{
    const QString h = normalisedHeading(heading);
    if (h.isEmpty())
        return Field::Ignore;
    return headings().value(h, Field::Ignore);
}

std::optional<LedgerWords::Relation> LedgerWords::relation(const QString &word)
{
    static const QHash<QString, Relation> words = [] {
        QHash<QString, Relation> m;
        auto add = [&m](const char *code, const char *sex, std::initializer_list<const char *> list) {
            for (const char *w : list)
                m.insert(QString::fromUtf8(w), Relation{QString::fromLatin1(code), QString::fromLatin1(sex)});
        };
        add("self", "", {"户主", "本人", "户主本人", "申请人"});
        add("spouse", "F", {"妻", "妻子", "之妻", "老婆"});
        add("spouse", "M", {"夫", "丈夫", "之夫"});
        add("spouse", "", {"配偶"});
        add("child", "M", {"子", "儿子", "之子", "长子", "次子", "三子", "四子", "五子", "独子", "养子", "继子"});
        add("child", "F", {"女", "女儿", "之女", "长女", "次女", "三女", "四女", "五女", "独女", "养女", "继女"});
        add("child", "", {"子女", "独生子女"});
        add("child_in_law", "F", {"儿媳", "媳", "儿媳妇", "长媳", "次媳"});
        add("child_in_law", "M", {"女婿", "婿"});
        add("grandchild", "M", {"孙子", "孙", "外孙", "外孙子", "长孙", "次孙"});
        add("grandchild", "F", {"孙女", "外孙女", "长孙女", "次孙女"});
        add("parent", "M", {"父亲", "父", "公公", "岳父", "继父", "养父"});
        add("parent", "F", {"母亲", "母", "婆婆", "岳母", "继母", "养母"});
        add("parent", "", {"父母"});
        add("grandparent", "M", {"祖父", "爷爷", "外祖父", "外公"});
        add("grandparent", "F", {"祖母", "奶奶", "外祖母", "外婆"});
        add("sibling", "M", {"兄", "弟", "哥哥", "弟弟", "兄长"});
        add("sibling", "F", {"姐", "妹", "姐姐", "妹妹"});
        add("sibling", "", {"兄弟", "姐妹", "兄弟姐妹"});
        add("other", "", {"其他", "其它", "其他亲属", "其他关系", "亲属"});
        return m;
    }();
    const QString w = simplified(word);
    if (w.isEmpty())
        return std::nullopt;
    auto it = words.constFind(w);
    if (it != words.cend())
        return *it;
    return std::nullopt;
}

std::optional<QString> LedgerWords::category(const QString &word)
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> m;
        auto add = [&m](const char *code, std::initializer_list<const char *> list) {
            for (const char *w : list)
                m.insert(QString::fromUtf8(w), QString::fromLatin1(code));
        };
        add("dibao", {"低保", "城市低保", "农村低保", "城乡低保", "最低生活保障", "城市最低生活保障",
                      "农村最低生活保障", "低保户", "低保对象", "城镇低保", "单人户低保", "单人保"});
        add("tekun",
            {"特困", "特困供养", "特困人员", "特困供养人员", "五保", "五保户", "分散供养", "集中供养", "分散供养特困",
             "集中供养特困", "分散特困", "集中特困", "特困人员救助供养", "城市特困", "农村特困"});
        add("dibao_edge", {"低保边缘", "低保边缘户", "边缘户", "低边", "低保边缘家庭", "低收入", "低收入家庭"});
        add("rigid_expense",
            {"支出型困难", "支出型贫困", "支出型困难家庭", "刚性支出困难", "刚性支出困难家庭", "支出型"});
        add("monitored",
            {"防返贫监测", "监测户", "监测对象", "防止返贫监测对象", "脱贫不稳定户", "边缘易致贫户", "突发严重困难户"});
        add("temporary", {"临时救助", "临时救助对象"});
        add("other", {"其他", "其它", "其他困难"});
        return m;
    }();
    const QString w = simplified(word);
    if (w.isEmpty())
        return std::nullopt;
    auto it = words.constFind(w);
    if (it != words.cend())
        return *it;
    return std::nullopt;
}

std::optional<QString> LedgerWords::sex(const QString &word)
{
    const QString w = simplified(word).toLower();
    if (w == QStringLiteral("男") || w == QLatin1String("m") || w == QLatin1String("male") ||
        w == QStringLiteral("男性"))
        return QStringLiteral("M");
    if (w == QStringLiteral("女") || w == QLatin1String("f") || w == QLatin1String("female") ||
        w == QStringLiteral("女性"))
        return QStringLiteral("F");
    return std::nullopt;
}

QDate LedgerWords::date(const QString &text)
{
    const QString t = simplified(text);
    if (t.isEmpty())
        return {};
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?(?:0:00:00|00:00:00)?$"));
    if (auto m = ymd.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (auto m = compact.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // An Excel serial day, as a CSV keeps a date cell whose format was lost: 1 is 1900-01-01.
    static const QRegularExpression serial(QStringLiteral("^\\d{1,5}$"));
    if (serial.match(t).hasMatch()) {
        const int n = t.toInt();
        if (n >= 1 && n < 2958466) {
            const QDate epoch(1899, 12, 30);
            return n < 61 ? QDate(1899, 12, 31).addDays(n) : epoch.addDays(n);
        }
    }
    return {};
}

QDate LedgerWords::month(const QString &text)
{
    const QString t = simplified(text);
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})(?:[-/.]|年)(\\d{1,2})月?(?:份)?$"));
    if (auto m = ym.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})$"));
    if (auto m = compact.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    const QDate d = date(t);
    return d.isValid() ? QDate(d.year(), d.month(), 1) : QDate();
}

std::optional<qint64> LedgerWords::yuan(const QString &text)
{
    QString t = simplified(text);
    t.remove(QLatin1Char(','));
    t.remove(QStringLiteral("，"));
    if (t.startsWith(QStringLiteral("¥")) || t.startsWith(QStringLiteral("￥")))
        t.remove(0, 1);
    if (t.endsWith(QStringLiteral("元")))
        t.chop(1);
    static const QRegularExpression number(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,2})\\d*)?$"));
    const auto m = number.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 fen = m.captured(1).toLongLong() * 100;
    QString cents = m.captured(2);
    if (!cents.isEmpty()) {
        if (cents.size() == 1)
            cents += QLatin1Char('0');
        fen += cents.toInt();
    }
    return fen;
}

QString LedgerWords::programme(const QString &word)
{
    const QString w = simplified(word);
    auto has = [&w](const char *s) {
        return w.contains(QString::fromUtf8(s));
    };
    if (has("低保边缘") || has("低收入"))
        return QStringLiteral("other");
    if (has("低保") || has("最低生活保障"))
        return QStringLiteral("dibao");
    if (has("特困") || has("五保") || has("供养"))
        return QStringLiteral("tekun");
    if (has("临时"))
        return QStringLiteral("temporary");
    if (has("医疗"))
        return QStringLiteral("medical");
    if (has("教育") || has("助学"))
        return QStringLiteral("education");
    if (has("住房") || has("危房") || has("租"))
        return QStringLiteral("housing");
    return QStringLiteral("other");
}

bool LedgerWords::isTotalsWord(const QString &text)
{
    const QString t = simplified(text);
    for (const char *w : {"合计", "总计", "小计", "共计", "总合计"})
        if (t.startsWith(QString::fromUtf8(w)))
            return true;
    return false;
}

bool LedgerWords::idLostDigits(const QString &text)
{
    const QString t = simplified(text);
    static const QRegularExpression scientific(QStringLiteral("^\\d(\\.\\d+)?[eE]\\+?\\d+$"));
    if (scientific.match(t).hasMatch())
        return true;
    static const QRegularExpression decimal(QStringLiteral("^\\d{15,18}\\.\\d*$"));
    if (decimal.match(t).hasMatch())
        return true;
    static const QRegularExpression zeros(QStringLiteral("^\\d{15}000$"));
    return zeros.match(t).hasMatch();
}

} // namespace xianjie
