"""Small counts hidden in the published assessment, against the whole publication (rule 17).

The published edition is read by the Interdepartmental Commission, the subjects and the public
(rules 18-19). No small group of trafficking victims may be singled out from it, whatever a
reader combines: so protection is decided over *every* figure the edition prints at once, not
table by table.

**The model.** Every printed figure is a :data:`Key` — what it counts (a field, the kind of
subject that reported it, and a slice: a year, a region, a category of a dimension…). A figure
printed in several tables (the "total of the period" of a table by category is the row total
of the table by year, the column total of a cross-tabulation, the base of a profile's shares…)
is one key and one variable. A :class:`Publication` holds the tables; each table's rows and
columns add up to their totals, which gives one system of linear equations over all the keys
of the edition; the questionnaire's own identities (a victims table adds up to the count of
identified victims, ``resources/annex/rules.json``) join keys of different fields, and its
inequalities ("returned" never exceeds "applied") are constraints too — a reader of the annex
knows them.

**What a reader knows** of each figure (and the integer program the project's own audit
solves, :meth:`Publication.ranges`): a printed figure is its value; "<10" is 1..9 (zeros are
printed: a 0 says no victim of that group was recorded, which points at no one, and the
analysis needs those structural facts); "x" is 10 or more (complements are chosen only among
figures of 10 and more, and the legend says so); every count is a whole number >= 0.

**The protection interval** (tau-ARGUS's upper and lower protection levels, here fixed by the
label): for every figure printed "<10" the smallest and the largest value consistent with
everything printed must be 1 and 9 — the reader learns nothing beyond "<10". Where the
questionnaire's structure itself narrows it whatever is hidden (two victims tables' figures
of 1-9 adding up to a total under 10, say), the interval is what hiding *every* non-zero
figure of the linked tables would leave, and no less. A figure printed "x" is never determined
exactly.

**The method: sequential optimal protection, solved exactly** (the attacker's subproblem of
Fischetti and Salazar's model, which tau-ARGUS's "optimal" method solves for all cells at
once, taken one sensitive cell and one direction at a time). For each "<10" figure p (smallest
first) and each end of its interval t (9, then 1): if the published figures already admit an
integer solution with p = t, nothing is added; otherwise a mixed-integer program chooses the
least-cost set of further figures to hide ("x") for which such a solution exists — variables:
every figure of p's linked tables (integer) and, for each figure still printed, a binary
"hidden"; constraints: the publication's equations and inequalities, the readers' bounds
above, p = t, and a printed figure keeps its value unless hidden. The cost of hiding a figure
is its value times the number of places it is printed (fewest victims hidden, totals kept).
Hiding more never undoes an earlier protection (a hidden figure's value stays admissible), so
one pass protects every cell; the audit then solves, for every hidden figure, the reader's
integer programs (its minimum and maximum) and the report is refused if any falls short.
Why not the others: the hypercube method (GHMITER) is a heuristic built for one hierarchical
table and over-suppresses linked ones; the modular method (HiTaS) splits a hierarchical table
into sub-tables, but the assessment's tables are linked side by side, not nested; the full
optimal model (all cells at once, Benders cuts) is what this approximates cell by cell, at a
cost the demo campaign measures (``kzth bench``, stage ``report``: the published edition's
~3,500 questions — protection and audit — take about a second of its build).

**The solver** is HiGHS through its own interface (``highspy``). Each linked part's system is
loaded once; a reader's question changes only bounds and costs, and goes first to the linear
relaxation, warm-started from the last basis. The tables' sums and the annex's inequalities
give integral vertices, so the relaxation's optimum is nearly always whole; a whole solution
that satisfies the system exactly is the integer optimum (the relaxation bounds it), checked
in integers before it is believed. A fractional vertex falls back to the integer program,
and the complements' choice (binary "hidden" variables) is always one. On the demo campaign
this took the published edition from ~16 s (SciPy's ``milp``, one model per question) to ~4.

The **restricted** edition prints every figure.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from kzth_desktop.annex.model import LocalizedText

THRESHOLD = 10  # counts 1..THRESHOLD-1 are hidden

Key = Hashable  # what a printed figure counts; equal keys are one figure


class Mark(StrEnum):
    SHOWN = "shown"
    PRIMARY = "primary"  # a count 1-9, printed "<10"
    COMPLEMENTARY = "complementary"  # 10 or more, hidden to protect a "<10", printed "x"


class Edition(StrEnum):
    PUBLISHED = "published"  # small counts suppressed
    RESTRICTED = "restricted"  # exact figures, for the expert group and the commission


LEGEND = {
    Mark.PRIMARY: LocalizedText(
        kk="<10 — 1-ден 9-ға дейін (құрбандарды тануға болмайтындай жасырылған)",
        ru="<10 — от 1 до 9 (скрыто, чтобы нельзя было узнать пострадавших)"),
    Mark.COMPLEMENTARY: LocalizedText(
        kk="x — 10 немесе одан көп; «<10» санын жиындардан есептеп шығаруға болмайтындай "
           "жасырылған",
        ru="x — 10 или больше; скрыто, чтобы число «<10» нельзя было вычислить по итогам"),
}

Cell = tuple[int, int]  # (row, column) in the (R+1) x (C+1) grid


@dataclass(frozen=True)
class SuppressedTable:
    """A table as published: ``grid`` is (R+1) x (C+1) with the totals last, None if hidden."""

    grid: tuple[tuple[int | None, ...], ...]
    marks: tuple[tuple[Mark, ...], ...]
    edition: Edition = Edition.PUBLISHED
    threshold: int = THRESHOLD

    @property
    def cells(self) -> tuple[tuple[int | None, ...], ...]:
        return tuple(row[:-1] for row in self.grid[:-1])

    @property
    def row_totals(self) -> tuple[int | None, ...]:
        return tuple(row[-1] for row in self.grid[:-1])

    @property
    def col_totals(self) -> tuple[int | None, ...]:
        return self.grid[-1][:-1]

    @property
    def total(self) -> int | None:
        return self.grid[-1][-1]

    def hidden(self, mark: Mark | None = None) -> list[Cell]:
        """The hidden cells of the grid (of one mark, or both)."""
        return [(i, j) for i, row in enumerate(self.marks) for j, m in enumerate(row)
                if m is not Mark.SHOWN and (mark is None or m is mark)]

    def text(self, i: int, j: int) -> str:
        """What is printed in grid cell (i, j)."""
        return render(self.grid[i][j], self.marks[i][j], self.threshold)


def render(value: int | None, mark: Mark = Mark.PRIMARY, threshold: int = THRESHOLD) -> str:
    """The printed text of a cell: the figure, "<10" for a small count, "x" for a complement."""
    if mark is Mark.SHOWN:
        return str(value)
    return f"<{threshold}" if mark is Mark.PRIMARY else "x"


def with_totals(cells: Sequence[Sequence[int]]) -> list[list[int]]:
    """The (R+1) x (C+1) grid: each row with its total, then the row of column totals."""
    grid = [[*row, sum(row)] for row in cells]
    width = len(grid[0]) if grid else 1
    grid.append([sum(row[j] for row in grid) for j in range(width)])
    return grid


def _check_counts(cells: Sequence[Sequence[int]]) -> None:
    if any(len(row) != len(cells[0]) for row in cells):
        raise ValueError("a table's rows must all have the same number of cells")
    for row in cells:
        for v in row:
            if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                raise ValueError(f"a count must be a whole number >= 0: {v!r}")


@contextlib.contextmanager
def _native_stdout_quiet() -> Iterator[None]:
    """HiGHS prints some notes straight to file descriptor 1: they would corrupt a
    command's ``--json`` output. Descriptor 1 points at the null device meanwhile."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 1)
            yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


