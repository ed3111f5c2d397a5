import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { findAll, readWord } from '#test/helpers/docx-parts.ts';
import type { PrintableDocument } from '../model.ts';
import { fitSize, imageSize } from './image.ts';
import { renderDocx } from './render.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#1f4e79"/></svg>';

/** The smallest JPEG header that says its size: SOI, an APP0 segment, then SOF0 with height and width. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x04, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, ...Array(12).fill(0)]);
}

describe('images', () => {
  it('reads the pixel size of a PNG and of a JPEG, and nothing from other bytes', () => {
    expect(imageSize(new Resvg(SVG).render().asPng())).toEqual({ width: 300, height: 100 });
    expect(imageSize(jpegHeader(640, 480))).toEqual({ width: 640, height: 480 });
    expect(imageSize(new TextEncoder().encode('<svg>not an image we can size</svg>'))).toBeNull();
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0x00]))).toBeNull();
  });

  it('fits a size into a box, keeping its proportions and never enlarging', () => {
    expect(fitSize({ width: 1280, height: 640 }, 657, 900)).toEqual({ width: 657, height: 329 });
    expect(fitSize({ width: 100, height: 400 }, 240, 72)).toEqual({ width: 18, height: 72 });
    expect(fitSize({ width: 50, height: 20 }, 240, 72)).toEqual({ width: 50, height: 20 });
  });

  it('puts an SVG logo on the cover with a PNG fallback and its alt text; a logo that is no image is left out', async () => {
    const doc = (base64: string, mediaType: string): PrintableDocument => ({
      title: 'Logotyp',
      cover: {
        municipality: 'Exempelkommun',
        logo: { mediaType, base64, alt: 'Exempelkommuns logotyp' },
        organisation: 'Nämnd',
        title: 'Rapport',
        subtitle: '',
        status: { kind: 'draft' },
      },
      figures: {},
      sections: [],
    });
    const w = await readWord(await renderDocx(doc(Buffer.from(SVG).toString('base64'), 'image/svg+xml')));
    expect(findAll(w.document, 'wp:docPr').map((p) => p.attributes.descr)).toEqual(['Exempelkommuns logotyp']);
    const media = [...w.parts.keys()].filter((k) => /^word\/media\/.+/.test(k)).map((k) => k.split('.').pop());
    expect(media.toSorted()).toEqual(['png', 'svg']);
    const broken = await readWord(await renderDocx(doc(Buffer.from('inte en bild').toString('base64'), 'image/png')));
    expect(findAll(broken.document, 'wp:docPr')).toEqual([]);
  });
});
