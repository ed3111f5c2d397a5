/**
 * Images in the Word document: the charts (PNG from src/report/charts/render.ts) and the cover's
 * logo (PNG, JPEG, or SVG with a PNG fallback), sized from their own pixel dimensions to fit the
 * text width, each with its text alternative (wp:docPr descr) so a screen reader reads it.
 */
import { Resvg } from '@resvg/resvg-js';
import { ImageRun } from 'docx';
import type { TemplateLogo } from '#core/template.ts';
import { TEXT_WIDTH_PX } from './page.ts';
import { xmlText } from './text.ts';

export interface PixelSize {
  width: number;
  height: number;
}

/** A PNG's size from its IHDR chunk; a JPEG's from its first SOF marker; null when neither. */
export function imageSize(bytes: Uint8Array): PixelSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (bytes.length < 4 || view.getUint16(0) !== 0xffd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    const length = view.getUint16(at + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    at += 2 + length;
  }
  return null;
}

/** Scales a size to at most `maxWidth` × `maxHeight` CSS pixels, keeping its proportions. */
export function fitSize(size: PixelSize, maxWidth: number, maxHeight: number): PixelSize {
  const scale = Math.min(1, maxWidth / size.width, maxHeight / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

export interface AltText {
  /** The image's name (the chart's title). */
  name: string;
  /** What it shows, for a reader who cannot see it. */
  description: string;
}

const altText = (alt: AltText) => ({ name: xmlText(alt.name), title: xmlText(alt.name), description: xmlText(alt.description) });

/**
 * A chart's PNG, drawn at twice its size for print: shown at half its pixel size, narrowed to the
 * text width when wider.
 */
export function chartImage(png: Uint8Array, alt: AltText): ImageRun {
  const size = imageSize(png) ?? { width: 1280, height: 640 };
  const shown = fitSize({ width: size.width / 2, height: size.height / 2 }, TEXT_WIDTH_PX, 900);
  return new ImageRun({ type: 'png', data: png, transformation: shown, altText: altText(alt) });
}

const LOGO_BOX = { width: 240, height: 72 };

/** The cover's logo, at most 240 × 72 px; an SVG logo gets a PNG fallback for older Word. Null when its bytes are not an image. */
export function logoImage(logo: TemplateLogo): ImageRun | null {
  const bytes = Buffer.from(logo.base64, 'base64');
  const alt = altText({ name: logo.alt || 'Logotyp', description: logo.alt || 'Logotyp' });
  if (logo.mediaType === 'image/svg+xml') {
    try {
      const png = new Resvg(bytes, { fitTo: { mode: 'height', value: LOGO_BOX.height * 2 } }).render().asPng();
      const size = imageSize(png);
      if (!size) return null;
      const shown = fitSize({ width: size.width / 2, height: size.height / 2 }, LOGO_BOX.width, LOGO_BOX.height);
      return new ImageRun({ type: 'svg', data: bytes, fallback: { type: 'png', data: png }, transformation: shown, altText: alt });
    } catch {
      return null;
    }
  }
  const size = imageSize(bytes);
  if (!size) return null;
  const type = bytes[0] === 0x89 ? 'png' : 'jpg';
  return new ImageRun({ type, data: bytes, transformation: fitSize(size, LOGO_BOX.width, LOGO_BOX.height), altText: alt });
}
