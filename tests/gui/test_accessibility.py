"""What a screen reader is told: every input of the respondent's forms and of both windows has an
accessible name; a form's names say which field an input belongs to, in the form's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from kzth_desktop.demo.campaign import build_demo
from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.coordinator.window import CoordinatorWindow
from kzth_desktop.gui.formgen import EDITORS, BlockForm
from kzth_desktop.gui.formgen.victims import VictimsEditor
from kzth_desktop.gui.formgen.widgets import ListEditor, PeriodEditor, YesNoEditor
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.main_window import MainWindow
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services.respondent import RespondentService
from kzth_desktop.services.workspace import OrgProfile, Workspace

AKIMAT = OrgProfile("Алматы облысының әкімдігі", "Акимат Алматинской области", "KZ-19",
                    ("akimat",), "Сәрсенбаева Ә.", "+7 727 000 00 00", "info@example.kz")


def qt_internal(widget: QWidget) -> str | None:
    """Why a widget Qt made inside another needs no name of its own (None: it needs one).

    Only these are left out of the walk, each reached by a screen reader through its owner:
    - the line edit inside a spin box or date edit (``qt_spinbox_lineedit``): the spin box is the
      control a screen reader presents (value, range), named itself;
    - the line edit of an editable combo box (the victims table's searchable country lists):
      the combo box is the control, named itself;
    - a QTabWidget's tab bar (``qt_tabwidget_tabbar``): focus lands on its current tab, which
      its title names; the tab widget is named too.
    Scroll bars, viewports of scroll areas, header views and a table's corner button are
    internal as well, but take no keyboard focus, so the walk never meets them.
    """
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox) and widget.objectName() == "qt_spinbox_lineedit":
        return "spin box's line edit"
    if isinstance(parent, QComboBox) and parent.lineEdit() is widget:
        return "combo box's line edit"
    if isinstance(parent, QTabWidget) and parent.tabBar() is widget:
        return "tab widget's tab bar"
    return None


def unnamed(widgets: list[QWidget]) -> list[str]:
    """The focusable widgets among ``widgets`` without an accessible name, described."""
    out = []
    for w in widgets:
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or qt_internal(w) or w.accessibleName():
            continue
        parent = w.parentWidget()
        text = w.text() if hasattr(w, "text") and callable(w.text) else ""
        out.append(f"{type(w).__name__} {w.objectName()!r} in {type(parent).__name__} "
                   f"{parent.objectName() if parent else ''!r} {text!r}")
    return out


def visible(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]


# --- the respondent -------------------------------------------------------------------------


def test_every_editor_type_names_all_its_inputs(qtbot, annex) -> None:
    """A new field type's editor must list its inputs in ``PARTS`` (one row, like EDITORS)."""
    for field_type, cls in EDITORS.items():
        field = next(f for f in annex.fields() if f.type is field_type)
        editor = cls(field, "ru")
        qtbot.addWidget(editor)
        editor.set_accessible_names("Поле", "Блок 1, Вопрос 1")
        inputs = [w for w in editor.findChildren(QWidget)
                  if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not qt_internal(w)]
        assert inputs, field_type
        assert unnamed(inputs) == [], field_type
        assert all(w.accessibleName().startswith("Поле") for w in inputs), field_type
        assert all(w.accessibleDescription() == "Блок 1, Вопрос 1" for w in inputs), field_type


@pytest.fixture
def ctx(tmp_path, annex):
    app = QApplication.instance()
    language = Language(app, "ru")
    context = AppContext(app, annex, Settings(tmp_path / "settings.ini"), language)
    yield context
    language.set("ru")


@pytest.fixture
def window(qtbot, ctx, tmp_path, annex):
    ws = Workspace.create(tmp_path / "ws", "respondent", AKIMAT, annex=annex)
    RespondentService(ws, annex).add_campaign(2025)
    win = MainWindow(ctx, ws)
    qtbot.addWidget(win)
    win.resize(1300, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ws.close()


def all_forms(window: MainWindow) -> list[BlockForm]:
    """Every block of the workspace shown once, each form built to its last field."""
    forms = []
    for block in window.blocks():
        window.show_block(block.id)
        form = window.form(block.id)
        form.complete()
        forms.append(form)
    QApplication.processEvents()
    return forms


def test_every_input_of_the_respondent_window_is_named(window) -> None:
    forms = all_forms(window)
    assert len(forms) >= 4
    forms[0].rows[forms[0].field_ids()[0]].no_data.setChecked(True)  # its reason is made
    # the window's visible widgets, and every widget of every built form (shown or not: the
    # dates of an unset period, the list of an empty list field)
    widgets = visible(window) + [w for f in forms for w in f.findChildren(QWidget)]
    inputs = [w for w in widgets if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(inputs) > 150
    assert unnamed(widgets) == []
    ui = window.ui
    assert ui.navTree.accessibleName() == "Блоки и вопросы"
    assert ui.problemsList.accessibleName() == "Замечания"
    assert ui.yearCombo.accessibleName() == "Отчетный год"


def test_no_data_boxes_of_a_block_are_distinct_and_name_their_field(window) -> None:
    form = window.form("b1")
    form.complete()
    names = [row.no_data.accessibleName() for row in form.rows.values()]
    assert len(names) == len(form.field_ids()) > 30
    assert len(set(names)) == len(names)
    for row in form.rows.values():
        assert row.no_data.accessibleName() == f"Нет данных — {row.label.text()}"
        assert row.field.text.get("ru") in row.no_data.accessibleName()
    row = form.rows["b1.q4.2"]
    row.no_data.setChecked(True)
    assert row.reason.accessibleName() == f"Причина отсутствия данных — {row.label.text()}"


def test_a_yes_no_pair_is_a_named_group(window, annex) -> None:
    form = window.form("b1")
    row = form.field_widget("b1.q4.1")
    editor = row.editor
    assert isinstance(editor, YesNoEditor)
    label = "1. " + annex.field("b1.q4.1").text.get("ru")
    assert row.label.text() == label
    assert editor.accessibleName() == label  # the group: the radios' container
    assert editor.yes.accessibleName() == f"{label}: Да"
    assert editor.no.accessibleName() == f"{label}: Нет"
    assert editor.details.accessibleName() == f"{label}: описание"
    question = annex.question("b1.q4")
    description = f"Блок 1, Вопрос 4. {question.text.get('ru')}"
    assert editor.yes.accessibleDescription() == description
    assert row.no_data.accessibleDescription() == description


def test_names_follow_a_language_switch(window, ctx, annex) -> None:
    form = window.form("b1")
    row = form.field_widget("b1.q4.1")
    ctx.language.set("kk")
    QApplication.processEvents()
    label = "1. " + annex.field("b1.q4.1").text.get("kk")
    assert row.label.text() == label
    assert row.no_data.accessibleName() == f"Деректер жоқ — {label}"
    assert row.editor.yes.accessibleName() == f"{label}: Иә"
    assert row.editor.no.accessibleName() == f"{label}: Жоқ"
    assert row.editor.yes.accessibleDescription().startswith("1-блок, 4-сұрақ. ")
    assert window.ui.navTree.accessibleName() == "Блоктар мен сұрақтар"


def test_one_input_editors_are_their_labels_buddies_and_composites_name_each_part(
        window, annex) -> None:
    form = window.form("b3")
    count = form.field_widget("b3.q1.received")
    assert count.label.buddy() is count.editor.edit
    assert count.editor.edit.accessibleName() == count.label.text()

    period = form.field_widget("b3.q1.period")
    editor = period.editor
    assert isinstance(editor, PeriodEditor)
    label = period.label.text()
    assert period.label.buddy() is None  # several inputs: each named instead
    assert editor.set_button.accessibleName() == f"{label}: Указать период"
    assert editor.date_from.accessibleName() == f"{label}: начало"
    assert editor.date_to.accessibleName() == f"{label}: конец"
    assert editor.clear_button.accessibleName() == f"{label}: Очистить"
    assert editor.from_label.buddy() is editor.date_from

    lst = form.field_widget("b3.q1.referred_by")
    assert isinstance(lst.editor, ListEditor)
    label = lst.label.text()
    assert [w.accessibleName() for w in (lst.editor.list, lst.editor.entry,
                                         lst.editor.add_button, lst.editor.remove_button)] == [
        f"{label}: записи", f"{label}: новая запись", f"{label}: Добавить", f"{label}: Удалить"]


def test_the_victims_table_and_its_cell_editors_are_named(window, qtbot, annex) -> None:
    window.show_block("b3")
    form = window.form("b3")
    row = form.field_widget("b3.q1.victims")
    editor = row.editor
    assert isinstance(editor, VictimsEditor)
    label = row.label.text()
    assert editor.view.accessibleName() == label
    assert editor.add_button.accessibleName() == f"{label}: Добавить строку"
    assert editor.none_box.accessibleName().startswith(f"{label}: ")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    dims = annex.field("b3.q1.victims").dimensions
    column = [d.id for d in dims].index("sex")
    index = editor.model.index(0, column)
    editor.view.setCurrentIndex(index)  # editing starts on the current cell
    QApplication.processEvents()
    cell = editor.view.indexWidget(index)
    assert isinstance(cell, QComboBox)
    assert cell.accessibleName() == f"{label}: {dims[column].label.get('ru')}"


# --- the coordinator ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    build_demo(out, years=[2023, 2024, 2025], regions=2)
    return out


@pytest.mark.slow
def test_every_input_of_the_coordinator_window_is_named(qtbot, annex, demo, tmp_path) -> None:
    app = QApplication.instance()
    language = Language(app, "ru")
    ctx = AppContext(app, annex, Settings(tmp_path / "s.ini"), language)
    ws = Workspace.open(demo / "coordinator", annex=annex)
    try:
        window = CoordinatorWindow(ctx, ws)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        tabs = window.ui.tabs
        missing: list[str] = []
        inputs = 0
        for i in range(tabs.count()):  # every tab, and every page of a tab's stacks
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            stacks = tabs.widget(i).findChildren(QStackedWidget)
            pages = [(s, j) for s in stacks for j in range(s.count())] or [(None, 0)]
            for stack, j in pages:
                if stack is not None:
                    stack.setCurrentIndex(j)
                    QApplication.processEvents()
                shown = visible(window)
                inputs += sum(w.focusPolicy() != Qt.FocusPolicy.NoFocus for w in shown)
                missing += [m for m in unnamed(shown) if m not in missing]
        assert inputs > 60
        assert missing == []
        assert window.ui.yearCombo.accessibleName() == "Отчетный год"
        risks = window.findChild(QWidget, "registerTable")
        assert risks is not None and risks.accessibleName() == "Реестр рисков"
        language.set("kk")
        QApplication.processEvents()
        assert risks.accessibleName() == "Тәуекелдер тізілімі"
        edit = window.findChild(QLineEdit, "expertEdit")
        assert edit is not None and edit.accessibleName() == "Сарапшы"
    finally:
        language.set("ru")
        ws.close()
