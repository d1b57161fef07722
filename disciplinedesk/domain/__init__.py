"""The pure-Python core: the policy pack, the case, the rules and school-day arithmetic.

Nothing here imports Qt, SQLite or reportlab, so every decision can be tested without a
display or a database.
"""
