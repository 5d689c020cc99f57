#!/usr/bin/env bash
# Renders the HTML report of an example profile in headless Chromium and takes a screenshot, to check by eye that
# every criterion and verdict is legible. Not part of `mvn verify` (CI has no Chromium); see docs/cli.md.
#
# Usage: rules-cli/src/test/screenshot/html-report.sh [PROFILE] [ja|en] [OUT.png]
#   defaults: rules-examples/profiles/noncompliant-foreign-law.yaml, ja, rules-cli/target/screenshot/report-ja.png
# Needs rules-cli/target/kijun.jar (mvn -pl rules-cli -am package -DskipTests). Installs chromium and
# fonts-noto-cjk with apt-get when they are missing (as root). KIJUN_SHOT_HEIGHT sets the window height (default 3500).
set -euo pipefail
cd "$(dirname "$0")/../../../.."

profile=${1:-rules-examples/profiles/noncompliant-foreign-law.yaml}
lang=${2:-ja}
out=${3:-rules-cli/target/screenshot/report-$lang.png}
jar=rules-cli/target/kijun.jar

if [ ! -f "$jar" ]; then
  echo "no $jar: run mvn -B -pl rules-cli -am package -DskipTests first" >&2
  exit 1
fi

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ] || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk > /dev/null
  browser=$(command -v chromium || command -v chromium-browser)
fi

mkdir -p "$(dirname "$out")"
html="$(dirname "$out")/report-$lang.html"
# The exit code says what the profile's result is (0, 1 or 3); only 2 is a failure here.
code=0
java -jar "$jar" assess "$profile" --format html --lang "$lang" --as-of 2026-11-27 --output "$html" > /dev/null || code=$?
if [ "$code" -eq 2 ]; then
  echo "kijun could not assess $profile" >&2
  exit 1
fi

profile_dir=$(mktemp -d)
trap 'rm -rf "$profile_dir"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile_dir" --hide-scrollbars \
  --screenshot="$(realpath -m "$out")" --window-size=1240,"${KIJUN_SHOT_HEIGHT:-3500}" "file://$(realpath "$html")" 2> /dev/null
echo "$out"
