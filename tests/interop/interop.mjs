// Writes Arrow files with the apache-arrow package and checks files Sparkta wrote, for ArrowInteropTest.
//   node interop.mjs write DIR   -> DIR/from-js.arrow (IPC file), DIR/from-js.arrows (IPC stream), DIR/from-js.json
//   node interop.mjs check DIR   -> reads DIR/from-java.arrow and DIR/from-java.arrows, compares with DIR/from-java.json
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Table, tableFromIPC, tableToIPC, makeVector, vectorFromArray, Utf8, Float64, TimestampMillisecond,
} from 'apache-arrow';

const [mode, dir] = process.argv.slice(2);

function prices() {
  // Two symbols, rows interleaved (long format in no particular order), a null close, millisecond times.
  const symbols = [], ts = [], close = [], volume = [];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const level = { AAA: 100, BBB: 20 };
  for (let i = 0; i < 600; i++) {
    for (const s of ['BBB', 'AAA']) {
      level[s] *= Math.exp((rnd() - 0.5) * 0.02);
      symbols.push(s);
      ts.push(1700000000000 + i * 3600000);
      close.push(s === 'AAA' && i === 250 ? null : level[s]);
      volume.push(Math.round(rnd() * 1e6) / 100);
    }
  }
  return { symbols, ts, close, volume };
}

if (mode === 'write') {
  const p = prices();
  const table = new Table({
    symbol: vectorFromArray(p.symbols, new Utf8()),
    ts: vectorFromArray(p.ts.map((t) => new Date(t)), new TimestampMillisecond()),
    close: vectorFromArray(p.close, new Float64()),
    volume: vectorFromArray(p.volume, new Float64()),
  });
  writeFileSync(join(dir, 'from-js.arrow'), tableToIPC(table, 'file'));
  writeFileSync(join(dir, 'from-js.arrows'), tableToIPC(table, 'stream'));
  writeFileSync(join(dir, 'from-js.json'), JSON.stringify(p));
  console.log(`wrote ${table.numRows} rows`);
} else if (mode === 'check') {
  const expected = JSON.parse(readFileSync(join(dir, 'from-java.json'), 'utf8'));
  let checked = 0;
  const same = (a, b, where) => {
    const bothNaN = Number.isNaN(a) && Number.isNaN(b);
    if (!bothNaN && a !== b) throw new Error(`${where}: expected ${b}, read ${a}`);
    checked++;
  };
  const single = tableFromIPC(readFileSync(join(dir, 'from-java.arrow')));
  for (const [name, values] of Object.entries(expected.single)) {
    const column = single.getChild(name);
    if (!column) throw new Error(`from-java.arrow has no column ${name}`);
    if (column.length !== values.length) throw new Error(`${name}: ${column.length} rows, expected ${values.length}`);
    values.forEach((v, i) => same(column.get(i), v === null ? NaN : v, `${name}[${i}]`));
  }
  const sweep = tableFromIPC(readFileSync(join(dir, 'from-java.arrows')));
  if (sweep.numRows !== expected.sweep.period.length) throw new Error(`sweep has ${sweep.numRows} rows`);
  for (let r = 0; r < sweep.numRows; r++) {
    same(sweep.getChild('period').get(r), expected.sweep.period[r], `period[${r}]`);
    const row = sweep.getChild('values').get(r);
    expected.sweep.values[r].forEach((v, t) => same(row.get(t), v === null ? NaN : v, `values[${r}][${t}]`));
  }
  console.log(`checked ${checked} values`);
} else {
  console.error('usage: node interop.mjs (write|check) DIR');
  process.exit(2);
}
