// The files of a brand folder: is the logo really an image (by its bytes, not
// its name), is an SVG safe to put on a school's site, and will an own MDX page
// work under the site's rules (no JavaScript, no inline style, nothing from elsewhere).
import fs from 'node:fs';
import path from 'node:path';
import { closest } from '../shared/errors.ts';
import { imageSize } from 'image-size';

/** The largest logo we accept: every page loads it, also on a phone. */
export const LOGO_MAX_BYTES = 300 * 1024;

export type ImageType = 'png' | 'jpeg' | 'webp' | 'svg';
export const IMAGE_EXTENSIONS: Record<ImageType, string[]> = { png: ['.png'], jpeg: ['.jpg', '.jpeg'], webp: ['.webp'], svg: ['.svg'] };
export const IMAGE_MIME: Record<ImageType, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', svg: 'image/svg+xml' };

/** What an image file really is, by its first bytes (not by its name). */
export function sniffImage(bytes: Uint8Array): ImageType | undefined {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (bytes.includes(0)) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  const head = text
    .replace(/^\uFEFF/, '')
    .replace(/^\s*(?:<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|\s+)*/i, '');
  return /^<svg[\s>]/i.test(head) ? 'svg' : undefined;
}

/**
 * Why an SVG is not safe to put on the school's site: scripts and event
 * handlers, HTML inside it, and anything it would fetch from elsewhere.
 */
