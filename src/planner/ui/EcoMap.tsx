/**
 * The eco-map drawn as SVG from `layoutEcomap`, with its text equivalent beside it: the same facts as
 * a list, for screen readers and for anyone who finds the diagram hard to read.
 */
import { useMemo } from 'react';
import type { PlanContent } from '../schema/planSchema';
import { EDGE_STROKES, layoutEcomap, type EdgeStyle } from '../ecomap/layoutEcomap';
import { useTranslator } from './useTranslator';

const dash = (style: EdgeStyle) => EDGE_STROKES[style].dash?.join(' ');

export default function EcoMap({
  plan,
  headingLevel = 2,
}: {
  plan: Pick<PlanContent, 'child' | 'people' | 'arrangements'>;
  headingLevel?: 2 | 3;
}) {
  const { t, locale } = useTranslator();
  const layout = useMemo(() => layoutEcomap(plan, t), [plan, t]);
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const childName = layout.nodes[0].label;
  return (
    <figure className="ecomap" aria-labelledby="ecomap-heading">
      <Heading id="ecomap-heading" className="ecomap__heading">
        {t('plan.ecomap.heading')}
      </Heading>
      <svg
        className="ecomap__svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={t('plan.ecomap.svgLabel', { child: childName })}
      >
        {layout.edges.map((e) => {
          const from = byId.get(e.from)!;
          const to = byId.get(e.to)!;
          const stroke = EDGE_STROKES[e.style];
          return (
            <line
              key={e.to}
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
              stroke={stroke.colour}
              strokeWidth={stroke.width}
              strokeDasharray={dash(e.style)}
            />
          );
        })}
        {layout.nodes.map((n) => (
          <g key={n.id}>
            <circle cx={n.x} cy={n.y} r={n.r} className={n.kind === 'child' ? 'ecomap__child' : 'ecomap__person'} />
            <text x={n.x} y={n.y + n.r + 15} textAnchor="middle" className="ecomap__label">
              {n.label}
            </text>
            <text x={n.x} y={n.y + n.r + 31} textAnchor="middle" className="ecomap__sublabel">
              {n.sublabel}
            </text>
          </g>
        ))}
      </svg>
      {layout.legend.length > 0 && (
        <ul className="ecomap__legend" aria-label={t('plan.ecomap.key')}>
          {layout.legend.map((item) => (
            <li key={item.style}>
              <svg width="48" height="12" aria-hidden="true" focusable="false">
                <line
                  x1="2"
                  y1="6"
                  x2="46"
                  y2="6"
                  stroke={EDGE_STROKES[item.style].colour}
                  strokeWidth={EDGE_STROKES[item.style].width}
                  strokeDasharray={dash(item.style)}
                />
              </svg>
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <figcaption>
        <p className="ecomap__caption">{t('plan.ecomap.caption', { child: childName })}</p>
        <ul className="ecomap__text">
          {layout.edges.map((e) => {
            const person = plan.people.find((p) => p.id === e.to)!;
            return (
              <li key={e.to}>
                <strong>{person.name}</strong> (
                {person.relationship === 'other' && person.relationshipOther
                  ? person.relationshipOther
                  : t(`plan.option.relationship.${person.relationship}`).toLocaleLowerCase(locale)}
                ): {e.label}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