# --- the publication ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkedTable:
    """One table of the publication: its (R+1) x (C+1) grid of keys and values, totals last.

    ``printed`` False: a table the edition does not print whole but whose figures it may print
    one by one (a profile's shares of a dimension): modelled as printed, which over-states what
    a reader knows and so errs on the safe side.
    """

    id: str
    keys: tuple[tuple[Key, ...], ...]
    values: tuple[tuple[int, ...], ...]
    label: LocalizedText | None = None
    printed: bool = True


@dataclass(frozen=True)
class Relation:
    """``sum(coefficient * figure) == 0`` (``le``: ``<= 0``) — an identity of the annex."""

    terms: tuple[tuple[Key, int], ...]
    le: bool = False
    about: str = ""


@dataclass(frozen=True)
class Exposure:
    """A hidden figure a reader narrows below its protection interval."""

    table: str  # the first table that prints it
    key: Key
    mark: Mark
    value: int
    low: int  # what a reader can prove: low <= figure <= high
    high: int | None  # None: unbounded
    wanted: tuple[int, int | None]  # the protection interval


class ProtectionError(ValueError):
    """The published edition would give back small counts: the report is not written."""

    def __init__(self, exposures: Sequence[Exposure], labels: Mapping[str, LocalizedText]):
        self.exposures = tuple(exposures)
        self.labels = dict(labels)
        super().__init__("; ".join(f"{e.table}: {e.key} in {e.low}..{e.high}"
                                   for e in self.exposures[:5]))


