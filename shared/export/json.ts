/**
 * Release JSON (house-style §7): the release model written out with a stable key order and
 * nothing else. Rebuilding every object field by field means whatever else a caller's object
 * carries (editor ids, comments) can never leak into the export.
 */
import type { Attachment, Block, Contact, Embargo, Note, Release } from '../release/model';

export function releaseToJSON(release: Release): string {
  return `${JSON.stringify(canonicalRelease(release), null, 2)}\n`;
}

/** The release with exactly the §7 fields, in the §7 order. */
export function canonicalRelease(release: Release): Release {
  return {
    format: 'bodo.release',
    version: 1,
    language: release.language,
    kind: release.kind,
    agency: release.agency,
    embargo: release.embargo === null ? null : canonicalEmbargo(release.embargo),
    distributed: release.distributed,
    title: release.title,
    subtitles: [...release.subtitles],
    body: release.body.map(canonicalBlock),
    attachments: release.attachments.map(canonicalAttachment),
    contacts: release.contacts.map(canonicalContact),
  };
}

function canonicalEmbargo(embargo: Embargo): Embargo {
  return compact({ text: embargo.text, online: embargo.online, print: embargo.print, immediate: embargo.immediate });
}

function canonicalBlock(block: Block): Block {
  switch (block.type) {
    case 'heading':
      return { type: 'heading', text: block.text };
    case 'remark':
      return { type: 'remark', text: block.text };
    case 'table':
      return compact({ type: 'table', caption: block.caption, rows: block.rows.map((row) => [...row]) });
    case 'paragraph':
      return {
        type: 'paragraph',
        text: block.text,
        notes: block.notes.map(canonicalNote),
        children: block.children.map(canonicalBlock),
      };
    case 'item':
      return {
        type: 'item',
        level: block.level,
        marker: block.marker,
        text: block.text,
        notes: block.notes.map(canonicalNote),
        children: block.children.map(canonicalBlock),
      };
  }
}

function canonicalNote(note: Note): Note {
  return compact({ marker: note.marker, text: note.text, anchor: note.anchor });
}

function canonicalAttachment(attachment: Attachment): Attachment {
  return { label: attachment.label, title: attachment.title, body: attachment.body.map(canonicalBlock) };
}

function canonicalContact(contact: Contact): Contact {
  return compact({
    role: contact.role,
    department: contact.department,
    rank: contact.rank,
    name: contact.name,
    phone: contact.phone,
  });
}

/**
 * Leaves out optional fields that are absent, keeping the literal's key order, so the output
 * never depends on how the caller built its object.
 */
function compact<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}
