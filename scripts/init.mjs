// samen-leren init <map>: a new folder for a school, ready to fill in: brand.yaml
// (placeholders that pass the checks), a logo, an example own page, a package.json
// that depends on this package, a README in Dutch and a workflow that publishes
// the handbook. Plain JavaScript: it runs from node_modules (bin/samen-leren.mjs).
import fs from 'node:fs';
import path from 'node:path';

/** Template file → file in the school's folder (npm leaves files named .gitignore out of a package). */
const RENAME = { gitignore: '.gitignore', 'github-workflow.yml': '.github/workflows/handboek.yml' };

export function init(folder, { cwd, pkgDir, version }) {
  if (!folder) {
    console.error('Geef de map voor je school op: npx samen-leren init handboek-onze-school');
    return 2;
  }
  const dir = path.resolve(cwd, folder);
  if (fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f !== '.git')) {
    console.error(`${folder}: die map bestaat al en is niet leeg. Kies een nieuwe map; init overschrijft niets.`);
    return 1;
  }
  const templates = path.join(pkgDir, 'templates', 'starter');
  const written = [];
  for (const rel of fs.readdirSync(templates, { recursive: true })) {
    const from = path.join(templates, rel);
    if (!fs.statSync(from).isFile()) continue;
    const target = RENAME[rel.split(path.sep).join('/')] ?? rel;
    fs.mkdirSync(path.dirname(path.join(dir, target)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, target));
    written.push(target);
  }
  const name = path.basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|-+$/g, '') || 'handboek';
  const pkg = {
    name,
    private: true,
    description: 'Onze eigen versie van het handboek Samen leren',
    scripts: { build: 'samen-leren build', check: 'samen-leren check', dev: 'samen-leren dev' },
    dependencies: { 'samen-leren': `^${version}` },
  };
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  written.push('package.json');
  const shown = path.relative(cwd, dir) || '.';
  console.log(`Gemaakt: ${shown}/ met ${written.sort().join(', ')}.

Zo verder:
  cd ${shown}
  npm install
  (vul brand.yaml in en zet jullie logo in de map)
  npx samen-leren build

Meer staat in ${shown}/README.md.`);
  return 0;
}
