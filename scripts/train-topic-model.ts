/**
 * Train the topic model (and, for the default corpus, the keyword/name lexicon).
 *
 *   npm run train                          # AG News pool → models/topic-model.json + models/lexicon.json
 *   npm run train -- my.csv                # columns label,text; labels become the taxonomy
 *   npm run train -- my.csv --labels names.txt --out models/topic-model.json
 *
 * Options: --labels <file> (line N names numeric label N), --out <file>, --lexicon <file>,
 * --no-lexicon, --bits <n>, --epochs <n>, --prune <n>, --seed <n>, --validation <fraction>.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseLabelledCsv } from '../functions/core/classify/csv.js';
import { normalizeText } from '../functions/core/classify/features.js';
import { buildLexicon } from '../functions/core/classify/lexicon.js';
import { trainTopicModel } from '../functions/core/classify/train.js';

const DEFAULT_CSV = '../shared/data/agnews/train_pool.csv';
const AG_NEWS_NOTE =
  'Trained on the AG News topic classification dataset (title + description of news items), ' +
  'provided by the academic community for research and non-commercial use. Retrain on your own data for other uses.';

function main(argv: string[]): void {
  const args: string[] = [];
  const opts = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--no-lexicon') flags.add(a);
    else if (a.startsWith('--')) opts.set(a, argv[++i] ?? '');
    else args.push(a);
  }
  const usingDefault = args.length === 0;
  const csvPath = resolve(args[0] ?? DEFAULT_CSV);
  if (!existsSync(csvPath)) {
    console.error(`training CSV not found: ${csvPath}`);
    process.exit(2);
  }
  const out = resolve(opts.get('--out') ?? 'models/topic-model.json');
  let labelFile = opts.get('--labels');
  if (!labelFile && existsSync(join(dirname(csvPath), 'classes.txt'))) labelFile = join(dirname(csvPath), 'classes.txt');

  const csv = readFileSync(csvPath, 'utf8');
  let labelNames: Map<string, string> | undefined;
  if (labelFile) {
    const names = readFileSync(labelFile, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    labelNames = new Map(names.map((n, i) => [String(i + 1), n]));
  }
  const data = parseLabelledCsv(csv, labelNames);
  let labelOrder: string[] | undefined = labelNames ? [...labelNames.values()] : undefined;
  if (labelOrder && !data.every((d) => labelOrder!.includes(d.label))) {
    // A classes file that does not fit the CSV's labels is ignored rather than half-applied.
    console.warn(`labels in ${labelFile} do not cover the CSV's labels; using raw labels`);
    data.splice(0, data.length, ...parseLabelledCsv(csv));
    labelOrder = undefined;
  }
  if (labelOrder) labelOrder = labelOrder.filter((l) => data.some((d) => d.label === l));
  console.log(`read ${data.length} labelled texts from ${csvPath}`);
  const t0 = Date.now();
  const num = (k: string): number | undefined => (opts.has(k) ? Number(opts.get(k)) : undefined);
  const bits = num('--bits');
  const result = trainTopicModel(data, {
    validationFraction: num('--validation') ?? 0.1,
    ...(labelOrder ? { labels: labelOrder } : {}),
    ...(num('--epochs') !== undefined ? { epochs: num('--epochs')! } : {}),
    ...(num('--seed') !== undefined ? { seed: num('--seed')! } : {}),
    ...(num('--prune') !== undefined ? { prune: num('--prune')! } : {}),
    ...(bits !== undefined ? { features: { hashBits: bits } } : {}),
    onProgress: (m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`),
  });
  const model = usingDefault ? { ...result.model, notes: AG_NEWS_NOTE } : result.model;
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.log(`labels: ${model.labels.join(', ')}`);
  console.log(`train ${result.trainSize}, validation ${result.validationSize}`);
  if (result.validationAccuracy !== null) console.log(`validation accuracy: ${(result.validationAccuracy * 100).toFixed(2)}%`);
  console.log(`wrote ${out} (${(statSync(out).size / 1e6).toFixed(2)} MB)`);

  const lexOut = opts.get('--lexicon') ?? (usingDefault && !flags.has('--no-lexicon') ? 'models/lexicon.json' : undefined);
  if (lexOut) {
    const lex = buildLexicon(data.map((d) => normalizeText(d.text)), 3, usingDefault ? AG_NEWS_NOTE : undefined);
    writeFileSync(resolve(lexOut), JSON.stringify(lex) + '\n');
    console.log(`wrote ${resolve(lexOut)} (${(statSync(resolve(lexOut)).size / 1e6).toFixed(2)} MB, ${lex.dfRuns.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0)} terms)`);
  }
}

main(process.argv.slice(2));
