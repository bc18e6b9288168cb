"""Is a workspace folder on a network share? /proc/mounts text and UNC paths, and the CLI's
warning (once, on stderr; the command still runs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzth_desktop.cli import common as cli_common
from kzth_desktop.cli import main
from kzth_desktop.services import OrgProfile, Workspace
from kzth_desktop.services import workspace as workspace_module
from kzth_desktop.storage.location import (
    is_network_fs_type,
    is_unc,
    mount_fs_type,
    network_file_system,
)

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /run tmpfs rw,nosuid,nodev 0 0
//fileserver/kzth /mnt/office cifs rw,vers=3.1.1,username=ivanov 0 0
/dev/sdb1 /mnt/office/local\\040disk ext4 rw 0 0
nas:/export/ministry /srv/ministry nfs4 rw,vers=4.2 0 0
user@host:/home/user /home/me/remote fuse.sshfs rw,nosuid,nodev 0 0
drvfs /mnt/c 9p rw,noatime 0 0
"""


@pytest.mark.parametrize(("path", "fs_type"), [
    ("/home/me/kzth", "ext4"),
    ("/mnt/office", "cifs"),
    ("/mnt/office/2025/workspace", "cifs"),
    ("/mnt/officer", "ext4"),  # a mount point is a whole folder name, not a text prefix
    ("/mnt/office/local disk/ws", "ext4"),  # the longest mount point wins; \040 is a space
    ("/srv/ministry/kzth", "nfs4"),
    ("/home/me/remote/ws", "fuse.sshfs"),
    ("/mnt/c/Users/me", "9p"),
])
def test_the_longest_mount_point_gives_the_type(path: str, fs_type: str) -> None:
    assert mount_fs_type(MOUNTS, path) == fs_type


def test_a_later_mount_over_the_same_point_wins() -> None:
    mounts = "/dev/sda1 /data ext4 rw 0 0\n//srv/d /data cifs rw 0 0\n"
    assert mount_fs_type(mounts, "/data/ws") == "cifs"
    assert mount_fs_type("", "/data") is None
    assert mount_fs_type("garbage\n\n", "/data") is None


def test_network_types() -> None:
    for fs in ("cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "9p"):
        assert is_network_fs_type(fs), fs
    for fs in ("ext4", "btrfs", "xfs", "tmpfs", "overlay", "ntfs3", "fuse.portal"):
        assert not is_network_fs_type(fs), fs


@pytest.mark.parametrize(("path", "unc"), [
    (r"\\fileserver\kzth\workspace", True),
    ("//fileserver/kzth/workspace", True),
    (r"\\?\UNC\fileserver\kzth", True),
    (r"\\?\C:\Users\me\workspace", False),
    (r"\\.\PhysicalDrive0", False),
    (r"C:\Users\me\AppData\Local\KZTH Desktop\workspace", False),
    (r"Z:\kzth", False),  # a mapped drive: GetDriveTypeW tells (on Windows only)
    (r"\\", False),
])
def test_unc_paths(path: str, unc: bool) -> None:
    assert is_unc(path) is unc


def test_network_file_system_per_platform(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//srv/share {tmp_path} cifs rw 0 0\n",
                      encoding="utf-8")
    assert network_file_system(tmp_path / "ws", platform="linux", mounts_file=mounts) == "cifs"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n", encoding="utf-8")
    assert network_file_system(tmp_path / "ws", platform="linux", mounts_file=mounts) is None
    assert network_file_system(tmp_path, platform="linux",
                               mounts_file=tmp_path / "missing") is None
    assert network_file_system(Path(r"\\srv\share\ws"), platform="win32") == "unc"
    assert network_file_system(tmp_path, platform="darwin") is None


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "ws"
    Workspace.create(folder, "coordinator", OrgProfile("Үйлестіруші", "Координатор")).close()
    monkeypatch.setattr(cli_common, "_WARNED", set())
    return folder


def test_cli_warns_once_and_goes_on(workspace: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[Path] = []

    def on_share(folder: Path) -> str:
        seen.append(folder)
        return "cifs"

    monkeypatch.setattr(workspace_module, "network_file_system", on_share)
    assert main(["--workspace", str(workspace), "aggregate", "--year", "2025",
                 "--lang", "ru"]) == 0
    err = capsys.readouterr().err
    assert err.count("внимание: рабочая папка находится в сетевой папке") == 1
    assert f"({workspace}, cifs)" in err and "Traceback" not in err
    assert seen == [workspace]
    # the same run opening it again says nothing more
    assert main(["--workspace", str(workspace), "aggregate", "--year", "2025",
                 "--lang", "kk"]) == 0
    assert "желілік" not in capsys.readouterr().err


def test_cli_says_nothing_for_a_local_folder(workspace: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(workspace_module, "network_file_system", lambda folder: None)
    assert main(["--workspace", str(workspace), "aggregate", "--year", "2025",
                 "--lang", "kk"]) == 0
    assert capsys.readouterr().err == ""


def test_cli_init_on_a_share_warns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli_common, "_WARNED", set())
    monkeypatch.setattr(workspace_module, "network_file_system", lambda folder: "nfs4")
    assert main(["--workspace", str(tmp_path / "new"), "init", "coordinator",
                 "--org", "Үйлестіруші", "--lang", "kk"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("kzth: ескерту: жұмыс кеңістігі желілік қалтада (")
    assert "nfs4" in err
