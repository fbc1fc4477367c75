#include "Pinyin.h"

#include <QHash>
#include <QMutex>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace xianjie {

namespace {

struct SurnameReading
{
    const char16_t *surname;
    const char *syllables; // space separated
};

// Surnames whose reading differs from the common sound of the character.
const SurnameReading kSurnames[] = {
    {u"尉迟", "yu chi"}, {u"万俟", "mo qi"}, {u"曾", "zeng"}, {u"单", "shan"}, {u"仇", "qiu"},
    {u"解", "xie"},      {u"区", "ou"},      {u"查", "zha"},  {u"朴", "piao"}, {u"覃", "qin"},
    {u"盖", "ge"},       {u"乐", "yue"},     {u"缪", "miao"}, {u"召", "shao"},
};

class Transliterator
{
public:
    QString syllable(char32_t c)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_cache.constFind(c);
        if (it != m_cache.constEnd())
            return *it;
        QString out;
        if (m_icu) {
            icu::UnicodeString s = icu::UnicodeString(UChar32(c));
            m_icu->transliterate(s);
            out = QString::fromUtf16(reinterpret_cast<const char16_t *>(s.getBuffer()), s.length()).trimmed().toLower();
        }
        if (out.isEmpty())
            out = QString::fromUcs4(&c, 1).toLower();
        m_cache.insert(c, out);
        return out;
    }

private:
    QMutex m_mutex;
    QHash<char32_t, QString> m_cache;
    std::unique_ptr<icu::Transliterator> m_icu = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString(u"Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
};

Transliterator &transliterator()
{
    static Transliterator instance;
    return instance;
}

// Characters usual in names that have more than one reading: ICU gives one of them; a name is found by any.
const QHash<char32_t, QStringList> &otherReadings()
{
    static const QHash<char32_t, QStringList> table = [] {
        const std::pair<char32_t, const char *> rows[] = {
            {U'长', "chang zhang"}, {U'重', "zhong chong"}, {U'曾', "ceng zeng"},     {U'乐', "le yue"},
            {U'朝', "chao zhao"},   {U'行', "xing hang"},   {U'传', "chuan zhuan"},   {U'都', "du dou"},
            {U'藏', "cang zang"},   {U'降', "jiang xiang"}, {U'单', "dan shan chan"}, {U'解', "jie xie"},
            {U'仇', "chou qiu"},    {U'朴', "pu piao"},     {U'查', "cha zha"},       {U'盖', "gai ge"},
            {U'区', "qu ou"},       {U'召', "zhao shao"},   {U'缪', "miao mou miu"},  {U'覃', "tan qin"},
            {U'翟', "di zhai"},     {U'尉', "wei yu"},      {U'万', "wan mo"},        {U'宿', "su xiu"},
            {U'柏', "bai bo"},      {U'薄', "bo bao"},      {U'省', "sheng xing"},    {U'参', "can shen cen"},
            {U'大', "da dai"},      {U'阿', "a e"},         {U'艾', "ai yi"},         {U'秘', "mi bi"},
            {U'员', "yuan yun"},    {U'折', "zhe she"},     {U'种', "zhong chong"},   {U'晟', "sheng cheng"},
            {U'茜', "qian xi"},     {U'芾', "fu fei"},      {U'蔚', "wei yu"},        {U'莘', "shen xin"},
            {U'露', "lu lou"},      {U'奇', "qi ji"},
        };
        QHash<char32_t, QStringList> t;
        for (const auto &[c, readings] : rows)
            t.insert(c, QString::fromLatin1(readings).split(QLatin1Char(' ')));
        return t;
    }();
    return table;
}

/** The name's syllables, each with its readings: ICU's first, then the others a name may use. */
QList<QStringList> optionsOf(const QString &text)
{
    QList<QStringList> out;
    QString latin; // runs of ASCII letters stay one word
    for (const char32_t c : text.toUcs4()) {
        if (c < 128) {
            if (QChar::isLetterOrNumber(c))
                latin += QChar(char16_t(c)).toLower();
            else if (!latin.isEmpty())
                out << QStringList{std::exchange(latin, QString())};
            continue;
        }
        if (!latin.isEmpty())
            out << QStringList{std::exchange(latin, QString())};
        if (c == U'·' || c == U'•' || QChar::isSpace(c))
            continue;
        QStringList options{transliterator().syllable(c)};
        for (const QString &other : otherReadings().value(c))
            if (!options.contains(other))
                options << other;
        out << options;
    }
    if (!latin.isEmpty())
        out << QStringList{latin};
    return out;
}

} // namespace

QString Pinyin::syllable(char32_t c)
{
    return transliterator().syllable(c);
}

QList<QStringList> Pinyin::readings(const QString &name)
{
    const QString trimmed = name.trimmed();
    QList<QStringList> positions = optionsOf(trimmed);
    // A surname's own reading, when it differs from the character's common one (曾 Zeng, 尉迟 Yuchi).
    for (const SurnameReading &s : kSurnames) {
        const QString surname = QString::fromUtf16(s.surname);
        if (!trimmed.startsWith(surname) || trimmed.size() <= surname.size())
            continue;
        const QStringList own = QString::fromLatin1(s.syllables).split(QLatin1Char(' '));
        for (qsizetype i = 0; i < own.size() && i < positions.size(); ++i)
            if (!positions[i].contains(own.at(i)))
                positions[i] << own.at(i);
        break;
    }
    // Every combination (names are short: at most a few hundred), the common one first, then those that differ from
    // it in one syllable, then in two…; at most kMaxReadings of them.
    constexpr qsizetype kMaxReadings = 16;
    struct Combination
    {
        QStringList syllables;
        int changed = 0;
    };
    QList<Combination> all{Combination{}};
    for (const QStringList &options : std::as_const(positions)) {
        QList<Combination> next;
        for (const Combination &c : std::as_const(all))
            for (qsizetype k = 0; k < options.size() && next.size() < 4096; ++k)
                next << Combination{c.syllables + QStringList{options.at(k)}, c.changed + (k > 0 ? 1 : 0)};
        all = next;
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Combination &a, const Combination &b) { return a.changed < b.changed; });
    QList<QStringList> out;
    for (const Combination &c : std::as_const(all)) {
        if (out.size() >= kMaxReadings)
            break;
        if (!out.contains(c.syllables))
            out << c.syllables;
    }
    return out;
}

QStringList Pinyin::searchKeys(const QString &name)
{
    QStringList keys;
    for (const QStringList &reading : readings(name)) {
        if (reading.isEmpty())
            continue;
        QString initials;
        for (const QString &s : reading)
            initials += s.left(1);
        const QString full = reading.join(QString());
        if (!keys.contains(full))
            keys << full;
        if (!keys.contains(initials))
            keys << initials;
    }
    return keys;
}

} // namespace xianjie
