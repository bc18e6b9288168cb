#!/usr/bin/env bash
# Builds the offline installer folder dist/kzth/ (kzth-desktop, kzth, _internal/) with
# PyInstaller from packaging/kzth.spec, in a virtual environment of its own (build/venv) that
# has the project installed as a wheel would be, with its "build" extra. Takes minutes.
#
#   scripts/build_installer.sh            then: scripts/smoke_installer.sh
#   PYTHON=python3.12 scripts/build_installer.sh
#
# A Windows folder is built the same way on Windows (README, "Offline installer").
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=build/venv
start=$(date +%s)
if [ ! -x "$VENV/bin/pyinstaller" ]; then
    "$PYTHON" -m venv "$VENV"
fi
# reinstall the project each time: the build must take the code as it is now
"$VENV/bin/pip" install -q --upgrade pip
"$VENV/bin/pip" install -q --force-reinstall --no-deps .
"$VENV/bin/pip" install -q ".[build]"
installed=$(date +%s)
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/kzth.spec
done_at=$(date +%s)
echo "dist/kzth: $(du -sh dist/kzth | cut -f1), $(find dist/kzth -type f | wc -l) files;" \
     "install $((installed - start)) s, PyInstaller $((done_at - installed)) s"
