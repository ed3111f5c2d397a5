import { describe, expect, it } from 'vitest';
import { JPEG_MIN, PNG_1x1, truncated } from '#test/helpers/images.ts';
import { decodeLogo, logoMediaType } from './template-logo.ts';

describe('logoMediaType', () => {
  it('knows a PNG and a JPEG by their bytes', () => {
    expect(logoMediaType(PNG_1x1)).toBe('image/png');
    expect(logoMediaType(JPEG_MIN)).toBe('image/jpeg');
  });

  it('refuses what only looks like one, with a Swedish message on the field', () => {
    const refused = (bytes: Buffer) => {
      try {
        logoMediaType(bytes);
      } catch (e) {
        return `${(e as { where?: string }).where} | ${(e as Error).message}`;
      }
      return 'accepted';
    };
    expect(refused(Buffer.from('<html><body>logo.png</body></html>'))).toMatch(/^base64 \| .*ingen PNG- eller JPEG-bild/);
    expect(refused(truncated(PNG_1x1))).toMatch(/PNG-filen är trasig eller ofullständig/);
    // The signature alone, or a PNG whose IHDR says 0 × 0.
    expect(refused(PNG_1x1.subarray(0, 8))).toMatch(/PNG-filen är trasig/);
    const zero = Buffer.from(PNG_1x1);
    zero.writeUInt32BE(0, 16);
    expect(refused(zero)).toMatch(/PNG-filen är trasig/);
    expect(refused(JPEG_MIN.subarray(0, 100))).toMatch(/JPEG-filen är trasig/);
    expect(refused(Buffer.from('  <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toMatch(/SVG-bilder tas inte emot/);
    expect(refused(Buffer.from('GIF89a\x01\x00\x01\x00'))).toMatch(/ingen PNG- eller JPEG-bild/);
    expect(refused(Buffer.concat([PNG_1x1, Buffer.alloc(512 * 1024)]))).toMatch(/Bilden är 513 kB; logotypen får vara högst 512 kB/);
    expect(refused(Buffer.alloc(0))).toMatch(/Filen är tom/);
  });
});

describe('decodeLogo', () => {
  it('reads base64 (and a data URL), and refuses what is not base64', () => {
    expect(decodeLogo(PNG_1x1.toString('base64')).equals(PNG_1x1)).toBe(true);
    expect(decodeLogo(`data:image/png;base64,${PNG_1x1.toString('base64')}`).equals(PNG_1x1)).toBe(true);
    expect(() => decodeLogo('inte base64!')).toThrow('base64: Bilden är inte kodad som base64.');
  });
});
