"""DisciplineDesk: offline decision support for school discipline."""

__version__ = "0.1.0"
