/**
 * Rule messages come from the `rules` interface catalogues (keys are rule ids), so the words
 * live beside every other interface string and a translator never edits code.
 */
import enRules from '../i18n/en/rules.json';
import koRules from '../i18n/ko/rules.json';
import type { Localized } from './types';

/** Messages by rule id, plus the terms formats read (`weekday`). */
type RuleCatalogue = Record<string, string | Record<string, string>> & { weekday: Record<string, string> };

const CATALOGUE: Record<keyof Localized, RuleCatalogue> = { ko: koRules, en: enRules };

/** Value formats a message may ask for, as i18next writes them (`{{actual, weekday}}`): a weekday's name in the language. */
const FORMATS: Record<string, (value: string, catalogue: RuleCatalogue) => string | undefined> = {
  weekday: (value, catalogue) => catalogue.weekday[value],
};

/** Fills `{{name}}` and `{{name, format}}` placeholders; an unknown name stays visible rather than vanishing. */
function interpolate(template: string, params: Record<string, string | number> | undefined, catalogue: RuleCatalogue): string {
  if (!params) return template;
  return template.replace(/\{\{(\w+)(?:,\s*(\w+))?\}\}/g, (whole, name: string, format: string | undefined) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return (format && FORMATS[format]?.(value, catalogue)) ?? value;
  });
}

function message(language: keyof Localized, ruleId: string, params: Record<string, string | number> | undefined): string {
  const template = CATALOGUE[language][ruleId];
  return typeof template === 'string' ? interpolate(template, params, CATALOGUE[language]) : ruleId;
}

/** A rule's message in both interface languages, its parameters filled in; the rule id when a catalogue lacks it. */
export function ruleMessage(ruleId: string, params?: Record<string, string | number>): Localized {
  return { ko: message('ko', ruleId, params), en: message('en', ruleId, params) };
}

/** Whether both catalogues hold a message for the rule. */
export function hasRuleMessage(ruleId: string): boolean {
  return typeof CATALOGUE.ko[ruleId] === 'string' && typeof CATALOGUE.en[ruleId] === 'string';
}
