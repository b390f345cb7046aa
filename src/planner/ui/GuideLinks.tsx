import type { GuideLink } from '../schema/labels';

/** "Read the guide" links beside a section: the depth lives in the hub, not in help text. */
export function GuideLinks({ guides }: { guides: GuideLink[] }) {
  if (guides.length === 0) return null;
  return (
    <aside className="guide-links" aria-label="Guidance for this section">
      <p className="guide-links__title">Guidance for this section</p>
      <ul>
        {guides.map((g) => (
          <li key={g.href}>
            <a href={g.href}>{g.title}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
