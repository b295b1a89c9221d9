/**
 * `bodo convert <input> --to <format> [-o <output>] [--report]`: reads a release from any
 * readable input and writes one export. Output goes to standard output unless -o is given.
 */
import { writeFile } from 'node:fs/promises';
import { documentFromRelease } from '../../shared/document/convert';
import { exportRelease, isReleaseExportFormat, RELEASE_EXPORT_FORMATS } from '../../shared/export';
import { serializeDocument } from '../services/documents';
import { formatReport } from '../../shared/import/report';
import { EXIT_OK, FileError, UsageError } from './errors';
import { describeFileError, readInput } from './read-input';
import { parseOneInput } from './args';
import type { Command, CommandIO } from './command';

const TARGETS = [...RELEASE_EXPORT_FORMATS, 'bodo'] as const;

export const convertCommand: Command = {
  name: 'convert',
  usage: `bodo convert <input> --to <${TARGETS.join('|')}> [-o <output>] [--report]`,
  help: [
    'Converts a press release. The input format follows its extension (.json release JSON, .bodo document).',
    '  --to <format>        what to write: txt (DOCX-ready text), json (release JSON), html, docx (Word), bodo',
    '  -o, --output <file>  write to this file instead of standard output (required for docx);',
    '                       a .txt file gets a byte-order mark so Word reads it as UTF-8',
    '  --report             print what was recognised in the input on standard error',
  ].join('\n'),
  run: runConvert,
};

async function runConvert(args: string[], io: CommandIO): Promise<number> {
  const { input, target, output, report } = parseConvertArgs(args);
  const { release, report: importReport } = await readInput(input);
  if (report) {
    io.stderr(importReport ? `${formatReport(importReport)}\n` : `${input}: already a release, nothing to recognise\n`);
  }
  // A .txt file gets a BOM so Word detects UTF-8; standard output gets none (house-style §6.1).
  const data =
    target === 'bodo'
      ? serializeDocument(documentFromRelease(release, new Date()))
      : (await exportRelease(release, target, { bom: output !== undefined })).data;
  if (output === undefined) {
    io.stdout(data);
    return EXIT_OK;
  }
  try {
    await writeFile(output, data);
  } catch (error) {
    throw new FileError(output, describeFileError(error));
  }
  return EXIT_OK;
}

function parseConvertArgs(args: string[]) {
  const { input, values } = parseOneInput(args, {
    to: { type: 'string' },
    output: { type: 'string', short: 'o' },
    report: { type: 'boolean', default: false },
  });
  const target = values.to;
  if (target === undefined) throw new UsageError('--to is required');
  if (!isTarget(target)) throw new UsageError(`cannot convert to "${target}" (choose ${TARGETS.join(', ')})`);
  if (target === 'docx' && values.output === undefined) throw new UsageError('--to docx needs -o <file>');
  return { input, target, output: values.output, report: values.report ?? false };
}

function isTarget(format: string): format is (typeof TARGETS)[number] {
  return format === 'bodo' || isReleaseExportFormat(format);
}

