import { hashSecret, issueToken, parseToken, secretMatches } from '../../src/access/api-key';
import { parseKeyCommand } from '../../src/access/api-key.cli';
import { RateLimiter } from '../../src/access/rate-limiter';
import { grants, Role } from '../../src/access/role';

describe('API keys', () => {
  it('issues keys that parse back and match only their own hash', () => {
    const first = issueToken();
    const second = issueToken();
    expect(parseToken(first.token)).toEqual({ id: first.id, secret: first.secret });
    expect(first.id).not.toBe(second.id);
    expect(secretMatches(first.secret, hashSecret(first.secret))).toBe(true);
    expect(secretMatches(second.secret, hashSecret(first.secret))).toBe(false);
    expect(parseToken(`${first.token}x`)).toBeNull();
    expect(parseToken('Bearer abc')).toBeNull();
  });

  it('ranks roles: admin includes editor includes reader', () => {
    expect(grants(Role.ADMIN, Role.EDITOR)).toBe(true);
    expect(grants(Role.EDITOR, Role.EDITOR)).toBe(true);
    expect(grants(Role.READER, Role.EDITOR)).toBe(false);
  });

  it('parses the keys command line, explaining mistakes', () => {
    expect(parseKeyCommand(['create', '--name', 'Lan', '--role', 'editor'])).toEqual({ action: 'create', name: 'Lan', role: Role.EDITOR });
    expect(parseKeyCommand(['revoke', 'pgk_abcdefghijkl_secret'])).toEqual({ action: 'revoke', id: 'abcdefghijkl' });
    expect(parseKeyCommand(['list'])).toEqual({ action: 'list' });
    expect(parseKeyCommand(['create', '--name', 'Lan'])).toMatch(/--role/);
    expect(parseKeyCommand(['create', '--role', 'admin'])).toMatch(/--name/);
    expect(parseKeyCommand(['delete'])).toBe('unknown command');
  });
});

describe('rate limiter', () => {
  it('allows a minute’s allowance in a burst, then refills continuously', () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let i = 0; i < 60; i += 1) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 1_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });
});
