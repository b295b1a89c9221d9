/** The header: kind label (보도자료 …) over the embargo and distribution row (house-style §1.1–2). */
import { Node } from '@tiptap/core';
import { RELEASE_KINDS, type ReleaseKind } from '../release/model';
import { choiceAttribute, taggedAs } from './dom';
import { SUGGESTION_GROUP } from './suggestionMark';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    header: {
      /** 보도자료 / 보도참고자료 / 보도설명자료 / 해명자료. */
      setReleaseKind: (kind: ReleaseKind) => ReturnType;
    };
  }
}

export const HeaderNode = Node.create({
  name: 'header',
  content: 'agency embargo distribution',
  // Whole blocks inside can be suggested (inserted or deleted) in Suggesting mode.
  marks: SUGGESTION_GROUP,
  ...taggedAs('header', 'header'),

  addAttributes() {
    return { kind: choiceAttribute<ReleaseKind>('kind', RELEASE_KINDS, 'press-release') };
  },

  addCommands() {
    return {
      setReleaseKind:
        (kind) =>
        ({ tr }) => {
          // The header is always the document's first child.
          tr.setNodeAttribute(0, 'kind', kind);
          return true;
        },
    };
  },
});
