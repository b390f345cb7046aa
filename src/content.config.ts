import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  briefingSchema,
  exampleSchema,
  glossaryTermSchema,
  guideSchema,
  handoutTranslationSchema,
  materialSchema,
  materialTranslationSchema,
  sessionSchema,
  voiceSchema,
  withTranslation,
} from './hub/resourceSchema';

const mdx = (folder: string) => glob({ pattern: '**/*.mdx', base: `./src/content/${folder}` });

export const collections = {
  briefings: defineCollection({ loader: mdx('briefings'), schema: briefingSchema }),
  guides: defineCollection({ loader: mdx('guides'), schema: guideSchema }),
  voices: defineCollection({ loader: mdx('voices'), schema: voiceSchema }),
  examples: defineCollection({ loader: mdx('examples'), schema: exampleSchema }),
  sessions: defineCollection({ loader: mdx('sessions'), schema: sessionSchema }),
  // Words of the printable activity materials whose cards are text (the sheets are src/trainer/activitySheets.ts).
  materials: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/materials' }),
    schema: materialSchema,
  }),
  glossary: defineCollection({ loader: file('./src/content/glossary.yaml'), schema: glossaryTermSchema }),
  // Welsh: src/content/cy/<collection>/<the English id>.mdx, so each Welsh page has its English
  // page's id; a page with no Welsh entry shows its English text on the Welsh site, marked as such.
  briefingsCy: defineCollection({ loader: mdx('cy/briefings'), schema: withTranslation(briefingSchema) }),
  guidesCy: defineCollection({ loader: mdx('cy/guides'), schema: withTranslation(guideSchema) }),
  voicesCy: defineCollection({ loader: mdx('cy/voices'), schema: withTranslation(voiceSchema) }),
  examplesCy: defineCollection({ loader: mdx('cy/examples'), schema: withTranslation(exampleSchema) }),
  handoutsCy: defineCollection({
    // A session in a subfolder (sessions/day-one/opening.mdx) has its handout at the same place here.
    loader: glob({ pattern: '**/*.yaml', base: './src/content/cy/handouts' }),
    schema: handoutTranslationSchema,
  }),
  materialsCy: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/cy/materials' }),
    schema: materialTranslationSchema,
  }),
  glossaryCy: defineCollection({ loader: file('./src/content/cy/glossary.yaml'), schema: glossaryTermSchema }),
};
