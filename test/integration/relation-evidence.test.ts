import { seededApi } from './support';

const seeded = seededApi();

const EVIDENCE = 'evidence { confidence sourceIds locators citations { sourceId locators } sources { id } }';
const DIRECTIVE_45_ARTICLE = 'source:bqt-2025-10-09-hanoi-directive-45';

describe('evidence on every relation field', () => {
  it('shows that the organizer of the 2024 spring friendship journey is only inferred, as the neighbourhood does', async () => {
    const response = await seeded.api.query(`{
      node(id: "event:spring-friendship-journey-2024") { ... on Event {
        organizer { id }
        organizerLink { entity { id } ${EVIDENCE} }
      } }
      neighborhood(id: "event:spring-friendship-journey-2024") { edges { source target type evidence { confidence sourceIds } } }
    }`);
    expect(response.errors).toBeUndefined();
    const event = response.data!.node;
    expect(event.organizerLink.entity.id).toBe(event.organizer.id);
    expect(event.organizerLink.entity.id).toBe('association:hanoi-union-of-friendship-organizations');
    expect(event.organizerLink.evidence).toEqual({
      confidence: 'inferred',
      sourceIds: ['source:vna-hanoi-people-diplomacy-2024'],
      locators: ['L14'],
      citations: [{ sourceId: 'source:vna-hanoi-people-diplomacy-2024', locators: ['L14'] }],
      sources: [{ id: 'source:vna-hanoi-people-diplomacy-2024' }],
    });
    const edge = response.data!.neighborhood.edges.find((e: any) => e.type === 'ORGANIZED_BY');
    expect(edge.evidence).toEqual({ confidence: 'inferred', sourceIds: ['source:vna-hanoi-people-diplomacy-2024'] });
  });

  it('gives the place, venue, concerns and issuer their evidence too', async () => {
    const response = await seeded.api.query(`{
      node(id: "event:hanoi-directive-45-conference-2025-10") { ... on Event {
        organizerLink { entity { id } evidence { confidence sourceIds } }
        placeLink { entity { id } evidence { sourceIds } }
        venueLink { entity { id } evidence { sourceIds } }
        concerns { id }
        concernsLinks { entity { id ... on Document { issuerLink { entity { id } evidence { confidence sourceIds } } } } }
      } }
    }`);
    expect(response.errors).toBeUndefined();
    const event = response.data!.node;
    expect(event.organizerLink).toEqual({
      entity: { id: 'association:hanoi-union-of-friendship-organizations' },
      evidence: { confidence: 'stated', sourceIds: [DIRECTIVE_45_ARTICLE] },
    });
    expect(event.concernsLinks.map((link: any) => link.entity.id)).toEqual(event.concerns.map((c: any) => c.id));
    expect(event.concernsLinks[0].entity).toEqual({
      id: 'directive:hanoi-45-ct-tu',
      issuerLink: { entity: { id: 'organization:hanoi-party-standing-committee' }, evidence: { confidence: 'stated', sourceIds: [DIRECTIVE_45_ARTICLE] } },
    });
    for (const link of [event.placeLink, event.venueLink].filter(Boolean)) expect(link.evidence.sourceIds.length).toBeGreaterThan(0);
  });

  it('lists each source once, with all its lines, where a relationship cites one article twice', async () => {
    const response = await seeded.api.query(`{
      node(id: "event:hanoi-directive-45-conference-2025-10") { ... on Event { concernsLinks { entity { id } ${EVIDENCE} } } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.node.concernsLinks).toEqual([
      {
        entity: { id: 'directive:hanoi-45-ct-tu' },
        evidence: {
          confidence: 'stated',
          sourceIds: [DIRECTIVE_45_ARTICLE],
          locators: ['L7, L8'],
          citations: [{ sourceId: DIRECTIVE_45_ARTICLE, locators: ['L7', 'L8'] }],
          sources: [{ id: DIRECTIVE_45_ARTICLE }],
        },
      },
    ]);
  });

  it('lists each source once on the edges of neighbourhoods and paths too', async () => {
    const response = await seeded.api.query(`{
      neighborhood(id: "event:hanoi-directive-45-conference-2025-10") { edges { type target sourceIds evidence { sourceIds locators } } }
      path(from: "event:hanoi-directive-45-conference-2025-10", to: "directive:hanoi-45-ct-tu", maxHops: 1) { edges { type sourceIds evidence { sourceIds } } }
    }`);
    expect(response.errors).toBeUndefined();
    const concerns = response.data!.neighborhood.edges.find((e: any) => e.type === 'CONCERNS');
    expect(concerns).toEqual({ type: 'CONCERNS', target: 'directive:hanoi-45-ct-tu', sourceIds: [DIRECTIVE_45_ARTICLE], evidence: { sourceIds: [DIRECTIVE_45_ARTICLE], locators: ['L7, L8'] } });
    for (const edge of response.data!.neighborhood.edges) {
      expect(new Set(edge.sourceIds).size).toBe(edge.sourceIds.length);
      expect(edge.evidence.locators).toHaveLength(edge.evidence.sourceIds.length);
    }
    expect(response.data!.path.edges).toEqual([{ type: 'CONCERNS', sourceIds: [DIRECTIVE_45_ARTICLE], evidence: { sourceIds: [DIRECTIVE_45_ARTICLE] } }]);
  });

  it('has a field with evidence beside every field that follows a relationship to an entity', async () => {
    const response = await seeded.api.query(`{
      __schema { types { name kind interfaces { name } fields { name type { ...TypeRef } } } }
    }
    fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`);
    expect(response.errors).toBeUndefined();
    const types: any[] = response.data!.__schema.types;
    const entityTypes = new Set(types.filter((t) => t.name === 'Entity' || t.interfaces?.some((i: any) => i.name === 'Entity')).map((t) => t.name));
    const named = (ref: any): string => (ref.ofType ? named(ref.ofType) : ref.name);
    const isList = (ref: any): boolean => ref.kind === 'LIST' || (ref.ofType ? isList(ref.ofType) : false);
    // `country` is read from the place's country list, not from one relationship.
    const derived = new Set(['country']);
    const missing: string[] = [];
    for (const type of types.filter((t) => entityTypes.has(t.name))) {
      const fieldNames = new Set(type.fields.map((f: any) => f.name));
      for (const field of type.fields) {
        if (!entityTypes.has(named(field.type)) || derived.has(field.name)) continue;
        const twin = `${field.name}${isList(field.type) ? 'Links' : 'Link'}`;
        if (!fieldNames.has(twin)) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('costs no round trip more than the relation fields alone', async () => {
    const plain = await seeded.api.query(`{ events(first: 50) { edges { node { organizer { id } place { id } concerns { id } } } } }`);
    const withEvidence = await seeded.api.query(`{ events(first: 50) { edges { node {
      organizer { id } place { id } concerns { id }
      organizerLink { evidence { confidence } } placeLink { evidence { confidence } } concernsLinks { evidence { sourceIds } }
    } } } }`);
    expect(withEvidence.errors).toBeUndefined();
    expect(withEvidence.extensions!.roundTrips).toBe(plain.extensions!.roundTrips);
  });
});
