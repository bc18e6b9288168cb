"""Sending our PDFs to a printer (the system's print dialog) and saving them as files.

Qt's own PDF module (PySide6-Pdf) exists only as the broken 6.12.0, so the pages are drawn by
PDFium (``pypdfium2``) into images at the printer's resolution (at most ``MAX_DPI``) and
painted on the ``QPrinter`` one at a time. A landscape page (a wide victims table) is turned
to fit a portrait sheet, and the other way round.

This module holds no interface strings: the caller passes the dialog titles it translated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kzth_desktop.gui.i18n import current_lang
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.errors import ServiceError
from kzth_desktop.services.printing import write_pdf

PdfSource = bytes | str | Path
# 300 dpi is print quality for text; A4 at 1200 dpi would take ~550 MB a page
MAX_DPI = 300.0


def _open(pdf: PdfSource) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(bytes(pdf) if isinstance(pdf, bytes | bytearray) else str(pdf))


def page_count(pdf: PdfSource) -> int:
    doc = _open(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def _render(page: pdfium.PdfPage, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / 72.0, may_draw_forms=False, rev_byteorder=True,
                         prefer_bgrx=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                   QImage.Format.Format_RGBX8888)
    image = image.copy()  # own the pixels: PDFium's buffer is freed with the bitmap
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def iter_pages(pdf: PdfSource, dpi: float, first: int = 1, last: int = 0) -> Iterator[QImage]:
    """The pages ``first``..``last`` (1-based; 0 = to the end) as images, one at a time."""
    doc = _open(pdf)
    try:
        stop = len(doc) if last <= 0 else min(last, len(doc))
        for index in range(max(first, 1) - 1, stop):
            page = doc[index]
            try:
                yield _render(page, dpi)
            finally:
                page.close()
    finally:
        doc.close()


def render_pages(pdf: PdfSource, dpi: float = 96.0) -> list[QImage]:
    """Every page of ``pdf`` (bytes or a file) as an image at ``dpi`` (previews, tests)."""
    return list(iter_pages(pdf, dpi))


def print_to(printer: QPrinter, pdf: PdfSource) -> int:
    """Paints the pages of ``pdf`` on ``printer``, honouring its page range (fromPage/toPage,
    0 = all); each page scaled to fit the printable area, centred, turned if its orientation
    differs. Returns the number of pages printed."""
    dpi = min(float(printer.resolution()), MAX_DPI)
    first, last = printer.fromPage(), printer.toPage()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"cannot print to {printer.printerName() or printer.outputFileName()}")
    printed = 0
    try:
        area = QRectF(painter.viewport())
        for image in iter_pages(pdf, dpi, first or 1, last):
            if printed:
                printer.newPage()
            if (image.width() > image.height()) != (area.width() > area.height()):
                image = image.transformed(QTransform().rotate(90))
            size = image.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(area.x() + (area.width() - size.width()) / 2,
                            area.y() + (area.height() - size.height()) / 2,
                            size.width(), size.height())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


def ask_printer(parent: QWidget | None, pages: int, title: str) -> QPrinter | None:
    """The system's print dialog for a document of ``pages`` pages; the printer chosen (its
    page range set, 0-0 for all), or None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(False)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setMinMax(1, max(pages, 1))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        printer.setFromTo(0, 0)
    return printer


def print_pdf(parent: QWidget | None, pdf: PdfSource, title: str) -> bool:
    """Shows the system's print dialog for ``pdf`` and prints it; False if cancelled.

    ``title`` names the print job (and the dialog). The page range chosen is honoured.
    The pages are drawn here, on the calling thread: the windows draw them with
    :func:`print_in_background` instead (a QPainter may paint a QPrinter in any thread).
    """
    printer = ask_printer(parent, page_count(pdf), title)
    if printer is None:
        return False
    print_to(printer, pdf)
    return True


def print_in_background(parent: QWidget, pdf: PdfSource, title: str, busy: str,
                        on_done: Callable[[bool], None]) -> BackgroundOp | None:
    """The print dialog, then the pages drawn (PDFium, up to 300 dpi) and sent off the
    interface thread, ``busy`` shown meanwhile; ``on_done(True)`` once printed. None (and no
    call) if the dialog was cancelled."""
    printer = ask_printer(parent, page_count(pdf), title)
    if printer is None:
        return None

    def work(progress: Progress) -> bool:
        print_to(printer, pdf)
        return True

    op = BackgroundOp(parent, busy, work, on_done=on_done, cancellable=False)
    op.start()
    return op


def save_pdf(parent: QWidget | None, data: bytes, suggested_name: str,
             caption: str = "") -> Path | None:
    """Asks where to save ``data`` (a PDF) and writes it there; None if cancelled.

    ``suggested_name`` may be a bare file name or a path; ".pdf" is added when missing.
    When the file cannot be written (open in Acrobat, a full or read-only folder) the message
    is shown and the user asked again, with the name they chose.
    """
    while True:
        name, _ = QFileDialog.getSaveFileName(parent, caption, suggested_name, "PDF (*.pdf)")
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            return write_pdf(data, path)
        except ServiceError as exc:
            QMessageBox.warning(parent, caption, exc.message(current_lang()))
            suggested_name = str(path)


__all__ = ["MAX_DPI", "ask_printer", "iter_pages", "page_count", "print_in_background",
           "print_pdf", "print_to", "render_pages", "save_pdf"]
