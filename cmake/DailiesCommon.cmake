# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, the warnings and Qt's strictness defines.
# Every Dailies target links it; nothing else sets compile flags.
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
set(CMAKE_CXX_EXTENSIONS OFF)

add_library(dailies_options INTERFACE)
target_compile_features(dailies_options INTERFACE cxx_std_20)
target_compile_options(dailies_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    # C++20 designated initializers leave the remaining members default-initialised on purpose.
    -Wno-missing-field-initializers
    $<$<BOOL:${DAILIES_WERROR}>:-Werror>)
target_compile_definitions(dailies_options INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

# DAILIES_SANITIZE=address,undefined builds every target with those sanitizers (scripts/test's core-only build).
# Undefined behaviour aborts instead of printing and going on, so a test that hits it fails.
set(DAILIES_SANITIZE "" CACHE STRING "Comma-separated sanitizers for every target, e.g. address,undefined (empty: none)")
if(DAILIES_SANITIZE)
    target_compile_options(dailies_options INTERFACE
        -fsanitize=${DAILIES_SANITIZE} -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(dailies_options INTERFACE -fsanitize=${DAILIES_SANITIZE})
endif()

# DAILIES_FUZZ=ON instruments every target for libFuzzer's coverage feedback; the fuzz targets link libFuzzer itself.
if(DAILIES_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "DAILIES_FUZZ needs clang and libFuzzer: configure with CXX=clang++ (see scripts/fuzz)")
    endif()
    target_compile_options(dailies_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
