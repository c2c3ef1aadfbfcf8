#!/usr/bin/env bash
# Packages the workbench with jpackage, with its own Java runtime: a Linux app image, and with "deb"
# also a Debian package. Both hold the GUI launcher `Veil` and the command-line launcher `veil`.
# Usage: installer/build.sh [app-image|deb]   (default app-image). Output goes to target/installer/.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
case "$type" in app-image|deb) ;; *) echo "usage: installer/build.sh [app-image|deb]" >&2; exit 2 ;; esac

# jpackage wants a plain numeric version: the pom's, without -SNAPSHOT.
version=$(sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' pom.xml | head -1)
version="${version%-SNAPSHOT}"

mvn -B -q -DskipTests package
rm -rf target/jpackage-input target/installer
mkdir -p target/jpackage-input target/installer
# JavaFX runs from the class path here; its platform jars carry the native libraries.
cp target/veil.jar target/libs/*.jar target/jpackage-input/
# The sample patients and their project as files too, for opening and verifying (lib/app/sample-data).
mkdir -p target/jpackage-input/sample-data
cp -r sample-data/health target/jpackage-input/sample-data/

jpackage @installer/jpackage-common.txt @installer/jpackage-linux.txt --app-version "$version" \
    --type app-image --dest target/installer
if [ "$type" = deb ]; then
    jpackage @installer/jpackage-common.txt @installer/jpackage-linux.txt @installer/jpackage-deb.txt \
        --app-version "$version" --type deb --dest target/installer
fi
echo "Veil $version: $(find target/installer -maxdepth 1 -mindepth 1 | sort | tr '\n' ' ')"
