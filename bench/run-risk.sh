#!/usr/bin/env bash
# Risk analysis benchmark: risk profile + class-size distribution of the k=5 optimum on a million
# Adult-like rows, and the QI combinations. Usage: bench/run-risk.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f bench/out/adult-1m.csv ] && [ -f ../shared/tools/make_adult_like.py ]; then
    mkdir -p bench/out
    python3 ../shared/tools/make_adult_like.py 1000000 bench/out/adult-1m.csv
fi
mvn -B -q -Pbench -DskipTests package
java -Xmx2g -cp "target/veil.jar:target/libs/*" org.veil.bench.RiskBenchmark "${1:-5}" bench/out/adult-1m.csv
