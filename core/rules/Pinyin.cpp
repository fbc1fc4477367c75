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

QStringList syllablesOf(const QString &text)
{
    QStringList out;
    QString latin; // runs of ASCII letters stay one word
    for (const char32_t c : text.toUcs4()) {
        if (c < 128) {
            if (QChar::isLetterOrNumber(c))
                latin += QChar(char16_t(c)).toLower();
            else if (!latin.isEmpty())
                out << std::exchange(latin, QString());
            continue;
        }
        if (!latin.isEmpty())
            out << std::exchange(latin, QString());
        if (c == U'·' || c == U'•' || QChar::isSpace(c))
            continue;
        out << transliterator().syllable(c);
    }
    if (!latin.isEmpty())
        out << latin;
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
    QList<QStringList> out;
    out << syllablesOf(trimmed);
    for (const SurnameReading &s : kSurnames) {
        const QString surname = QString::fromUtf16(s.surname);
        if (trimmed.startsWith(surname) && trimmed.size() > surname.size()) {
            QStringList alt = QString::fromLatin1(s.syllables).split(QLatin1Char(' '));
            alt += syllablesOf(trimmed.mid(surname.size()));
            if (alt != out.first())
                out << alt;
            break;
        }
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
