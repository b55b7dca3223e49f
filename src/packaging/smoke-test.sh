#!/bin/sh
# Builds the app image and starts it once, headless where there is no display: it opens its window, waits until
# it is ready and quits. Exit code 0 when the installed app works. Slow (about two minutes), so not part of CI.
set -eu
cd "$(dirname "$0")/../.."
# Packaging opens the window once too, to list the classes a start loads for the runtime's class-data archive.
display=""
if [ -z "${DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
    display="xvfb-run -a"
fi
$display mvn -B -Ppackage -DskipTests package
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
launcher=target/dist/Rehearse/bin/Rehearse
[ -x "$launcher" ] || launcher=target/dist/Rehearse.app/Contents/MacOS/Rehearse
$display "$launcher" --self-test --data-dir "$data"
