import { AuthCheckerFn } from 'type-graphql';
import { Context } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors/errors';
import { grants, Role } from './role';

/** For `@Authorized(Role.EDITOR)` fields: anonymous callers get UNAUTHENTICATED, keys of a lesser role FORBIDDEN. */
export const roleChecker: AuthCheckerFn<Context, Role> = ({ context, info }, roles) => {
  const needed = roles[0] ?? Role.READER;
  const caller = context.caller;
  if (caller.kind === 'anonymous') {
    throw new UnauthenticatedError(`"${info.fieldName}" needs an API key with the ${needed.toLowerCase()} role: send "Authorization: Bearer <API key>".`);
  }
  if (!grants(caller.role, needed)) {
    throw new ForbiddenError(`"${info.fieldName}" needs the ${needed.toLowerCase()} role; this key has the ${caller.role.toLowerCase()} role.`);
  }
  return true;
};