export function svgProblems(raw: string): string[] {
  const svg = decodeEscapes(raw);
  const problems: string[] = [];
  if (/<script\b/i.test(svg)) problems.push('bevat een <script>');
  const handler = /<[^>]*\s(on[a-z]+)\s*=/i.exec(svg);
  if (handler) problems.push(`bevat een ${handler[1]}-attribuut (code die iets doet bij een klik of bij het laden)`);
  if (/<foreignObject\b/i.test(svg)) problems.push('bevat <foreignObject> (HTML in de SVG)');
  if (/<!ENTITY/i.test(svg)) problems.push('bevat een <!ENTITY>-definitie');
  if (/javascript:/i.test(svg)) problems.push('bevat een javascript:-link');
  const ref = /\s(?:xlink:)?(?:href|src)\s*=\s*["']\s*([^"'\s]*)/gi;
  for (const m of svg.matchAll(ref)) {
    const target = m[1]!;
    if (!target.startsWith('#') && !/^data:image\/(?:png|jpeg|webp);/i.test(target)) {
      problems.push(`verwijst naar een ander bestand of een andere site ("${target.slice(0, 60)}")`);
      break;
    }
  }
  const url = /url\(\s*["']?\s*([^)"'\s]*)/gi;
  for (const m of svg.matchAll(url)) {
    if (!m[1]!.startsWith('#')) {
      problems.push(`laadt iets van buiten met url(${m[1]!.slice(0, 60)})`);
      break;
    }
  }
  if (/@import/i.test(svg)) problems.push('laadt een stijlblad van buiten met @import');
  if (/<(?:set|animate)\b[^>]*attributeName\s*=\s*["']?(?:xlink:)?href/i.test(svg)) problems.push('verandert een link met <set> of <animate>');
  if (/<!DOCTYPE[^>]*\[/i.test(svg)) problems.push('heeft een DOCTYPE met eigen definities');
  return problems;
}

/**
 * The text as a browser reads it: XML character references (`&#x69;`) and CSS
 * escapes (`\\69`, `u\\rl`) decoded and CSS comments removed, so that
 * `@\\69mport` or `u\\rl(` cannot slip past the checks above.
 */
export function decodeEscapes(text: string): string {
  const fromCode = (hex: string, radix: number) => {
    const code = parseInt(hex, radix);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  };
  let out = text;
  // Twice: an escape may hide in a character reference and the other way round.
  for (let i = 0; i < 2; i++) {
    out = out
      .replace(/&#x([0-9a-f]{1,6});?/gi, (_, h: string) => fromCode(h, 16))
      .replace(/&#([0-9]{1,7});?/g, (_, d: string) => fromCode(d, 10))
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, h: string) => fromCode(h, 16))
      .replace(/\\\r?\n/g, '')
      .replace(/\\(.)/g, '$1');
  }
  return out;
}

/** Width and height of a PNG, from its header ("192x192"), or "any" for an SVG or when unknown. */
export function imageSizes(type: ImageType, bytes: Uint8Array): string {
  if (type === 'png' && bytes.length >= 24) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return `${view.getUint32(16)}x${view.getUint32(20)}`;
  }
  return 'any';
}

/**
 * Why an icon (brand.yaml `icon`) will look wrong: a phone's home screen and the
 * browser tab show it square, so a wide or tall one is squeezed or cut.
 */
export function iconProblems(rel: string, sizes: string): string[] {
  const [width, height] = sizes.split('x').map(Number);
  if (!width || !height || width === height) return [];
  return [`"${rel}" is ${width}×${height} pixels; een icoon is vierkant, anders wordt het op het beginscherm van een telefoon en in het tabblad vervormd. Maak het vierkant (bijvoorbeeld 512×512), of laat icon weg: dan is het logo het icoon`];
}

/**
 * The image's own width and height in pixels (an SVG's from its width and height or its
 * viewBox, a photo turned by its EXIF orientation), or undefined when the file does not
 * say. The header's <img> carries them, so the browser keeps the logo's place before it
 * has loaded it and nothing moves when it arrives.
 */
export function imageDimensions(bytes: Uint8Array): { width: number; height: number } | undefined {
  try {
    const { width, height, orientation } = imageSize(bytes);
    if (!width || !height) return undefined;
    // EXIF orientations 5 to 8 turn the picture a quarter.
    return orientation && orientation >= 5 ? { width: height, height: width } : { width, height };
  } catch {
    return undefined;
  }
}

export interface CheckedImage {
  type: ImageType;
  bytes: Buffer;
  /** Its own size in pixels, when the file says (imageDimensions). */
  dimensions: { width: number; height: number } | undefined;
  /** For the web app manifest: "192x192" for a PNG, "any" for an SVG or when unknown. */
  sizes: string;
}

/** Checks an image file of the brand; returns the image or the problems. */
export function checkImage(folder: string, rel: string): { image?: CheckedImage; problems: string[] } {
  const file = path.join(folder, rel);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    const near = fs.existsSync(path.dirname(file)) ? closest(path.basename(rel), fs.readdirSync(path.dirname(file))) : undefined;
    return { problems: [`het bestand "${rel}" staat niet in de merkmap${near ? ` (bedoel je "${near}"?)` : ''}; zet het logo in ${folder} of verbeter de bestandsnaam`] };
  }
  const bytes = fs.readFileSync(file);
  if (bytes.length > LOGO_MAX_BYTES) {
    return { problems: [`"${rel}" is ${Math.round(bytes.length / 1024)} kB; elke pagina laadt het logo, dus maximaal ${LOGO_MAX_BYTES / 1024} kB. Maak het kleiner (een SVG is meestal het kleinst)`] };
  }
  const type = sniffImage(bytes);
  if (!type) return { problems: [`"${rel}" is geen afbeelding: de inhoud is geen SVG, PNG, JPEG of WebP. Exporteer het logo opnieuw in een van die vormen`] };
  const ext = path.extname(rel).toLowerCase();
  if (!IMAGE_EXTENSIONS[type].includes(ext)) {
    return { problems: [`"${rel}" is eigenlijk een ${type.toUpperCase()}-bestand; geef het de extensie ${IMAGE_EXTENSIONS[type][0]}, anders stuurt de webserver het verkeerde type mee`] };
  }
  if (type === 'svg') {
    const problems = svgProblems(bytes.toString('utf8'));
    if (problems.length) return { problems: [`"${rel}" is geen veilige SVG: ${problems.join('; ')}. Exporteer het logo als eenvoudige SVG zonder scripts of verwijzingen, of gebruik een PNG`] };
  }
  return { image: { type, bytes, dimensions: imageDimensions(bytes), sizes: imageSizes(type, bytes) }, problems: [] };
}
