// Electronegativity over Bodo's sources (configured in .electronegativity.json): the Electron
// security checks, failing on any HIGH or MEDIUM finding that the config does not silence with
// a reason. Sources are staged in a temp folder, so node_modules and tests are never scanned.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const config = JSON.parse(readFileSync(join(root, '.electronegativity.json'), 'utf8'));
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const electronVersion = require('electron/package.json').version;

const toPosix = (path) => path.split(sep).join('/');
const skipped = (path) =>
  config.skip.suffixes.some((suffix) => path.endsWith(suffix)) ||
  config.skip.folders.some((folder) => path === folder || path.startsWith(`${folder}/`));

function* sourcesUnder(folder) {
  for (const name of readdirSync(join(root, folder))) {
    const path = `${folder}/${name}`;
    if (skipped(path)) continue;
    if (statSync(join(root, path)).isDirectory()) yield* sourcesUnder(path);
    else if (config.extensions.some((extension) => name.endsWith(extension))) yield path;
  }
}

const stage = mkdtempSync(join(tmpdir(), 'bodo-electronegativity-'));
let failed = false;
try {
  const files = config.sources.flatMap((folder) => [...sourcesUnder(folder)]);
  for (const file of files) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    cpSync(join(root, file), join(stage, file));
  }
  const report = await run({
    input: stage,
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: config.excluded.map((rule) => rule.check),
    severitySet: 'informational',
    confidenceSet: 'tentative',
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });

  const unparsed = report.errors.filter((error) => !error.tolerable);
  for (const error of unparsed) console.error(`Could not check ${toPosix(relative(stage, error.file))}: ${error.message}`);

  const silencedBy = (issue) =>
    config.silenced.find((rule) => rule.check === issue.id && (rule.file === undefined || rule.file === toPosix(issue.file)));
  const blocking = [];
  for (const issue of report.issues) {
    const severity = issue.severity.name ?? String(issue.severity.format?.() ?? issue.severity);
    const where = `${toPosix(issue.file)}:${issue.location.line}:${issue.location.column}`;
    const rule = silencedBy(issue);
    if (rule) console.log(`silenced  ${issue.id} ${where} — ${rule.reason}`);
    else if (config.failOn.includes(severity.toUpperCase())) blocking.push(`${severity.toUpperCase().padEnd(6)} ${issue.id} ${where}\n         ${issue.sample ?? ''}`);
    else console.log(`${severity.toLowerCase().padEnd(9)} ${issue.id} ${where}`);
  }
  console.log(`Electronegativity ${require('@doyensec/electronegativity/package.json').version} (Electron ${electronVersion}): ${files.length} files, ${report.atomicChecks + report.globalChecks} checks.`);
  if (blocking.length > 0) console.error(`Findings above low:\n${blocking.join('\n')}`);
  failed = blocking.length > 0 || unparsed.length > 0;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
