#!/usr/bin/env bash
# Installs Debian's Chromium for the HTML report's browser test (HtmlReportBrowserTest) when it is
# missing; prints the binary's path. Needs root or sudo (apt-get). CI runs it from .ci/run.
set -euo pipefail
binary="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$binary" ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "[ensure-chromium] $binary is missing and this user cannot install packages;" \
      "run as root: apt-get update && apt-get install -y chromium" >&2
    exit 1
  fi
  echo "[ensure-chromium] installing Debian's chromium package (apt-get update && apt-get install -y chromium)" >&2
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2
fi
echo "$binary"
