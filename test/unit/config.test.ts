import { loadConfig } from '../../src/config';

const NAMES = ['NODE_ENV', 'INTROSPECTION', 'PLAYGROUND', 'QUERY_TIMEOUT_MS', 'EXPORT_TIMEOUT_MS', 'LOG_LEVEL', 'LOG_FORMAT', 'HTTP_HEADERS_TIMEOUT_MS', 'HTTP_REQUEST_TIMEOUT_MS', 'EMBEDDED_NEO4J_MAX_RESTARTS'];

function configWith(env: Record<string, string>) {
  const saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));
  try {
    for (const name of NAMES) delete process.env[name];
    Object.assign(process.env, env);
    return loadConfig();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

describe('configuration', () => {
  it('keeps introspection and the playground on in development, with a 10-second query limit', () => {
    expect(configWith({})).toMatchObject({ production: false, introspection: true, playground: true, queryTimeoutMs: 10_000, exportTimeoutMs: 120_000, logLevel: 'info', logFormat: 'auto' });
  });

  it('turns them off in production mode unless told otherwise', () => {
    expect(configWith({ NODE_ENV: 'production' })).toMatchObject({ production: true, introspection: false, playground: false });
    expect(configWith({ NODE_ENV: 'production', INTROSPECTION: 'true', PLAYGROUND: 'true' })).toMatchObject({ introspection: true, playground: true });
    expect(configWith({ PLAYGROUND: 'false' })).toMatchObject({ production: false, introspection: true, playground: false });
  });

  it('reads the time limits and the log level and format, and refuses values it does not know', () => {
    expect(configWith({ QUERY_TIMEOUT_MS: '0', EXPORT_TIMEOUT_MS: '5000', LOG_LEVEL: 'warn' })).toMatchObject({ queryTimeoutMs: 0, exportTimeoutMs: 5000, logLevel: 'warn' });
    expect(configWith({ LOG_FORMAT: 'json' })).toMatchObject({ logFormat: 'json' });
    expect(configWith({ LOG_FORMAT: 'pretty' })).toMatchObject({ logFormat: 'pretty' });
    expect(() => configWith({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT must be one of auto, json, pretty/);
    expect(() => configWith({ INTROSPECTION: 'yes' })).toThrow(/INTROSPECTION must be true or false/);
    expect(() => configWith({ QUERY_TIMEOUT_MS: '-1' })).toThrow(/QUERY_TIMEOUT_MS/);
    expect(() => configWith({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });

  it('gives slow clients 10 s for their headers and 30 s for the whole request, and refuses a headers limit past the request limit', () => {
    expect(configWith({})).toMatchObject({ httpHeadersTimeoutMs: 10_000, httpRequestTimeoutMs: 30_000, embeddedMaxRestarts: 5 });
    expect(configWith({ HTTP_HEADERS_TIMEOUT_MS: '2000', HTTP_REQUEST_TIMEOUT_MS: '5000' })).toMatchObject({ httpHeadersTimeoutMs: 2000, httpRequestTimeoutMs: 5000 });
    expect(() => configWith({ HTTP_HEADERS_TIMEOUT_MS: '40000' })).toThrow(/HTTP_HEADERS_TIMEOUT_MS \(40000\) must not exceed HTTP_REQUEST_TIMEOUT_MS \(30000\)/);
    expect(() => configWith({ EMBEDDED_NEO4J_MAX_RESTARTS: 'many' })).toThrow(/EMBEDDED_NEO4J_MAX_RESTARTS/);
  });
});
