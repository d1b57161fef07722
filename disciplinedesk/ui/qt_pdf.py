"""The Qt gateway's second half: PDF viewing and printing, imported only when a document is
shown, since these modules cost start-up time that the main window does not need."""

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

__all__ = ["QPdfDocument", "QPdfView", "QPrintDialog", "QPrinter"]
