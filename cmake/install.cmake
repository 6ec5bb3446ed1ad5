# install() rules and the exported CMake package: an outside project does
#   find_package(dkg CONFIG REQUIRED)
#   target_link_libraries(app PRIVATE dkg::dkg)
# libdkg is static, so its private dependencies (fmt, ICU, libxml2, Threads) appear in
# the exported link interface as $<LINK_ONLY:...>; dkgConfig.cmake finds them again with
# find_dependency, as it finds Boost, whose Graph headers the public headers include.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(DKG_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/dkg)

install(TARGETS dkg EXPORT dkgTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/lib/include/dkg DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS dkg_app RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Lexicon::DefaultDirectory() looks in <prefix>/share/dkg/lexicon next to the binary.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/lexicon/ DESTINATION ${CMAKE_INSTALL_DATADIR}/dkg/lexicon)

install(EXPORT dkgTargets NAMESPACE dkg:: DESTINATION ${DKG_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/dkgConfig.cmake.in
  ${PROJECT_BINARY_DIR}/dkgConfig.cmake INSTALL_DESTINATION ${DKG_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/dkgConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/dkgConfig.cmake ${PROJECT_BINARY_DIR}/dkgConfigVersion.cmake
  DESTINATION ${DKG_CMAKE_DIR})
