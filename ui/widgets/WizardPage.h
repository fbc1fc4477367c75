#pragma once

#include <QWizardPage>
#include <functional>

namespace xianjie {

/** A wizard page whose completeness is decided by a function of the wizard; changed() asks again. */
class WizardPage : public QWizardPage
{
public:
    WizardPage(const QString &title, const QString &subTitle, std::function<bool()> complete)
        : m_complete(std::move(complete))
    {
        setTitle(title);
        setSubTitle(subTitle);
    }
    bool isComplete() const override { return m_complete(); }
    void changed() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
};

} // namespace xianjie
