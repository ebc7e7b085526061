#!/usr/bin/env bash
# The launcher test (tests/integration/launcher.test.ts) RUNS times in a row with BURNERS CPU
# burners (`node -e "for(;;){}"`) beside it: issue #15's "passes 5 times in a row under a CPU
# burner". Prints one line per run (result, seconds, load) and the count at the end. The burners
# are stopped however this script ends (trap). Usage: tests/bench/launcher-under-load.sh [RUNS] [BURNERS]
set -u
cd "$(dirname "$0")/../.."
runs=${1:-5}
burners=${2:-2}
pids=()
stop_burners() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done; wait "${pids[@]}" 2>/dev/null; }
trap stop_burners EXIT
trap 'exit 130' INT TERM
for _ in $(seq "$burners"); do node -e "for(;;){}" & pids+=($!); done
echo "launcher test × $runs with $burners CPU burner(s) (pids ${pids[*]}) on $(nproc) cores"
passed=0
for run in $(seq "$runs"); do
  started=$(date +%s)
  log=$(mktemp)
  if JAHWAL_SKIP_STOREFRONT_BUILD=1 npx vitest run tests/integration/launcher.test.ts >"$log" 2>&1; then
    result=passed; passed=$((passed + 1))
  else
    result=FAILED
  fi
  echo "run $run: $result in $(( $(date +%s) - started )) s (load $(cut -d' ' -f1-3 /proc/loadavg)) log $log"
  [ "$result" = passed ] || grep -E "✗|×|FAIL|Error|expected" "$log" | head -20
done
echo "$passed of $runs passed"
[ "$passed" = "$runs" ]
