import { cleanText } from '../clean-text.js';
import type { LoadedDocument } from '../document.js';
import { guessTitle } from './title.js';

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

/** Large reports stop here: past this many pages a corpus wants the report split, not one giant source. */
const MAX_PAGES = 500;

export async function loadPdf(relPath: string, bytes: Uint8Array): Promise<LoadedDocument> {
  // Loaded on demand: the parser is large and most corpora have no PDF.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    const count = Math.min(pdf.numPages, MAX_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push((content.items as TextItem[]).map((item) => `${item.str ?? ''}${item.hasEOL ? '\n' : ''}`).join(''));
      page.cleanup();
    }
    const info = (await pdf.getMetadata().catch(() => undefined))?.info as { Title?: string } | undefined;
    const body = cleanText(pages.join('\n\n'));
    const title = info?.Title?.trim() || guessTitle(body, relPath);
    return { path: relPath, format: 'pdf', title, body };
  } finally {
    await task.destroy();
  }
}