@dataclass
class Publication:
    """Every protected figure of one edition, the tables that print them and their relations."""

    threshold: int = THRESHOLD
    tables: list[LinkedTable] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    values: dict[Key, int] = field(default_factory=dict)
    where: dict[Key, str] = field(default_factory=dict)  # the first table printing each key
    places: dict[Key, int] = field(default_factory=dict)  # how many grid places print it

    # -- building --
    def add_table(self, table: LinkedTable) -> None:
        if len(table.keys) != len(table.values) or any(
                len(k) != len(v) for k, v in zip(table.keys, table.values, strict=True)):
            raise ValueError(f"{table.id}: keys and values differ in shape")
        for krow, vrow in zip(table.keys, table.values, strict=True):
            for key, value in zip(krow, vrow, strict=True):
                if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                    raise ValueError(f"{table.id}: a count must be a whole number >= 0")
                held = self.values.setdefault(key, value)
                if held != value:
                    raise ValueError(f"{table.id}: {key!r} is {value} here, {held} elsewhere")
                self.where.setdefault(key, table.id)
                self.places[key] = self.places.get(key, 0) + 1
        self.tables.append(table)

    def add_relation(self, relation: Relation) -> bool:
        """Add an identity of the annex among printed figures; False (not added) when one of
        its figures is not printed or the figures do not satisfy it."""
        if not relation.terms or any(k not in self.values for k, _ in relation.terms):
            return False
        total = sum(c * self.values[k] for k, c in relation.terms)
        if total > 0 or (total < 0 and not relation.le):
            return False
        self.relations.append(relation)
        return True

    def labels(self) -> dict[str, LocalizedText]:
        return {t.id: t.label for t in self.tables if t.label is not None}

    # -- the system --
    def _equations(self) -> list[tuple[dict[Key, int], bool]]:
        eqs: list[tuple[dict[Key, int], bool]] = []

        def add(terms: Iterable[tuple[Key, int]], le: bool = False) -> None:
            coeffs: dict[Key, int] = {}
            for k, c in terms:
                coeffs[k] = coeffs.get(k, 0) + c
            coeffs = {k: c for k, c in coeffs.items() if c}
            if coeffs:
                eqs.append((coeffs, le))

        for t in self.tables:
            rows, cols = len(t.keys), len(t.keys[0]) if t.keys else 0
            # a grid of one column (or one row) is a list with its total last
            for i in range(rows - 1 if rows > 1 else rows):
                if cols > 1:
                    add([*((t.keys[i][j], 1) for j in range(cols - 1)),
                         (t.keys[i][cols - 1], -1)])
            for j in range(cols):
                if rows > 1:
                    add([*((t.keys[i][j], 1) for i in range(rows - 1)),
                         (t.keys[rows - 1][j], -1)])
        for r in self.relations:
            add(r.terms, r.le)
        return eqs

    def primaries(self) -> list[Key]:
        return [k for k, v in self.values.items() if 0 < v < self.threshold]

    def initial_marks(self) -> dict[Key, Mark]:
        return {k: Mark.PRIMARY if 0 < v < self.threshold else Mark.SHOWN
                for k, v in self.values.items()}

    def protect(self) -> dict[Key, Mark]:
        """The marks of every figure: its small counts and the complements that protect them."""
        marks = self.initial_marks()
        with _native_stdout_quiet():
            for comp in _Components(self):
                comp.protect(marks)
        return marks

    def ranges(self, marks: Mapping[Key, Mark], keys: Iterable[Key] | None = None
               ) -> dict[Key, tuple[int, int | None]]:
        """What a reader of the figures so marked can prove of each (hidden) figure."""
        wanted = set(keys) if keys is not None else {
            k for k, m in marks.items() if m is not Mark.SHOWN}
        out: dict[Key, tuple[int, int | None]] = {}
        for comp in _Components(self):
            for k in comp.keys:
                if k in wanted:
                    out[k] = comp.range(marks, k)
        return out

    def audit(self, marks: Mapping[Key, Mark]) -> list[Exposure]:
        """Every hidden figure a reader narrows below its protection interval."""
        found = []
        with _native_stdout_quiet():
            for comp in _Components(self):
                found += comp.audit(marks)
        return found


