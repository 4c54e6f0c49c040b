#!/usr/bin/env bash
# fuzz.sh [FUZZTIME]: runs every native fuzz target of the module for a
# short bounded time each (default 10s), one target at a time (`go test
# -fuzz` takes one target per run). Targets are found with
# `go test -list '^Fuzz'` in each package that has a *_test.go file declaring
# one, so new targets are picked up without editing this script.
#
# A failure leaves the crashing input in that package's testdata/fuzz/<Target>/
# (commit it: it becomes a regression test run by plain `go test`) and makes
# the script exit non-zero after the remaining targets have run.
#
# Environment:
#   FUZZTIME      time per target (default 10s; the first argument wins)
#   FUZZ_PARALLEL fuzzing workers per target (default 2, the CI machine's cores)
#   FUZZ_PACKAGES space-separated package patterns to search (default ./...)
set -uo pipefail
cd "$(dirname "$0")/.."

FUZZTIME=${1:-${FUZZTIME:-10s}}
PARALLEL=${FUZZ_PARALLEL:-2}
PACKAGES=${FUZZ_PACKAGES:-./...}

# Packages with a fuzz target, from the test files rather than by compiling
# every package.
mapfile -t pkgs < <(
	go list -f '{{.Dir}} {{.ImportPath}} {{join .TestGoFiles " "}} {{join .XTestGoFiles " "}}' $PACKAGES |
		while read -r dir path files; do
			for f in $files; do
				if grep -q '^func Fuzz[A-Z0-9_][A-Za-z0-9_]*(f \*testing\.F)' "$dir/$f"; then
					echo "$path"
					break
				fi
			done
		done
)

failed=()
total=0
start=$SECONDS
for pkg in "${pkgs[@]}"; do
	if ! targets=$(go test -list '^Fuzz' "$pkg" 2>&1); then
		echo "fuzz.sh: cannot list the fuzz targets of $pkg:" >&2
		echo "$targets" >&2
		failed+=("$pkg (does not build)")
		continue
	fi
	for target in $(echo "$targets" | grep '^Fuzz'); do
		total=$((total + 1))
		echo "=== $pkg $target ($FUZZTIME)"
		# Minimizing an interesting input is bounded by count: when the time
		# runs out mid-minimization, go test reports "context deadline
		# exceeded" although nothing failed. That report, with no crasher
		# written, is retried (twice at most); a real failure writes its input under
		# testdata/fuzz and fails.
		for attempt in 1 2 3; do
			log=$(mktemp)
			if go test -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" -fuzzminimizetime 100x \
				-parallel "$PARALLEL" "$pkg" 2>&1 | tee "$log"; [ "${PIPESTATUS[0]}" -eq 0 ]; then
				rm -f "$log"
				break
			fi
			if [ "$attempt" -lt 3 ] && grep -q 'context deadline exceeded' "$log" &&
				! grep -q 'Failing input written to' "$log"; then
				echo "fuzz.sh: $target stopped by its deadline with nothing failing; running it again"
				rm -f "$log"
				continue
			fi
			rm -f "$log"
			failed+=("$pkg $target")
			break
		done
	done
done

echo "fuzz.sh: $total targets in $((SECONDS - start))s"
if [ ${#failed[@]} -gt 0 ]; then
	echo "fuzz.sh: failed:" >&2
	printf '  %s\n' "${failed[@]}" >&2
	exit 1
fi
