#!/usr/bin/env bash
# Builds a self-contained Linux app image (and, with "deb", a .deb) of the workbench with jpackage.
# Usage: installer/build.sh [app-image|deb]   (default app-image). Output goes to target/installer/.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
mvn -B -q -DskipTests package
rm -rf target/jpackage-input target/installer
mkdir -p target/jpackage-input target/installer
cp target/veil.jar target/jpackage-input/
cp target/libs/*.jar target/jpackage-input/
# JavaFX runs from the class path here; its platform jars carry the native libraries.
if [ "$type" = "deb" ]; then
    jpackage @installer/jpackage-common.txt @installer/jpackage-linux.txt --type app-image --dest target/installer
    jpackage @installer/jpackage-deb.txt --type deb --app-image target/installer/Veil --dest target/installer
else
    jpackage @installer/jpackage-common.txt @installer/jpackage-linux.txt --type "$type" --dest target/installer
fi
ls -la target/installer