@dataclass(frozen=True)
class _Result:
    """A solve's outcome: an optimal integer solution, or none (infeasible, or unbounded)."""

    x: Any | None
    unbounded: bool = False


class _Model:
    """One system of rows in HiGHS (``highspy``), built once and asked many questions.

    Only the columns' bounds and costs change between questions, so a linear solve starts
    from the previous basis. ``integer``: how many leading columns are integer (0: the
    linear relaxation, whose answers :meth:`solve` accepts only when they are integral).
    """

    def __init__(self, n: int, starts: Any, index: Any, value: Any, lb: Any, ub: Any, *,
                 integer: int) -> None:
        import highspy
        import numpy as np

        self.n = n
        self.starts, self.index, self.value = starts, index, value
        self.lb, self.ub = lb, ub
        self._cols = np.arange(n, dtype=np.int32)
        self._col_of = np.repeat(self._cols, np.diff(starts))
        inf = highspy.kHighsInf
        h = highspy.Highs()  # type: ignore[no-untyped-call]
        h.setOptionValue("output_flag", False)
        h.setOptionValue("presolve", "off")
        h.setOptionValue("threads", 1)
        h.setOptionValue("time_limit", 20.0)
        lp = highspy.HighsLp()
        lp.num_col_ = n
        lp.num_row_ = len(lb)
        lp.col_cost_ = np.zeros(n)
        lp.col_lower_ = np.zeros(n)
        lp.col_upper_ = np.full(n, inf)
        lp.row_lower_ = np.where(np.isinf(lb), -inf, lb)
        lp.row_upper_ = np.where(np.isinf(ub), inf, ub)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.num_col_ = n
        lp.a_matrix_.num_row_ = len(lb)
        lp.a_matrix_.start_ = starts
        lp.a_matrix_.index_ = index
        lp.a_matrix_.value_ = value
        if integer:
            lp.integrality_ = ([highspy.HighsVarType.kInteger] * integer
                               + [highspy.HighsVarType.kContinuous] * (n - integer))
        h.passModel(lp)
        self.h, self.integer, self._inf = h, integer, inf
        self._status = highspy.HighsModelStatus

    def _exact(self, x: Any, lo: Any, hi: Any) -> Any | None:
        """``x`` rounded, if it is a whole solution of the rows and bounds *exactly*."""
        import numpy as np

        xr = np.round(x)
        if np.abs(x - xr).max(initial=0.0) > 1e-6 or (xr < lo).any() or (xr > hi).any():
            return None
        rows = np.zeros(len(self.lb))
        np.add.at(rows, self.index, self.value * xr[self._col_of])
        if (rows < self.lb).any() or (rows > self.ub).any():
            return None
        return xr

    def solve(self, objective: Sequence[float], lo: Sequence[float], hi: Sequence[float],
              *, exact: bool = True) -> _Result | None:
        """The optimum within ``lo``..``hi``; None when the relaxation cannot tell.

        An unbounded relaxation is taken as an unbounded integer program: every question
        with a cost is asked with the readers' bounds, which the published values
        themselves satisfy — a whole solution exists, and then the integer hull has the
        relaxation's recession cone."""
        import numpy as np

        lo_a = np.asarray(lo, dtype=float)
        hi_a = np.asarray(hi, dtype=float)
        cost = np.asarray(objective, dtype=float)
        h = self.h
        h.changeColsBounds(self.n, self._cols, lo_a, np.where(np.isinf(hi_a), self._inf, hi_a))
        h.changeColsCost(self.n, self._cols, cost)
        h.run()
        status = h.getModelStatus()
        st = self._status
        if status == st.kInfeasible:
            return _Result(None)
        if status == st.kUnbounded and cost.any():
            return _Result(None, unbounded=True)
        if status == st.kOptimal or (not exact and h.getInfo().primal_solution_status == 2):
            x = np.asarray(h.getSolution().col_value)
            if not exact:
                xr = x.copy()
                xr[: self.integer] = np.round(x[: self.integer])
                return _Result(xr)
            whole = self._exact(x, lo_a, hi_a)
            if whole is not None:
                return _Result(whole)
        if exact:
            return None
        return _Result(None, unbounded=status in (st.kUnbounded, st.kUnboundedOrInfeasible))


