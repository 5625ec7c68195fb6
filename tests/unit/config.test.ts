import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('has defaults that work on a laptop', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: resolve('./data'),
      adminToken: undefined,
      publicUrl: undefined,
      logLevel: 'info',
      demo: true,
    });
  });

  it('reads the environment and resolves DATA_DIR to an absolute path', () => {
    const config = loadConfig({
      PORT: '8080', HOST: '127.0.0.1', DATA_DIR: 'tmp/werkbord', ADMIN_TOKEN: 'geheim',
      PUBLIC_URL: 'https://werkbord.example.org/', DEMO: '0', LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: resolve('tmp/werkbord'),
      adminToken: 'geheim',
      // Without the trailing slash, so that links do not get a double one.
      publicUrl: 'https://werkbord.example.org',
      demo: false,
      logLevel: 'warn',
    });
  });

  it('PORT 0 is allowed (a random free port)', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });

  it.each([
    ['not a number', 'abc'],
    ['too large', '70000'],
    ['negative', '-1'],
    ['a fraction', '80.5'],
  ])('a PORT that is %s stops the start with a message that names PORT', (_name, port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(/^Invalid configuration:\n\s+PORT: /);
  });

  it.each([
    ['LOG_LEVEL', 'loud'],
    ['DEMO', 'yes'],
    ['PUBLIC_URL', 'not a url'],
    ['ADMIN_TOKEN', ''],
  ])('a bad %s is named in the message', (key, value) => {
    expect(() => loadConfig({ [key]: value })).toThrow(new RegExp(`${key}: `));
  });
});
