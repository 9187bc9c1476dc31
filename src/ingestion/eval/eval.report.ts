import { ClassSummary, EvalSummary } from './eval.run';
import { SCORED_CLASSES, ScoredClass } from './labelled-facts';

export interface EvalReport {
  /** `YYYY-MM-DD`: the day the figures were measured. */
  measuredOn: string;
  devset: EvalSummary;
  seeds: EvalSummary;
}

const TARGET_PRECISION = 0.9;
const TARGET_RECALL = 0.8;
const TARGETED: ScoredClass[] = ['partnership', 'agreement', 'position', 'event', 'aid'];

function figure(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

function classRow(factClass: ScoredClass, score: ClassSummary): string[] {
  return [factClass, String(score.truePositives), String(score.falsePositives), String(score.falseNegatives), figure(score.precision), figure(score.recall)];
}

function linkingLine(summary: EvalSummary): string {
  const { mentions, correct, wrong, missed, accuracy } = summary.linking;
  return `linking: ${figure(accuracy)} (${correct} of ${mentions} labelled place mentions linked to the right ID; ${wrong} linked wrongly, ${missed} not linked)`;
}

/** The table as the terminal shows it. */
export function renderText(title: string, summary: EvalSummary): string {
  const header = ['class', 'TP', 'FP', 'FN', 'precision', 'recall'];
  const rows = SCORED_CLASSES.map((factClass) => classRow(factClass, summary.byClass[factClass]));
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const failed = summary.perArticle.filter((result) => result.error);
  return [
    `${title}: ${summary.articles} articles (${languages(summary)})`,
    line(header),
    ...rows.map(line),
    summary.linking.mentions > 0 ? linkingLine(summary) : null,
    ...failed.map((result) => `not extracted: ${result.name}: ${result.error}`),
  ]
    .filter((text): text is string => text !== null)
    .join('\n');
}

/** Per article, the labels missed and the proposals matching no label, as compared: where to look first. */
export function renderDetails(summary: EvalSummary): string {
  return summary.perArticle
    .filter((result) => Object.keys(result.unmatched).length > 0)
    .map((result) => {
      const lines = Object.entries(result.unmatched).flatMap(([factClass, { missed, spurious }]) => [
        ...missed.map((fact) => `  ${factClass} missed:   ${JSON.stringify(fact)}`),
        ...spurious.map((fact) => `  ${factClass} spurious: ${JSON.stringify(fact)}`),
      ]);
      return [result.name, ...lines].join('\n');
    })
    .join('\n');
}

function languages(summary: EvalSummary): string {
  return Object.entries(summary.byLanguage)
    .map(([lang, count]) => `${count} ${lang}`)
    .join(', ');
}

function markdownTable(summary: EvalSummary): string[] {
  return [
    '| class | TP | FP | FN | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
    ...SCORED_CLASSES.map((factClass) => `| ${classRow(factClass, summary.byClass[factClass]).join(' | ')} |`),
  ];
}

function missedTargets(summary: EvalSummary): string {
  const missed = TARGETED.filter((factClass) => {
    const { precision, recall, truePositives, falseNegatives } = summary.byClass[factClass];
    if (truePositives + falseNegatives === 0) return false;
    return (precision ?? 0) < TARGET_PRECISION || (recall ?? 0) < TARGET_RECALL;
  });
  return missed.length === 0 ? 'Every labelled class meets both targets.' : `Below a target: ${missed.join(', ')}.`;
}

/** `docs/ingestion-eval.md`: the figures, and how they are counted. */
export function renderMarkdown(report: EvalReport): string {
  const { devset, seeds } = report;
  const perArticle = devset.perArticle.map((result) => {
    const cells = SCORED_CLASSES.filter((factClass) => factClass !== 'membership').map((factClass) => {
      const score = result.scores[factClass];
      return `${score.truePositives}/${score.falsePositives}/${score.falseNegatives}`;
    });
    return `| ${result.name} | ${result.lang} | ${result.candidates} | ${cells.join(' | ')} | ${result.linking.correct}/${result.linking.mentions} |${result.error ? ` ${result.error}` : ''}`;
  });
  return [
    '# Ingestion: evaluation',
    '',
    `Measured on ${report.measuredOn} with \`npm run ingest:eval\`. This file is written by that command; the same figures are in`,
    '`bench/results/ingestion-eval.json`. Targets per class before review: precision ≥ 0.9 and recall ≥ 0.8.',
    '',
    `## Development set (${devset.articles} articles: ${languages(devset)})`,
    '',
    'The labels are in `test/ingestion-devset/` (format and how to fetch the texts: its README).',
    '',
    ...markdownTable(devset),
    '',
    linkingLine(devset).replace(/^linking/, 'Linking'),
    '',
    missedTargets(devset),
    '',
    `## The seed articles (${seeds.articles}), against the curated seed graph`,
    '',
    'The partnerships, positions and events that the seed files cite each seed article for; the seed files record',
    'no agreement, aid or membership from these articles, so a proposal of those classes counts as a false positive.',
    '',
    ...markdownTable(seeds),
    '',
    missedTargets(seeds),
    '',
    '## Per article (development set)',
    '',
    'TP/FP/FN per class; linking as right links of labelled place mentions.',
    '',
    '| article | lang | candidates | partnership | agreement | position | event | aid | linking |',
    '|---|---|---:|---|---|---|---|---|---|',
    ...perArticle,
    '',
    '## How the figures are counted',
    '',
    '- Each labelled fact is paired with at most one proposed fact of its class, and each proposal with at most one',
    '  label, so that as many pairs as possible are made. A label left over is a false negative (FN); a proposal left over is a false positive (FP). Partnerships, posts',
    '  and memberships that are the same once compared as below count once; agreements, events and aid may repeat.',
    '  Entities (places, bodies, people) are scored through linking, not here.',
    '- Parties are compared as the graph knows them: a known place by its ID; a body named after a place',
    '  (`organization:binh-dinh-peoples-committee`) as that place, since the labels name the place whose committee acts;',
    '  a place or body the graph does not know by the slug of its name.',
    '- Partnerships: the same set of parties, in any order. Agreements: the same set of parties and the signing date at',
    '  the precision of the label (a year-less label `--MM-DD` matches that day of any year; a label without a date',
    '  matches on the parties alone). Positions: the same person (name folded: case, diacritics, punctuation) in the same',
    '  place or body. Events: the same kind and date at the label\'s precision (an undated label: the same kind and place);',
    '  an anniversary and a celebration are one kind, the seed files filing as ANNIVERSARY what the labels call CELEBRATION.',
    '  Aid: the same funder and recipient.',
    '- Precision is TP / (TP + FP), "–" when nothing was proposed; recall is TP / (TP + FN), "–" when nothing was labelled.',
    '- Linking: every labelled mention of a known place is looked up among the candidates\' links by its folded form;',
    '  right when one of its links names the labelled ID, wrong when they name only others, missed when none links it.',
    '',
  ].join('\n');
}
