"""The victims table editor: rows of anonymous groups, a category per dimension and a count.

Model/view (``VictimsModel`` + ``VictimsDelegate``) so that twelve dimensions by many rows stay
quick: a combo box exists only for the cell being edited, and the category lists behind the
combos (250 countries) are built once per category set and language and shared.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kzth_desktop.annex.model import CategorySet, Dimension, Field, FieldType
from kzth_desktop.annex.values import BOUNDS
from kzth_desktop.gui.formgen import ui_text
from kzth_desktop.gui.formgen.base import FieldEditor, caption_label, zero_margins

UNKNOWN = "unknown"  # valid in every dimension (DESIGN §3); a new row starts with it
COUNT_KEY = "count"
SEARCHABLE_FROM = 16  # category lists at least this long get a type-to-search combo

_Index = QModelIndex | QPersistentModelIndex

# --- shared category lists ----------------------------------------------------------------------

_COMBO_MODELS: dict[tuple[str, str], QStringListModel] = {}


def category_model(categories: CategorySet, lang: str) -> QStringListModel:
    """The labels of a category set in ``lang``, one shared model per set and language.

    Row i is ``categories.categories[i]``.
    """
    key = (categories.id, lang)
    model = _COMBO_MODELS.get(key)
    if model is None:
        model = QStringListModel([c.label.get(lang) for c in categories.categories])
        _COMBO_MODELS[key] = model
    return model


@lru_cache(maxsize=64)
def category_labels(categories: CategorySet, lang: str) -> Mapping[str, str]:
    return {c.id: c.label.get(lang) for c in categories.categories}


@lru_cache(maxsize=64)
def _category_rows(categories: CategorySet) -> Mapping[str, int]:
    return {c.id: i for i, c in enumerate(categories.categories)}


@lru_cache(maxsize=64)
def _widest_label(categories: CategorySet, lang: str, font_key: str) -> int:
    from PySide6.QtGui import QFont

    font = QFont()
    font.fromString(font_key)
    fm = QFontMetrics(font)
    return max((fm.horizontalAdvance(c.label.get(lang)) for c in categories.categories),
               default=40)


# --- model --------------------------------------------------------------------------------------


class VictimsModel(QAbstractTableModel):
    """Rows of ``{dimension id: category id, …, "count": n}``; the last column is the count."""

    def __init__(self, dimensions: tuple[Dimension, ...], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dimensions = dimensions
        self.lang = lang
        self.rows: list[dict[str, Any]] = []

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def count_column(self) -> int:
        return len(self.dimensions)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.dimensions) + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if col == self.count_column():
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return row.get(COUNT_KEY)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        dim = self.dimensions[col]
        category = row.get(dim.id)
        if role == Qt.ItemDataRole.EditRole:
            return category
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if category is None:
                return ""
            return category_labels(dim.categories, self.lang).get(str(category), str(category))
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, col = self.rows[index.row()], index.column()
        key = COUNT_KEY if col == self.count_column() else self.dimensions[col].id
        if row.get(key) == value:
            return False
        row[key] = value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == self.count_column():
            return ui_text("count", self.lang)
        return self.dimensions[section].label.get(self.lang)

    # row operations (the editor emits ``edited`` for them) -------------------------------------
    def new_row(self) -> int:
        n = len(self.rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self.rows.append({**{d.id: UNKNOWN for d in self.dimensions}, COUNT_KEY: 1})
        self.endInsertRows()
        return n

    def remove_rows(self, numbers: list[int]) -> None:
        for n in sorted(set(numbers), reverse=True):
            self.beginRemoveRows(QModelIndex(), n, n)
            del self.rows[n]
            self.endRemoveRows()

    def load(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def canonical_rows(self) -> list[dict[str, Any]]:
        out = []
        for row in self.rows:
            tidy = {d.id: row[d.id] for d in self.dimensions if d.id in row}
            tidy.update({k: v for k, v in row.items() if k not in tidy and k != COUNT_KEY})
            tidy[COUNT_KEY] = row.get(COUNT_KEY)
            out.append(tidy)
        return out


# --- delegate -----------------------------------------------------------------------------------


# the most persons one row may count: the bound of the victims type (annex.values.BOUNDS)
ROW_COUNT_MAX = BOUNDS[FieldType.VICTIMS].maximum or 10**8


class VictimsDelegate(QStyledItemDelegate):
    """A combo box of the dimension's categories per cell (searchable for long lists), and a
    spin box (≥ 1) for the count."""

    def __init__(self, model: VictimsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.field_label = ""  # a cell's editor is named "<field label>: <column>"

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        editor = self._make_editor(parent, index)
        column = self.model.headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(f"{self.field_label}: {column}")
        return editor

    def _make_editor(self, parent: QWidget, index: _Index) -> QWidget:
        if index.column() == self.model.count_column():
            spin = QSpinBox(parent)
            spin.setRange(1, ROW_COUNT_MAX)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return spin
        dim = self.model.dimensions[index.column()]
        combo = QComboBox(parent)
        combo.setModel(category_model(dim.categories, self.model.lang))
        combo.setMaxVisibleItems(15)
        if len(dim.categories.categories) >= SEARCHABLE_FROM:
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(combo.model(), combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
            completer.activated[str].connect(lambda _t, c=combo: self._commit(c))
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(value if isinstance(value, int) and value >= 1 else 1)
            editor.selectAll()
            return
        assert isinstance(editor, QComboBox)
        dim = self.model.dimensions[index.column()]
        editor.setCurrentIndex(_category_rows(dim.categories).get(str(value), -1))
        if editor.isEditable():
            editor.lineEdit().selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        assert isinstance(editor, QComboBox)
        dim = self.model.dimensions[index.column()]
        row = editor.currentIndex()
        if editor.isEditable():
            typed = editor.currentText().strip()
            found = editor.findText(typed, Qt.MatchFlag.MatchFixedString)
            if found < 0 and typed:  # the first that contains it, as the completer lists them
                found = editor.findText(typed, Qt.MatchFlag.MatchContains)
            if found >= 0:
                row = found
            elif typed:  # a text that names nothing: keep what the cell had
                return
        if 0 <= row < len(dim.categories.categories):
            model.setData(index, dim.categories.categories[row].id, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: _Index) -> None:
        editor.setGeometry(option.rect)


# --- editor -------------------------------------------------------------------------------------


class VictimsEditor(FieldEditor):
    """A table of anonymous groups of victims with live totals per dimension under it.

    Value: ``{"rows": [...]}``; None while there are no rows, unless the user ticks
    "None (0 persons)", which answers ``{"rows": []}``.
    """

    MAX_VISIBLE_ROWS = 12
    PARTS = (("view", None), ("add_button", "add_row"), ("remove_button", "remove_row"),
             ("none_box", "victims_none"), ("totals", "total"))

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        lay = QVBoxLayout(self)
        zero_margins(lay)
        groups = [d for d in field.dimensions if d.group is not None]
        self.group_caption = caption_label("", self) if groups else None
        if self.group_caption is not None:
            lay.addWidget(self.group_caption)
        self.model = VictimsModel(field.dimensions, lang, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.delegate = VictimsDelegate(self.model, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # spare width goes to the count column
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        lay.addWidget(self.view)
        buttons = QHBoxLayout()
        zero_margins(buttons, 6)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.none_box = QCheckBox(self)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.none_box)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.totals)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected_rows)
        self.none_box.toggled.connect(self._none_toggled)
        self.model.dataChanged.connect(self._cell_edited)
        self.model.rowsInserted.connect(self._rows_changed)
        self.model.rowsRemoved.connect(self._rows_changed)
        self.model.modelReset.connect(self._rows_changed)
        self._retranslate()
        self._rows_changed()

    def set_accessible_names(self, label: str, description: str) -> None:
        super().set_accessible_names(label, description)
        self.delegate.field_label = label

    # language and geometry -------------------------------------------------------------------
    def _retranslate(self) -> None:
        lang = self.lang
        self.model.set_language(lang)
        self.add_button.setText(ui_text("add_row", lang))
        self.remove_button.setText(ui_text("remove_row", lang))
        self.none_box.setText(ui_text("victims_none", lang))
        self.view.setToolTip(ui_text("victims_help", lang))
        if self.group_caption is not None:
            seen: list[str] = []
            for d in self.field.dimensions:
                if d.group is not None and d.group.get(lang) not in seen:
                    seen.append(d.group.get(lang))
            self.group_caption.setText(" · ".join(seen))
        self._size_columns()
        self._update_totals()

    def _size_columns(self) -> None:
        fm = self.view.fontMetrics()
        font_key = self.view.font().toString()
        header = self.view.horizontalHeader()
        widths = []
        for col, dim in enumerate(self.field.dimensions):
            widest = _widest_label(dim.categories, self.lang, font_key)
            width = min(max(widest + 36, 100), 175)  # longer labels elide; tooltip has all
            widths.append(width)
            header.resizeSection(col, width)
        count_width = max(fm.horizontalAdvance(ui_text("count", self.lang)) + 24, 90)
        header.resizeSection(self.model.count_column(), count_width)
        widths.append(count_width)
        # word-wrapped headers: as tall as the tallest label, at most 6 lines
        tallest = fm.height()
        for col, width in enumerate(widths):
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            rect = fm.boundingRect(QRect(0, 0, width - 12, 2000),
                                   int(Qt.TextFlag.TextWordWrap), text)
            tallest = max(tallest, rect.height())
        header.setFixedHeight(min(tallest, 6 * fm.lineSpacing()) + 12)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = min(max(self.model.rowCount(), 1), self.MAX_VISIBLE_ROWS)
        row_h = self.view.verticalHeader().defaultSectionSize()
        frame = 2 * self.view.frameWidth()
        bar = self.view.horizontalScrollBar().sizeHint().height()
        self.view.setFixedHeight(self.view.horizontalHeader().height() + rows * row_h
                                 + frame + bar)

    # user actions ------------------------------------------------------------------------------
    def add_row(self) -> None:
        if self.none_box.isChecked():
            return
        n = self.model.new_row()
        self._user_edit()
        index = self.model.index(n, 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def remove_selected_rows(self) -> None:
        rows = {i.row() for i in self.view.selectionModel().selectedIndexes()}
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        if not rows:
            return
        self.model.remove_rows(sorted(rows))
        self._user_edit()

    def _none_toggled(self, on: bool) -> None:
        self.add_button.setEnabled(not on)
        self.view.setEnabled(not on)
        self._user_edit()

    def _cell_edited(self, *_: object) -> None:
        self._update_totals()
        self._user_edit()

    def _rows_changed(self, *_: object) -> None:
        empty = self.model.rowCount() == 0
        self.none_box.setEnabled(empty)
        if not empty and self.none_box.isChecked():
            with self.silenced():
                self.none_box.setChecked(False)
        self.remove_button.setEnabled(not empty)
        self._fit_height()
        self._update_totals()

    # totals ------------------------------------------------------------------------------------
    def totals_text(self) -> str:
        lang = self.lang
        rows = self.model.rows
        counts = [r.get(COUNT_KEY) if isinstance(r.get(COUNT_KEY), int) else 0 for r in rows]
        lines = [f"{ui_text('total', lang)}: {sum(counts)}"]
        if not rows:
            return lines[0]
        for dim in self.field.dimensions:
            per: dict[str, int] = {}
            for row, n in zip(rows, counts, strict=True):
                key = str(row.get(dim.id, UNKNOWN))
                per[key] = per.get(key, 0) + n
            labels = category_labels(dim.categories, lang)
            order = _category_rows(dim.categories)
            parts = [f"{labels.get(k, k)} {v}"
                     for k, v in sorted(per.items(), key=lambda kv: order.get(kv[0], 10**6))
                     if v]
            lines.append(f"{dim.categories.label.get(lang)}: {' · '.join(parts) or '—'}")
        return "\n".join(lines)

    def _update_totals(self) -> None:
        self.totals.setText(self.totals_text())

    # value -------------------------------------------------------------------------------------
    def value(self) -> object | None:
        if self.model.rows:
            return {"rows": self.model.canonical_rows()}
        if self.none_box.isChecked():
            return {"rows": []}
        return None

    def _load(self, value: object | None) -> None:
        rows: list[dict[str, Any]] = []
        if isinstance(value, Mapping) and isinstance(value.get("rows"), list):
            rows = [dict(r) for r in value["rows"] if isinstance(r, Mapping)]
        self.model.load(rows)
        self.none_box.setChecked(isinstance(value, Mapping) and value.get("rows") == [])
        self.add_button.setEnabled(not self.none_box.isChecked())
        self.view.setEnabled(not self.none_box.isChecked())
        self._rows_changed()

    def focus_target(self) -> QWidget:
        return self.view if self.model.rows else self.add_button
