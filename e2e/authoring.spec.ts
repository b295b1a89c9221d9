/**
 * Issue 3's acceptance: a newcomer writes the Korean sample release from the □식 template with
 * the keyboard alone (the keys the app shows: Enter, Tab/Shift+Tab, typed markers, Mod-Alt-f for
 * a note and Esc to leave it, the block menu on Mod-. for the kind, the 참고 page and the table), saves it with Ctrl+S, and gets the
 * golden DOCX-ready text byte for byte; reopened, the document is unchanged.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { releaseFromEditor } from '../shared/document/convert';
import type { EditorNodeJSON } from '../shared/document/envelope';
import { exportRelease } from '../shared/export';
import { expect, test } from './support/fixtures';
import { composeKorean } from './support/ime';
import { ROOT } from './support/paths';

const BOM = '\uFEFF';
const goldenText = (name: string) => readFile(join(ROOT, 'shared', 'fixtures', 'releases', `${name}.expected.txt`), 'utf8');

/** The writer at the keyboard: typing, keys, composing Korean, and the block menu. */
class Writer {
  constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  /**
   * A person never types the next key before the screen shows the last one: wait a frame after
   * each step, so text inserted as input (read back from the DOM) is in the document before the
   * next key's command runs. Without it a loaded machine can reorder them.
   */
  private settle = () => this.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

  type = async (text: string) => {
    await this.page.keyboard.insertText(text);
    await this.settle();
  };
  /** A marker typed key by key at the start of a line, so its input rule sees the space. */
  marker = async (marker: string) => {
    await this.page.keyboard.type(marker);
    await this.settle();
  };
  compose = async (text: string) => {
    await composeKorean(this.cdp, text);
    await this.settle();
  };
  press = async (...keys: string[]) => {
    for (const key of keys) {
      await this.page.keyboard.press(key);
      await this.settle();
    }
  };

  /** Mod-Alt-f after the term, the note's text, then Esc back to the sentence. */
  async note(text: string, how: 'type' | 'compose' = 'type') {
    await this.press('ControlOrMeta+Alt+f');
    await (how === 'compose' ? this.compose(text) : this.type(text));
    await this.press('Escape');
  }

  /** A sentence with a marked term: the text up to `term`, its note, then the rest. */
  async markedSentence(sentence: string, term: string, noteText: string) {
    const [before, after] = sentence.split(`${term}*`);
    await this.type(`${before}${term}`);
    await this.note(noteText);
    await this.type(after!);
  }

  /** Opens the block menu (Mod-.), walks down to the action and takes it with Enter. */
  async blockMenu(action: string) {
    await this.press('ControlOrMeta+.');
    const menu = this.page.getByRole('menu');
    await expect(menu).toBeVisible();
    for (let step = 0; step < 20; step++) {
      if ((await menu.locator('button:focus').getAttribute('data-action')) === action) break;
      await this.press('ArrowDown');
    }
    await expect(menu.locator('button:focus')).toHaveAttribute('data-action', action);
    await this.press('Enter');
    await expect(menu).toHaveCount(0);
    // The caret is back in the text (TipTap hands focus back on the next frame).
    await expect(this.page.locator('.ProseMirror')).toBeFocused();
  }
}

async function readSaved(path: string): Promise<EditorNodeJSON> {
  return (JSON.parse(await readFile(path, 'utf8')) as { content: EditorNodeJSON }).content;
}

async function textExportOf(content: EditorNodeJSON): Promise<string> {
  return (await exportRelease(releaseFromEditor(content), 'txt')).data as string;
}

async function saveWith(page: Page, host: { answerSaveDialog(path: string): Promise<void> }, keys: string, path: string) {
  await host.answerSaveDialog(path);
  await page.keyboard.press(keys);
  await expect(page.locator('.app')).toHaveAttribute('data-dirty', 'false');
  await expect(page.getByTestId('document-name')).toContainText(path.split('/').pop()!.replace(/\.bodo$/, ''));
}

