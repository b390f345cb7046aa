/**
 * The presenter's notes for each step, read from the session plan itself: the notes for an activity
 * are its section under "Running the session" (a `###` heading with the activity's title), and the
 * opening step's notes are "Before the session". One source, so the notes never drift from the plan
 * trainers read. The plan's MDX is reduced to plain blocks: paragraphs, list items, callouts and
 * discussion prompts, with links, glossary terms and emphasis kept as their words.
 */

export type NoteBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'callout'; title: string; text: string }
  | { kind: 'prompt'; text: string };

export interface SessionNotes {
  /** Notes for the opening step: preparation and materials. */
  start: NoteBlock[];
  /** Notes for each activity, in the order of the activity titles given. */
  activities: NoteBlock[][];
}

/** The body of each `level` heading's section, by heading text, within `text`. */
function sections(text: string, level: '##' | '###'): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = new RegExp(`^${level} +(.+?) *$`, 'gm');
  const heads = [...text.matchAll(pattern)];
  heads.forEach((head, i) => {
    const from = head.index + head[0].length;
    const to = i + 1 < heads.length ? heads[i + 1].index : text.length;
    found.set(head[1], text.slice(from, to));
  });
  return found;
}

/** MDX inline markup as the words it shows. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[A-Za-z][^>]*>|<\/[A-Za-z]+>/g, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const COMPONENT = /^<(Callout|DiscussionPrompt)\b([^>]*)>([\s\S]*?)<\/\1>$/;

/** A section's MDX as note blocks. */
export function noteBlocks(mdx: string): NoteBlock[] {
  // Components may span lines; everything else splits on blank lines, and lists into items.
  return mdx
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .flatMap((chunk): NoteBlock[] => {
      const component = COMPONENT.exec(chunk);
      if (component) {
        const [, name, attributes, inner] = component;
        if (name === 'DiscussionPrompt') return [{ kind: 'prompt', text: plainText(inner) }];
        const title = /title="([^"]*)"/.exec(attributes)?.[1] ?? '';
        return [{ kind: 'callout', title, text: plainText(inner) }];
      }
      if (/^[-*] /.test(chunk))
        return chunk
          .split(/\n(?=[-*] )/)
          .map((item) => ({ kind: 'item', text: plainText(item.replace(/^[-*] /, '')) }));
      return [{ kind: 'paragraph', text: plainText(chunk) }];
    });
}

/**
 * The notes for a session, from its MDX body and its activities' titles. An activity with no section
 * of its own gets no notes (a content test requires every activity to have one).
 */
export function sessionNotes(body: string, activityTitles: readonly string[]): SessionNotes {
  const parts = sections(body, '##');
  const running = sections(parts.get('Running the session') ?? '', '###');
  return {
    start: noteBlocks(parts.get('Before the session') ?? ''),
    activities: activityTitles.map((title) => noteBlocks(running.get(title) ?? '')),
  };
}
