/**
 * The archival parts of a plan PDF (PDF/A-3b, ISO 19005-3, for a record kept a hundred years), on
 * top of what pdfDocument writes: XMP metadata that says PDF/A-3B and PDF/UA-1 and repeats the
 * document information exactly, an sRGB output intent, and the file identifier. The attached plan
 * file is already an associated file (pdf-lib's `attach` with an AFRelationship writes /AF).
 *
 * Everything is derived from what the document says elsewhere, so a PDF stays reproducible.
 */
import { PDFHexString, PDFName, type PDFDocument } from 'pdf-lib';
import { srgbProfile } from './srgbProfile';

export interface ArchiveMeta {
  title: string;
  subject: string;
  keywords: string[];
  /** The document's language (BCP 47), as on the catalog. */
  language: string;
  author?: string;
  creator: string;
  producer: string;
  /** Creation and modification date, as in the document information dictionary. */
  now: Date;
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The date as XMP writes it, to the second like the information dictionary (pdf-lib: D:…Z). */
const xmpDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The XMP packet. pdfuaid is not one of the schemas PDF/A predefines, so it is described by a
 * PDF/A extension schema, as PDF/A requires of any other schema used.
 */
export function xmpPacket(meta: ArchiveMeta): string {
  const date = xmpDate(meta.now);
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
    ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"',
    ' xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    '<pdfaid:part>3</pdfaid:part>',
    '<pdfaid:conformance>B</pdfaid:conformance>',
    '<pdfuaid:part>1</pdfuaid:part>',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:description>${alt(meta.subject)}</dc:description>`,
    ...(meta.author ? [`<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    `<dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>`,
    // pdf-lib writes the Keywords entry as the keywords joined by spaces.
    `<pdf:Keywords>${xml(meta.keywords.join(' '))}</pdf:Keywords>`,
    `<pdf:Producer>${xml(meta.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${xml(meta.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
    '<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>',
    '<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>',
    '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>',
    '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
    '<pdfaProperty:name>part</pdfaProperty:name>',
    '<pdfaProperty:valueType>Integer</pdfaProperty:valueType>',
    '<pdfaProperty:category>internal</pdfaProperty:category>',
    '<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>',
    '</rdf:li></rdf:Seq></pdfaSchema:property>',
    '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/**
 * Adds the XMP metadata, the sRGB output intent and the file identifier. `fileId` is 32 hex digits
 * derived from the content (so the same plan drawn again gets the same identifier).
 */
export function makeArchival(doc: PDFDocument, meta: ArchiveMeta, fileId: string): void {
  const { context, catalog } = doc;
  // Uncompressed, so archive tools that read XMP without parsing the PDF can find it.
  const metadata = context.stream(new TextEncoder().encode(xmpPacket(meta)), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(metadata));

  const profile = context.register(context.flateStream(srgbProfile(), { N: 3 }));
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFHexString.fromText('sRGB IEC61966-2.1'),
    Info: PDFHexString.fromText('sRGB IEC61966-2.1'),
    DestOutputProfile: profile,
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));

  const id = PDFHexString.of(fileId);
  context.trailerInfo.ID = context.obj([id, id]);
}