class _Components:
    """The publication split into its linked parts (figures joined by some relation)."""

    def __init__(self, pub: Publication) -> None:
        parent: dict[Key, Key] = {k: k for k in pub.values}

        def find(k: Key) -> Key:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        eqs = pub._equations()
        for coeffs, _ in eqs:
            first, *rest = coeffs
            for k in rest:
                a, b = find(first), find(k)
                if a != b:
                    parent[a] = b
        groups: dict[Key, list[Key]] = {}
        for k in pub.values:
            groups.setdefault(find(k), []).append(k)
        by_root: dict[Key, list[tuple[dict[Key, int], bool]]] = {}
        for coeffs, le in eqs:
            by_root.setdefault(find(next(iter(coeffs))), []).append((coeffs, le))
        self.parts = [_Part(pub, keys, by_root.get(root, []))
                      for root, keys in groups.items()]

    def __iter__(self) -> Any:
        return iter(self.parts)


class _Part:
    """One linked part: its figures, its equations and the integer programs over them."""

    def __init__(self, pub: Publication, keys: list[Key],
                 eqs: list[tuple[dict[Key, int], bool]]) -> None:
        self.pub = pub
        self.keys = keys
        self.index = {k: n for n, k in enumerate(keys)}
        self.eqs = eqs
        self.t = pub.threshold
        self.big = max((pub.values[k] for k in keys), default=0) + 10 * self.t
        self.values = [pub.values[k] for k in keys]
        self._matrix: Any = None
        self._lp: _Model | None = None

    def _system(self) -> tuple[Any, Any, Any]:
        """The part's equations (and inequalities) as a sparse (CSC) matrix with row bounds."""
        if self._matrix is None:
            import numpy as np

            starts, index, value = [0], [], []
            by_col: list[list[tuple[int, float]]] = [[] for _ in self.keys]
            lb = np.zeros(len(self.eqs))
            for r, (coeffs, le) in enumerate(self.eqs):
                for k, c in coeffs.items():
                    by_col[self.index[k]].append((r, float(c)))
                if le:
                    lb[r] = -np.inf
            for col in by_col:
                for r, coef in sorted(col):
                    index.append(r)
                    value.append(coef)
                starts.append(len(index))
            self._matrix = ((np.asarray(starts, dtype=np.int32), np.asarray(index, dtype=np.int32),
                             np.asarray(value, dtype=float)), lb, np.zeros(len(self.eqs)))
        return self._matrix  # type: ignore[no-any-return]

    # the readers' bounds of each figure under ``marks``
    def _bounds(self, marks: Mapping[Key, Mark]) -> tuple[list[float], list[float]]:
        lo: list[float] = []
        hi: list[float] = []
        for k, v in zip(self.keys, self.values, strict=True):
            m = marks[k]
            if m is Mark.SHOWN:
                lo.append(v)
                hi.append(v)
            elif m is Mark.PRIMARY:
                lo.append(1)
                hi.append(self.t - 1)
            else:
                lo.append(self.t)
                hi.append(float("inf"))
        return lo, hi

    def _solve(self, objective: Sequence[float], lo: Sequence[float], hi: Sequence[float],
               design: Sequence[tuple[int, int]] = ()) -> _Result:
        """An optimal integer solution over the part's system within ``lo``..``hi``.

        ``design``: (figure, value) pairs that may leave their value only when a binary
        "hidden" of their own (appended after the figures) is 1 — the complements' choice,
        an integer program solved as such. Without it the reader's question goes first to
        the linear relaxation, kept in HiGHS between questions (only bounds and costs
        change, so each solve starts from the last basis): the tables' sums and the annex's
        inequalities give integral vertices, and a solution that is integral and satisfies
        the system exactly *is* the integer optimum — the relaxation's optimum bounds the
        integer one. Only when it is not (a fractional vertex, a doubtful status) does the
        integer program run."""
        if design:
            return self._milp(objective, lo, hi, design)
        lp = self._relaxation()
        got = lp.solve(objective, lo, hi)
        if got is not None:
            return got
        return self._milp(objective, lo, hi, ())

    def _relaxation(self) -> _Model:
        if self._lp is None:
            (starts, index, value), lb, ub = self._system()
            self._lp = _Model(len(self.keys), starts, index, value, lb, ub, integer=0)
        return self._lp

    def _milp(self, objective: Sequence[float], lo: Sequence[float], hi: Sequence[float],
              design: Sequence[tuple[int, int]]) -> _Result:
        import numpy as np

        (starts, index, value), lb, ub = self._system()
        n, m = len(self.keys), len(design)
        rows = len(lb)
        if m:
            # x - big * z <= v  and  -x - big * z <= -v: a figure leaves v only when hidden
            cols: list[list[tuple[int, float]]] = [[] for _ in range(n + m)]
            for z, (col, _v) in enumerate(design):
                r = rows + 2 * z
                cols[col] += [(r, 1.0), (r + 1, -1.0)]
                cols[n + z] += [(r, -float(self.big)), (r + 1, -float(self.big))]
            new_starts, new_index, new_value = [0], [], []
            for c in range(n + m):
                if c < n:
                    a, b = int(starts[c]), int(starts[c + 1])
                    new_index += [int(i) for i in index[a:b]]
                    new_value += [float(v) for v in value[a:b]]
                for r, v in cols[c]:
                    new_index.append(r)
                    new_value.append(v)
                new_starts.append(len(new_index))
            link_lb = np.full(2 * m, -np.inf)
            link_ub = np.array([x for _col, v in design for x in (float(v), -float(v))])
            starts = np.asarray(new_starts, dtype=np.int32)
            index = np.asarray(new_index, dtype=np.int32)
            value = np.asarray(new_value, dtype=float)
            lb, ub = np.concatenate([lb, link_lb]), np.concatenate([ub, link_ub])
        model = _Model(n + m, starts, index, value, lb, ub, integer=n + m)
        got = model.solve(objective, lo, hi, exact=False)
        assert got is not None  # the integer program always tells
        return got

    def _witness(self, marks: Mapping[Key, Mark], targets: set[tuple[int, int]],
                 one_by_one: bool = True) -> set[tuple[int, int]]:
        """Which of ``targets`` — (figure, value) pairs — some integer solution reaches.

        One program pushes every figure still wanted towards its value at once (most reach
        it together), then each one left is tried on its own."""
        lo, hi = self._bounds(marks)
        reached: set[tuple[int, int]] = set()

        def note(x: Any) -> None:
            for col, value in targets:
                if round(x[col]) == value:
                    reached.add((col, value))

        pending = set(targets)
        for up in (True, False, True, False):  # figures pushed up, then down, once more each
            side = {(c, v) for c, v in pending if (v >= self.values[c]) == up}
            while side:
                objective = [0.0] * len(self.keys)
                for col, _ in side:
                    objective[col] = -1.0 if up else 1.0
                res = self._solve(objective, lo, hi)
                if res.x is None:
                    break
                before = len(reached)
                note(res.x)
                pending -= reached
                side -= reached
                if len(reached) == before:
                    break
        for col, value in sorted(pending) if one_by_one else ():
            if (col, value) in reached or not lo[col] <= value <= hi[col]:
                continue
            fixed_lo, fixed_hi = list(lo), list(hi)
            fixed_lo[col] = fixed_hi[col] = value
            res = self._solve([0.0] * len(self.keys), fixed_lo, fixed_hi)
            if res.x is not None:
                note(res.x)
        return reached

    def feasible(self, marks: Mapping[Key, Mark], key: Key, value: int) -> bool:
        n = self.index[key]
        return (n, value) in self._witness(marks, {(n, value)})

    def range(self, marks: Mapping[Key, Mark], key: Key) -> tuple[int, int | None]:
        lo, hi = self._bounds(marks)
        n = self.index[key]
        if lo[n] == hi[n]:
            return int(lo[n]), int(hi[n])
        c = [0.0] * len(self.keys)
        c[n] = 1.0
        low = self._solve(c, lo, hi)
        c[n] = -1.0
        high = self._solve(c, lo, hi)
        v = self.values[n]
        a = round(low.x[n]) if low.x is not None else v
        b = None if high.unbounded or high.x is None else round(high.x[n])
        return int(a), (None if b is None else int(b))

    def _ideal(self) -> dict[Key, Mark]:
        """Every non-zero figure hidden: the most a publication can leave unknown."""
        return {k: (Mark.SHOWN if v == 0 else Mark.PRIMARY if v < self.t
                    else Mark.COMPLEMENTARY) for k, v in zip(self.keys, self.values, strict=True)}

    def wanted(self) -> dict[int, tuple[int, int]]:
        """The protection interval of each "<10" figure: 1..9, or what the structure leaves
        when every non-zero figure is hidden."""
        ideal = self._ideal()
        prims = [n for n, v in enumerate(self.values) if 0 < v < self.t]
        targets = {(n, e) for n in prims for e in (1, self.t - 1)}
        got = self._witness(ideal, targets, one_by_one=False)
        out = {}
        for n in prims:
            if {(n, 1), (n, self.t - 1)} <= got:
                out[n] = (1, self.t - 1)
                continue
            low, high = self.range(ideal, self.keys[n])
            out[n] = (low, int(high if high is not None else self.t - 1))
        return out

    def _design(self, marks: dict[Key, Mark], key: Key, target: int) -> list[Key] | None:
        """The least-cost figures to hide so that ``key`` can be ``target``."""
        lo, hi = self._bounds(marks)
        n = self.index[key]
        lo[n] = hi[n] = target
        candidates = [k for k in self.keys
                      if marks[k] is Mark.SHOWN and self.pub.values[k] >= self.t]
        objective = [0.0] * len(self.keys)
        design = []
        for k in candidates:
            col, v = self.index[k], self.pub.values[k]
            lo[col], hi[col] = self.t, v + self.big
            design.append((col, v))
            objective.append(float(v * self.pub.places.get(k, 1)))
        lo += [0.0] * len(candidates)
        hi += [1.0] * len(candidates)
        res = self._solve(objective, lo, hi, design)
        if res.x is None:
            return None
        base = len(self.keys)
        return [k for z, k in enumerate(candidates) if res.x[base + z] > 0.5]

    def protect(self, marks: dict[Key, Mark]) -> None:
        wanted = self.wanted()
        targets = {(n, e) for n, ends in wanted.items() for e in ends}
        reached = self._witness(marks, targets, one_by_one=False)
        for n in sorted(wanted, key=lambda n: (self.values[n], repr(self.keys[n]))):
            for target in (wanted[n][1], wanted[n][0]):
                if (n, target) in reached:
                    continue
                if self.feasible(marks, self.keys[n], target):
                    reached.add((n, target))
                    continue
                for k in self._design(marks, self.keys[n], target) or ():
                    marks[k] = Mark.COMPLEMENTARY
                reached |= self._witness(marks, targets - reached, one_by_one=False)

    def audit(self, marks: Mapping[Key, Mark]) -> list[Exposure]:
        prims = [self.index[k] for k in self.keys if marks[k] is Mark.PRIMARY]
        targets = {(n, e) for n in prims for e in (1, self.t - 1)}
        for k in self.keys:
            if marks[k] is Mark.COMPLEMENTARY:
                n = self.index[k]
                targets |= {(n, self.values[n] + 1), (n, self.values[n] - 1)}
        reached = self._witness(marks, targets)
        wanted: dict[int, tuple[int, int]] | None = None
        found = []
        for k in self.keys:
            m = marks[k]
            if m is Mark.SHOWN:
                continue
            n, v = self.index[k], self.values[self.index[k]]
            if m is Mark.PRIMARY:
                if {(n, self.t - 1), (n, 1)} <= reached:
                    continue
                wanted = wanted if wanted is not None else self.wanted()
                want: tuple[int, int | None] = wanted[n]
                low, high = self.range(marks, k)
                if low <= want[0] and (high is None or high >= (want[1] or 0)):
                    continue
            else:
                if (n, v + 1) in reached or (n, v - 1) in reached:
                    continue
                want = (self.t, None)
                low, high = v, v
            found.append(Exposure(self.pub.where[k], k, m, v, low, high, want))
        return found


