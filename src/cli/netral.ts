/**
 * netral: the detection engine on the command line, for people who tune packs.
 *
 *   npm run netral -- check "teks"        level, highlighted matches, reasons
 *   npm run netral -- check --json "…"    the assessment as JSON (stdin when no text)
 *   npm run netral -- eval FILE.csv       confusion matrices; last line precision/recall/f1
 *   npm run netral -- validate PACK.json  validates one or more packs
 *   npm run netral -- schema              prints the pack JSON Schema
 *   npm run netral -- keygen / sign / verify   Ed25519-signed agency packs (see keys.ts)
 *
 * Extra packs: --pack FILE (repeatable) is loaded after the shipped packs.
 */
import { readFileSync } from 'node:fs';
import { assess } from '../detect/assess';
import { compileLexicon, type Lexicon } from '../detect/lexicon';
import { LEVELS, type Assessment, type Level } from '../detect/types';
import { parseCsvRecords } from '../eval/csv';
import { confusion, levelTable, postsFromRecords, scorePosts, summaryLine } from '../eval/evaluate';
import { shippedPackDocuments } from '../packs/index';
import { loadPacks } from '../packs/load';
import { packJsonSchema } from '../packs/schema';
import { formatProblem, parsePack } from '../packs/validate';
import { highlight } from './highlight';
import { CommandError, keygen, sign, verify } from './keys';

const USAGE = `Usage: npm run netral -- <command> [options]

Commands:
  check [TEXT] [--json] [--date YYYY-MM-DD]   assess TEXT (or stdin)
  eval FILE.csv [--level risk|caution] [--errors]
                                              evaluate on a CSV with text and label columns
  validate PACK.json...                       validate packs
  schema                                      print the pack JSON Schema
  keygen [--out PREFIX]                       new signing key pair: PREFIX.private.pem, PREFIX.public.pem
                                              (default PREFIX netral-pack-key); prints the packPublicKey value
  sign PACK.json --key PRIVATE.pem [--out FILE]
                                              validate and sign a pack (default PACK.signed.json)
  verify SIGNED.json --public-key KEY         check a signed pack; KEY is a PEM file or the base64 key

Options:
  --pack FILE   also load this pack (repeatable)
  --help        show this help`;

