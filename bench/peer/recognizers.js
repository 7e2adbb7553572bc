// Peer comparison: Microsoft Recognizers-Text (English number, percentage and ordinal models)
// over the article texts of a JSON Lines feed (or a plain text file), one call per article
// and model. Prints one JSON object: bytes, wall and CPU seconds, MB/s on each, and how many
// results each model gave.
//
//   node recognizers.js FEED.jsonl|FILE.txt
'use strict';
const fs = require('fs');
const Recognizers = require('@microsoft/recognizers-text-suite');

const file = process.argv[2];
if (!file) {
  console.error('usage: node recognizers.js FEED.jsonl|FILE.txt');
  process.exit(2);
}
const raw = fs.readFileSync(file, 'utf8');
const texts = file.endsWith('.jsonl') ?
  raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text) :
  raw.split(/\n\s*\n/);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

const culture = Recognizers.Culture.English;
const models = {
  number: (t) => Recognizers.recognizeNumber(t, culture),
  percent: (t) => Recognizers.recognizePercentage(t, culture),
  ordinal: (t) => Recognizers.recognizeOrdinal(t, culture),
};
models.number('warm up 42');  // model construction is cached; keep it out of the timing
models.percent('warm up 42%');
models.ordinal('warm up 42nd');

const found = {number: 0, percent: 0, ordinal: 0};
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
for (const t of texts) {
  for (const [name, recognize] of Object.entries(models)) found[name] += recognize(t).length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;  // the machine may be shared: CPU time is the fair figure
console.log(JSON.stringify({
  tool: '@microsoft/recognizers-text-suite ' + require('@microsoft/recognizers-text-suite/package.json').version,
  articles: texts.length, bytes, seconds: +seconds.toFixed(3), cpu_seconds: +cpuSeconds.toFixed(3),
  mb_per_s: +(bytes / 1e6 / seconds).toFixed(3), mb_per_cpu_s: +(bytes / 1e6 / cpuSeconds).toFixed(3), found,
}));
