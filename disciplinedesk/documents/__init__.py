"""Printed documents (reportlab): the decision summary and the family letter.

Texts come in as data (resources/letters/), facts come in as plain data from the log; the
layout code knows no policy.
"""
