import type { Content, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * A document as the pure builders describe it: a pdfmake definition without
 * functions (so it can be posted to a worker), plus a declarative footer that
 * the renderer turns into pdfmake's per-page footer function.
 */
export type PdfDocument = {
  definition: Omit<TDocumentDefinitions, 'footer' | 'header' | 'background'>;
  footer?: {
    /** Printed at the left of every page, e.g. a content hash. */
    left?: string;
    /** Adds "Halaman x dari y" at the right. */
    pageNumbers: boolean;
    /** A warning line printed above the footer on every page (e.g. an archival copy). */
    notice?: string;
  };
};

/** F4 (folio) as used by Indonesian offices: 215 × 330 mm, in points. */
export const PAPER_SIZES = {
  A4: 'A4',
  F4: { width: 609.45, height: 935.43 },
} as const;
export type PaperSize = keyof typeof PAPER_SIZES;

export function pageLabel(page: number, pages: number): string {
  return `Halaman ${page} dari ${pages}`;
}

/** Marks a section heading that must never end a page alone (see {@link keepHeadingWithNext}). */
export const SECTION_HEADLINE = 1;

/**
 * pdfmake's page-break hook: a heading marked `headlineLevel: SECTION_HEADLINE` moves to
 * the next page when nothing follows it on its own page. A function cannot be posted to
 * the worker, so builders only mark headings and this is attached here.
 */
export function keepHeadingWithNext(node: Node, queries: NodeQueries): boolean {
  if (node.headlineLevel !== SECTION_HEADLINE) return false;
  // The page footer is laid out apart and listed with the page's nodes; only what
  // stands below the heading counts as following it.
  const top = node.startPosition.top;
  return !queries.getFollowingNodesOnPage().some((next) => next.startPosition.top > top);
}

/** Adds the footer and page-break functions; used by the PDF worker and by Node tests alike. */
export function toPdfmakeDefinition(doc: PdfDocument): TDocumentDefinitions {
  const { footer } = doc;
  if (!footer) return { ...doc.definition, pageBreakBefore: keepHeadingWithNext };
  return {
    ...doc.definition,
    pageBreakBefore: keepHeadingWithNext,
    footer: (currentPage: number, pageCount: number): Content => {
      const columns: Content = {
        columns: [
          { text: footer.left ?? '', fontSize: 7, color: '#555555' },
          {
            text: footer.pageNumbers ? pageLabel(currentPage, pageCount) : '',
            alignment: 'right',
            fontSize: 8,
          },
        ],
      };
      if (!footer.notice) return { margin: [40, 8, 40, 0], ...columns };
      return {
        margin: [40, 2, 40, 0],
        stack: [{ text: footer.notice, fontSize: 7, bold: true, margin: [0, 0, 0, 1] }, columns],
      };
    },
  };
}
