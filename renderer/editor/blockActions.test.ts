// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { newDocument } from '../../shared/document/templates';
import { cursorInEmpty, destroyEditors, editorWith } from '../../shared/schema/testing';
import { headerKindChoices } from './blockActions';

afterEach(destroyEditors);

describe('the block menu in the header', () => {
  it('offers the release kinds as the document prints them, the current one checked, and picks one', () => {
    const editor = editorWith(newDocument('ko-gaejo', new Date(0)).content);
    cursorInEmpty(editor, 'agency');
    const choices = headerKindChoices(editor)!;
    expect(choices.map((c) => [c.label, c.checked])).toEqual([
      ['보도자료', true],
      ['보도참고자료', false],
      ['보도설명자료', false],
      ['해명자료', false],
    ]);
    choices.find((c) => c.id === 'kind-rebuttal')!.run(editor);
    expect(editor.state.doc.child(0).attrs.kind).toBe('rebuttal');
    expect(headerKindChoices(editor)!.find((c) => c.checked)!.label).toBe('해명자료');
  });

  it('is the usual block menu elsewhere', () => {
    const editor = editorWith(newDocument('en', new Date(0)).content);
    cursorInEmpty(editor, 'line');
    expect(headerKindChoices(editor)).toBeNull();
    cursorInEmpty(editor, 'embargo');
    expect(headerKindChoices(editor)!.map((c) => c.label)).toContain('Press release');
  });
});
