import { registerEnumType } from 'type-graphql';

/** A GraphQL enum from one of the model's vocabularies, so the API and the model always agree. */
export function enumFrom<T extends string>(name: string, values: readonly T[], description: string): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
