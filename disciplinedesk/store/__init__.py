"""The local log: students, incidents, decisions and follow-ups in one SQLite file.

No Qt here: the GUI and the command line call the same functions.
"""
