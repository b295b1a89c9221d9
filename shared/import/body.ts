/**
 * Builds the block tree of a body (or an attachment page) from classified lines: levels from
 * glyphs, notes under the block directly above, ※ remarks under the block whose indent they
 * follow, hard-wrapped lines joined back to their block, English section headings, and plain
 * paragraphs for everything else, in order.
 */
import type { Block, Language, Note, ParagraphBlock, ItemBlock, TableBlock } from '../release/model';
import { readMark, type Level } from './glyphs';
import type { SourceLine } from './lines';

type Owner = ParagraphBlock | ItemBlock;
type Open = { block: Owner; level: Level; indent: number };

/** What the previous filled line added, for continuation lines. */
type Last = { kind: 'owner'; block: Owner } | { kind: 'note'; note: Note } | { kind: 'remark'; block: { text: string } } | { kind: 'other' };

const SENTENCE_END = /[.!?:;,"”’'…。]$/;
const MAX_HEADING_WORDS = 20;

export class BodyBuilder {
  readonly blocks: Block[] = [];
  /** Source lines kept as plain paragraphs (or joined to one). */
  plainLines = 0;
  private open: Open[] = [];
  private owner: Owner | null = null;
  private last: Last = { kind: 'other' };
  private afterBlank = true;

  constructor(private readonly language: Language) {}

  blank(): void {
    this.afterBlank = true;
  }

  /** Adds one filled line; `nextIsBlank` tells whether a blank line (or the end) follows. */
  line(line: SourceLine, nextIsBlank: boolean): void {
    const mark = readMark(line);
    const afterBlank = this.afterBlank;
    this.afterBlank = false;
    if (mark?.kind === 'item') return this.item(mark.level, mark.marker, mark.text, line.indent);
    if (mark?.kind === 'note') return this.note(mark.marker, mark.text, line);
    if (mark?.kind === 'remark') return this.remark(mark.text, line.indent);
    if (!afterBlank && this.continues(line)) return;
    if (this.language === 'en' && afterBlank && nextIsBlank && looksLikeHeading(line.text)) {
      this.topLevel({ type: 'heading', text: line.text });
      return;
    }
    this.paragraph(line.text, line.indent);
  }

  table(table: TableBlock): void {
    this.topLevel(table);
    this.afterBlank = false;
  }

  private item(level: Level, marker: string, text: string, indent: number): void {
    while (this.open.length > 0 && (this.open[this.open.length - 1] as Open).level >= level) this.open.pop();
    const block: ItemBlock = { type: 'item', level, marker, text, notes: [], children: [] };
    const parent = this.open[this.open.length - 1];
    if (parent) parent.block.children.push(block);
    else this.blocks.push(block);
    this.open.push({ block, level, indent });
    this.setOwner(block);
  }

  private paragraph(text: string, indent: number): void {
    const block: ParagraphBlock = { type: 'paragraph', text, notes: [], children: [] };
    this.blocks.push(block);
    this.open = [{ block, level: 1, indent }];
    this.setOwner(block);
    this.plainLines += 1;
  }

  /** A note belongs to the block directly above it (house-style §3, §8). */
  private note(marker: string, text: string, line: SourceLine): void {
    if (!this.owner) {
      // Nothing above can hold a note (start, table, heading, remark): keep the line as written.
      this.paragraph(line.text, line.indent);
      this.last = { kind: 'other' };
      return;
    }
    const note: Note = { marker, text };
    this.owner.notes.push(note);
    this.last = { kind: 'note', note };
  }

  /**
   * A remark hangs under the block two spaces shallower (Bodo's own layout), else under the
   * deepest open block indented less than it; unindented it stands at the top.
   */
  private remark(text: string, indent: number): void {
    const block = { type: 'remark' as const, text };
    let parentIndex = -1;
    if (indent > 0) {
      parentIndex = this.open.findIndex((open) => open.indent === indent - 2);
      if (parentIndex < 0) {
        for (let index = this.open.length - 1; index >= 0; index -= 1) {
          if ((this.open[index] as Open).indent < indent) {
            parentIndex = index;
            break;
          }
        }
      }
    }
    const parent = this.open[parentIndex];
    if (parent) {
      parent.block.children.push(block);
      this.open = this.open.slice(0, parentIndex + 1);
    } else {
      this.blocks.push(block);
      this.open = [];
    }
    this.owner = null;
    this.last = { kind: 'remark', block };
  }

  /** An indented line without a glyph right under a block continues it (hard wrap). */
  private continues(line: SourceLine): boolean {
    const last = this.last;
    if (last.kind === 'note') {
      last.note.text = joinWrapped(last.note.text, line.text);
      return true;
    }
    if (line.indent === 0) return false;
    if (last.kind === 'owner') {
      last.block.text = joinWrapped(last.block.text, line.text);
      if (last.block.type === 'paragraph') this.plainLines += 1;
      return true;
    }
    if (last.kind === 'remark') {
      last.block.text = joinWrapped(last.block.text, line.text);
      return true;
    }
    return false;
  }

  private topLevel(block: Block): void {
    this.blocks.push(block);
    this.open = [];
    this.owner = null;
    this.last = { kind: 'other' };
  }

  private setOwner(block: Owner): void {
    this.owner = block;
    this.last = { kind: 'owner', block };
  }
}

function joinWrapped(text: string, more: string): string {
  return text === '' ? more : `${text} ${more}`;
}

/** An English section heading: a short line of words that does not end like a sentence. */
function looksLikeHeading(text: string): boolean {
  if (SENTENCE_END.test(text) || !/^[A-Z0-9“"‘'(]/.test(text)) return false;
  const words = text.split(/\s+/).length;
  return words <= MAX_HEADING_WORDS;
}
