#!/usr/bin/env bash
# Regenerates the replacement spec the replacement guard reads (docs/policy.md, "Replacement
# guard"): which CloudFormation properties replace their resource when they change, from the npm
# package @aws-cdk/aws-service-spec (AWS's resource specification as CDK consumes it).
#
#   scripts/generate-replacement-spec.sh            # the latest published version
#   scripts/generate-replacement-spec.sh 0.1.216    # a given version (repeatable)
#
# Writes sdk-core/src/main/resources/dev/groundwork/replacement/replacement-spec-<version>.json
# (replacing the previous version's file) and replacement-spec.current naming it. Needs npm and
# Node.js (scripts/ensure-node.sh provides one). Then run the sdk-core tests and commit both files.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/sdk-core/src/main/resources/dev/groundwork/replacement"
NODE="$("$ROOT/scripts/ensure-node.sh")"
VERSION="${1:-$(npm view @aws-cdk/aws-service-spec version)}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
( cd "$WORK" && npm pack --silent "@aws-cdk/aws-service-spec@$VERSION" >/dev/null && tar xzf ./*.tgz )
mkdir -p "$OUT"
"$NODE" "$ROOT/scripts/replacement-spec.mjs" "$WORK/package/db.json.gz" "$VERSION" "$OUT"
