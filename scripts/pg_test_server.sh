#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, on loopback only.
#
#   eval "$(scripts/pg_test_server.sh start)"   # prints: export KZTH_TEST_PG_URL=... KZTH_TEST_PG_DIR=...
#   QT_QPA_PLATFORM=offscreen .venv/bin/pytest  # storage and coordinator tests run on it too
#   scripts/pg_test_server.sh stop "$KZTH_TEST_PG_DIR"
#
# The cluster lives in a temporary folder (initdb + pg_ctl, no system service touched) on a free
# port of 127.0.0.1, with a user and a database named kzth and a password; `stop` shuts it down
# and removes the folder. Run as root it installs PostgreSQL with apt-get when it is missing and
# runs the server as the `postgres` user (initdb refuses root). Messages go to stderr, the
# export line alone to stdout.
set -euo pipefail

log() { echo "pg_test_server: $*" >&2; }

bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$d" ] && command -v initdb >/dev/null 2>&1; then
        d=$(dirname "$(readlink -f "$(command -v initdb)")")
    fi
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then
        echo "$d"
    fi
}

install_if_missing() {
    if [ -n "$(bindir)" ]; then
        return
    fi
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        log "PostgreSQL is not installed and cannot be installed here (needs root and apt-get)"
        exit 1
    fi
    log "installing PostgreSQL (apt-get)"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

# run a command as the server's owner: `postgres` when we are root, else ourselves
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    install_if_missing
    local bin dir port password
    bin=$(bindir)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/kzth-pg.XXXXXX")
    chmod 755 "$dir"
    port=$(free_port)
    password="kzth-test"
    printf '%s\n' "$password" >"$dir/pw"
    mkdir "$dir/data"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres:postgres "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U kzth --pwfile="$dir/pw" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # loopback only, the socket in our folder; durability is not needed for throw-away data
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        >&2 || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h "$dir" -p "$port" -U kzth -O kzth kzth >&2
    log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
    echo "export KZTH_TEST_PG_URL=postgresql+psycopg://kzth:$password@127.0.0.1:$port/kzth KZTH_TEST_PG_DIR=$dir"
}

stop() {
    local dir=${1:-${KZTH_TEST_PG_DIR:-}}
    if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
        log "no server folder given"
        exit 1
    fi
    as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) shift; stop "${1:-}" ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
