#!/usr/bin/env bash
# Measures the gazetteer's load time (fresh JVM each run), heap and tagging speed on the given text files.
# Usage: tools/gazetteer/measure.sh [FILE...]   (with no files, load time and heap only)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
mvn -B -q -o compile
cp="target/classes:$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
for i in 1 2 3; do
  java -XX:+UseParallelGC -cp "$cp" org.vigil.geo.build.PlacesBenchmark | head -1
done
if [ $# -gt 0 ]; then
  java -XX:+UseParallelGC -cp "$cp" org.vigil.geo.build.PlacesBenchmark "$@"
fi
