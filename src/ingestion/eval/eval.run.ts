import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Extract } from './extraction.contract';
import { addScores, ClassScore, ComparableFact, labelledFacts, LinkingScore, pairFacts, PartyCanon, proposedFacts, rates, scoreLinking } from './fact-matching';
import { LabelledArticle, SCORED_CLASSES, ScoredClass } from './labelled-facts';

export interface ArticleResult {
  name: string;
  lang: string;
  candidates: number;
  scores: Record<ScoredClass, ClassScore>;
  linking: LinkingScore;
  /** Per class with a miss or a false positive: the labels left over and the proposals left over, as compared. */
  unmatched: Partial<Record<ScoredClass, { missed: ComparableFact[]; spurious: ComparableFact[] }>>;
  /** Why the article was not extracted (no text, or the extraction failed): its labels all count as missed. */
  error?: string;
}

export interface ClassSummary extends ClassScore {
  precision: number | null;
  recall: number | null;
}

export interface EvalSummary {
  articles: number;
  byLanguage: Record<string, number>;
  byClass: Record<ScoredClass, ClassSummary>;
  linking: LinkingScore & { accuracy: number | null };
  perArticle: ArticleResult[];
}

const NONE: ClassScore = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };

/** Extracts each labelled article's text (`<textDir>/<name>.txt`) and scores the candidates against its labels. */
export async function evaluateArticles(articles: LabelledArticle[], textDir: string, extract: Extract, canon: PartyCanon): Promise<EvalSummary> {
  const perArticle: ArticleResult[] = [];
  for (const labelled of articles) {
    const labels = labelledFacts(labelled, canon);
    const textFile = join(textDir, `${labelled.name}.txt`);
    let candidates: Awaited<ReturnType<Extract>>['candidates'] = [];
    let error: string | undefined;
    if (!existsSync(textFile)) {
      error = `no text file ${labelled.name}.txt`;
    } else {
      try {
        const { article } = labelled;
        const result = await extract(readFileSync(textFile, 'utf8'), {
          lang: article.lang,
          ...(article.url ? { url: article.url } : {}),
          ...(article.publisher ? { publisher: article.publisher } : {}),
          ...(article.publishedOn ? { publishedOn: article.publishedOn } : {}),
          ...(article.title ? { title: article.title } : {}),
        });
        candidates = result.candidates;
      } catch (cause) {
        error = `extraction failed: ${cause instanceof Error ? cause.message : String(cause)}`;
      }
    }
    const proposals = proposedFacts(candidates, canon);
    const scores = {} as Record<ScoredClass, ClassScore>;
    const unmatched: ArticleResult['unmatched'] = {};
    for (const factClass of SCORED_CLASSES) {
      const { score, missed, spurious } = pairFacts(factClass, labels[factClass], proposals[factClass]);
      scores[factClass] = score;
      if (missed.length > 0 || spurious.length > 0) unmatched[factClass] = { missed, spurious };
    }
    perArticle.push({
      name: labelled.name,
      lang: labelled.article.lang,
      candidates: candidates.length,
      scores,
      linking: scoreLinking(labelled.places, candidates),
      unmatched,
      ...(error ? { error } : {}),
    });
  }
  return summarize(perArticle);
}

export function summarize(perArticle: ArticleResult[]): EvalSummary {
  const byClass = Object.fromEntries(
    SCORED_CLASSES.map((factClass) => {
      const total = perArticle.reduce((sum, result) => addScores(sum, result.scores[factClass]), NONE);
      return [factClass, { ...total, ...rates(total) }];
    }),
  ) as Record<ScoredClass, ClassSummary>;
  const linking = perArticle.reduce(
    (sum, { linking: one }) => ({ mentions: sum.mentions + one.mentions, correct: sum.correct + one.correct, wrong: sum.wrong + one.wrong, missed: sum.missed + one.missed }),
    { mentions: 0, correct: 0, wrong: 0, missed: 0 },
  );
  const byLanguage: Record<string, number> = {};
  for (const result of perArticle) byLanguage[result.lang] = (byLanguage[result.lang] ?? 0) + 1;
  return {
    articles: perArticle.length,
    byLanguage,
    byClass,
    linking: { ...linking, accuracy: linking.mentions === 0 ? null : linking.correct / linking.mentions },
    perArticle,
  };
}
