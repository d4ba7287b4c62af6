// The pure parts of the tool cards: reading "Zo pak je het aan" from MDX, and
// placing cards on a sheet so that each back lands behind its front.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { A4, A6, howToStepsIn, slotPosition } from './cards.ts';
import { parseMdx } from '../node/mdx-tree.ts';

const howToSteps = (mdx: string) => howToStepsIn(parseMdx(mdx));

describe('howToStepsIn', () => {
  it('reads the numbered steps with their bold opening, links as text', () => {
    const mdx = '---\ntitle: x\n---\n\n## Iets anders\n\n1. **Niet dit.** Nee.\n\n## Zo pak je het aan\n\nIntro.\n\n1. **Kies een vraag.** Neem een [open vraag](/x/).\n   Over twee regels.\n2. Zonder vet begin.\n\n## Let op\n';
    expect(howToSteps(mdx)).toEqual([
      { lead: 'Kies een vraag.', text: 'Neem een open vraag. Over twee regels.' },
      { lead: '', text: 'Zonder vet begin.' },
    ]);
  });
  it('gives nothing without the section or without a numbered list', () => {
    expect(howToSteps('## Anders\n\n1. a\n')).toEqual([]);
    expect(howToSteps('## Zo pak je het aan\n\n- a\n- b\n')).toEqual([]);
  });
  it('finds steps in every tool of the handbook', () => {
    for (const f of fs.readdirSync('content/gereedschap')) {
      const steps = howToSteps(fs.readFileSync(`content/gereedschap/${f}`, 'utf8'));
      expect(steps.length, f).toBeGreaterThanOrEqual(3);
      for (const s of steps) expect(s.lead, f).not.toBe('');
    }
  });
});

describe('slotPosition', () => {
  it('puts four A6 cards on an A4 sheet, and mirrors the backs left–right (long-edge flip)', () => {
    const front = [0, 1, 2, 3].map((i) => slotPosition(i, 'front'));
    const back = [0, 1, 2, 3].map((i) => slotPosition(i, 'back'));
    expect(front[0]!.x).toBe(0);
    expect(front[1]!.x).toBeCloseTo(A6.width);
    expect(front[0]!.y).toBeCloseTo(front[1]!.y);
    expect(front[0]!.y).toBeGreaterThan(front[2]!.y);
    for (let i = 0; i < 4; i++) {
      // Flipped over the long (vertical) edge, x becomes width - x - card width; y stays.
      expect(back[i]!.x).toBeCloseTo(A4.width - front[i]!.x - A6.width, 5);
      expect(back[i]!.y).toBeCloseTo(front[i]!.y, 5);
    }
    for (const p of front) {
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y + A6.height).toBeLessThanOrEqual(A4.height + 1e-6);
    }
  });
});
