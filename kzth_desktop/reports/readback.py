"""The published assessment read back from its PDF and attacked, as an outside reader would.

``kzth report audit PUBLISHED.pdf`` (the analyst's last check before publishing) takes the
file itself, not what the builder meant to print: PDFium reads the text of every page, line
by line; each protected table's rows are found in the order the report prints them
(:func:`~kzth_desktop.reports.assessment.printed_figures` says which figures each row holds
and where on its line), and each printed cell is read as what a reader sees — a figure, "<10"
(1..9) or "x" (10 or more). A cell that is none of those for the figure the workspace holds
means the file is not this workspace's edition (another period, language or workspace, or an
edited file), and the audit says which table it could not find.

From what the file prints, the reader's relations are written (every table's sums, the
figures shared between tables, the annex's identities: :class:`Publication`) and solved for
every hidden figure (:meth:`Publication.audit`); a small count printed as a figure is an
exposure by itself. A restricted edition, or a published one whose protection was weakened,
fails with the tables named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kzth_desktop.annex.model import LocalizedText
from kzth_desktop.assessment.publication import PublishedTables
from kzth_desktop.assessment.suppression import THRESHOLD, Exposure, Key, Mark
from kzth_desktop.reports.assessment import NBSP, PrintedRow, _num

# how much a reading reveals, least first: a figure printed on one page and hidden on another
# is known to the reader
_REVEALS = {Mark.PRIMARY: 0, Mark.COMPLEMENTARY: 0, Mark.SHOWN: 1}


class NotAPdfError(ValueError):
    """The file cannot be read as a PDF."""


class NotThisEditionError(ValueError):
    """A protected table of the edition is not in the file as the report prints it."""

    def __init__(self, table: str) -> None:
        self.table = table
        super().__init__(table)


@dataclass(frozen=True)
class PdfAudit:
    """What an attacker with the file alone can prove of its protected figures."""

    figures: int  # protected figures read back from the file
    hidden: int  # of them printed "<10" or "x"
    exposures: tuple[Exposure, ...]  # each figure narrowed below its protection interval
    labels: dict[str, LocalizedText]  # the tables' names

    @property
    def ok(self) -> bool:
        return not self.exposures

    def tables(self, lang: str) -> list[str]:
        """The names of the tables with an exposure, once each, in order."""
        names: list[str] = []
        for e in self.exposures:
            label = self.labels.get(e.table)
            name = label.get(lang) if label is not None else e.table
            if name not in names:
                names.append(name)
        return names


def pdf_lines(data: bytes) -> list[list[str]]:
    """Every line of text of the file, page by page, split into words at spaces (PDFium
    gives a figure's no-break thousands space as a space: "2 523" is two words here)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    try:
        pdf = pdfium.PdfDocument(data)
    except (pdfium.PdfiumError, ValueError, TypeError) as exc:
        raise NotAPdfError(str(exc)) from exc
    lines: list[list[str]] = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            text = page.get_textpage().get_text_range()
            page.close()
            for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
                words = _words(line)
                if words:
                    lines.append(words)
    finally:
        pdf.close()
    return lines


def _words(text: str) -> list[str]:
    return text.replace(NBSP, " ").split()


def _read_line(line: Sequence[str], row: PrintedRow, want: Sequence[int]
               ) -> list[Mark] | None:
    """How ``line`` prints the figures ``want`` of ``row`` at its end (before the words of
    its tail and its rate), or None when its end is not those figures. Read from the right:
    a figure the reader sees as such must be exactly its digits; "<10" and "x" must fit its
    value; a rate printed beside a hidden figure gives it back (shown)."""
    end = len(line)
    revealed = False
    if row.rate is not None:
        if end < 1:
            return None
        last = line[end - 1]
        if last != "—" and not (row.rate and _words(row.rate) == [last]):
            return None
        revealed = last != "—"
        end -= 1
    tail_words = _words(" ".join(row.tail))
    end -= len(tail_words)
    if end < 0 or list(line[end:end + len(tail_words)]) != tail_words:
        return None
    got: list[Mark] = []
    for value in reversed(want):
        digits = _words(_num(value))
        if end >= len(digits) and list(line[end - len(digits):end]) == digits:
            got.append(Mark.SHOWN)
            end -= len(digits)
            continue
        if end < 1:
            return None
        word = line[end - 1]
        if word == f"<{THRESHOLD}" and 0 < value < THRESHOLD:
            got.append(Mark.PRIMARY)
        elif word == "x" and value >= THRESHOLD:
            got.append(Mark.COMPLEMENTARY)
        else:
            return None
        end -= 1
    return [Mark.SHOWN] * len(got) if revealed else got[::-1]


def _has_label(line: Sequence[str], label: str) -> bool:
    words = _words(label)
    n = len(words)
    return any(list(line[i:i + n]) == words for i in range(len(line) - n + 1))


def read_marks(lines: Sequence[Sequence[str]], tables: PublishedTables,
               printed: Sequence[PrintedRow]) -> dict[Key, Mark]:
    """How the file prints each protected figure, found row by row in the printed order
    (rows with a label: by their name, anywhere in the lines of their table)."""
    marks: dict[Key, Mark] = {}
    at = 0  # the line after the last row found
    block = 0  # where the current table's rows began
    previous = None
    for row in printed:
        if row.table != previous:
            block, previous = at, row.table
        keys, grid = tables.grids[row.table]
        want = [grid[row.i][j] for j in row.columns]
        n = block if row.label else at
        while True:
            if n >= len(lines):
                raise NotThisEditionError(row.table)
            line = lines[n]
            got = (_read_line(line, row, want)
                   if not row.label or _has_label(line, row.label) else None)
            n += 1
            if got is not None:
                break
        at = max(at, n)
        for j, g in zip(row.columns, got, strict=True):
            k = keys[row.i][j]
            held = marks.get(k)
            if held is None or _REVEALS[g] > _REVEALS[held]:
                marks[k] = g
    return marks


def audit_pdf(data: bytes, tables: PublishedTables, printed: Sequence[PrintedRow]) -> PdfAudit:
    """The reader's integer programs over what the file prints (see the module's text)."""
    read = read_marks(pdf_lines(data), tables, printed)
    pub = tables.publication
    # figures the file does not print one by one (a profile's shares modelled whole) keep
    # the edition's marks: the model assumes the reader knows them, which errs on the safe side
    marks = {**tables.marks, **read}
    exposed = [Exposure(pub.where[k], k, Mark.SHOWN, v, v, v, (1, THRESHOLD - 1))
               for k, m in read.items()
               if m is Mark.SHOWN and 0 < (v := pub.values[k]) < THRESHOLD]
    exposed += pub.audit(marks)
    hidden = sum(1 for m in read.values() if m is not Mark.SHOWN)
    return PdfAudit(len(read), hidden, tuple(exposed), pub.labels())
