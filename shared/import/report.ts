/**
 * What an import recognised, for the user (an import summary) and the command line
 * (`--report`): counts of what was found, how many lines stayed plain paragraphs, and which
 * lines were dropped as web-site navigation.
 */
import type { Block, Release } from '../release/model';

export type ImportCounts = {
  headings: number;
  paragraphs: number;
  /** Items per level 1–4. */
  items: [number, number, number, number];
  notes: number;
  remarks: number;
  tables: number;
  attachments: number;
  contacts: number;
};

export type ImportReport = {
  format: 'text' | 'html' | 'docx';
  language: Release['language'];
  /** Header parts found: kind label, agency, embargo, distribution date, title, subtitles. */
  header: { kindLabel: boolean; agency: boolean; embargo: boolean; distributed: boolean; title: boolean; subtitles: number };
  counts: ImportCounts;
  /** Source lines that became (or were joined to) plain paragraphs: unclassified text. */
  plainLines: number;
  /** Lines dropped as site chrome (menus, breadcrumbs, "back to top"), as written. */
  navigation: string[];
};

/** What the source's layout showed beyond the release itself; a Bodo file or JSON shows it all. */
export type SourceFindings = Pick<ImportReport, 'plainLines' | 'navigation'> & { kindLabel: boolean };

const EXACT_SOURCE: SourceFindings = { kindLabel: true, plainLines: 0, navigation: [] };

/** The report on a release as read, less its format (the caller knows which reader ran). */
export function reportOn(release: Release, source: SourceFindings = EXACT_SOURCE): Omit<ImportReport, 'format'> {
  return {
    language: release.language,
    header: {
      kindLabel: source.kindLabel,
      agency: release.agency !== null,
      embargo: release.embargo !== null,
      distributed: release.distributed !== null,
      title: release.title !== '',
      subtitles: release.subtitles.length,
    },
    counts: countBlocks(release),
    plainLines: source.plainLines,
    navigation: source.navigation,
  };
}

function countBlocks(release: Release): ImportCounts {
  const counts: ImportCounts = {
    headings: 0,
    paragraphs: 0,
    items: [0, 0, 0, 0],
    notes: 0,
    remarks: 0,
    tables: 0,
    attachments: release.attachments.length,
    contacts: release.contacts.length,
  };
  const visit = (block: Block) => {
    switch (block.type) {
      case 'heading':
        counts.headings += 1;
        return;
      case 'remark':
        counts.remarks += 1;
        return;
      case 'table':
        counts.tables += 1;
        return;
      case 'paragraph':
      case 'item':
        if (block.type === 'item') counts.items[block.level - 1] = (counts.items[block.level - 1] ?? 0) + 1;
        else counts.paragraphs += 1;
        counts.notes += block.notes.length;
        block.children.forEach(visit);
    }
  };
  release.body.forEach(visit);
  for (const attachment of release.attachments) attachment.body.forEach(visit);
  return counts;
}

/** A one-screen summary for the command line. */
export function formatReport(report: ImportReport): string {
  const { counts } = report;
  const lines = [
    `format: ${report.format}, language: ${report.language}`,
    `header: ${[
      report.header.kindLabel && 'kind label',
      report.header.agency && 'agency',
      report.header.embargo && 'embargo',
      report.header.distributed && 'distribution date',
      report.header.title && 'title',
    ]
      .filter(Boolean)
      .join(', ') || 'none'}; subtitles: ${report.header.subtitles}`,
    `blocks: □ ${counts.items[0]}, ㅇ ${counts.items[1]}, - ${counts.items[2]}, · ${counts.items[3]}, ` +
      `paragraphs ${counts.paragraphs}, headings ${counts.headings}, notes ${counts.notes}, remarks ${counts.remarks}, tables ${counts.tables}`,
    `attachments: ${counts.attachments}, contacts: ${counts.contacts}`,
    `lines kept as plain paragraphs: ${report.plainLines}`,
    `lines dropped as site navigation: ${report.navigation.length}`,
    ...report.navigation.map((line) => `  ${line}`),
  ];
  return `${lines.join('\n')}\n`;
}
