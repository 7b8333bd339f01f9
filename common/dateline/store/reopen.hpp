/*! Reading while an indexer commits: Xapian readers see one revision, and an old one can be
 *  overwritten after the writer's next commits (Xapian::DatabaseModifiedError). The cure is
 *  to reopen at the latest revision and run again. */
#pragma once

#include <xapian.h>

namespace dateline::store {

/** How often a read is tried against a changing index before the error is passed on: a
 *  read that outlasts two of the writer's commits starts again, and under load (or with a
 *  small --batch) that can happen several times in a row. */
inline constexpr int ReopenAttempts = 20;

/** Logs (debug) that the index changed and reopens `db`. */
void reopen_after_change(Xapian::Database& db, int attempt);

/** Runs f(); on DatabaseModifiedError reopens `db` and runs f() again, up to `attempts`
 *  times in all; the last failure propagates. f must read `db` afresh on each call. */
template <class F>
auto with_reopen(Xapian::Database& db, F&& f, int attempts = ReopenAttempts) -> decltype(f())
{
    for (int attempt = 1;; ++attempt) {
        try {
            return f();
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt >= attempts)
                throw;
            reopen_after_change(db, attempt);
        }
    }
}

}  // namespace dateline::store
