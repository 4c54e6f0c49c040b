#!/usr/bin/env bash
# dgraph.sh start|stop|status|build|path: a throwaway local Dgraph (one zero,
# one alpha) for the Dgraph tests (store/dgraphstore, cmd/chronograph) and CI.
# build only builds the binary; path prints where it is (or would be).
#
#   eval "$(.ci/dgraph.sh start)"   # exports CHRONOGRAPH_DGRAPH=127.0.0.1:9080,
#                                   # CHRONOGRAPH_DGRAPH_HTTP and _BIN
#   go test ./store/dgraphstore/
#   .ci/dgraph.sh stop
#
# The server is Dgraph v25.3.8 built with `go build` in the separate module
# tools/dgraph (its dependencies never enter the project's go.mod) and cached
# in $HOME/.cache/chronograph/dgraph-v25.3.8 (a cold build takes minutes on two
# cores; later starts reuse the binary). Both processes listen on 127.0.0.1
# only, send no telemetry, keep a bounded cache and a 1 GiB soft memory limit,
# and keep their data in a fresh temporary directory removed by stop. They are
# stopped by the process ids recorded in the state directory.
#
# Environment:
#   CHRONOGRAPH_DGRAPH_OFFSET  port offset added to every port (default 0:
#                              zero 5080/6080, alpha 7080/8080/9080)
#   CHRONOGRAPH_DGRAPH_STATE   state directory for pid files and logs
#                              (default ${TMPDIR:-/tmp}/chronograph-dgraph)
#   CHRONOGRAPH_DGRAPH_BIN     a Dgraph binary to use instead of building one
#   CHRONOGRAPH_DGRAPH_WAIT    seconds to wait for health (default 120)
#   CHRONOGRAPH_DGRAPH_BUILD_TIMEOUT  seconds a cold build may take before it
#                              is stopped and start fails (default 1800)
set -euo pipefail

VERSION=v25.3.8
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OFFSET=${CHRONOGRAPH_DGRAPH_OFFSET:-0}
STATE=${CHRONOGRAPH_DGRAPH_STATE:-${TMPDIR:-/tmp}/chronograph-dgraph}
WAIT=${CHRONOGRAPH_DGRAPH_WAIT:-120}
BUILD_TIMEOUT=${CHRONOGRAPH_DGRAPH_BUILD_TIMEOUT:-1800}
CACHE=${HOME}/.cache/chronograph
BIN=${CHRONOGRAPH_DGRAPH_BIN:-$CACHE/dgraph-$VERSION}
TELEMETRY="reports=false; sentry=false;"

zero_grpc=$((5080 + OFFSET))
alpha_internal=$((7080 + OFFSET))
alpha_http=$((8080 + OFFSET))
alpha_grpc=$((9080 + OFFSET))

log() { echo "dgraph.sh: $*" >&2; }

build() {
	[ -x "$BIN" ] && return 0
	log "building Dgraph $VERSION into $BIN (a few minutes on a cold cache)"
	mkdir -p "$(dirname "$BIN")"
	if ! (cd "$ROOT/tools/dgraph" && timeout "$BUILD_TIMEOUT" go build -trimpath -o "$BIN.tmp.$$" \
		github.com/dgraph-io/dgraph/v25/dgraph) >&2; then
		rm -f "$BIN.tmp.$$"
		log "FAILED to build Dgraph $VERSION (or it took over ${BUILD_TIMEOUT}s)"
		return 1
	fi
	mv "$BIN.tmp.$$" "$BIN"
}