# --- one table on its own -----------------------------------------------------------------------


def suppress(cells: Sequence[Sequence[int]], *, edition: Edition = Edition.PUBLISHED,
             threshold: int = THRESHOLD) -> SuppressedTable:
    """The table ``cells`` (rows x columns of counts >= 0) with its totals, protected on its own
    (see :class:`Publication` for tables that share figures)."""
    _check_counts(cells)
    grid = with_totals(cells)
    keys = tuple(tuple((i, j) for j in range(len(row))) for i, row in enumerate(grid))
    if edition is Edition.PUBLISHED and cells and cells[0]:
        pub = Publication(threshold)
        pub.add_table(LinkedTable("table", keys, tuple(tuple(r) for r in grid)))
        marks = pub.protect()
    else:
        marks = {k: Mark.SHOWN for row in keys for k in row}
    return table_as_printed(keys, grid, marks, edition, threshold)


def table_as_printed(keys: Sequence[Sequence[Key]], grid: Sequence[Sequence[int]],
                     marks: Mapping[Key, Mark], edition: Edition = Edition.PUBLISHED,
                     threshold: int = THRESHOLD) -> SuppressedTable:
    """A table's grid as the edition prints it, by the publication's marks of its keys."""
    mk = tuple(tuple(marks.get(k, Mark.SHOWN) if edition is Edition.PUBLISHED else Mark.SHOWN
                     for k in row) for row in keys)
    shown = tuple(tuple(None if mk[i][j] is not Mark.SHOWN else v for j, v in enumerate(row))
                  for i, row in enumerate(grid))
    return SuppressedTable(shown, mk, edition, threshold)
