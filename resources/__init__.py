"""The program's data, kept at the top of the tree (see the README's layout) and mapped into
the package as `disciplinedesk.resources` when it is installed, so that an editable install,
a wheel and the PyInstaller bundle all find it through importlib.resources:

- policy/: the policy packs and their translations (pps.toml, pps.<lang>.toml)
- letters/: family-letter and summary texts per language
- fonts/: bundled fonts with their licences
- icons/: the program's icons
- edfi/: the Ed-Fi XSDs exports are validated against
- i18n/: the compiled interface translations (.qm, built from ../i18n/*.ts, not committed)
"""
