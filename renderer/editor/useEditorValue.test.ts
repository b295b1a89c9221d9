// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cursorAt, destroyEditors, documentWith, editorWith, paragraph, type } from '../../shared/schema/testing';
import { editorValueStore, shallowEqual } from './useEditorValue';

afterEach(destroyEditors);

describe('a value shown from the editor', () => {
  it('tells its listeners when it changes (the cursor enters bold text), and not while typing leaves it as it was', () => {
    const editor = editorWith(documentWith([paragraph('보도 자료')]));
    cursorAt(editor, '보도');
    const store = editorValueStore(editor, (current) => ({ bold: current.isActive('bold') }));
    const changed = vi.fn();
    const unsubscribe = store.subscribe(changed);
    type(editor, '와');
    expect(changed).not.toHaveBeenCalled();
    editor.commands.toggleBold();
    expect(changed).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ bold: true });
    unsubscribe();
    editor.commands.toggleBold();
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('catches up with changes made while nobody listened', () => {
    const editor = editorWith(documentWith([paragraph('보도 자료')]));
    cursorAt(editor, '보도');
    const store = editorValueStore(editor, (current) => current.isActive('bold'));
    editor.commands.toggleBold();
    store.subscribe(() => {});
    expect(store.get()).toBe(true);
  });

  it('compares arrays and plain objects field by field', () => {
    expect(shallowEqual(['□', 'ㅇ'], ['□', 'ㅇ'])).toBe(true);
    expect(shallowEqual(['□', 'ㅇ'], ['■', 'ㅇ'])).toBe(false);
    expect(shallowEqual({ block: 'item', bold: false }, { block: 'item', bold: false })).toBe(true);
    expect(shallowEqual({ block: 'item' }, { block: 'item', bold: false })).toBe(false);
    expect(shallowEqual(null, {})).toBe(false);
  });
});
