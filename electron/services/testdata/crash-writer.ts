/**
 * The process the kill test kills: saves a document and autosaves it to the journal in turns,
 * as fast as it can, reporting each write once it is complete. Run as
 * `node crash-writer.cjs <folder> <document id> <first sequence number>`; document n carries n in its comments.
 */
import { readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocumentFile } from '../../../shared/document/load';
import { createDocumentFiles } from '../documents';
import { createJournal } from '../journal';

const [folder, documentId, first] = process.argv.slice(2) as [string, string, string];
const sample = parseDocumentFile(readFileSync(join(folder, 'sample.bodo'), 'utf8'), 'sample.bodo');
if (!sample.ok) throw new Error(sample.message);
const documents = createDocumentFiles();
const journal = createJournal({ folder: join(folder, 'recovery') });

// Sizes vary so that a torn write could not pass for a whole document of another version.
const versionOf = (sequence: number) => ({
  ...sample.document,
  comments: [{ sequence }],
  versions: ['본문 '.repeat(20_000 + (sequence % 7) * 5_000)],
});

async function main(): Promise<void> {
  writeSync(1, 'ready\n');
  for (let sequence = Number(first); ; sequence++) {
    const document = versionOf(sequence);
    const autosave = sequence % 2 === 0;
    const written = autosave
      ? await journal.write({ documentId, path: null, document })
      : await documents.write(join(folder, 'release.bodo'), document);
    if (!written.ok) throw new Error(written.message);
    // Synchronous, so the parent never hears of a write before it is complete.
    writeSync(1, `${autosave ? 'autosave' : 'save'} ${sequence}\n`);
  }
}
void main();
