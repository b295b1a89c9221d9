/**
 * `bodo check <file> [--format text|json] [--lang ko|en] [--profile default|msit]`: runs the
 * house-style checks on any input `bodo` reads and prints one line per finding:
 * `file:block: severity rule-id message`. Exit 1 when any finding is an error, so a build or
 * a pre-send script can stop on it; warnings and information leave the exit status at 0.
 */
import { checkRelease, isProfileId, PROFILES, type Finding } from '../../shared/checks';
import type { Language } from '../../shared/release/model';
import { parseOneInput } from './args';
import type { Command, CommandIO } from './command';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError } from './errors';
import { readInput } from './read-input';

const FORMATS = ['text', 'json'] as const;
const LANGS: readonly Language[] = ['ko', 'en'];
const PROFILE_IDS = Object.keys(PROFILES);

export const checkCommand: Command = {
  name: 'check',
  usage: `bodo check <input> [--format ${FORMATS.join('|')}] [--lang ${LANGS.join('|')}] [--profile ${PROFILE_IDS.join('|')}]`,
  help: [
    'Checks a press release against the house style and prints one line per finding:',
    '  <file>:<block>: <severity> <rule-id> <message>',
    '  --format json         print the findings as JSON instead (messages in both languages)',
    '  --lang ko|en          language of the messages (default ko)',
    `  --profile <profile>   rule limits to apply: ${PROFILE_IDS.join(', ')} (default default)`,
    'Exit status: 0 no errors (warnings may remain), 1 errors found or the file could not be read, 2 wrong call.',
  ].join('\n'),
  run: runCheck,
};

async function runCheck(args: string[], io: CommandIO): Promise<number> {
  const { input, format, lang, profile } = parseCheckArgs(args);
  const { release, silenced } = await readInput(input);
  // No `today`: the output depends on the file alone, so a script gets the same answer every run.
  const findings = checkRelease(release, { profile: PROFILES[profile], silenced });
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ file: input, profile, counts: countBySeverity(findings), findings }, null, 2)}\n`);
  } else {
    io.stdout(findings.map((finding) => `${formatFinding(input, finding, lang)}\n`).join(''));
    const counts = countBySeverity(findings);
    io.stderr(`${input}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info\n`);
  }
  return findings.some((finding) => finding.severity === 'error') ? EXIT_BAD_INPUT : EXIT_OK;
}

export function formatFinding(file: string, finding: Finding, lang: Language): string {
  return `${file}:${finding.blockLabel}: ${finding.severity} ${finding.ruleId} ${finding.message[lang]}`;
}

function countBySeverity(findings: readonly Finding[]): Record<Finding['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function parseCheckArgs(args: string[]) {
  const { input, values } = parseOneInput(args, {
    format: { type: 'string', default: 'text' },
    lang: { type: 'string', default: 'ko' },
    profile: { type: 'string', default: 'default' },
  });
  const format = oneOf(values.format, FORMATS, '--format');
  const lang = oneOf(values.lang, LANGS, '--lang');
  if (!isProfileId(values.profile)) throw new UsageError(`unknown profile "${values.profile}" (choose ${PROFILE_IDS.join(', ')})`);
  return { input, format, lang, profile: values.profile };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')}`);
  return value as T;
}
