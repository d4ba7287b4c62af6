// The components every MDX file may use without importing them: <Figure> and
// each drawing in src/components/figures/, by its file name.
import Figure from './Figure.astro';

const figures = import.meta.glob<{ default: unknown }>('./figures/*.astro', { eager: true });
export const mdxComponents: Record<string, unknown> = { Figure };
for (const [file, mod] of Object.entries(figures)) {
  mdxComponents[file.replace(/^.*\/|\.astro$/g, '')] = mod.default;
}
