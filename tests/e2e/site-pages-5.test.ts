/** A share of the sitemap sweep (see sitePages.ts): the number in this file's name says which share. */
import { sweepSitePages } from './sitePages';

sweepSitePages(import.meta.url);
