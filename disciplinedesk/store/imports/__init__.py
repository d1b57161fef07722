"""Reading roster and calendar files. Parsing is all-or-nothing: the first bad row stops the
import with the file, line (the header is line 1), column and problem, before anything is written."""
