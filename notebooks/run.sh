#!/usr/bin/env bash
# Executes every notebook headless into OUT (default ../target/notebooks), retrying a kernel that does not answer
# before its first cell (about one start in six hung before install.sh's kernel-fix; one in 270 since).
# Usage: notebooks/run.sh [NOTEBOOK.ipynb...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/env.sh"
out="${SPARKTA_NOTEBOOK_OUT:-$here/../target/notebooks}"
mkdir -p "$out"
export SPARKTA_NOTEBOOK_OUT="$(cd "$out" && pwd)"
books=("$@")
[[ ${#books[@]} -eq 0 ]] && books=("$here"/*.ipynb)
cd "$here"
for book in "${books[@]}"; do
  name="$(basename "$book")"
  log="$SPARKTA_NOTEBOOK_OUT/${name%.ipynb}.log"
  for attempt in 1 2 3; do
    if /usr/bin/python3 -m nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=sparkta-java \
        --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.startup_timeout=90 \
        --output-dir "$SPARKTA_NOTEBOOK_OUT" "$name" > "$log" 2>&1; then
      echo "notebooks: $name executed" >&2
      break
    fi
    # Only a kernel that never came up is retried; a failing cell is a real failure.
    if [[ $attempt -eq 3 ]] || ! grep -qE "Kernel didn't respond|Kernel died before replying|TimeoutError" "$log"; then
      tail -40 "$log" >&2
      echo "notebooks: $name failed" >&2
      exit 1
    fi
    echo "notebooks: the kernel for $name did not start (attempt $attempt), retrying" >&2
  done
done
