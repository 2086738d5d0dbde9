#!/usr/bin/env bash
# Lays out the PATHs the archetype's integration tests run the generated projects with (the
# invoker's invoker.environmentVariables.PATH), one directory each:
#   no-node/   every command on this build's PATH except node (and npm, npx, corepack: node scripts)
#   node-lts/  node: the Node.js 22+ this build runs jsii on (the root pom's groundwork.node)
#   node-20/   node: a Node.js 20 stand-in that prints v20.20.2 and runs nothing, so a build that
#              used it for CDK would fail
# Usage: paths.sh <output directory> <a Node.js 22+ binary>
set -euo pipefail
out="$1"
lts="$2"
rm -rf "$out"
mkdir -p "$out/no-node" "$out/node-lts" "$out/node-20"
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  [[ -d "$dir" ]] || continue
  for command in "$dir"/*; do
    name="${command##*/}"
    case "$name" in node | nodejs | npm | npx | corepack) continue ;; esac
    if [[ -x "$command" && ! -d "$command" && ! -e "$out/no-node/$name" ]]; then
      ln -s "$command" "$out/no-node/$name"
    fi
  done
done
ln -s "$(readlink -f "$lts")" "$out/node-lts/node"
cat >"$out/node-20/node" <<'NODE'
#!/bin/sh
if [ "$1" = --version ]; then echo v20.20.2; exit 0; fi
echo "node-20 stand-in: Node.js 20 is past its end of life and must not run CDK" >&2
exit 1
NODE
chmod +x "$out/node-20/node"
"$out/node-lts/node" --version >/dev/null
