# Shell completions, installed where bash-completion and zsh look for them: bash-completion's
# completionsdir when its pkg-config file says where (below our prefix), else the usual path.
pkg_check_modules(BASH_COMPLETION QUIET bash-completion)
set(DATELINE_BASH_COMPLETION_DIR ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
if(BASH_COMPLETION_FOUND)
  pkg_get_variable(completionsdir bash-completion completionsdir)
  if(completionsdir MATCHES "^/usr/(.*)$")
    set(DATELINE_BASH_COMPLETION_DIR ${CMAKE_MATCH_1})
  endif()
endif()
# bash-completion loads a command's file by the command's name: one file, and a link for the other.
install(FILES completions/dateline.bash DESTINATION ${DATELINE_BASH_COMPLETION_DIR} RENAME dateline-search)
install(CODE "file(CREATE_LINK dateline-search
  \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${DATELINE_BASH_COMPLETION_DIR}/dateline-index\" SYMBOLIC)")
install(FILES completions/_dateline DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
