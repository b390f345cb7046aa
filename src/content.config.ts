import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  briefingSchema,
  exampleSchema,
  glossaryTermSchema,
  guideSchema,
  sessionSchema,
  voiceSchema,
} from './hub/resourceSchema';

const mdx = (folder: string) => glob({ pattern: '**/*.mdx', base: `./src/content/${folder}` });

export const collections = {
  briefings: defineCollection({ loader: mdx('briefings'), schema: briefingSchema }),
  guides: defineCollection({ loader: mdx('guides'), schema: guideSchema }),
  voices: defineCollection({ loader: mdx('voices'), schema: voiceSchema }),
  examples: defineCollection({ loader: mdx('examples'), schema: exampleSchema }),
  sessions: defineCollection({ loader: mdx('sessions'), schema: sessionSchema }),
  glossary: defineCollection({ loader: file('./src/content/glossary.yaml'), schema: glossaryTermSchema }),
};
