/**
 * The pictures partner draws (SVG, src/render/svg/) as PNG, for documents that want pixels too (the Word document
 * carries both: SVG for Word 2016 and later, PNG for every other reader). resvg (`@resvg/resvg-js`, a prebuilt binary
 * inside its npm package: nothing is compiled or fetched at install) draws them with the fonts of the system, so names
 * in any script are drawn where a font has them. Loaded only by the paths that need it.
 */
import { Resvg } from '@resvg/resvg-js';

export interface PictureSize {
  width: number;
  height: number;
}

/** The size the SVG declares on its root (`width`/`height`, else its viewBox), in CSS pixels. */
export function svgSize(svg: string): PictureSize {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([0-9.]+)(?:px)?"`).exec(root)?.[1]);
  let width = attr('width');
  let height = attr('height');
  if (!(width > 0 && height > 0)) {
    const box = /\sviewBox="[-0-9.]+[ ,]+[-0-9.]+[ ,]+([0-9.]+)[ ,]+([0-9.]+)"/.exec(root);
    width = Number(box?.[1]);
    height = Number(box?.[2]);
  }
  return width > 0 && height > 0 ? { width, height } : { width: 600, height: 400 };
}

/** The SVG drawn as a PNG at `scale` times its size (2: sharp when printed). */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
  });
  return resvg.render().asPng();
}
