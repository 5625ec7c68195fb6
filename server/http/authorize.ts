import type { Request } from 'express';
import { can, type Action, type Principal, type Role } from '../../shared/roles.ts';
import { bearerToken, resolveToken } from '../auth/access.ts';
import type { Storage } from '../storage/Storage.ts';
import { forbidden, notFound, unauthorized } from './errors.ts';

/**
 * Resolves the bearer token of a request for the workshop `:id` and checks what it may do:
 * 401 without a (known) token, 404 for an unknown workshop, 403 for a token of another
 * workshop or a role that may not. `roles` narrows an action further (e.g. only organiser and
 * facilitator may fetch a board as SVG, although the plenary may read boards). The token comes
 * back with the principal for routes that derive tokens from it (links, join).
 */
export function authorizer(storage: Storage) {
  return async function authorize(
    req: Request, action: Action, roles?: readonly Role[],
  ): Promise<Principal & { token: string }> {
    const id = String(req.params.id);
    const token = bearerToken(req.get('authorization'));
    if (!token) throw unauthorized();
    const access = await resolveToken(storage, id, token);
    if (!access.ok) {
      if (access.reason === 'forbidden' && !(await storage.getWorkshop(id))) throw notFound('No such workshop.');
      throw access.reason === 'forbidden' ? forbidden() : unauthorized();
    }
    if (!can(access.principal, action) || (roles && !roles.includes(access.principal.role))) throw forbidden();
    return { ...access.principal, token };
  };
}
