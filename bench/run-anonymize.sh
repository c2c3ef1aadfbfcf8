#!/usr/bin/env bash
# Anonymization benchmark (issue 3 scenarios). Usage: bench/run-anonymize.sh [RUNS]
# The million-row scenario needs bench/out/adult-1m.csv; it is made here if the generator is around.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f bench/out/adult-1m.csv ] && [ -f ../shared/tools/make_adult_like.py ]; then
    mkdir -p bench/out
    python3 ../shared/tools/make_adult_like.py 1000000 bench/out/adult-1m.csv
fi
mvn -B -q -Pbench -DskipTests package
java -cp "target/veil.jar:target/libs/*" org.veil.bench.AnonymizationBenchmark "${1:-5}" bench/out/adult-1m.csv
