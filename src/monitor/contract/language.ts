// Language of a text for contracts and text monitors: tinyld on a bounded prefix, 'und' when it
// cannot tell. One place, so the contract and the live profile agree on what "zh" means.
import { detect } from 'tinyld';
import { LANGUAGE_SAMPLE_CHARS } from '../profile/text.ts';

export function detectLanguage(text: string): string {
  const lang = detect(text.slice(0, LANGUAGE_SAMPLE_CHARS));
  return lang === '' ? 'und' : lang;
}
