import fs from 'node:fs';
import { cleanText } from './electron/core/content/clean.js';
for (const f of fs.readdirSync('/work/shared/seeds')) {
  const r = cleanText(fs.readFileSync('/work/shared/seeds/'+f,'utf8'));
  console.log('=====', f, r.hints); r.lines.forEach((l,i)=>console.log(i, l.slice(0,90) + (l.length>90?'…'+l.slice(-20):'')));
  console.log(r.report.removed.map(x=>x.reason+': '+x.text.slice(0,40)).join('\n'));
}
