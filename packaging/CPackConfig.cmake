# Packages. On Debian: `packaging/dev.sh package` (cpack -G DEB) makes two:
#   xianjie         the station's desktop app and xianjie-cli, the desktop file, icons, AppStream metadata, man pages
#   xianjie-server  the county server, its hardened systemd unit, /etc/xianjie/server.conf and the nginx example
# On Windows: the desktop component only, as an NSIS installer (see .github/workflows/windows.yml).
# The translations are compiled into the programs (:/i18n/), so no .qm files are installed.

set(_res ${CMAKE_SOURCE_DIR}/resources)
set(_deb ${CMAKE_SOURCE_DIR}/packaging/debian)

install(FILES ${_res}/cn.xianjie.Xianjie.desktop DESTINATION share/applications COMPONENT desktop)
configure_file(${_res}/cn.xianjie.Xianjie.metainfo.xml ${CMAKE_BINARY_DIR}/cn.xianjie.Xianjie.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/cn.xianjie.Xianjie.metainfo.xml DESTINATION share/metainfo COMPONENT desktop)
foreach(_size 16 24 32 48 64 128 256 512)
    install(FILES ${_res}/icons/xianjie-${_size}.png DESTINATION share/icons/hicolor/${_size}x${_size}/apps
            RENAME cn.xianjie.Xianjie.png COMPONENT desktop)
endforeach()
install(FILES ${_res}/icons/cn.xianjie.Xianjie.svg DESTINATION share/icons/hicolor/scalable/apps COMPONENT desktop)

if(NOT WIN32)
    # Man pages and changelogs compressed as Debian wants them (gzip -9n: no name or time stamp inside).
    set(_gz ${CMAKE_BINARY_DIR}/packaging)
    set(_compressed)
    foreach(_page xianjie xianjie-cli xianjie-server)
        add_custom_command(OUTPUT ${_gz}/${_page}.1.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${_gz}
            COMMAND gzip -9nc ${CMAKE_SOURCE_DIR}/packaging/man/${_page}.1 > ${_gz}/${_page}.1.gz
            DEPENDS ${CMAKE_SOURCE_DIR}/packaging/man/${_page}.1 VERBATIM)
        list(APPEND _compressed ${_gz}/${_page}.1.gz)
    endforeach()
    add_custom_command(OUTPUT ${_gz}/changelog.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_gz}
        COMMAND gzip -9nc ${_deb}/changelog > ${_gz}/changelog.gz
        DEPENDS ${_deb}/changelog VERBATIM)
    add_custom_target(package_files ALL DEPENDS ${_compressed} ${_gz}/changelog.gz)
    install(FILES ${_gz}/xianjie.1.gz ${_gz}/xianjie-cli.1.gz DESTINATION share/man/man1 COMPONENT desktop)
    install(FILES ${_gz}/xianjie-server.1.gz DESTINATION share/man/man1 COMPONENT server)
    foreach(_pkg xianjie xianjie-server)
        set(_comp desktop)
        if(_pkg STREQUAL "xianjie-server")
            set(_comp server)
        endif()
        install(FILES ${_deb}/copyright ${_gz}/changelog.gz DESTINATION share/doc/${_pkg} COMPONENT ${_comp})
    endforeach()
    install(FILES ${CMAKE_SOURCE_DIR}/packaging/server/xianjie-server.service DESTINATION /lib/systemd/system
            COMPONENT server)
    install(FILES ${CMAKE_SOURCE_DIR}/packaging/server/server.conf DESTINATION /etc/xianjie COMPONENT server)
    install(FILES ${CMAKE_SOURCE_DIR}/packaging/server/nginx-xianjie-server.conf
            DESTINATION share/doc/xianjie-server/examples COMPONENT server)
endif()

set(CPACK_PACKAGE_NAME "xianjie")
set(CPACK_PACKAGE_VENDOR "Xianjie")
set(CPACK_PACKAGE_CONTACT "Xianjie developers <xianjie@example.org>")
if(WIN32)
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
else()
    # CPack's own default, which CPackDeb leaves out: each package's description then starts with its own synopsis
    # (any other summary is put above both packages' first lines).
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
endif()
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Xianjie")
set(CPACK_STRIP_FILES ON)
if(WIN32)
    set(CPACK_COMPONENTS_ALL desktop) # the server is for the county's Linux machine
else()
    set(CPACK_COMPONENTS_ALL desktop server)
endif()
set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "Xianjie 衔接")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Xianjie county server")

# Debian
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME "xianjie")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION "misc")
# Found by dpkg-shlibdeps: Qt's libraries, SQLite, ICU, libsodium, libxlsxwriter, zlib. Not found by it: Qt's SQLite
# driver and platform plugins (loaded at run time), Qt's own Chinese (dialog buttons) and a font for Chinese on screen
# and in the printed papers.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n, fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION "${PROJECT_DESCRIPTION}
The casebook of a township civil-affairs service station (衔接): households
and their members with ID checks, assistance categories, needs, consents
that the database enforces, referrals to charities and leads from them,
follow-up visits and the help each household received, a hash-chained
audit log and encrypted backups. Works offline; sends its changes to the
county by USB stick or online. Imports the ledgers stations keep in Excel.

This package holds the desktop app (xianjie) and the command line
(xianjie-cli).")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "xianjie-server")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "nginx, xianjie (= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "County sync server for Xianjie stations
Takes the enrolled stations' signed, encrypted bundles over HTTP and
applies them to the county casebook exactly once, and gives each station
the county's bundle for it. Runs as its own system user under a hardened
systemd unit, on loopback behind nginx (an example site is included).
xianjie-cli (package xianjie) makes the county casebook and its account.")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${_deb}/server/postinst;${_deb}/server/prerm;${_deb}/server/postrm;${_deb}/server/conffiles")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows (NSIS): a per-user install with a start-menu entry, in Chinese.
set(CPACK_NSIS_DISPLAY_NAME "Xianjie 衔接")
set(CPACK_NSIS_PACKAGE_NAME "Xianjie")
set(CPACK_NSIS_MUI_ICON "${_res}/icons/xianjie.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\xianjie.exe")
set(CPACK_PACKAGE_EXECUTABLES "xianjie" "Xianjie 衔接")
# packaging/windows/NSIS.template.in is CMake's own with RequestExecutionLevel user and Chinese first.
list(PREPEND CMAKE_MODULE_PATH ${CMAKE_SOURCE_DIR}/packaging/windows)
set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
set(CPACK_NSIS_MUI_UNIICON "${_res}/icons/xianjie.ico")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
include(CPack)
