"""The Windows packaging, read as text (PyInstaller and Inno Setup do not run here): every file
kzth.spec and kzth.iss name is in the repository, the programs run in UTF-8 mode, setup speaks
Kazakh and Russian, adds kzth to PATH once and takes it out again, and the icon has its sizes."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "kzth.spec"
ISS = PACKAGING / "kzth.iss"
# the folders the spec's names start from
SPEC_ROOTS = {"HERE": PACKAGING, "ROOT": ROOT, "PACKAGE": ROOT / "kzth_desktop"}


def _path_of(node: ast.expr) -> Path | None:
    """``HERE / "a" / "b"`` (or ROOT, PACKAGE) as a path; None for anything else."""
    parts: list[str] = []
    while isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        if not (isinstance(node.right, ast.Constant) and isinstance(node.right.value, str)):
            return None
        parts.insert(0, node.right.value)
        node = node.left
    if isinstance(node, ast.Name) and node.id in SPEC_ROOTS and parts:
        return SPEC_ROOTS[node.id].joinpath(*parts)
    return None


def spec_files() -> list[Path]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp):
            path = _path_of(node)
            # only whole chains (a chain's left part is walked too, and is a folder)
            if path is not None and path.suffix:
                found.append(path)
    return found


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[[A-Za-z]+\]", line):
            current = line[1:-1]
            sections[current] = []
        else:
            sections.setdefault(current, []).append(line)
    return sections


def iss_params(line: str) -> dict[str, str]:
    """``Name: "x"; Flags: a b`` as a dict."""
    out = {}
    for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line):
        out[part[0]] = part[1].strip().strip('"')
    return out


def iss_files() -> list[Path]:
    """Every file of the repository kzth.iss names (relative to packaging/, as ISCC reads)."""
    sections = iss_sections()
    names = []
    for line in sections["Setup"]:
        key, _, value = line.partition("=")
        if key.strip().endswith("File"):  # SetupIconFile, LicenseFile, InfoBeforeFile …
            names.append(value.strip())
    for line in sections["Languages"]:
        params = iss_params(line)
        names += params["MessagesFile"].split(",")
        names += [params[k] for k in ("LicenseFile", "InfoBeforeFile", "InfoAfterFile")
                  if k in params]
    for line in sections["Files"]:
        source = iss_params(line)["Source"]
        if not source.startswith("{#Dist}"):  # the PyInstaller folder: built, not committed
            names.append(source)
    for line in sections.get("", []):
        if line.startswith("#include"):
            names.append(line.split('"')[1])
    return [PACKAGING / n.replace("\\", "/") for n in names if not n.startswith("compiler:")]


def test_every_file_the_spec_names_exists() -> None:
    files = spec_files()
    assert PACKAGING / "launch_gui.py" in files
    assert ROOT / "resources" / "icons" / "kzth.ico" in files
    missing = [str(p.relative_to(ROOT)) for p in files if not p.exists()]
    assert missing == []


def test_every_file_the_installer_script_names_exists() -> None:
    files = [p.resolve() for p in iss_files()]
    assert (ROOT / "resources" / "icons" / "kzth.ico").resolve() in files
    assert {p.name for p in files} >= {"Kazakh.isl", "license_kk.txt", "license_ru.txt"}
    missing = [str(p) for p in files if not p.is_file()]
    assert missing == []


def test_both_programs_run_in_utf8_mode_with_the_icon() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    options = next(n.value for n in ast.walk(tree) if isinstance(n, ast.Assign)
                   and any(isinstance(t, ast.Name) and t.id == "OPTIONS" for t in n.targets))
    assert ast.literal_eval(options) == [("X utf8_mode=1", None, "OPTION")]
    exes = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name) and n.func.id == "EXE"]
    assert len(exes) == 2
    for exe in exes:
        assert isinstance(exe.args[2], ast.Name) and exe.args[2].id == "OPTIONS"
    assert 'icon=str(ICON)' in SPEC.read_text(encoding="utf-8")


def test_setup_speaks_russian_and_kazakh() -> None:
    languages = {iss_params(line)["Name"]: iss_params(line)
                 for line in iss_sections()["Languages"]}
    assert set(languages) == {"ru", "kk"}
    assert languages["ru"]["MessagesFile"] == r"compiler:Languages\Russian.isl"
    # our Kazakh over the English defaults: a message a newer Inno Setup adds is never empty
    assert languages["kk"]["MessagesFile"] == "compiler:Default.isl,Kazakh.isl"
    custom = iss_sections()["CustomMessages"]
    for name in ("PathGroup", "AddToPath"):
        assert any(line.startswith(f"ru.{name}=") for line in custom)
        assert any(line.startswith(f"kk.{name}=") for line in custom)


def isl_messages(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line and not line.startswith((";", "[")) and "=" in line:
            key, _, value = line.partition("=")
            out[key] = value
    return out


# what a user sees in a normal install and uninstall, with the placeholders Setup fills in
SEEN = {
    "SetupAppTitle": (), "SetupWindowTitle": ("%1",), "UninstallAppFullTitle": ("%1",),
    "SelectLanguageTitle": (), "SelectLanguageLabel": (),
    "ButtonBack": (), "ButtonNext": (), "ButtonInstall": (), "ButtonCancel": (),
    "ButtonFinish": (), "ButtonBrowse": (), "ButtonYes": (), "ButtonNo": (),
    "PrivilegesRequiredOverrideText1": ("%1",), "PrivilegesRequiredOverrideCurrentUser": (),
    "PrivilegesRequiredOverrideAllUsers": (),
    "WelcomeLabel1": ("[name]",), "WelcomeLabel2": ("[name/ver]", "%n"),
    "WizardLicense": (), "LicenseLabel3": (), "LicenseAccepted": (), "LicenseNotAccepted": (),
    "WizardSelectDir": (), "SelectDirDesc": ("[name]",), "SelectDirLabel3": ("[name]",),
    "DiskSpaceMBLabel": ("[mb]",), "WizardSelectTasks": (), "SelectTasksLabel2": ("[name]",),
    "WizardReady": (), "ReadyLabel1": ("[name]",), "ReadyMemoDir": (), "ReadyMemoTasks": (),
    "WizardInstalling": (), "InstallingLabel": ("[name]",), "StatusExtractFiles": (),
    "FinishedHeadingLabel": ("[name]",), "FinishedLabel": ("[name]",), "ClickFinish": (),
    "ExitSetupMessage": ("%n",), "SetupAppRunningError": ("%1", "%n"),
    "ConfirmUninstall": ("%1",), "UninstallStatusLabel": ("%1",), "UninstalledAll": ("%1",),
    "UninstalledMost": ("%1", "%n"), "StatusUninstalling": ("%1",),
    "CreateDesktopIcon": (), "AdditionalIcons": (), "LaunchProgram": ("%1",),
}


def test_the_kazakh_messages() -> None:
    path = PACKAGING / "Kazakh.isl"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8, as Inno Setup 6 reads it
    messages = isl_messages(path)
    assert messages["LanguageName"] == "Қазақ тілі"
    assert messages["LanguageID"] == "$043F"  # Kazakh (Kazakhstan): chosen on a Kazakh Windows
    assert messages["LanguageCodePage"] == "0"  # no ANSI code page has ә, ғ, қ, ң, ө, ұ, ү, і
    for key, placeholders in SEEN.items():
        text = messages[key]
        assert text and not re.search(r"[A-Za-z]{4,}", re.sub(r"\[[a-z/]+\]|%\w", "", text)), \
            (key, text)  # translated: no English words left
        for p in placeholders:
            assert p in text, (key, p)
    # Setup adds the full stop itself to these; a second one would show
    assert not messages["LdrCannotCreateTemp"].endswith(".")
    assert len(messages) > 250  # the whole of Default.isl, not only these


def test_path_task_is_checked_once_and_undone() -> None:
    sections = iss_sections()
    task = next(iss_params(line) for line in sections["Tasks"]
                if iss_params(line)["Name"] == "addtopath")
    assert "unchecked" not in task.get("Flags", "")
    reg = iss_params(next(line for line in sections["Registry"] if "addtopath" in line))
    assert (reg["Root"], reg["Subkey"], reg["ValueName"]) == ("HKCU", "Environment", "Path")
    assert reg["ValueType"] == "expandsz" and reg["Check"].startswith("NeedsAddPath(")
    assert "uninsdeletevalue" not in reg.get("Flags", "")  # never the whole of PATH
    code = "\n".join(sections["Code"])
    for name in ("function NeedsAddPath(", "function PathWithApp(",
                 "procedure CurUninstallStepChanged(", "usPostUninstall"):
        assert name in code
    assert "ChangesEnvironment=yes" in sections["Setup"]


def test_signing_is_documented() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert ";SignTool=kzthsign" in text
    assert "signtool.exe sign /fd SHA256 /tr <timestamp-url> /td SHA256" in text
    files = iss_sections()["Files"]
    for exe in ("kzth.exe", "kzth-desktop.exe"):
        line = next(f for f in files if iss_params(f)["Source"].endswith("\\" + exe))
        assert "signonce" in iss_params(line)["Flags"]


def _make_icon():  # scripts/ is not a package
    spec = importlib.util.spec_from_file_location("make_icon", ROOT / "scripts" / "make_icon.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_icon_has_its_sizes_and_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    with Image.open(ROOT / "resources" / "icons" / "kzth.ico") as ico:
        assert sorted(ico.info["sizes"]) == [(16, 16), (32, 32), (48, 48), (256, 256)]
    for name, size in (("kzth-16.png", 16), ("kzth-32.png", 32), ("kzth-48.png", 48),
                       ("kzth.png", 256)):
        with Image.open(ROOT / "resources" / "icons" / name) as png:
            assert png.size == (size, size) and png.mode == "RGBA"
    assert _make_icon().main(["--check"]) == 0, capsys.readouterr().err
