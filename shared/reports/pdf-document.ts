import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

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

/** Adds the footer function; used by the PDF worker and by Node tests alike. */
export function toPdfmakeDefinition(doc: PdfDocument): TDocumentDefinitions {
  const { footer } = doc;
  if (!footer) return { ...doc.definition };
  return {
    ...doc.definition,
    footer: (currentPage: number, pageCount: number): Content => ({
      margin: [40, 8, 40, 0],
      columns: [
        { text: footer.left ?? '', fontSize: 7, color: '#555555' },
        {
          text: footer.pageNumbers ? pageLabel(currentPage, pageCount) : '',
          alignment: 'right',
          fontSize: 8,
        },
      ],
    }),
  };
}
