#!/usr/bin/env bash
# Checks every price of sdk-core's bundled price table against AWS's bulk price list offer files
# (one JSON file per service and region, public, no credentials needed) and prints one line per
# key and region: MATCHES, DIFFERS (both values), NO_PRODUCT / AMBIGUOUS (the query in
# sdk-core/src/test/resources/dev/groundwork/cost/price-list-queries.tsv needs fixing),
# NO_OFFER_FILE, or NOT_IN_PRICE_LIST (documented there, e.g. Fargate Spot). Exits 1 unless every
# line matches or is documented as absent.
#
#   scripts/check-prices.sh                 download the current offer files into a temporary directory
#   scripts/check-prices.sh --offers DIR    use offer files already laid out as DIR/<offerCode>/<region>/index.json
#   add --write (last) to either             also rewrite the table: each checked price takes the offer's value,
#                                            and its entry in "sources" names the offer file and its date
#
# Needs curl and network access to AWS's price list endpoint, which this project's own machines
# do not have; run it where AWS is reachable. EC2's regional offer file is several hundred MB.
set -euo pipefail
cd "$(dirname "$0")/.."
queries="sdk-core/src/test/resources/dev/groundwork/cost/price-list-queries.tsv"
table="sdk-core/src/main/resources/dev/groundwork/cost/prices-2026-11-01.json"
write=""
for arg in "$@"; do [ "$arg" = "--write" ] && write=",--write=$PWD/$table"; done
if [ "${1:-}" = "--offers" ]; then
  offers="$(cd "$2" && pwd)"
else
  offers="$(mktemp -d)"
  trap 'rm -rf "$offers"' EXIT
  regions="$(sed -n 's/^ *"\([a-z]\{2\}-[a-z]*-[0-9]\)" *: *{$/\1/p' "$table")"
  for code in $(grep -v '^#' "$queries" | cut -f2 | grep -v '^-$' | sort -u); do
    for region in $regions; do
      mkdir -p "$offers/$code/$region"
      url="https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/$code/current/$region/index.json"
      echo "[check-prices] $url" >&2
      curl -fsSL --retry 3 -o "$offers/$code/$region/index.json" "$url"
    done
  done
fi
mvn -B -q -pl sdk-core test-compile exec:java -Dexec.mainClass=dev.groundwork.cost.PriceListCheck \
  -Dexec.classpathScope=test -Dexec.arguments="$offers$write"
