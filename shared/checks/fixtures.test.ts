/**
 * The two golden releases are house style as published, so they must raise no errors. What
 * they do raise is listed here, with why each finding is right:
 *
 * ko-sample-ai-chips
 * - length/pages: five □ blocks of about 90 characters at 15pt, with notes and children, run
 *   past one A4 page (about 1.2) at 170mm line width; real releases usually do.
 * - structure/single-child (info) on body 2 and 3: each □ has one ㅇ, which could be folded in.
 *
 * msit-belarus-2019 (an English web page: no timing row, no contact table)
 * - header/missing-embargo, header/missing-distribution, contacts/missing-head, -staff: the
 *   page has none of them.
 * - title/too-long, title/too-many-lines: 94 characters, three lines even at MSIT's 22pt.
 * - subtitle/too-many (default profile only): three highlight bullets is MSIT's English form.
 * - length/pages: about 3.6 pages.
 * - structure/single-child (info) on body 2.
 * - text/double-space on body 4: "NTIS*,  technology" has a no-break space and a space.
 * - text/sentence-length on body 4.2 and 10: single sentences of 350 and 387 characters.
 * - structure/note-without-text on body 8.1: "ICT Cooperation Center*" has its note on the next
 *   paragraph (body 9), where the web page put it…
 * - structure/note-without-reference (info) on body 2, 2.1, 4.1 and 9: …and pasted web text
 *   lost the `*` after these terms.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { releaseSchema, type Release } from '../release/model';
import { checkRelease } from './engine';
import { PROFILES } from './profiles';

function fixture(name: string): Release {
  const url = new URL(`../fixtures/releases/${name}.expected.json`, import.meta.url);
  return releaseSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

const summary = (release: Release, profile: keyof typeof PROFILES) =>
  checkRelease(release, { profile: PROFILES[profile] }).map((f) => `${f.blockLabel}: ${f.severity} ${f.ruleId}`);

describe('the golden releases', () => {
  it('ko-sample-ai-chips reports no errors, only its length and two foldable items', () => {
    const expected = ['body: warning length/pages', 'body 2: info structure/single-child', 'body 3: info structure/single-child'];
    expect(summary(fixture('ko-sample-ai-chips'), 'default')).toEqual(expected);
    expect(summary(fixture('ko-sample-ai-chips'), 'msit')).toEqual(expected);
  });

  it('msit-belarus-2019 reports no errors, only what a web page of 2019 lacks', () => {
    const msit = [
      'header embargo: warning header/missing-embargo',
      'header distributed: warning header/missing-distribution',
      'title: warning title/too-long',
      'title: warning title/too-many-lines',
      'body: warning length/pages',
      'body 2: info structure/single-child',
      'body 2: info structure/note-without-reference',
      'body 2.1: info structure/note-without-reference',
      'body 4: warning text/double-space',
      'body 4.1: info structure/note-without-reference',
      'body 4.2: warning text/sentence-length',
      'body 8.1: warning structure/note-without-text',
      'body 9: info structure/note-without-reference',
      'body 10: warning text/sentence-length',
      'contacts: warning contacts/missing-head',
      'contacts: warning contacts/missing-staff',
    ];
    expect(summary(fixture('msit-belarus-2019'), 'msit')).toEqual(msit);
    const byDefault = summary(fixture('msit-belarus-2019'), 'default');
    expect(byDefault).toEqual([...msit.slice(0, 4), 'subtitle 3: warning subtitle/too-many', ...msit.slice(4)]);
  });
});
