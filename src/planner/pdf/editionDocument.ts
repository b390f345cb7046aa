/**
 * The child's plan and the easy-read edition as document blocks: a title, then each section's
 * heading and its points, a picture beside each (our own vector art, pictures/pictures.ts) with its
 * alternative text, key words bold. The child's plan also shows the eco-map, with everyone named as
 * the child knows them. Type is large: how large is the edition's (`EDITION_TEXT_SCALE`).
 *
 * Pure: no pdf-lib. `renderPlanPdf` lays these blocks out and draws them.
 */
import type { Translator } from '../../i18n/translator';
import type { EditionReading, Point, Wording } from '../answers/readerEditions';
import type { PlanContent } from '../schema/planSchema';
import type { Block } from './pageLayout';
import { pictureOps } from './pictureFigure';
import { pictureAltKey } from '../pictures/pictures';

/**
 * Type size against the agency record's 10.5 pt body: easy read at about 16 pt (easy-read guides
 * ask for 14 pt or more), the child's plan larger the younger the child.
 */
export function editionTextScale(wording: Wording): number {
  if (wording.kind === 'easyRead') return 1.55;
  return { under8: 1.6, '8to12': 1.35, teen: 1.15 }[wording.ageBand];
}

/** The picture's size in points beside each point. */
const PICTURE_SIZE = { easyRead: 64, child: 56 } as const;

function pointBlock(point: Point, size: number, i18n: Translator): Block {
  return {
    kind: 'point',
    picture: {
      size,
      label: i18n.t(pictureAltKey(point.picture)),
      draw: (x, yTop) => pictureOps(point.picture, x, yTop, size),
    },
    paragraphs: point.sentences.map((runs) =>
      runs.map((run) => ({ text: run.text, font: run.strong ? ('bold' as const) : ('regular' as const) })),
    ),
  };
}

export interface EditionContext {
  plan: PlanContent;
  wording: Wording;
  i18n: Translator;
  /** The eco-map as the child knows everyone, for the child's plan. */
  ecomap?: Block;
}

export function editionBlocks(reading: EditionReading, ctx: EditionContext): Block[] {
  const { i18n, plan, wording } = ctx;
  const size = PICTURE_SIZE[wording.kind];
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: reading.title }];
  if (plan.practice)
    blocks.push({ kind: 'paragraph', text: i18n.t('plan.practiceMarker'), font: 'bold', style: 'lead' });
  reading.sections.forEach((section, i) => {
    blocks.push({ kind: 'heading', level: 2, text: section.heading });
    blocks.push(...section.points.map((point) => pointBlock(point, size, i18n)));
    // The people who matter, drawn, after what the plan is about.
    if (i === 0 && ctx.ecomap)
      blocks.push({ kind: 'heading', level: 2, text: i18n.t('plan.edition.child.ecomap') }, ctx.ecomap);
  });
  return blocks;
}
