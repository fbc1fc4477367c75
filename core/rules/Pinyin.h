#pragma once

#include <QString>
#include <QStringList>

namespace xianjie {

/**
 * Pinyin readings of Chinese names, for search. Uses ICU's Han-Latin transliterator character by
 * character, and adds the surname reading for polyphonic surnames that ICU reads in their common sound
 * (曾 is Zeng as a surname, ICU says ceng), so that either reading finds the person.
 */
class Pinyin
{
public:
    /** Every reading of @p name; each reading is the list of its syllables ("zhang", "san"). */
    static QList<QStringList> readings(const QString &name);
    /** The syllable of one character, lower-case ASCII, or the character itself lower-cased if not Han. */
    static QString syllable(char32_t c);
    /** "zhangsan" and "zs" for every reading, without duplicates. */
    static QStringList searchKeys(const QString &name);
};

} // namespace xianjie
