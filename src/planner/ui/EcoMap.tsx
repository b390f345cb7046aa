/**
 * The eco-map drawn as SVG from `layoutEcomap`, with its text equivalent beside it: everyone in the
 * diagram, in full and by where they are drawn, for screen readers and for anyone who finds the
 * diagram hard to read.
 */
import { useId, useMemo } from 'react';
import type { PlanContent } from '../schema/planSchema';
import { FORM_STROKES, HOUSEHOLD_FILL, layoutEcomap, type Stroke } from '../ecomap/layoutEcomap';
import { useToolTranslator } from './useToolTranslator';

const lineProps = (stroke: Stroke) => ({
  stroke: stroke.colour,
  strokeWidth: stroke.width,
  strokeDasharray: stroke.dash?.join(' '),
});

export default function EcoMap({
  plan,
  headingLevel = 2,
}: {
  plan: Pick<PlanContent, 'child' | 'people' | 'arrangements'>;
  headingLevel?: 2 | 3;
}) {
  // The eco-map's words load with it (i18n/builderToolCatalogue.ts), not on the builder's first screen.
  const { t } = useToolTranslator();
  const layout = useMemo(() => layoutEcomap(plan, t), [plan, t]);
  const textId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="ecomap" aria-labelledby="ecomap-heading">
      <Heading id="ecomap-heading" className="ecomap__heading">
        {t('plan.ecomap.heading')}
      </Heading>
      <svg
        className="ecomap__svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={t('plan.ecomap.svgLabel', { child: layout.childName })}
        aria-describedby={textId}
      >
        {layout.household && <rect {...layout.household} fill={HOUSEHOLD_FILL} className="ecomap__household" />}
        {layout.band && (
          <g className="ecomap__band">
            <line x1={0} y1={layout.band.y} x2={layout.width} y2={layout.band.y} />
            <text x={layout.width / 2} y={layout.band.headingY} textAnchor="middle" className="ecomap__label">
              {layout.band.heading}
            </text>
          </g>
        )}
        {layout.edges.map((e) => (
          <line
            key={`${e.to}-${e.form}`}
            data-form={e.form}
            x1={e.x1}
            y1={e.y1}
            x2={e.x2}
            y2={e.y2}
            {...lineProps(FORM_STROKES[e.form])}
          />
        ))}
        {layout.nodes.map((n) => (
          <g key={n.id} data-place={n.place}>
            <circle cx={n.x} cy={n.y} r={n.r} className={n.kind === 'child' ? 'ecomap__child' : 'ecomap__person'} />
            <text textAnchor="middle" className="ecomap__text-label">
              {n.lines.map((line, i) => (
                <tspan
                  key={i}
                  x={n.x}
                  y={n.y + n.r + line.dy}
                  className={line.bold ? 'ecomap__label' : 'ecomap__sublabel'}
                >
                  {line.text}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </svg>
      {layout.legend.length > 0 && (
        <ul className="ecomap__legend" aria-label={t('plan.ecomap.key')}>
          {layout.legend.map((item) => (
            <li key={item.form}>
              <svg width="56" height="12" aria-hidden="true" focusable="false">
                <line x1="2" y1="6" x2="54" y2="6" {...lineProps(FORM_STROKES[item.form])} />
              </svg>
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <figcaption>
        <p className="ecomap__caption">{layout.caption.join(' ')}</p>
        <div id={textId} className="ecomap__text">
          {layout.groups.map((group) => (
            <div key={group.place}>
              <p className="ecomap__group">{group.heading}</p>
              <ul>
                {group.entries.map((entry) => (
                  <li key={entry.id}>
                    <strong>{entry.name}</strong> ({entry.relationship}): {entry.contact}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </figcaption>
    </figure>
  );
}
