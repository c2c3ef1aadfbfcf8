#!/bin/bash
# usage: docs/screenshots/take-screenshots.sh WIDTH HEIGHT OUTDIR
# Run from the repository root after: mvn -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
# Needs: Xvfb, xdotool, imagemagick (import). Steps are reached with Ctrl+1..7, the run with Ctrl+R.
W=$1; H=$2; OUT=$3; mkdir -p $OUT
export DISPLAY=:99
pkill -f "Xvfb :99" ; sleep 0.5
Xvfb :99 -screen 0 ${W}x${H}x24 >/dev/null 2>&1 &
sleep 1.5
rm -rf /tmp/prefs-shots
java -Djava.util.prefs.userRoot=/tmp/prefs-shots -cp target/classes:$(cat target/classpath.txt) org.veil.ui.Launcher > /tmp/app.log 2>&1 &
APP=$!
for i in $(seq 1 40); do WID=$(xdotool search --name "Veil" 2>/dev/null | head -1); [ -n "$WID" ] && break; sleep 0.5; done
sleep 4
xdotool windowmove $WID 0 0; xdotool windowsize $WID $W $H; sleep 2
xdotool windowactivate $WID 2>/dev/null; xdotool windowfocus $WID; sleep 0.5
shot() { sleep ${2:-1.5}; import -window root $OUT/$1.png; }
key() { xdotool key --window $WID $1; }
key ctrl+1; shot 1-data
key ctrl+2; shot 2-attributes
key ctrl+3; shot 3-hierarchies
key ctrl+4; shot 4-privacy
key ctrl+5; shot 5-explore-empty
key ctrl+r; shot 5-explore 8
key ctrl+6; shot 6-analyze 5
key ctrl+7; shot 7-export
kill $APP
