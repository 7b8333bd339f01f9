/*! Named moments where a crash must leave a consistent index: the kill-point harness
 *  (tests/e2e/crash_test.cpp, scripts/kill-points) stops the process at each in turn. */
#pragma once

namespace dateline::util {

/** Counts one kill point. When $DATELINE_CRASH_AT is N, the Nth call kills the process with
 *  SIGKILL, as a power cut or kill -9 would (no destructor, no flush); when
 *  $DATELINE_CRASH_LOG is set, each call is logged ("kill point N: where") at info level.
 *  Without either variable it costs one relaxed atomic increment. */
void crash_point(const char* where);

}  // namespace dateline::util
