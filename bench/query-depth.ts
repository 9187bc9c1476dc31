import { FieldNode, InlineFragmentNode, parse, SelectionSetNode } from 'graphql';

/**
 * How many levels of object fields an operation nests (leaf fields and inline fragments add none):
 * `{ a { id } }` is 1, `{ a { b { id } } }` is 2. Each level may need the database once.
 */
export function nestingDepth(query: string): number {
  const operation = parse(query).definitions[0];
  if (operation.kind !== 'OperationDefinition') throw new Error('expected an operation');
  return depthOf(operation.selectionSet);
}

function depthOf(selectionSet: SelectionSetNode | undefined): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field' && (selection as FieldNode).selectionSet) deepest = Math.max(deepest, 1 + depthOf((selection as FieldNode).selectionSet));
    else if (selection.kind === 'InlineFragment') deepest = Math.max(deepest, depthOf((selection as InlineFragmentNode).selectionSet));
  }
  return deepest;
}
