/**
 * What `PROFILE` says about each statement our API runs for a workload, kept small enough to read in a table:
 * the operators in plan order, the db hits of the whole plan, the rows it returns, and any scan of a whole label
 * or of every node (a plan that grows with the graph, not with the answer).
 */

/** One operator of a profiled plan, as the driver reports it (`result.summary.profile`), with its inputs below it. */
export interface ProfiledOperator {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits: number;
  rows: number;
  children: ProfiledOperator[];
}

export interface PlanNode {
  operator: string;
  details?: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

export interface StatementPlan {
  /** Position in the recorded floor plan: the wave (1-based) and the query within it (1-based). */
  wave: number;
  index: number;
  cypher: string;
  /** Operator names in plan order (root first), each once, with how many times it appears. */
  operators: { name: string; count: number }[];
  dbHits: number;
  /** Rows the statement returns (those of the plan's root). */
  rows: number;
  /** NodeByLabelScan / AllNodesScan operators (and their partitioned or multi-label forms), with their details. */
  scans: string[];
  plan: PlanNode;
}

export interface WorkloadPlans {
  workload: string;
  statements: StatementPlan[];
}

export interface ScalePlans {
  scale: string;
  entities: number;
  relationships: number;
  workloads: WorkloadPlans[];
}

export interface PlansResults {
  startedAt: string;
  software: string;
  scales: ScalePlans[];
}

const SCAN = /^(Partitioned)?(NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|SubtractionNodeByLabelsScan|AllNodesScan)$/;

/** `Expand(All)@neo4j` → `Expand(All)`: the suffix names the database, the same for every operator. */
const operatorName = (operatorType: string) => operatorType.replace(/@.*$/, '');

function toPlanNode(operator: ProfiledOperator): PlanNode {
  const details = operator.arguments.Details;
  return {
    operator: operatorName(operator.operatorType),
    ...(details !== undefined ? { details: String(details) } : {}),
    dbHits: Number(operator.dbHits),
    rows: Number(operator.rows),
    children: operator.children.map(toPlanNode),
  };
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.children) walk(child, visit);
}

/** Reduces a profiled plan to what the report shows about one statement. */
export function summarizeProfile(position: { wave: number; index: number; cypher: string }, profile: ProfiledOperator): StatementPlan {
  const plan = toPlanNode(profile);
  const counts = new Map<string, number>();
  const scans: string[] = [];
  let dbHits = 0;
  walk(plan, (node) => {
    counts.set(node.operator, (counts.get(node.operator) ?? 0) + 1);
    dbHits += node.dbHits;
    if (SCAN.test(node.operator)) scans.push(node.details ? `${node.operator} ${node.details}` : node.operator);
  });
  return {
    ...position,
    operators: [...counts].map(([name, count]) => ({ name, count })),
    dbHits,
    rows: plan.rows,
    scans,
    plan,
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/`/g, "'");

/** The statement's first MATCH, UNWIND or procedure call (past any `CALL () {`), enough to tell it from its neighbours in the table. */
function opening(cypher: string): string {
  const lines = cypher.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const line = lines.find((l) => /^(OPTIONAL MATCH|MATCH|UNWIND|CALL \w)/.test(l)) ?? lines[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

export function renderPlans(results: PlansResults): string {
  const lines = [
    `\`PROFILE\` of every statement our API runs for each workload (the floor's recorded Cypher), run ${results.startedAt}; ${results.software}.`,
    'Statements are numbered wave.query, as the floor replays them. Full plans: `bench/results/plans.json`.',
    '',
  ];
  for (const scale of results.scales) {
    lines.push(
      `#### ${scale.scale}: ${scale.entities.toLocaleString('en')} entities, ${scale.relationships.toLocaleString('en')} relationships`,
      '',
      '| workload | statement | operators (plan order) | db hits | rows | label or all-nodes scan |',
      '|---|---|---|---|---|---|',
    );
    const scans: string[] = [];
    for (const workload of scale.workloads) {
      for (const statement of workload.statements) {
        const operators = statement.operators.map((o) => (o.count > 1 ? `${o.name} ×${o.count}` : o.name)).join(', ');
        const scan = statement.scans.length ? `**yes**: ${cell(statement.scans.join('; '))}` : 'no';
        lines.push(
          `| ${workload.workload} | ${statement.wave}.${statement.index} \`${cell(opening(statement.cypher))}\` | ${operators} | ${statement.dbHits.toLocaleString('en')} | ${statement.rows.toLocaleString('en')} | ${scan} |`,
        );
        if (statement.scans.length) scans.push(`${scale.scale} ${workload.workload} ${statement.wave}.${statement.index}: ${statement.scans.join('; ')}`);
      }
    }
    lines.push('', scans.length ? `Scans of a whole label or of every node:\n\n${scans.map((s) => `- ${s}`).join('\n')}` : 'No statement scans a whole label or every node.', '');
  }
  return lines.join('\n');
}