interface Options {
  positional: string[];
  json: boolean;
  errors: boolean;
  level: Level;
  date?: string;
  packs: string[];
  /** keygen/sign output, sign's private key, verify's public key. */
  out?: string;
  key?: string;
  publicKey?: string;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const options: Options = { positional: [], json: false, errors: false, level: 'risk', packs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--errors') options.errors = true;
    else if (arg === '--level') {
      const level = value();
      if (level !== 'risk' && level !== 'caution') throw new UsageError(`--level must be risk or caution, not "${level}"`);
      options.level = level;
    } else if (arg === '--date') options.date = value();
    else if (arg === '--pack') options.packs.push(value());
    else if (arg === '--out') options.out = value();
    else if (arg === '--key') options.key = value();
    else if (arg === '--public-key') options.publicKey = value();
    else if (arg === '--') continue;
    else if (arg.startsWith('--') && arg.length > 2) throw new UsageError(`unknown option ${arg}`);
    else options.positional.push(arg);
  }
  return options;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function buildLexicon(extraPacks: string[], err: (line: string) => void): Lexicon {
  const documents: unknown[] = [...shippedPackDocuments()];
  const labels: string[] = documents.map((_, i) => `shipped pack #${i + 1}`);
  for (const path of extraPacks) {
    const parsed = parsePack(readText(path), path);
    if (!parsed.ok) {
      parsed.problems.forEach((p) => err(formatProblem(p)));
      throw new UsageError(`pack ${path} is invalid`);
    }
    documents.push(parsed.pack);
    labels.push(path);
  }
  const { packs, problems } = loadPacks(documents, labels);
  problems.forEach((p) => err(`warning: ${formatProblem(p)}`));
  return compileLexicon(packs);
}

function printAssessment(result: Assessment, text: string, out: (line: string) => void, color: boolean): void {
  out(`level: ${result.level}`);
  if (result.matches.length > 0) out(`text:  ${highlight(text, result.matches, color)}`);
  for (const reason of result.reasons) {
    out(`- ${reason.id}`);
    out(`  ${reason.en}`);
  }
}

export async function main(
  argv: string[],
  io: { out: (line: string) => void; err: (line: string) => void; stdin: () => Promise<string>; color: boolean },
): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    io.err(String((error as Error).message));
    io.err(USAGE);
    return 2;
  }
  const [command, ...rest] = options.positional;
  try {
    switch (command) {
      case 'check': {
        const text = rest.length > 0 ? rest.join(' ') : await io.stdin();
        const lexicon = buildLexicon(options.packs, io.err);
        const result = assess(text, lexicon, options.date ? { date: options.date } : {});
        if (options.json) io.out(JSON.stringify(result, null, 2));
        else printAssessment(result, text, io.out, io.color);
        return 0;
      }
      case 'eval': {
        if (rest.length !== 1) throw new UsageError('eval needs exactly one CSV file');
        const { header, records } = parseCsvRecords(readText(rest[0]!));
        if (!header.includes('text') || !header.includes('label')) {
          throw new UsageError(`${rest[0]} needs a header row with "text" and "label" columns (found: ${header.join(', ')})`);
        }
        const { posts, skipped } = postsFromRecords(records);
        if (skipped > 0) io.err(`warning: ${skipped} rows have a label other than risk/none and were skipped`);
        const scored = scorePosts(posts, buildLexicon(options.packs, io.err));
        const table = levelTable(scored);
        io.out(`posts: ${scored.length} (risk ${scored.filter((p) => p.label === 'risk').length}, none ${scored.filter((p) => p.label === 'none').length})`);
        io.out(`predicted level by label:   ${LEVELS.map((l) => l.padStart(7)).join(' ')}`);
        for (const label of ['risk', 'none'] as const) {
          io.out(`  labelled ${label.padEnd(16)} ${LEVELS.map((l) => String(table[label][l]).padStart(7)).join(' ')}`);
        }
        for (const level of ['caution', 'risk'] as const) {
          const c = confusion(scored, level);
          io.out(`flagged at level >= ${level}: tp=${c.tp} fp=${c.fp} fn=${c.fn} tn=${c.tn}  ${summaryLine(c, scored.length)}`);
        }
        if (options.errors) {
          io.out('misclassified:');
          for (const post of scored) {
            const flagged = LEVELS.indexOf(post.assessment.level) >= LEVELS.indexOf(options.level);
            if (flagged === (post.label === 'risk')) continue;
            const kind = flagged ? 'FP' : 'FN';
            io.out(`${kind} ${post.id ?? ''} [${post.assessment.level}] ${highlight(post.text, post.assessment.matches, io.color).replace(/\s+/g, ' ')}`);
          }
        }
        io.out(summaryLine(confusion(scored, options.level), scored.length));
        return 0;
      }
      case 'validate': {
        if (rest.length === 0) throw new UsageError('validate needs at least one pack file');
        let failed = 0;
        for (const path of rest) {
          const result = parsePack(readText(path), path);
          if (result.ok) io.out(`ok ${path} (pack "${result.pack.id}" ${result.pack.version})`);
          else {
            failed++;
            result.problems.forEach((p) => io.out(`error ${formatProblem(p)}`));
          }
        }
        return failed > 0 ? 1 : 0;
      }
      case 'schema':
        io.out(JSON.stringify(packJsonSchema(), null, 2));
        return 0;
      case 'keygen':
        return await keygen(rest, options, io);
      case 'sign':
        return await sign(rest, options, io);
      case 'verify':
        return await verify(rest, options, io);
      case undefined:
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`netral: ${error.message}`);
      return 2;
    }
    if (error instanceof CommandError) {
      io.err(`netral: ${error.message}`);
      return error.code;
    }
    throw error;
  }
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError('no text given: pass TEXT or pipe it on stdin');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const invokedDirectly = process.argv[1] !== undefined && /netral\.[cm]?[jt]s$/.test(process.argv[1]);
if (invokedDirectly) {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(USAGE);
  } else {
    main(args, {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
      stdin: readStdin,
      color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    }).then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      },
    );
  }
}
