"""Printing from the GUI: PDF pages drawn by PDFium into images and painted on a QPrinter."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from kzth_desktop.gui import printing
from kzth_desktop.services.printing import blank_copy


def three_pages(landscape_last: bool = False) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    for n in range(1, 4):
        if landscape_last and n == 3:
            c.setPageSize(landscape(A4))
        c.setFont("Helvetica-Bold", 48)
        c.drawString(72, 400, f"Page {n}")
        c.rect(36, 36, 200, 100, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_pages(path) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(str(path))
    try:
        return [doc[i].get_size() for i in range(len(doc))]
    finally:
        doc.close()


def test_render_pages_gives_one_a4_image_a_page(qapp):
    images = printing.render_pages(three_pages(), dpi=50)
    assert len(images) == 3
    for image in images:
        assert image.width() == pytest.approx(210 / 25.4 * 50, abs=2)
        assert image.height() / image.width() == pytest.approx(297 / 210, rel=0.01)
        # the drawn box is black, the paper white
        assert image.pixelColor(image.width() // 2, image.height() // 2) == QColor("white")
        assert QColor(image.pixel(40, image.height() - 40)).lightness() < 50


def test_render_pages_of_a_questionnaire_file(qapp, tmp_path, annex):
    path = tmp_path / "blank.pdf"
    path.write_bytes(blank_copy(annex, ["akimat"], "kk"))
    images = printing.render_pages(path, dpi=30)
    assert len(images) == printing.page_count(path) > 3
    # the victims table of block 3 is on a landscape page
    assert any(i.width() > i.height() for i in images)


def pdf_printer(path, dpi: int = 72) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def test_print_to_a_pdf_printer_prints_every_page(qapp, tmp_path):
    out = tmp_path / "printed.pdf"
    assert printing.print_to(pdf_printer(out), three_pages(landscape_last=True)) == 3
    pages = pdf_pages(out)
    assert len(pages) == 3
    assert all(h > w for w, h in pages)  # the landscape page turned to fit the A4 sheet


def test_print_to_honours_the_page_range(qapp, tmp_path):
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    printer.setFromTo(2, 3)
    assert printing.print_to(printer, three_pages()) == 2
    assert len(pdf_pages(out)) == 2


class FakeDialog:
    """Stands for QPrintDialog: "the user" picks printing to a PDF file (or cancels)."""

    answer = QPrintDialog.DialogCode.Accepted
    target = ""
    seen: dict = {}

    def __init__(self, printer, parent=None):
        self.printer = printer
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(self.target)
        printer.setResolution(72)

    def setWindowTitle(self, title):
        FakeDialog.seen["title"] = title

    def setMinMax(self, low, high):
        FakeDialog.seen["range"] = (low, high)

    def setOption(self, option, on=True):
        pass

    def exec(self):
        return self.answer


def test_print_pdf_through_the_dialog(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(printing, "QPrintDialog", FakeDialog)
    FakeDialog.target = str(tmp_path / "dialog.pdf")
    assert printing.print_pdf(None, three_pages(), "Сауалнама") is True
    assert FakeDialog.seen == {"title": "Сауалнама", "range": (1, 3)}
    assert len(pdf_pages(tmp_path / "dialog.pdf")) == 3
    monkeypatch.setattr(FakeDialog, "answer", QPrintDialog.DialogCode.Rejected)
    FakeDialog.target = str(tmp_path / "cancelled.pdf")
    assert printing.print_pdf(None, three_pages(), "Сауалнама") is False
    assert not (tmp_path / "cancelled.pdf").exists()


def test_save_pdf_adds_the_extension_and_writes(qapp, tmp_path, monkeypatch):
    chosen = {"name": str(tmp_path / "copy")}
    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (chosen["name"], "PDF (*.pdf)")))
    path = printing.save_pdf(None, b"%PDF-1.4 test", "copy.pdf", "Save")
    assert path == tmp_path / "copy.pdf" and path.read_bytes() == b"%PDF-1.4 test"
    chosen["name"] = ""
    assert printing.save_pdf(None, b"%PDF", "copy.pdf") is None
