import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const compose = parse(fs.readFileSync(path.join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8'));

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 Community image with authentication, a data volume and a healthcheck', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
  });

  it('builds the API from this repository and points it at that Neo4j once healthy', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.environment).toMatchObject({ NEO4J_URI: 'bolt://neo4j:7687', NEO4J_USER: 'neo4j', NEO4J_DATABASE: 'neo4j' });
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(fs.existsSync(path.join(__dirname, '..', '..', 'Dockerfile'))).toBe(true);
  });

  it('runs the API in production mode, yet keeps the playground and introspection on by saying so', () => {
    const dockerfile = fs.readFileSync(path.join(__dirname, '..', '..', 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^ENV .*\bNODE_ENV=production\b/m);
    expect(compose.services.api.environment).toMatchObject({ INTROSPECTION: 'true', PLAYGROUND: 'true' });
  });
});
