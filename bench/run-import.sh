#!/usr/bin/env bash
# Import benchmark: Veil's CSV import against a bare Commons CSV parse of the same 1M-row file.
# Usage: bench/run-import.sh [ROWS] [RUNS]   (defaults: 1000000 5). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -DskipTests package
java -Xmx2g -cp "target/veil.jar:target/libs/*" org.veil.bench.ImportBenchmark "$@"
