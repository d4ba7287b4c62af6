/** An anchor id for a glossary term: "Zone van naaste ontwikkeling (ZPD)" -> "zone-van-naaste-ontwikkeling-zpd". */
export function termSlug(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
