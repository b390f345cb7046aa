/**
 * Writes the tagged-PDF parts (PDF/UA-1) of a document drawn by pdfDocument: the marked-content
 * operators around each page's drawing, and, once every page is drawn, the structure tree with its
 * parent tree, the bookmarks for the headings, and the catalog and page entries that say the
 * document is tagged.
 *
 * The structure comes from pageLayout (which element each stretch of drawing belongs to); here it
 * only becomes PDF objects. Marked-content ids (MCIDs) are numbered per page from 0, so the parent
 * tree's array for a page lists the element of each id in order.
 */
import {
  type PDFArray,
  type PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  beginMarkedContent,
  endMarkedContent,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { StructElement } from './pageLayout';

const name = (n: string) => PDFName.of(n);

/** Where an element's marked content is: page index and MCID, in drawing order. */
interface MarkedContent {
  page: number;
  mcid: number;
}

/**
 * `/Tag <<properties>> BDC`. pdf-lib's operator type leaves out dictionaries, but it writes any
 * operand by its own serialisation, which a direct dictionary has (written inline, as BDC wants).
 */
function markedContent(tag: PDFName, properties: PDFDict): PDFOperator {
  return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [tag, properties as unknown as PDFName]);
}

export class StructureWriter {
  private readonly marks = new Map<StructElement, MarkedContent[]>();
  /** Per page, the element of each MCID. */
  private readonly pageElements: StructElement[][] = [];
  /** The first place each heading is drawn: page index and top of its first line. */
  private readonly headingAt = new Map<StructElement, { page: number; yTop: number }>();

  constructor(private readonly doc: PDFDocument) {}

  /** Begins the marked content of `element` on the page (BDC with a new MCID); end it with `end()`. */
  begin(pageIndex: number, element: StructElement, yTop: number): PDFOperator {
    const ids = (this.pageElements[pageIndex] ??= []);
    const mcid = ids.length;
    ids.push(element);
    const list = this.marks.get(element) ?? [];
    list.push({ page: pageIndex, mcid });
    this.marks.set(element, list);
    if (/^H[12]$/.test(element.role) && !this.headingAt.has(element))
      this.headingAt.set(element, { page: pageIndex, yTop });
    return markedContent(name(element.role), this.doc.context.obj({ MCID: mcid }));
  }

  /** Begins an artifact: page furniture (running heads, footers, marks, the watermark) or decoration. */
  beginArtifact(pagination: boolean): PDFOperator {
    if (!pagination) return beginMarkedContent('Artifact');
    return markedContent(name('Artifact'), this.doc.context.obj({ Type: 'Pagination' }));
  }

  end(): PDFOperator {
    return endMarkedContent();
  }

