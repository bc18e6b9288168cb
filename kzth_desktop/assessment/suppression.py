"""Small counts hidden in published tables, so that no victim can be recognised (rule 17).

A table is its cells plus the row totals, the column totals and the grand total, all printed.
Think of it as an (R+1) x (C+1) grid: the last column holds the row totals and the last row
the column totals. Every row and every column of that grid is one linear equation (its cells
add up to its total).

1. **Primary suppression**: every count from 1 to 9 — cells and totals alike — is hidden and
   printed "<10". A 0 stays 0: it says that no victim of that group was recorded, which points
   at no one, and hiding zeros would blank out exactly the structural facts ("no minors among
   them") the analysis needs; the usual practice of statistical offices.
2. **Complementary suppression**: a hidden cell is determined by the printed figures exactly
   when, in the graph whose nodes are the grid's rows and columns and whose edges are the hidden
   cells, it is a *bridge* (lies on no cycle): summing the equations on one side of the cut gives
   its value. (After scaling the total cells by -1 the equations are the unsigned incidence
   matrix of a bipartite graph, whose kernel is its cycle space.) So for each hidden cell on no
   cycle the cheapest path between its row and its column is hidden too, closing a cycle through
   it; this repeats until no hidden cell is a bridge. In particular every row and column that
   has a hidden cell then has at least two. "Cheapest" is, in this order: no zero cell (a hidden
   0 protects nothing once a reader knows zeros are not primary), fewest totals, the smallest
   sum of hidden counts, the fewest cells. It is a greedy heuristic (finding the least
   information loss is NP-hard), deterministic for a given table.
   Complementary cells are printed "x": they are not "<10".

   Known limit: the guarantee is linear (the printed figures leave every hidden cell
   undetermined). A reader who also uses "<10 means 1-9" and "x means 10 or more" may narrow a
   hidden cell to an interval — in unlucky tables to a single value; protection intervals in the
   manner of tau-ARGUS are not enforced.
3. The **restricted** edition prints every figure.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from kzth_desktop.annex.model import LocalizedText

THRESHOLD = 10  # counts 1..THRESHOLD-1 are hidden


class Mark(StrEnum):
    SHOWN = "shown"
    PRIMARY = "primary"  # a count 1-9, printed "<10"
    COMPLEMENTARY = "complementary"  # hidden to protect a primary one, printed "x"


class Edition(StrEnum):
    PUBLISHED = "published"  # small counts suppressed
    RESTRICTED = "restricted"  # exact figures, for the expert group and the commission


LEGEND = {
    Mark.PRIMARY: LocalizedText(
        kk="<10 — 1-ден 9-ға дейін (құрбандарды тануға болмайтындай жасырылған)",
        ru="<10 — от 1 до 9 (скрыто, чтобы нельзя было узнать пострадавших)"),
    Mark.COMPLEMENTARY: LocalizedText(
        kk="x — «<10» санын жиындардан есептеп шығаруға болмайтындай жасырылған",
        ru="x — скрыто, чтобы число «<10» нельзя было вычислить по итогам"),
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


def suppress(cells: Sequence[Sequence[int]], *, edition: Edition = Edition.PUBLISHED,
             threshold: int = THRESHOLD) -> SuppressedTable:
    """The table ``cells`` (rows x columns of counts >= 0) with its totals, as published."""
    if any(len(row) != len(cells[0]) for row in cells):
        raise ValueError("a table's rows must all have the same number of cells")
    for row in cells:
        for v in row:
            if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                raise ValueError(f"a count must be a whole number >= 0: {v!r}")
    grid = with_totals(cells)
    marks = [[Mark.SHOWN] * len(row) for row in grid]
    if edition is Edition.PUBLISHED and cells and cells[0]:
        hidden = {(i, j) for i, row in enumerate(grid) for j, v in enumerate(row)
                  if 0 < v < threshold}
        primary = set(hidden)
        _protect(grid, hidden)
        for i, j in hidden:
            marks[i][j] = Mark.PRIMARY if (i, j) in primary else Mark.COMPLEMENTARY
    shown = tuple(tuple(None if marks[i][j] is not Mark.SHOWN else v for j, v in enumerate(row))
                  for i, row in enumerate(grid))
    return SuppressedTable(shown, tuple(tuple(r) for r in marks), edition, threshold)


# --- complementary suppression ------------------------------------------------------------------

Node = tuple[str, int]  # ("r", i) a row of the grid, ("c", j) a column


def _ends(cell: Cell) -> tuple[Node, Node]:
    return ("r", cell[0]), ("c", cell[1])


def is_bridge(cell: Cell, hidden: set[Cell]) -> bool:
    """Whether ``cell`` lies on no cycle of the hidden cells (so the margins determine it)."""
    start, goal = _ends(cell)
    adjacency: dict[Node, list[Node]] = {}
    for other in hidden:
        if other == cell:
            continue
        a, b = _ends(other)
        adjacency.setdefault(a, []).append(b)
        adjacency.setdefault(b, []).append(a)
    seen, stack = {start}, [start]
    while stack:
        node = stack.pop()
        if node == goal:
            return False
        for nxt in adjacency.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return True


def _cost(grid: list[list[int]], cell: Cell) -> tuple[int, int, int, int]:
    i, j = cell
    value = grid[i][j]
    is_total = i == len(grid) - 1 or j == len(grid[0]) - 1
    return (1 if value == 0 else 0, 1 if is_total else 0, value, 1)


def _cheapest_path(grid: list[list[int]], hidden: set[Cell], cell: Cell) -> list[Cell]:
    """The cells (not yet hidden) of the cheapest row-column path from ``cell``'s row to its
    column that does not use ``cell`` itself (Dijkstra; hidden cells cost nothing)."""
    rows, cols = len(grid), len(grid[0])
    start, goal = _ends(cell)
    zero = (0, 0, 0, 0)
    best: dict[Node, tuple[int, int, int, int]] = {start: zero}
    came: dict[Node, tuple[Node, Cell]] = {}
    queue: list[tuple[tuple[int, int, int, int], Node]] = [(zero, start)]
    while queue:
        cost, node = heapq.heappop(queue)
        if node == goal:
            break
        if cost > best.get(node, cost):
            continue
        side, k = node
        neighbours = ([(("c", j), (k, j)) for j in range(cols)] if side == "r"
                      else [(("r", i), (i, k)) for i in range(rows)])
        for nxt, via in neighbours:
            if via == cell:
                continue
            step = zero if via in hidden else _cost(grid, via)
            new = (cost[0] + step[0], cost[1] + step[1], cost[2] + step[2], cost[3] + step[3])
            if nxt not in best or new < best[nxt]:
                best[nxt] = new
                came[nxt] = (node, via)
                heapq.heappush(queue, (new, nxt))
    path: list[Cell] = []
    node = goal
    while node != start:
        node, via = came[node]
        if via not in hidden:
            path.append(via)
    return path


def _protect(grid: list[list[int]], hidden: set[Cell]) -> None:
    """Add complementary cells to ``hidden`` until no hidden cell is a bridge."""
    changed = True
    while changed:
        changed = False
        for cell in sorted(hidden):
            if is_bridge(cell, hidden):
                hidden.update(_cheapest_path(grid, hidden, cell))
                changed = True
