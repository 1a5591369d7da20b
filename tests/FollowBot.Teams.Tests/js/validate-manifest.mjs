// Validates a Teams app manifest against Microsoft's published JSON schema for its manifestVersion, as shipped in
// @microsoft/app-manifest (loaded from the package, never fetched). Run by FollowBot.Teams.Tests (ManifestPackageTests).
//
// argv[2]: manifest.json path
// stdout:  {"schemaVersion":"1.30","newestSchema":"1.30","errors":["<path> <message>", …]}
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require("@microsoft/app-manifest");
const schemas = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");

const manifest = JSON.parse(readFileSync(process.argv[2], "utf8").replace(/^\uFEFF/, ""));
const version = manifest.manifestVersion;
// The package's loader replaces the \a and \v escapes in some schema regexes, which ajv rejects; do the same.
const schemaText = readFileSync(path.join(schemas, `v${version}`, "MicrosoftTeams.schema.json"), "utf8")
  .replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
const schema = JSON.parse(schemaText);
const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);

const released = readdirSync(schemas).filter((d) => /^v\d+\.\d+$/.test(d)).map((d) => d.slice(1));
released.sort((a, b) => { const [a1, a2] = a.split(".").map(Number); const [b1, b2] = b.split(".").map(Number); return a1 - b1 || a2 - b2; });
process.stdout.write(JSON.stringify({ schemaVersion: schema.properties.manifestVersion.const, newestSchema: released.at(-1), errors }));
