#!/usr/bin/env bash
# Records the EKS add-on versions that AWS's EKS Blueprints for CDK (npm package
# @aws-quickstart/eks-blueprints) deploys per Kubernetes version, for the versions
# AddonVersions pins, into the file AddonVersionsSourceTest compares AddonVersions with.
# Usage: scripts/check-addon-versions.sh [package version, default 1.19.0]; then
#   mvn -B -q verify -pl sdk-constructs -am -Dtest=AddonVersionsSourceTest -Dsurefire.failIfNoSpecifiedTests=false
# A changed record (git diff) shows what moved; the test then names each pin that differs.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-1.19.0}"
out="sdk-constructs/src/test/resources/dev/groundwork/constructs/kubernetes/eks-blueprints-addons.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack -q "@aws-quickstart/eks-blueprints@$version" >/dev/null && tar xzf ./*.tgz)
published="$(npm view "@aws-quickstart/eks-blueprints@$version" "time[$version]" 2>/dev/null || echo unknown)"
# Groundwork's ClusterAddon name, then the package's add-on folder.
addons="vpc-cni vpc-cni
coredns coredns
kube-proxy kube-proxy
eks-pod-identity-agent eks-pod-identity-agent
aws-ebs-csi-driver ebs-csi-driver
amazon-cloudwatch-observability cloud-watch-insights"
{
  echo "# EKS add-on versions of @aws-quickstart/eks-blueprints $version (published $published), dist/addons/*/index.js versionMap."
  echo "# Written by scripts/check-addon-versions.sh; do not edit by hand."
  while read -r name folder; do
    for k8s in 1.32 1.33; do
      pin="$(grep -oE "KubernetesVersion\.V${k8s/./_}, \"[^\"]+\"" "$work/package/dist/addons/$folder/index.js" \
        | head -1 | sed -E 's/.*"([^"]+)"/\1/')"
      [ -n "$pin" ] || { echo "no $k8s version for $folder in the package" >&2; exit 1; }
      printf '%s\t%s\t%s\n' "$name" "$k8s" "$pin"
    done
  done <<<"$addons"
} >"$out"
echo "wrote $out"
