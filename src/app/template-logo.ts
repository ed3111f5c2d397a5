/**
 * What a logo upload is, known from its bytes alone (never from the file's name or declared
 * type): a whole PNG (signature, IHDR first, IEND last) or a whole JPEG (SOI first, EOI last), at
 * most 512 kB. Anything else, an SVG above all (it can carry script), is refused with a Swedish
 * message naming the field.
 */
import { type LogoMediaType, TEMPLATE_LIMITS } from '#core/template.ts';
import { InputError } from './errors.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The IEND chunk: length 0, type, CRC. */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

const FIELD = 'base64';

function kb(bytes: number): string {
  return bytes >= 1024 ** 2
    ? `${(bytes / 1024 ** 2).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`
    : `${Math.ceil(bytes / 1024)} kB`;
}

/** The bytes of a base64 text (refusing what is not base64). */
export function decodeLogo(base64: string): Buffer {
  const clean = base64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) throw new InputError('Bilden är inte kodad som base64.', FIELD);
  return Buffer.from(clean, 'base64');
}

/** The image's media type, or InputError saying what is wrong with it. */
export function logoMediaType(bytes: Buffer): LogoMediaType {
  if (bytes.length === 0) throw new InputError('Filen är tom: välj en PNG- eller JPEG-bild.', FIELD);
  if (bytes.length > TEMPLATE_LIMITS.logoBytes)
    throw new InputError(`Bilden är ${kb(bytes.length)}; logotypen får vara högst ${kb(TEMPLATE_LIMITS.logoBytes)}.`, FIELD);
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    const ihdr = bytes.length >= 33 && bytes.subarray(12, 16).toString('latin1') === 'IHDR';
    const width = ihdr ? bytes.readUInt32BE(16) : 0;
    const height = ihdr ? bytes.readUInt32BE(20) : 0;
    if (!ihdr || width === 0 || height === 0 || !bytes.subarray(bytes.length - 12).equals(PNG_END))
      throw new InputError('PNG-filen är trasig eller ofullständig: spara bilden på nytt och försök igen.', FIELD);
    return 'image/png';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    if (bytes.length < 4 || bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9)
      throw new InputError('JPEG-filen är trasig eller ofullständig: spara bilden på nytt och försök igen.', FIELD);
    return 'image/jpeg';
  }
  const head = bytes.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg')))
    throw new InputError('SVG-bilder tas inte emot (de kan innehålla skript): spara logotypen som PNG eller JPEG.', FIELD);
  throw new InputError('Filen är ingen PNG- eller JPEG-bild (oavsett filnamnet): välj en PNG- eller JPEG-bild.', FIELD);
}
