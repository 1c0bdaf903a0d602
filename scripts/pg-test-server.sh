#!/usr/bin/env bash
# A throwaway PostgreSQL server for sitrep's tests: a fresh cluster in a temporary folder, owned by the
# unprivileged `postgres` user that Debian's package creates, listening on 127.0.0.1 at a free port.
#
#   eval "$(scripts/pg-test-server.sh start)"   # prints the exports: SITREP_TEST_POSTGRES, SITREP_TEST_PGDIR
#   scripts/pg-test-server.sh stop "$SITREP_TEST_PGDIR"
#
# The database `sitrep_test` belongs to the role `sitrep` (password `sitrep`, password authentication over TCP)
# and has the unaccent extension; the role may create databases, which the tests use for scratch stores.
set -euo pipefail

bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$dir" ] || { echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1; }
  echo "$dir"
}

as_postgres() {
  # runuser needs no password and no tty; the commands run in a folder the postgres user may read.
  (cd / && runuser -u postgres -- "$@")
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port between 55432 and 55532" >&2
  exit 1
}

start() {
  local bin dir port
  bin=$(bin_dir)
  id postgres >/dev/null 2>&1 || { echo "the postgres system user is missing (install Debian's postgresql)" >&2; exit 1; }
  dir=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
  chown postgres: "$dir"
  chmod 700 "$dir"
  port=$(free_port)
  as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_postgres "$bin/psql" -q -h "$dir" -p "$port" -U postgres -v ON_ERROR_STOP=1 -d postgres <<'SQL' >/dev/null
CREATE ROLE sitrep LOGIN CREATEDB PASSWORD 'sitrep';
CREATE DATABASE sitrep_test OWNER sitrep;
\c sitrep_test
CREATE EXTENSION unaccent;
SQL
  echo "export SITREP_TEST_POSTGRES=postgresql://sitrep:sitrep@127.0.0.1:$port/sitrep_test"
  echo "export SITREP_TEST_PGDIR=$dir"
}

stop() {
  local dir=${1:?usage: $0 stop DIR}
  [ -d "$dir/data" ] || return 0
  as_postgres "$(bin_dir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
