/**
 * The identifying-details checker (text/identifyingDetails.ts) as the letter pages use it: the
 * writer's own list of words, the findings split into plain text and marked details for showing in
 * place, and the writer's or coordinator's decision to keep a finding with a reason.
 */
import { findIdentifyingDetails, type Finding, type ProtectedDetail } from '../text/identifyingDetails';
import type { KeptFinding } from './letterDraft';

/** The words a writer says must not appear, one a line, as details the checker looks for. */
export function detailsFromWords(words: string): ProtectedDetail[] {
  const seen = new Set<string>();
  return words.split('\n').flatMap((line) => {
    const text = line.trim().replace(/\s+/g, ' ');
    if (!text || seen.has(text.toLowerCase())) return [];
    seen.add(text.toLowerCase());
    return [{ kind: 'other' as const, text }];
  });
}

/** A finding, with the reason it was kept if it was. */
export interface ReviewedFinding extends Finding {
  /** Identifies the finding on screen: the n-th finding in the letter. */
  id: string;
  keptBecause?: string;
}

const sameDetail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Checks the letter; a finding whose text was kept (anywhere in the letter) carries the reason. */
export function reviewLetter(
  letter: string,
  details: readonly ProtectedDetail[],
  kept: readonly KeptFinding[],
): ReviewedFinding[] {
  return findIdentifyingDetails(letter, details).map((finding, i) => {
    const decision = kept.find((k) => sameDetail(k.text, finding.text));
    return { ...finding, id: `finding-${i + 1}`, ...(decision ? { keptBecause: decision.reason } : {}) };
  });
}

/** Keeps a finding's detail with a reason, replacing an earlier reason for the same detail. */
export function keepFinding(kept: readonly KeptFinding[], text: string, reason: string): KeptFinding[] {
  return [...kept.filter((k) => !sameDetail(k.text, text)), { text, reason: reason.trim() }];
}

export function unkeepFinding(kept: readonly KeptFinding[], text: string): KeptFinding[] {
  return kept.filter((k) => !sameDetail(k.text, text));
}

/** The letter in order: plain text between the findings, and each finding, for marking in place. */
export type LetterPart = { text: string; finding?: ReviewedFinding };

export function letterParts(letter: string, findings: readonly ReviewedFinding[]): LetterPart[] {
  const parts: LetterPart[] = [];
  let at = 0;
  for (const finding of findings) {
    if (finding.start > at) parts.push({ text: letter.slice(at, finding.start) });
    parts.push({ text: letter.slice(finding.start, finding.end), finding });
    at = finding.end;
  }
  if (at < letter.length) parts.push({ text: letter.slice(at) });
  return parts;
}
