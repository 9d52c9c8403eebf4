# Writes a man page (roff) from a program's --help text: cmake -DPROGRAM=... -DNAME=...
# -DSUMMARY=... -DVERSION=... -DOUTPUT=... -P ManPage.cmake. The help is read in the C
# locale (English) and offscreen (the window's program needs no display for --help).
foreach(var PROGRAM NAME SUMMARY VERSION OUTPUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "ManPage.cmake: ${var} is not set")
  endif()
endforeach()
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C LANG=C LANGUAGE= QT_QPA_PLATFORM=offscreen ${PROGRAM} --help
  OUTPUT_VARIABLE help
  ERROR_VARIABLE errors
  RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR help STREQUAL "")
  message(FATAL_ERROR "ManPage.cmake: '${PROGRAM} --help' failed (${result}): ${errors}")
endif()
# Qt's parser names the program by the path it was started with.
string(REPLACE "${PROGRAM}" "${NAME}" help "${help}")
# roff: a backslash is written \e; a line that starts with . or ' is protected with \&.
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
string(TIMESTAMP today "%Y-%m-%d" UTC)
string(TOUPPER "${NAME}" title)
file(WRITE "${OUTPUT}" ".TH ${title} 1 \"${today}\" \"Ferry ${VERSION}\" \"User Commands\"
.SH NAME
${NAME} \\- ${SUMMARY}
.SH DESCRIPTION
The text below is what
.B ${NAME} \\-\\-help
prints.
.PP
.nf
${help}.fi
.SH FILES
.TP
.I ~/.config/ferry/
settings, sites (sites.json), known host keys and trusted certificates
.TP
.I ~/.local/share/ferry/
the transfer queue (queue.sqlite) and the password vault
.SH SEE ALSO
.BR ferry (1),
.BR ferry-cli (1)
")
