/**
 * The letter pages' island for one language: the privacy shell (the same device question, storage,
 * passphrase, idle lock and "Delete everything" as the builder) around "Write a letter" or "Check a
 * letter", each loaded only on its own page. Each language's page loads its own island
 * (LettersIsland.tsx, LettersIslandCy.tsx), so each carries only its own words.
 */
import { lazy, Suspense } from 'react';
import type { Translator } from '../../../i18n/createTranslator';
import DeviceShell from '../privacy/DeviceShell';
import { ToolNameContext } from '../useToolName';
import { TranslatorContext } from '../useTranslator';

const WriteLetter = lazy(() => import('./WriteLetter'));
const CheckLetter = lazy(() => import('./CheckLetter'));

export type LetterPage = 'write' | 'check';

export function islandForLetters(i18n: Translator) {
  return function LettersIsland({ page }: { page: LetterPage }) {
    const toolName = i18n.t(`letters.${page}.title`);
    return (
      <TranslatorContext.Provider value={i18n}>
        <ToolNameContext.Provider value={toolName}>
          <DeviceShell heading={toolName}>
            {(host) => (
              <Suspense fallback={<p className="loading">{i18n.t('privacy.shell.loading')}</p>}>
                {page === 'write' ? <WriteLetter host={host} /> : <CheckLetter host={host} />}
              </Suspense>
            )}
          </DeviceShell>
        </ToolNameContext.Provider>
      </TranslatorContext.Provider>
    );
  };
}
