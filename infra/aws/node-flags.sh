#!/bin/bash
# Lambda starts each function's runtime through this script (AWS_LAMBDA_EXEC_WRAPPER), passing the
# interpreter's path and its arguments: it adds the V8 flags NODE_OPTIONS does not accept
# (LAMBDA_NODE_FLAGS in infra/aws/node-flags.ts, which the benchmarks start their processes with).
set -euo pipefail
interpreter="$1"
shift
exec "$interpreter" --no-regexp-tier-up "$@"