  /**
   * Writes the structure tree for `root`, the parent tree, the bookmarks, and marks the catalog and
   * pages as tagged. Call once, after every page is drawn.
   */
  finish(root: StructElement, pages: PDFPage[]): void {
    const { context, catalog } = this.doc;
    const pageRefs = pages.map((p) => p.ref);
    const treeRef = context.nextRef();
    const refs = new Map<StructElement, PDFRef>();
    const assignRefs = (el: StructElement) => {
      refs.set(el, context.nextRef());
      el.kids.forEach(assignRefs);
    };
    assignRefs(root);

    const write = (el: StructElement, parent: PDFRef) => {
      const ref = refs.get(el)!;
      const dict = context.obj({ Type: 'StructElem', S: el.role, P: parent });
      const marks = this.marks.get(el) ?? [];
      const home = marks[0]?.page;
      if (home !== undefined) dict.set(name('Pg'), pageRefs[home]);
      const kids: (PDFRef | PDFNumber | PDFDict)[] = el.kids.map((kid) => refs.get(kid)!);
      for (const m of marks) {
        // On the element's own page an MCID is enough; on another page it needs a reference to it.
        kids.push(
          m.page === home ? PDFNumber.of(m.mcid) : context.obj({ Type: 'MCR', Pg: pageRefs[m.page], MCID: m.mcid }),
        );
      }
      if (kids.length === 1) dict.set(name('K'), kids[0]);
      else if (kids.length > 1) dict.set(name('K'), context.obj(kids));
      if (el.alt !== undefined) dict.set(name('Alt'), PDFHexString.fromText(el.alt));
      if (el.lang) dict.set(name('Lang'), PDFString.of(el.lang));
      if (el.scope) dict.set(name('A'), context.obj({ O: 'Table', Scope: el.scope }));
      if (el.bbox)
        dict.set(name('A'), context.obj({ O: 'Layout', BBox: el.bbox.map((n) => Math.round(n * 100) / 100) }));
      context.assign(ref, dict);
      el.kids.forEach((kid) => write(kid, ref));
    };
    write(root, treeRef);

    const nums: (PDFNumber | PDFArray)[] = [];
    pages.forEach((page, i) => {
      page.node.set(name('StructParents'), PDFNumber.of(i));
      // Tab order follows the structure (PDF/UA asks it of every page that could hold annotations).
      page.node.set(name('Tabs'), name('S'));
      nums.push(PDFNumber.of(i), context.obj((this.pageElements[i] ?? []).map((el) => refs.get(el)!)));
    });
    context.assign(
      treeRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: refs.get(root)!,
        ParentTree: context.register(context.obj({ Nums: nums })),
        ParentTreeNextKey: pages.length,
      }),
    );
    catalog.set(name('StructTreeRoot'), treeRef);
    catalog.set(name('MarkInfo'), context.obj({ Marked: true }));
    this.writeOutlines(root, pageRefs);
  }

  /** Bookmarks: one per level-one heading, with its level-two headings nested under it. */
  private writeOutlines(root: StructElement, pageRefs: PDFRef[]): void {
    const { context, catalog } = this.doc;
    interface Item {
      el: StructElement;
      kids: Item[];
    }
    const top: Item[] = [];
    const visit = (el: StructElement) => {
      if (el.role === 'H1') top.push({ el, kids: [] });
      else if (el.role === 'H2') (top.at(-1)?.kids ?? top).push({ el, kids: [] });
      else el.kids.forEach(visit);
    };
    visit(root);
    const placed = (items: Item[]) => items.filter((item) => this.headingAt.has(item.el));
    const outlinesRef = context.nextRef();
    const writeLevel = (items: Item[], parent: PDFRef): PDFRef[] => {
      const refs = items.map(() => context.nextRef());
      items.forEach((item, i) => {
        const at = this.headingAt.get(item.el)!;
        const kids = placed(item.kids);
        const dict = context.obj({
          Title: PDFHexString.fromText(item.el.title ?? ''),
          Parent: parent,
          Dest: [pageRefs[at.page], 'XYZ', null, at.yTop, null],
        });
        if (i > 0) dict.set(name('Prev'), refs[i - 1]);
        if (i < items.length - 1) dict.set(name('Next'), refs[i + 1]);
        if (kids.length) {
          const kidRefs = writeLevel(kids, refs[i]);
          dict.set(name('First'), kidRefs[0]);
          dict.set(name('Last'), kidRefs[kidRefs.length - 1]);
          // Open: every section of a plan shows under its title.
          dict.set(name('Count'), PDFNumber.of(kids.length));
        }
        context.assign(refs[i], dict);
      });
      return refs;
    };
    const items = placed(top);
    if (items.length === 0) return;
    const firstLevel = writeLevel(items, outlinesRef);
    const count = items.reduce((n, item) => n + 1 + placed(item.kids).length, 0);
    context.assign(
      outlinesRef,
      context.obj({
        Type: 'Outlines',
        First: firstLevel[0],
        Last: firstLevel[firstLevel.length - 1],
        Count: count,
      }),
    );
    catalog.set(name('Outlines'), outlinesRef);
    catalog.set(name('PageMode'), name('UseOutlines'));
  }
}
