#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace xianjie {

/**
 * Tells the views which tables a committed change touched, so each reloads what it shows by itself instead of the
 * window reloading every view after every edit. RecordWriter notes each table it writes; the outermost commit
 * announces them (a rollback forgets them). After another connection wrote (a bundle imported on a worker thread),
 * everything() announces that anything may have changed: an empty set.
 */
class ChangeNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    ChangeNotifier() = default;

    /** @p table was written; announced at once when no transaction is open (@p inTransaction false). */
    void touched(const QString &table, bool inTransaction);
    void committed();
    void rolledBack() { m_pending.clear(); }
    void everything() { emit changed({}); }

    /** Whether a view that shows @p tables must reload for @p changedTables (empty: anything changed). */
    static bool concerns(const QSet<QString> &changedTables, const QSet<QString> &tables)
    {
        return changedTables.isEmpty() || changedTables.intersects(tables);
    }

signals:
    void changed(const QSet<QString> &tables);

private:
    QSet<QString> m_pending;
};

} // namespace xianjie
