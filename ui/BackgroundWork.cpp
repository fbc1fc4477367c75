#include "BackgroundWork.h"

#include "storage/Casebook.h"
#include "storage/ChangeNotifier.h"

namespace xianjie {

BackgroundWork::BackgroundWork(Casebook &casebook, QObject *parent) : QObject(parent), m_casebook(casebook) {}

BackgroundWork::~BackgroundWork()
{
    m_stop = true;
    m_running.waitForFinished();
}

void BackgroundWork::report(int done, int total, const QString &text)
{
    QMetaObject::invokeMethod(
        this, [this, done, total, text] { emit progressed(done, total, text); }, Qt::QueuedConnection);
}

std::function<Result<std::unique_ptr<Casebook>>()> BackgroundWork::opener() const
{
    const QString path = m_casebook.path();
    const std::optional<User> user = m_casebook.user();
    const Clock *clock = &m_casebook.clock();
    return [path, user, clock] {
        return Casebook::openAs(path, user, *clock);
    };
}

void BackgroundWork::begin(const QString &title)
{
    m_busy = true;
    m_stop = false;
    emit busyChanged(true, title);
}

void BackgroundWork::finish()
{
    m_busy = false;
    // The worker's connection wrote: this one's clock must not stamp anything behind what it wrote.
    (void)m_casebook.observeWrittenClocks();
    m_casebook.changes().everything();
    emit busyChanged(false, QString());
}

} // namespace xianjie
