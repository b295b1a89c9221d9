/** Every house-style rule, in the order a reader meets what they check. */
import type { Rule } from '../types';
import { contactRules } from './contacts';
import { headerRules } from './header';
import { lengthRules } from './length';
import { structureBlockRules, structureDocumentRules } from './structure';
import { textRules } from './text';
import { titleRules } from './title';

export const RULES: readonly Rule[] = [
  ...headerRules,
  ...titleRules,
  ...structureDocumentRules,
  ...structureBlockRules,
  ...textRules,
  ...contactRules,
  ...lengthRules,
];
