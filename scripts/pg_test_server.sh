# A private PostgreSQL server for the test suite, sourced by scripts/test.sh.
#
#   source scripts/pg_test_server.sh
#   pg_test_start || handle the failure   # exports INSPECTDESK_TEST_PG on success
#
# The cluster lives in a new temporary folder, listens on 127.0.0.1 on a free port
# (and on a socket in that folder, never in /var/run), trusts every local connection
# (good for a throw-away test cluster only) and runs without fsync, which makes the
# CREATE DATABASE per test cheap. pg_test_start installs an EXIT trap that stops the
# server and removes the folder whatever happened: test failures, errors, Ctrl+C.
# As root the cluster belongs to the `postgres` user, since initdb refuses root.

PG_TEST_DIR=""
PG_TEST_RUN=()

pg_test_bindir() {
  # Debian keeps the server programs out of PATH, in /usr/lib/postgresql/<version>/bin.
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
    return 0
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]] || return 1
  echo "$dir"
}

pg_test_free_port() {
  .venv/bin/python - <<'EOF'
import socket

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
EOF
}

pg_test_stop() {
  [[ -n "$PG_TEST_DIR" ]] || return 0
  if [[ -f "$PG_TEST_DIR/data/postmaster.pid" ]]; then
    "${PG_TEST_RUN[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop \
      >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_TEST_DIR"
  echo "== PostgreSQL test server stopped, $PG_TEST_DIR removed"
  PG_TEST_DIR=""
}

pg_test_start() {
  PG_TEST_BIN=$(pg_test_bindir) || {
    echo "PostgreSQL server programs (initdb, pg_ctl) not found" >&2
    return 1
  }
  PG_TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/inspectdesk-pg.XXXXXX")
  trap pg_test_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  PG_TEST_RUN=()
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || {
      echo "no 'postgres' user to run the test server as" >&2
      return 1
    }
    chown postgres: "$PG_TEST_DIR"
    PG_TEST_RUN=(runuser -u postgres --)
  fi
  "${PG_TEST_RUN[@]}" "$PG_TEST_BIN/initdb" -D "$PG_TEST_DIR/data" -A trust -U postgres \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_TEST_DIR/initdb.log" 2>&1 || {
    cat "$PG_TEST_DIR/initdb.log" >&2
    return 1
  }
  local port attempt
  for attempt in 1 2 3; do
    port=$(pg_test_free_port)
    if "${PG_TEST_RUN[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" \
      -w -t 60 start -o "-h 127.0.0.1 -p $port -k $PG_TEST_DIR -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null; then
      export INSPECTDESK_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
      echo "== PostgreSQL test server on 127.0.0.1:$port ($PG_TEST_DIR)"
      return 0
    fi
    echo "PostgreSQL test server did not start on port $port (try $attempt):" >&2
    tail -n 5 "$PG_TEST_DIR/server.log" >&2 || true
  done
  return 1
}
