# A Debian package of what `cmake --install` puts in place: cpack -G DEB (scripts/build-deb).
set(DATELINE_PACKAGE_MAINTAINER "Dateline maintainers <dateline@localhost>" CACHE STRING
    "Maintainer field of the Debian package")

install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/packaging/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/dateline)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dateline)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "full-text search for news-agency archives, on Xapian")
set(CPACK_PACKAGE_DESCRIPTION
    "dateline-index splits news articles into sections and indexes each with its date, dateline city and speakers;\n"
    "dateline-search runs ranked, faceted queries over them from the terminal.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)  # the build keeps -g for profiling; the package need not carry it
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # dateline_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${DATELINE_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# The runtime libraries (libxapian30, libarchive13, ...) from the binaries, by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xapian-tools")
include(CPack)
