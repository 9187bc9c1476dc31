import { Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { NEVER_CACHED } from '../caching/cache-control.directive';
import { Context } from '../context';
import { ApiKeyRecord, listKeysQuery } from './api-key.repository';
import { Role } from './role';

@Directive(NEVER_CACHED)
@ObjectType({ description: 'An API key as admins see it; its secret is never stored, only a hash.' })
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field()
  createdAt: string;

  @Field(() => String, { nullable: true })
  revokedAt: string | null;
}

@Resolver()
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Directive(NEVER_CACHED)
  @Query(() => [ApiKey], { description: 'Every API key, revoked ones included. Keys are issued and revoked with `npm run keys`.' })
  async apiKeys(@Ctx() { executor }: Context): Promise<ApiKey[]> {
    const rows = await executor.read(listKeysQuery());
    return rows.map((row) => {
      const { id, name, role, createdAt, revokedAt } = row.key as ApiKeyRecord;
      return { id, name, role, createdAt, revokedAt };
    });
  }
}
