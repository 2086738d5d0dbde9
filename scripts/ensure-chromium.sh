#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the HTML report's browser test (sdk-core's
# HtmlReportBrowserTest) and prints its path on stdout (nothing with --quiet).
#
# The Maven build runs it (sdk-core, phase generate-test-resources, unless tests are skipped), so
# the README's `mvn -B verify` sets the browser up itself:
#   - when the binary is there, nothing is done;
#   - else, when this user may install packages with apt-get (root, or sudo without a password), it
#     installs Debian's `chromium` package (apt-get update && apt-get install -y chromium);
#   - else it fails with the one command to run.
# The binary: $CHROMIUM, else /usr/bin/chromium, where Debian's package puts it. --binary=PATH
# (the build passes -Dgroundwork.chromium, empty when unset) names a Chromium of the user's own,
# which must be there: nothing is installed for it.
set -euo pipefail

binary="${CHROMIUM:-/usr/bin/chromium}"
own=""
quiet=false
for arg in "$@"; do
  case "$arg" in
    --quiet) quiet=true ;;
    --binary=?*) own="${arg#--binary=}" binary="${arg#--binary=}" ;;
    --binary=) ;;
    *) echo "usage: $0 [--quiet] [--binary=/path/to/chromium]" >&2; exit 2 ;;
  esac
done
script="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

log() { printf '[ensure-chromium] %s\n' "$*" >&2; }
found() { $quiet || printf '%s\n' "$binary"; exit 0; }

[[ -x "$binary" ]] && found
if [[ -n "$own" ]]; then
  log "-Dgroundwork.chromium is $own, which is not an executable; point it at a Chromium, or leave it" \
    "unset for Debian's (installed by this build where it can)"
  exit 1
fi

needed="Chromium, which the HTML report's browser test runs, is not at $binary"
if ! command -v apt-get >/dev/null; then
  log "$needed, and this machine has no apt-get to install Debian's chromium package with." \
    "Install Chromium, then run: mvn -B verify -Dgroundwork.chromium=/path/to/chromium"
  exit 1
fi
if [[ "$(id -u)" -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  log "$needed, and installing Debian's chromium package needs root. Run once: sudo $script"
  exit 1
fi

log "installing Debian's chromium package (apt-get update && apt-get install -y chromium)"
if ! ${as_root[@]+"${as_root[@]}"} apt-get update -qq >&2 \
  || ! ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2; then
  log "apt-get could not install chromium (its output is above). Run once: sudo $script"
  exit 1
fi
if [[ ! -x "$binary" ]]; then
  log "apt-get installed chromium, but $binary is still missing; point -Dgroundwork.chromium at the binary"
  exit 1
fi
found
