#!/usr/bin/env bash
# Smoke test of the built installer folder (scripts/build_installer.sh makes it): the programs
# in dist/kzth/ run with an empty environment (no Python, no PYTHONPATH, another directory),
# find their data, build a demo campaign, import a bundle ("accepted"), print, write a
# workbook, and the desktop application draws its window offscreen.
#
#   scripts/smoke_installer.sh [DIST_FOLDER]       (default: dist/kzth)
#
# With KZTH_TEST_PG_URL set (and psql at hand) the coordinator also imports into PostgreSQL.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIST=$(cd "${1:-$ROOT/dist/kzth}" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kzth-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"  # not the checkout: nothing may be found there
YEAR=2024
PW=demo-passphrase  # the demo's passphrase, also used for the workspaces made here

step() { echo "--- $*"; }
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
# the frozen programs with nothing from this machine's Python: empty environment
kzth() { env -i HOME="$WORK/home" LANG=C.UTF-8 KZTH_PASSPHRASE="$PW" "$DIST/kzth" "$@"; }
json_get() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }
timed() { local t=$SECONDS; "$@"; echo "    ($((SECONDS - t)) s)" >&2; }

[ -x "$DIST/kzth" ] && [ -x "$DIST/kzth-desktop" ] || fail "no kzth and kzth-desktop in $DIST"
mkdir -p "$WORK/home"

step "version and the annex (resources found)"
kzth --version
kzth annex --json >annex.json
json_get annex.json 'd["version"]["id"]'
[ "$(json_get annex.json 'len(d["blocks"])')" -gt 10 ] || fail "annex without blocks"

step "a demo campaign (one region, $YEAR): workspaces, migrations, keys, bundles, import"
timed kzth demo --out demo --regions 1 --years "$YEAR-$YEAR" --json >demo.json
kzth --workspace demo/coordinator submissions --year "$YEAR" --json >held.json
held=$(json_get held.json 'len(d["submissions"])')
echo "    the demo coordinator holds $held submissions for $YEAR"
[ "$held" -gt 0 ] || fail "the demo coordinator holds nothing"

if [ -d "$ROOT/tests/fixtures/workspace_r0001" ]; then
    step "a workspace of schema 0001 upgraded by the migration scripts shipped as files"
    cp -r "$ROOT/tests/fixtures/workspace_r0001" old-workspace
    kzth --workspace old-workspace status --json >old.json
    [ -n "$(ls old-workspace/backups)" ] || fail "no backup made before the upgrade"
    echo "    $(json_get old.json 'd["profile"]["name_ru"]'), backup $(ls old-workspace/backups)"
fi

step "a new coordinator: request -> a demo respondent registers and exports -> bundle import"
kzth --workspace coordinator init coordinator --org "Smoke coordinator"
kzth --workspace coordinator request create --year "$YEAR" --out request.kzreq
respondent=""
for ws in demo/respondents/*; do
    kzth --workspace "$ws" request import request.kzreq --new-coordinator >/dev/null || continue
    if kzth --workspace "$ws" bundle export --year "$YEAR" --out outbox >bundle.txt 2>/dev/null
    then
        respondent=$ws
        break
    fi
done
[ -n "$respondent" ] || fail "no demo respondent could export a bundle"
echo "    respondent: $respondent, bundle: $(cat bundle.txt)"
kzth --workspace "$respondent" keys registration --out respondent.kzkey
kzth --workspace coordinator signers add respondent.kzkey --yes
kzth --workspace coordinator bundle import outbox --json >import.json
accepted=$(json_get import.json 'len(d["accepted"])')
echo "    accepted: $accepted"
[ "$accepted" = 1 ] || fail "the bundle was not accepted: $(cat import.json)"

if [ -n "${KZTH_TEST_PG_URL:-}" ] && command -v psql >/dev/null 2>&1; then
    step "the same import into a PostgreSQL workspace"
    schema="kzth_smoke_$$"
    export PGOPTIONS="--client-min-messages=warning"
    psql -q "${KZTH_TEST_PG_URL/+psycopg/}" -c "CREATE SCHEMA $schema"
    pg="${KZTH_TEST_PG_URL}?options=-csearch_path%3D$schema"
    kzth --workspace "$pg" init coordinator --org "Smoke PG"
    kzth --workspace "$pg" request create --year "$YEAR" --out request-pg.kzreq
    kzth --workspace "$respondent" request import request-pg.kzreq --new-coordinator >/dev/null
    kzth --workspace "$respondent" bundle export --year "$YEAR" --out outbox-pg >/dev/null
    kzth --workspace "$pg" signers add respondent.kzkey --yes >/dev/null
    kzth --workspace "$pg" bundle import outbox-pg --json >import-pg.json
    psql -q "${KZTH_TEST_PG_URL/+psycopg/}" -c "DROP SCHEMA $schema CASCADE"
    [ "$(json_get import-pg.json 'len(d["accepted"])')" = 1 ] \
        || fail "PostgreSQL import: $(cat import-pg.json)"
    echo "    accepted into PostgreSQL"
fi

step "printing (reportlab, DejaVu Sans) and the analysts' workbook (openpyxl)"
kzth print blank --kind police --lang kk --out blank.pdf
[ "$(head -c 5 blank.pdf)" = "%PDF-" ] || fail "no PDF"
grep -qa DejaVu blank.pdf || fail "the font is not embedded"
kzth --workspace demo/coordinator report xlsx --years "$YEAR-$YEAR" --out report.xlsx
[ "$(head -c 2 report.xlsx)" = "PK" ] || fail "no workbook"
echo "    blank.pdf $(stat -c %s blank.pdf) bytes, report.xlsx $(stat -c %s report.xlsx) bytes"

step "the desktop application, offscreen: the coordinator's window and the first-run wizard"
gui() {
    env -i HOME="$WORK/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen KZTH_PASSPHRASE="$PW" \
        timeout 60 "$DIST/kzth-desktop" "$@"
}
timed gui --workspace demo/coordinator --screenshot coordinator.png --lang kk
timed gui --workspace new-workspace --screenshot wizard.png --lang ru
for png in coordinator.png wizard.png; do
    [ "$(head -c 4 "$png" | tail -c 3)" = "PNG" ] || fail "no picture $png"
    echo "    $png $(stat -c %s "$png") bytes"
done
if [ -n "${KZTH_SMOKE_KEEP:-}" ]; then
    cp coordinator.png wizard.png "$KZTH_SMOKE_KEEP"/
fi
echo "SMOKE OK: $DIST"
