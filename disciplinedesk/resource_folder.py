"""Where the program's data files are: the folder of the `disciplinedesk.resources` package.

That package is the top-level resources/ folder, mapped into the package when installed
(pyproject.toml), so the folder is the source tree's in an editable install, the package's
in a wheel and the bundle's in the PyInstaller bundle. Its files are always plain files, so
its `__file__` finds them as importlib.resources would, without importing importlib.resources
(tempfile, zipfile and more: about 3 ms before the first window).
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from pathlib import Path


@cache
def _folder() -> Path:
    location = import_module("disciplinedesk.resources").__file__
    if location is None:  # a namespace package: the mapping or the bundle lost __init__.py
        raise RuntimeError("disciplinedesk.resources is incomplete (no __init__.py)")
    return Path(location).parent


def resource_path(*parts: str) -> Path:
    """A data file or folder, e.g. resource_path("policy", "pps.toml")."""
    return _folder().joinpath(*parts)
