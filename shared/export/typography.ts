/**
 * The default typographic profile (house-style §5, MSIT measurements), shared by the HTML and
 * Word exports. Each face names the house font first, then the fallbacks §5 allows.
 */
export type Face = { fonts: readonly string[]; sizePt: number; bold?: boolean };

const DOTUM = ['함초롬돋움', 'HCR Dotum', 'Noto Sans KR', 'Malgun Gothic'];
const BATANG = ['함초롬바탕', 'HCR Batang', 'Noto Serif KR', 'Batang'];
const MYEONGJO = ['휴먼명조', '바탕', 'Noto Serif KR', 'Batang'];
const PLAIN = ['바탕', 'Batang', 'Noto Serif KR'];
const GOTHIC = ['맑은 고딕', 'Malgun Gothic', 'Noto Sans KR'];
const HEADER = ['돋움', 'Dotum', 'Noto Sans KR', 'Malgun Gothic'];

export const TYPOGRAPHY = {
  title: { fonts: DOTUM, sizePt: 22, bold: true },
  subtitle: { fonts: BATANG, sizePt: 14 },
  item: { fonts: MYEONGJO, sizePt: 15 },
  paragraph: { fonts: PLAIN, sizePt: 14 },
  heading: { fonts: DOTUM, sizePt: 15, bold: true },
  note: { fonts: GOTHIC, sizePt: 12 },
  table: { fonts: GOTHIC, sizePt: 11 },
  header: { fonts: HEADER, sizePt: 10, bold: true },
  kind: { fonts: DOTUM, sizePt: 20, bold: true },
} as const satisfies Record<string, Face>;

/** Line spacing 160% (§5). */
export const LINE_HEIGHT = 1.6;

/** Space above a line, in points, by what it is (§5: □ 10, ㅇ 8, - and · 6, notes 4). */
export const SPACE_BEFORE_PT = { 1: 10, 2: 8, 3: 6, 4: 6, note: 4 } as const;

export const EMBARGO_BLUE = '#0000FF';
export const TABLE_HEADER_SHADE = '#DFE6F7';

/** A4 with MSIT margins, in millimetres (§5). */
export const PAGE = { widthMm: 210, heightMm: 297, top: 10, bottom: 15, left: 20, right: 20 } as const;
