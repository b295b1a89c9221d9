/** Title and subtitles (house-style §1.3): present, short, at most two lines, one or two subtitles. */
import type { Release } from '../../release/model';
import type { Profile } from '../profiles';
import { charCount, wrappedLines } from '../text';
import type { DocumentRule, Target } from '../types';

const TITLE: Target = { part: 'title', path: [] };

function titleLines(release: Release, profile: Profile): number {
  return wrappedLines(release.title, profile.typography.sizePt.title, profile);
}

export const titleRules: DocumentRule[] = [
  {
    id: 'title/empty',
    scope: 'document',
    severity: 'error',
    check: (release) => (release.title.trim() ? [] : [{ target: TITLE }]),
  },
  {
    id: 'title/too-long',
    scope: 'document',
    severity: 'warning',
    check: (release, profile) => {
      const length = charCount(release.title);
      const max = profile.limits.titleMaxChars;
      return length > max ? [{ target: TITLE, params: { length, max } }] : [];
    },
  },
  {
    id: 'title/too-many-lines',
    scope: 'document',
    severity: 'warning',
    check: (release, profile) => {
      const lines = titleLines(release, profile);
      const max = profile.limits.titleMaxLines;
      return release.title.trim() && lines > max ? [{ target: TITLE, params: { lines, max } }] : [];
    },
  },
  {
    id: 'subtitle/too-many',
    scope: 'document',
    severity: 'warning',
    check: (release, profile) => {
      const max = profile.limits.subtitlesMax[release.language];
      const count = release.subtitles.length;
      return count > max ? [{ target: { part: 'subtitle', path: [max] }, params: { count, max } }] : [];
    },
  },
  {
    id: 'subtitle/empty',
    scope: 'document',
    severity: 'warning',
    fixable: true,
    check: (release) =>
      release.subtitles.flatMap((subtitle, i) =>
        subtitle.trim() ? [] : [{ target: { part: 'subtitle', path: [i] } as Target, fix: { kind: 'remove' } as const }],
      ),
  },
];
