// Extracts which CloudFormation properties cause replacement from @aws-cdk/aws-service-spec's
// db.json.gz and writes the replacement spec Groundwork's replacement guard reads.
//
// Usage: node scripts/replacement-spec.mjs <db.json.gz> <spec version> <output directory>
// (scripts/generate-replacement-spec.sh fetches the package and runs this; see docs/policy.md).
//
// Output: <output directory>/replacement-spec-<version>.json, and replacement-spec.current naming
// it. For every resource type of the spec: the property paths whose update replaces the
// resource ("always": causesReplacement "yes") or may replace it ("conditional": "maybe").
// Paths are keys separated by "." with "[*]" for every item of a list and "{*}" for every value
// of a map, e.g. "NetworkInterfaces[*].DeviceIndex". Deterministic: sorted, no timestamps other
// than the generation date.
import { readFileSync, writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

const [dbFile, version, outDir] = process.argv.slice(2);
if (!dbFile || !version || !outDir) {
  console.error('usage: node scripts/replacement-spec.mjs <db.json.gz> <spec version> <output directory>');
  process.exit(2);
}
const db = JSON.parse(gunzipSync(readFileSync(dbFile)).toString('utf8'));
const types = new Map(db.schema.typeDefinition.entities.map((t) => [t.$id, t]));
const MAX_DEPTH = 6; // recursive types (WAF statements) are cut off; no real template nests deeper

function walk(type, path, depth, seen, out) {
  if (!type || depth > MAX_DEPTH) return;
  switch (type.type) {
    case 'array': walk(type.element, path + '[*]', depth, seen, out); break;
    case 'map': walk(type.element, path + '{*}', depth, seen, out); break;
    case 'union': (type.types || []).forEach((t) => walk(t, path, depth, seen, out)); break;
    case 'ref': {
      const id = type.reference && type.reference.$ref;
      const def = types.get(id);
      if (!def || seen.has(id)) return;
      const next = new Set(seen).add(id);
      properties(def.properties || {}, path + '.', depth + 1, next, out);
      break;
    }
    default: break;
  }
}

function properties(props, prefix, depth, seen, out) {
  for (const [name, prop] of Object.entries(props)) {
    const path = prefix + name;
    if (prop.causesReplacement === 'yes') out.always.add(path);
    else if (prop.causesReplacement === 'maybe') out.conditional.add(path);
    else walk(prop.type, path, depth, seen, out); // a replacing property replaces whatever is below it
  }
}

const resourceTypes = {};
const resources = [...db.schema.resource.entities].sort((a, b) => a.cloudFormationType.localeCompare(b.cloudFormationType));
for (const resource of resources) {
  const out = { always: new Set(), conditional: new Set() };
  properties(resource.properties || {}, '', 0, new Set(), out);
  const entry = {};
  if (out.always.size) entry.always = [...out.always].sort();
  if (out.conditional.size) entry.conditional = [...out.conditional].sort();
  resourceTypes[resource.cloudFormationType] = entry;
}

const file = `replacement-spec-${version}.json`;
const spec = {
  source: '@aws-cdk/aws-service-spec',
  version,
  generated: new Date().toISOString().slice(0, 10),
  generator: 'scripts/generate-replacement-spec.sh',
  resourceTypes,
};
for (const old of readdirSync(outDir)) {
  if (/^replacement-spec-.*\.json$/.test(old) && old !== file) unlinkSync(join(outDir, old));
}
// One resource type per line: small diffs when the spec changes, readable in review.
const lines = Object.entries(resourceTypes).map(([t, e]) => `    ${JSON.stringify(t)}: ${JSON.stringify(e)}`);
const header = Object.entries(spec).filter(([k]) => k !== 'resourceTypes')
  .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('\n');
writeFileSync(join(outDir, file), `{\n${header}\n  "resourceTypes": {\n${lines.join(',\n')}\n  }\n}\n`);
writeFileSync(join(outDir, 'replacement-spec.current'), file + '\n');
console.error(`[replacement-spec] ${Object.keys(resourceTypes).length} resource types -> ${join(outDir, file)}`);
