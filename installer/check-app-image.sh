#!/usr/bin/env bash
# Builds the Linux app image and proves that it boots: the workbench starts in a virtual display
# with --self-test (opens the sample project, anonymizes it, exits 0), and the `veil` launcher beside
# it verifies the sample project shipped in the image. Needs xvfb-run and GTK 3 (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
installer/build.sh app-image
app=target/installer/Veil

log=target/installer/self-test.log
xvfb-run -a -s "-screen 0 1280x800x24" timeout 180 "$app/bin/Veil" --self-test 2>&1 | tee "$log"
grep -q "^Veil self-test passed" "$log"

"$app/bin/veil" --version
"$app/bin/veil" verify "$app/lib/app/sample-data/health/patients.veil"
echo "app image boots: $(du -sh "$app" | cut -f1) in $app"
