import type { Request } from 'express';
import { can, type Action, type Principal } from '../../shared/roles.ts';
import { bearerToken, resolveToken } from '../auth/access.ts';
import type { Storage } from '../storage/Storage.ts';
import { forbidden, foreignToken, notFound, unauthorized } from './errors.ts';

/**
 * Resolves the bearer token of a request for the workshop `:id` and checks the route's one
 * action against the permission table (shared/permissions.ts): 401 without a (known) token,
 * 404 for an unknown workshop, 403 for a token of another workshop or a role that may not.
 * The token comes back with the principal for routes that derive tokens from it (links, join).
 */
export function authorizer(storage: Storage) {
  return async function authorize(req: Request, action: Action): Promise<Principal & { token: string }> {
    const id = String(req.params.id);
    const token = bearerToken(req.get('authorization'));
    if (!token) throw unauthorized();
    const access = await resolveToken(storage, id, token);
    if (!access.ok) {
      if (access.reason === 'forbidden' && !(await storage.getWorkshop(id))) throw notFound('No such workshop.');
      throw access.reason === 'forbidden' ? foreignToken() : unauthorized();
    }
    if (!can(access.principal, action)) throw forbidden();
    return { ...access.principal, token };
  };
}
