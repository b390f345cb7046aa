// `npm run content:stats`: how many resources of each type, and their words (min / median / total).
import { countWords } from '../src/hub/wordCount';
import { WORD_MINIMUMS, type LintedType } from '../src/hub/contentRules';
import { loadGlossary, loadResources } from './contentFiles';

const resources = loadResources();
const rows = (Object.keys(WORD_MINIMUMS) as LintedType[]).map((type) => {
  const words = resources
    .filter((r) => r.type === type)
    .map((r) => countWords(r.body))
    .sort((a, b) => a - b);
  return {
    type,
    count: words.length,
    'min words': words[0] ?? 0,
    'median words': words[Math.floor(words.length / 2)] ?? 0,
    'total words': words.reduce((s, w) => s + w, 0),
    'required min': WORD_MINIMUMS[type],
  };
});
console.table(rows);
console.log(`Glossary terms: ${loadGlossary().length}`);
console.log(`Total words: ${rows.reduce((s, r) => s + r['total words'], 0)}`);
