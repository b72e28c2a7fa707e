#!/bin/sh
# A throw-away PostgreSQL 15 cluster for the team-project tests (issue 15).
#
#   pg-server.sh start INFO      initdb + pg_ctl start in a new folder under /tmp; writes INFO:
#                                line 1 the folder (also the unix-socket directory), line 2 the port
#   pg-server.sh stop INFO       stops it and removes the folder
#   pg-server.sh kill INFO       SIGKILLs the postmaster and all its backends (a crash, for the tests)
#   pg-server.sh restart INFO    starts it again after a kill (same folder, same port)
#   pg-server.sh run -- CMD...   start, run CMD with SHIRUBE_PG_INFO set, stop; exit status of CMD
#
# The cluster belongs to an unprivileged user: PostgreSQL refuses to run as root, so when this runs as
# root (CI) initdb and pg_ctl run as the "postgres" system user (or "nobody"). It listens on a unix
# socket in its folder and on 127.0.0.1 at a free port; authentication is "trust" (a throw-away
# cluster no one else can reach the folder of). Needs postgresql-15 (Debian).
set -eu

PGBIN="${SHIRUBE_PG_BIN:-/usr/lib/postgresql/15/bin}"

die() { echo "pg-server.sh: $*" >&2; exit 1; }

[ -x "$PGBIN/initdb" ] && [ -x "$PGBIN/pg_ctl" ] ||
    die "PostgreSQL 15 server binaries not found in $PGBIN; install the Debian package postgresql-15 (.ci/dev deps)"

RUNAS=""
if [ "$(id -u)" -eq 0 ]; then
    if id postgres >/dev/null 2>&1; then RUNAS=postgres; else RUNAS=nobody; fi
fi

as_owner() {
    if [ -n "$RUNAS" ]; then runuser -u "$RUNAS" -- "$@"; else "$@"; fi
}

read_info() { # INFO -> DIR PORT
    [ -f "$1" ] || die "no cluster: $1 does not exist (run 'pg-server.sh start $1' first)"
    DIR=$(sed -n 1p "$1")
    PORT=$(sed -n 2p "$1")
    [ -d "$DIR/data" ] || die "no cluster in $DIR"
}

pg_start() { # DIR PORT -> 0 when running
    as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-k $DIR -p $1 -h 127.0.0.1 -c fsync=on -c max_connections=60" start >/dev/null
}

start() {
    info="$1"
    DIR=$(mktemp -d /tmp/shirube-pg.XXXXXX)
    chmod 700 "$DIR"
    [ -z "$RUNAS" ] || chown "$RUNAS" "$DIR"
    as_owner "$PGBIN/initdb" -D "$DIR/data" -U shirube_admin -A trust -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1 ||
        { cat "$DIR/initdb.log" >&2; die "initdb failed in $DIR"; }
    # A free port: PostgreSQL refuses a port in use, so try random ones.
    tries=0
    while :; do
        PORT=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 30000 ))
        if pg_start "$PORT"; then break; fi
        tries=$((tries + 1))
        [ "$tries" -lt 8 ] || { cat "$DIR/server.log" >&2; die "the server did not start (log above)"; }
    done
    printf '%s\n%s\n' "$DIR" "$PORT" >"$info"
    echo "PostgreSQL running: socket $DIR, port $PORT (user shirube_admin)"
}

stop() {
    read_info "$1"
    as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR" "$1"
}

kill_server() {
    read_info "$1"
    pid=$(sed -n 1p "$DIR/data/postmaster.pid")
    # Every backend first (they would notice the postmaster's death and exit anyway), then the postmaster.
    children=$(cat /proc/"$pid"/task/*/children 2>/dev/null || true)
    kill -KILL "$pid" $children 2>/dev/null || true
    for p in "$pid" $children; do
        while kill -0 "$p" 2>/dev/null; do sleep 0.05; done
    done
}

restart() {
    read_info "$1"
    tries=0
    until pg_start "$PORT"; do # a killed cluster's shared memory may take a moment to go
        tries=$((tries + 1))
        [ "$tries" -lt 20 ] || { tail -20 "$DIR/server.log" >&2; die "the server did not restart"; }
        sleep 0.5
    done
}

case "${1:-}" in
start) [ $# -eq 2 ] || die "usage: pg-server.sh start INFO"; start "$2" ;;
stop) [ $# -eq 2 ] || die "usage: pg-server.sh stop INFO"; stop "$2" ;;
kill) [ $# -eq 2 ] || die "usage: pg-server.sh kill INFO"; kill_server "$2" ;;
restart) [ $# -eq 2 ] || die "usage: pg-server.sh restart INFO"; restart "$2" ;;
run)
    shift
    [ "${1:-}" = "--" ] && shift
    [ $# -ge 1 ] || die "usage: pg-server.sh run -- COMMAND..."
    info=$(mktemp /tmp/shirube-pg-info.XXXXXX)
    start "$info"
    status=0
    SHIRUBE_PG_INFO="$info" "$@" || status=$?
    stop "$info"
    exit "$status"
    ;;
*) die "usage: pg-server.sh start|stop|kill|restart INFO, or pg-server.sh run -- COMMAND..." ;;
esac
