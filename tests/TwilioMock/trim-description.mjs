// Keeps, of Twilio's OpenAPI description of its 2010 REST API, only the Message resource the
// service uses (send a message; fetch, list, update and delete it), with every schema those
// operations refer to, so the mock checks exactly what Twilio would and the repo stays small.
//   node trim-description.mjs twilio_api_v2010.json > twilio_api_v2010.messages.json
import { readFileSync } from "node:fs";

const keptPaths = [
  "/2010-04-01/Accounts/{AccountSid}/Messages.json",
  "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
];

const full = JSON.parse(readFileSync(process.argv[2], "utf8"));
const paths = Object.fromEntries(keptPaths.map((path) => {
  if (!full.paths[path]) throw new Error(`${path} is not in the description`);
  return [path, full.paths[path]];
}));

// Every "#/components/<kind>/<name>" reached from the kept paths, following references inside
// the components themselves too.
const components = {};
const pending = [paths];
while (pending.length > 0) {
  for (const ref of references(pending.pop())) {
    const [, kind, name] = ref.match(/^#\/components\/([^/]+)\/([^/]+)$/) ?? [];
    if (!kind) throw new Error(`unexpected reference ${ref}`);
    if (components[kind]?.[name]) continue;
    (components[kind] ??= {})[name] = full.components[kind][name];
    pending.push(full.components[kind][name]);
  }
}
components.securitySchemes = full.components.securitySchemes;

const usedTags = new Set(Object.values(paths).flatMap((item) => Object.values(item).flatMap((op) => op?.tags ?? [])));
const trimmed = {
  ...full,
  tags: full.tags.filter((tag) => usedTags.has(tag.name)),
  paths,
  components: sortKeys(components),
};
process.stdout.write(JSON.stringify(trimmed, null, 2) + "\n");

function* references(node) {
  if (Array.isArray(node)) for (const item of node) yield* references(item);
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") yield value;
      else yield* references(value);
    }
}

function sortKeys(byKind) {
  return Object.fromEntries(Object.entries(byKind).map(([kind, items]) =>
    [kind, Object.fromEntries(Object.keys(items).sort().map((name) => [name, items[name]]))]));
}
