import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "An entity's name in one language." })
export class Label {
  @Field({ description: 'A BCP 47 language tag: "vi", "en", "fr", "lo", "th", …; "und" where the source form\'s language is unknown.' })
  lang: string;

  @Field()
  value: string;

  @Field({ description: 'Whether this is the form the source used (the entity\'s `name` when no language is asked for).' })
  source: boolean;
}

export const LANG_ARGUMENT_DESCRIPTION =
  'A BCP 47 language tag ("vi", "en", "fr", "lo", "vi-VN", …). The name in that language, else in English, else in French, else as the source wrote it. ' +
  "Without it, the request's Accept-Language header decides; without either, the name as the source wrote it.";