# exports prints the environment the tests read: the alpha's gRPC and HTTP
# addresses and the binary (whose `dgraph live` loads exports).
exports() {
	echo "export CHRONOGRAPH_DGRAPH=127.0.0.1:$alpha_grpc"
	echo "export CHRONOGRAPH_DGRAPH_HTTP=127.0.0.1:$alpha_http"
	echo "export CHRONOGRAPH_DGRAPH_BIN=$BIN"
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

healthy() {
	if command -v curl >/dev/null 2>&1; then
		curl -fsS --max-time 2 "http://127.0.0.1:$alpha_http/health" 2>/dev/null | grep -q '"healthy"'
	else
		# No curl on a bare Debian: speak HTTP/1.0 through bash's /dev/tcp.
		timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && printf "GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n" >&3 && cat <&3' \
			_ "$alpha_http" 2>/dev/null | grep -q '"healthy"'
	fi
}

stop_pid() {
	local f=$1 pid i
	[ -f "$f" ] || return 0
	pid=$(cat "$f")
	if kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid" 2>/dev/null || true
		for i in $(seq 1 50); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.2
		done
		if kill -0 "$pid" 2>/dev/null; then
			log "process $pid did not stop in 10s; killing it"
			kill -KILL "$pid" 2>/dev/null || true
		fi
	fi
	rm -f "$f"
}

start() {
	if alive "$STATE/alpha.pid" && healthy; then
		log "already running (pids $(cat "$STATE/zero.pid") $(cat "$STATE/alpha.pid"))"
		exports
		return 0
	fi
	stop >/dev/null 2>&1 || true
	build
	mkdir -p "$STATE"
	local data
	data=$(mktemp -d "${TMPDIR:-/tmp}/chronograph-dgraph-data.XXXXXX")
	echo "$data" >"$STATE/data"
	mkdir -p "$data/zero" "$data/alpha"

	(cd "$data/zero" && GOMEMLIMIT=1GiB exec "$BIN" zero \
		--my="127.0.0.1:$zero_grpc" --port_offset="$OFFSET" --bindall=false \
		--telemetry "$TELEMETRY" --wal zw \
		>"$STATE/zero.log" 2>&1) &
	echo $! >"$STATE/zero.pid"

	(cd "$data/alpha" && GOMEMLIMIT=1GiB exec "$BIN" alpha \
		--my="127.0.0.1:$alpha_internal" --zero="127.0.0.1:$zero_grpc" \
		--port_offset="$OFFSET" --bindall=false \
		--security "whitelist=127.0.0.1" --telemetry "$TELEMETRY" \
		--cache "size-mb=256" -p p -w w --tmp t \
		>"$STATE/alpha.log" 2>&1) &
	echo $! >"$STATE/alpha.pid"

	local waited=0
	until healthy; do
		if ! alive "$STATE/zero.pid" || ! alive "$STATE/alpha.pid"; then
			log "a Dgraph process exited; logs in $STATE/zero.log and $STATE/alpha.log"
			tail -n 20 "$STATE/zero.log" "$STATE/alpha.log" >&2 || true
			stop
			return 1
		fi
		if [ "$waited" -ge "$((WAIT * 2))" ]; then
			log "alpha not healthy after ${WAIT}s; logs in $STATE/alpha.log"
			tail -n 20 "$STATE/alpha.log" >&2 || true
			stop
			return 1
		fi
		sleep 0.5
		waited=$((waited + 1))
	done
	log "Dgraph $VERSION healthy: gRPC 127.0.0.1:$alpha_grpc, HTTP 127.0.0.1:$alpha_http (data $data)"
	exports
}

stop() {
	stop_pid "$STATE/alpha.pid"
	stop_pid "$STATE/zero.pid"
	if [ -f "$STATE/data" ]; then
		local data
		data=$(cat "$STATE/data")
		case "$data" in
		"${TMPDIR:-/tmp}"/chronograph-dgraph-data.*) rm -rf "$data" ;;
		esac
		rm -f "$STATE/data"
	fi
	log "stopped"
}

status() {
	if alive "$STATE/alpha.pid" && healthy; then
		echo "running: CHRONOGRAPH_DGRAPH=127.0.0.1:$alpha_grpc"
	else
		echo "not running"
		return 1
	fi
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
build) build ;;
path) echo "$BIN" ;;
*)
	echo "usage: $0 start|stop|status|build|path" >&2
	exit 2
	;;
esac
