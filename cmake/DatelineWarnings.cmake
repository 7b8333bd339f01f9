# Warnings for our own targets only: link dateline_warnings PRIVATE.
add_library(dateline_warnings INTERFACE)
target_compile_options(dateline_warnings INTERFACE -Wall -Wextra -Wpedantic
  $<$<BOOL:${DATELINE_WERROR}>:-Werror>)
