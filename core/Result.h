#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace xianjie {

/** What went wrong, in words a social worker can act on, plus a machine-readable kind. */
struct Error
{
    enum class Kind
    {
        Invalid,           ///< the input breaks a rule (bad ID number, missing field, ...)
        Duplicate,         ///< the record already exists (same ID number)
        NeedsConfirmation, ///< allowed, but the user must confirm first (same name and birth date elsewhere)
        NotFound,
        NotACasebook,
        Corrupt,
        TooNew,
        Io,
        Busy, ///< another connection holds the write lock past the busy timeout: try again later
        Database,
    };
    Kind kind = Kind::Invalid;
    QString message;
};

/** A value or an Error. Core functions return this instead of throwing. */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    // On a temporary Result, * gives the value itself, so `for (x : *repo.list())` does not dangle.
    T operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(Error::Kind kind, const QString &message)
{
    return Error{kind, message};
}

} // namespace xianjie
