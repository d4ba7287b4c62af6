// The tool cards (scripts/pdf/cards.ts, print route src/pages/print/kaarten/): an
// A6 card for every step and tool, front and back, four to an A4 sheet. This file
// holds the pure parts: where the PDF lives, the "Zo pak je het aan" steps read
// from a tool's MDX (read and checked once, with the rest of the content, in
// src/lib/node/validate-content.ts), and where each card goes on a sheet.
import type { MdxNode } from '../node/mdx-tree.ts';

export const CARDS_PDF_NAME = 'samen-leren-kaarten.pdf';
export const CARDS_PDF = `/pdf/${CARDS_PDF_NAME}`;
export const CARDS_ROUTE = '/print/kaarten/';
/** The card and the sheet, in PDF points (1 mm = 72 / 25.4 pt). */
export const MM = 72 / 25.4;
export const A6 = { width: 105 * MM, height: 148 * MM };
export const A4 = { width: 210 * MM, height: 297 * MM };
/** The smallest type a card may use; below it the build stops and names the card. */
export const MIN_FONT_PT = 8;
/** The sizes a card tries, largest first. */
export const FONT_STEPS_PT = [9, 8.5, 8] as const;

export interface HowToStep { lead: string; text: string }

function plain(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return (node as unknown as { value: string }).value;
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(plain).join('');
}

/** The heading in a tool's text above its numbered steps (content/README.md). */
export const HOW_TO_HEADING = 'Zo pak je het aan';

/**
 * The numbered steps under "## Zo pak je het aan" in a tool's MDX, from its syntax tree
 * (the content check parses each file once): per step its bold opening ("Kies een vraag.")
 * and the rest as plain text (links become their text).
 */
export function howToStepsIn(tree: MdxNode, heading = HOW_TO_HEADING): HowToStep[] {
  const nodes = tree.children ?? [];
  const start = nodes.findIndex((n) => n.type === 'heading' && (n as unknown as { depth: number }).depth === 2 && plain(n).trim() === heading);
  if (start < 0) return [];
  const list = nodes.slice(start + 1).find((n) => n.type === 'list' || n.type === 'heading');
  if (!list || list.type !== 'list' || !(list as unknown as { ordered: boolean }).ordered) return [];
  return (list.children ?? []).map((item) => {
    const para = item.children?.[0];
    const parts = para?.children ?? [];
    const first = parts[0];
    const lead = first?.type === 'strong' ? plain(first).trim() : '';
    const text = (lead ? parts.slice(1) : parts).map(plain).join('').replace(/\s+/g, ' ').trim();
    const rest = (item.children ?? []).slice(1).map(plain).join(' ').replace(/\s+/g, ' ').trim();
    return { lead, text: [text, rest].filter(Boolean).join(' ') };
  });
}

/** Where card `slot` (0–3) of a sheet goes, in points from the bottom left; backs mirrored for a long-edge flip. */
export function slotPosition(slot: number, side: 'front' | 'back'): { x: number; y: number } {
  const col = slot % 2;
  const row = Math.floor(slot / 2);
  const x = (side === 'front' ? col : 1 - col) * A6.width;
  // Row 0 at the top; A4 is 297 mm high, two cards 296 mm: half a millimetre top and bottom.
  const margin = (A4.height - 2 * A6.height) / 2;
  const y = A4.height - margin - (row + 1) * A6.height;
  return { x, y };
}