test('the Korean sample release, written from the □식 template with the keyboard alone, saves, exports and reopens exactly', async ({ page, host }) => {
  test.setTimeout(180_000);
  const expected = await goldenText('ko-sample-ai-chips');
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  const writer = new Writer(page, await page.context().newCDPSession(page));
  const { type, compose, press } = writer;

  // The cursor waits in the first field; Enter goes from field to field.
  await expect(page.locator('.ProseMirror')).toBeFocused();
  // The kind comes from the block menu in the header (a change of mind included).
  const header = page.locator('[data-type="header"]');
  await writer.blockMenu('kind-background');
  await expect(header).toHaveAttribute('data-kind', 'background');
  await writer.blockMenu('kind-press-release');
  await expect(header).toHaveAttribute('data-kind', 'press-release');
  await compose('과학기술정보통신부');
  await press('Enter');
  await type('2026. 12. 3.(목) 12:00 이후(12. 4.(금) 조간)');
  await press('Enter');
  await type('2026. 12. 3.(목)');
  await press('Enter');

  await compose('과기정통부, 국산 AI 반도체 실증 지원 사업 참여기관 공모');
  await press('Enter');
  await type('데이터센터·공공 클라우드 10곳에 국산 AI 반도체 실증 환경 구축');
  await press('Enter');
  await type('12. 4.(금)부터 12. 31.(목)까지 사업 참여 신청 접수');
  // A third subtitle is offered; Enter on it, empty, goes on to the body.
  await press('Enter', 'Enter');

  // The template's first □.
  await compose(
    '과학기술정보통신부(장관 홍길동, 이하 ‘과기정통부’)는 국산 AI 반도체의 공공 실증을 확대하기 위해 ‘2027년 AI 반도체 실증 지원 사업’ 참여기관을 12월 4일(금)부터 공모한다고 밝혔다.',
  );
  // Its ㅇ placeholder becomes the next □.
  await press('ArrowDown', 'Shift+Tab');
  await type('이번 사업은 국산 신경망처리장치(NPU');
  await writer.note('NPU(Neural Processing Unit): 인공지능 연산에 특화된 반도체', 'compose');
  await type(')를 데이터센터와 공공 클라우드에 설치하고, 실제 서비스 환경에서 성능과 안정성을 검증하는 사업이다.');
  await press('Enter', 'Tab');
  await type('선정된 기관은 과제당 최대 20억원을 지원받으며, 실증 결과는 성능 평가 보고서');
  await writer.note('전력 효율, 추론 지연 시간, 장애 복구 시간 등 12개 지표로 평가');
  await type('로 공개된다.');
  await press('Enter', 'Tab');
  await type('실증 기간은 계약일로부터 12개월이며, 필요시 6개월 연장할 수 있다.');
  await press('Enter');
  await writer.marker('· ');
  await type('연장 여부는 중간 평가 결과에 따라 결정된다.');

  // The template's second □ and its ㅇ.
  await press('ArrowDown');
  await type('신청 자격은 국내 데이터센터 운영 기업, 공공기관, 대학 등이며 컨소시엄 구성도 가능하다.');
  await press('ArrowDown');
  await type('국산 AI 반도체 기업과의 공동 신청');
  await writer.note('반도체 기업이 컨소시엄 구성원으로 참여하는 경우');
  await type('을 우대하고, 지역 소재 기관');
  await writer.note('수도권 외 지역에 본사 또는 데이터센터가 있는 기관');
  await type('에는 서류 평가 가점');
  await writer.note('서류 평가 점수의 5% 이내');
  await type('을 부여한다.');
  await press('Enter', 'Tab');
  await writer.marker('※ ');
  await type('세부 평가 기준은 공고문 참조');
  // Enter twice leaves the remarks; a typed □ starts the next top-level block.
  await press('Enter', 'Enter');
  await writer.marker('□ ');
  await type('김철수 과기정통부 정보통신정책실장은 “국산 AI 반도체가 실제 서비스에서 검증받을 기회를 넓혀 국내 AI 생태계의 기반을 단단히 하겠다”라고 밝혔다.');
  await press('Enter');
  await writer.marker('[붙임] ');
  await type('2027년 AI 반도체 실증 지원 사업 공고문 1부.');

  // 참고 1, from the block menu: its title, two □ and a table.
  await writer.blockMenu('reference');
  await type('사업 개요');
  await press('Enter');
  await type('(지원 규모) 10개 과제, 과제당 최대 20억원');
  await press('Enter');
  await type('(추진 일정) 공고 후 4주간 접수하고, 서면·발표 평가로 선정');
  await writer.blockMenu('table');
  await type('주요 일정');
  const rows = [
    ['구분', '일정', '비고'],
    ['공고', '12. 4.(금)', '과기정통부 누리집'],
    ['접수', '12. 4.(금)∼12. 31.(목)', '온라인 접수'],
    ['선정', '2027. 2월 중', '서면·발표 평가'],
  ];
  for (const cell of rows.flat()) {
    await press('Tab');
    await type(cell);
  }

  // The contact table closes the document, below the table.
  await press('ArrowDown');
  await type('정보통신정책실 인공지능기반정책과');
  await press('Enter');
  await type('과장 이영희 (044-202-6000)');
  await press('Enter');
  await type('사무관 박민수 (044-202-6001)');
  await press('Enter');
  await type('주무관 최지은 (044-202-6002)');

  const path = join(host.folder, '공모.bodo');
  await saveWith(page, host, 'ControlOrMeta+s', path);
  const saved = await readSaved(path);
  expect(await textExportOf(saved)).toBe(expected);

  // The app's own export writes the same text to a .txt file (with the BOM Word needs).
  const txtPath = join(host.folder, '공모.txt');
  await host.answerSaveDialog(txtPath);
  await host.sendCommand({ name: 'export', format: 'txt' });
  await expect.poll(() => readFile(txtPath, 'utf8').catch(() => '')).not.toBe('');
  expect(await readFile(txtPath, 'utf8')).toBe(BOM + expected);

  // Reopened (Ctrl+O), it is the same document: saved again elsewhere, the same content.
  await host.sendCommand({ name: 'new', template: 'ko-gaejo' });
  await host.answerOpenDialog(path);
  await page.keyboard.press('ControlOrMeta+o');
  await expect(page.locator('[data-type="title"]')).toHaveText('과기정통부, 국산 AI 반도체 실증 지원 사업 참여기관 공모');
  const copy = join(host.folder, '공모 사본.bodo');
  await saveWith(page, host, 'ControlOrMeta+Shift+s', copy);
  const reopened = await readSaved(copy);
  expect(reopened).toEqual(saved);
  expect(await textExportOf(reopened)).toBe(expected);
});

