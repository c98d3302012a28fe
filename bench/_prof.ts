import { assess } from '../src/detect/assess';
import { compileLexicon } from '../src/detect/lexicon';
import { shippedPacks } from '../src/packs/index';
import { buildCorpus } from './corpus';
import { regionalPack } from './regional-pack';
const r = regionalPack();
const packs = [...shippedPacks().packs, r.pack];
let lx = compileLexicon(packs);
for (let i = 0; i < 10; i++) lx = compileLexicon(packs);
const corpus = buildCorpus({ names: r.names, hashtags: r.hashtags });
const lens = corpus.map(p=>p.length).sort((a,b)=>a-b);
console.log('mean', lens.reduce((a,b)=>a+b,0)/lens.length, 'p50', lens[5000], 'p95', lens[9500], 'min', lens[0]);
let s = 0;
for (let k = 0; k < 5; k++) for (const p of corpus) s += assess(p, lx).matches.length;
for (const flags of ['gi', 'giu']) {
  const re = new RegExp(`\\b(?:${[...lx.patterns].sort((a,b)=>b.length-a.length).map(p=>p.replace(/[.*+?^${}()|[\]\\]/g,'\\$&')).join('|')})\\b`, flags);
  for (const p of corpus) for (const _ of p.toLowerCase().matchAll(re)) s++;
  const t = performance.now();
  for (const p of corpus) for (const _ of p.toLowerCase().matchAll(re)) s++;
  console.log(flags, performance.now() - t);
}
console.log(s);
