# Fails when a C++ source or header of the project does not start with its licence line
# ("// SPDX-License-Identifier: Apache-2.0"), naming the files.
file(GLOB_RECURSE files
    "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp")
set(missing "")
foreach(f IN LISTS files)
    file(STRINGS "${f}" first LIMIT_COUNT 1)
    if(NOT first STREQUAL "// SPDX-License-Identifier: Apache-2.0")
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
        list(APPEND missing "${rel}")
    endif()
endforeach()
list(LENGTH files count)
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "these files do not start with \"// SPDX-License-Identifier: Apache-2.0\":\n  ${text}")
endif()
message(STATUS "${count} C++ files carry the Apache-2.0 SPDX line")
