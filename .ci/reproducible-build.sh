#!/usr/bin/env bash
# Builds the jars twice from clean and checks that the two builds are byte-identical
# (reproducible builds: project.build.outputTimestamp in pom.xml). Prints the SHA-256 of each jar.
#   .ci/reproducible-build.sh          # from the project directory; extra arguments go to mvn,
#   .ci/reproducible-build.sh -o       # e.g. -o to build offline
set -euo pipefail
cd "$(dirname "$0")/.."

first="$(mktemp -d)"
trap 'rm -rf "$first"' EXIT

build() {
  mvn -B -q clean package -DskipTests -Dinvoker.skip "$@" >/dev/null
}

build "$@"
cp target/*.jar "$first"/
build "$@"

status=0
for jar in "$first"/*.jar; do
  name="$(basename "$jar")"
  a="$(sha256sum "$jar" | cut -d' ' -f1)"
  b="$(sha256sum "target/$name" | cut -d' ' -f1)"
  if [[ "$a" == "$b" ]]; then
    echo "identical  $a  $name"
  else
    echo "DIFFERENT  $a  $b  $name"
    status=1
  fi
done
exit $status