test('the English seed release, written from the English template with the keyboard alone, exports exactly', async ({ page, host }) => {
  test.setTimeout(180_000);
  const expected = await goldenText('msit-belarus-2019');
  // The text of golden line n (1-based), without its indent and marker: what the writer types.
  const lines = expected.split('\n');
  const text = (n: number) => lines[n - 1]!.replace(/^ *(□|ㅇ|-|\*) /, '');
  await host.sendCommand({ name: 'new', template: 'en' });
  const writer = new Writer(page, await page.context().newCDPSession(page));
  const { type, press } = writer;
  await expect(page.locator('.ProseMirror')).toBeFocused();

  // No header: Enter passes the agency, embargo and distribution fields.
  await press('Enter', 'Enter', 'Enter');
  await type(text(1));
  for (const n of [2, 3, 4]) {
    await press('Enter');
    await type(text(n));
  }
  await press('Enter', 'Enter');

  await writer.marker('□ ');
  await type(text(6));
  await press('Enter');
  await type(text(8));
  // A note whose term lost its asterisk: "* " on the line below makes it the note of the block above.
  await press('Enter');
  await writer.marker('* ');
  await type(text(9));
  await press('Enter', 'Enter', 'Tab');
  await type(text(10));
  await press('Enter');
  await writer.marker('* ');
  await type(text(11));
  await press('Enter', 'Enter', 'ControlOrMeta+Alt+9');
  await type(text(13));
  await press('Enter');
  await writer.markedSentence(text(15), 'NTIS', text(16));
  await press('Enter', 'Tab');
  await type(text(17));
  await press('Enter');
  await writer.marker('* ');
  await type(text(18));
  await press('Enter', 'Enter');
  await writer.markedSentence(text(19), 'Belarus', text(20));
  await press('Enter', 'ControlOrMeta+Alt+9');
  await type(text(22));
  await press('Enter');
  await type(text(24));
  for (const n of [25, 26]) {
    await press('Enter', ...(n === 25 ? ['Tab'] : []));
    await type(text(n));
  }
  await press('Enter', 'ControlOrMeta+Alt+9');
  await type(text(28));
  await press('Enter');
  await type(text(30));
  await press('Enter', 'Tab');
  await type(text(31));
  // Back to a plain paragraph (Mod-Alt-0), which carries a note of its own and two ㅇ.
  await press('Enter', 'ControlOrMeta+Alt+0');
  await type(text(33));
  await press('Enter');
  await writer.marker('* ');
  await type(text(34));
  await press('Enter', 'Enter', 'Tab');
  await type(text(35));
  await press('Enter');
  await type(text(36));
  await press('Enter', 'ControlOrMeta+Alt+0');
  await type(text(38));
  await press('Enter', 'Tab');
  await type(text(39));

  const path = join(host.folder, 'belarus.bodo');
  await saveWith(page, host, 'ControlOrMeta+s', path);
  expect(await textExportOf(await readSaved(path))).toBe(expected);
});
