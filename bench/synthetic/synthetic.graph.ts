import { asciiFold, slugify } from '../../src/model/fold';
import { RecordData } from '../../src/model/records';
import { RELATIONS_BY_COLLECTION } from '../../src/model/relationships';
import { EVENT_KINDS, PARTNERSHIP_KINDS, AID_KINDS } from '../../src/model/vocabularies';
import { FOREIGN_COUNTRIES, ForeignCountry, VIETNAMESE_PROVINCES, foreignPlaceName, vietnamesePersonName, vietnamesePlaceName } from './names';
import { SeededRandom } from './random';

/** The seed collections, in the order their records are numbered for citations. */
export const COLLECTIONS = [
  'countries',
  'localities',
  'localityGroups',
  'organizations',
  'associations',
  'officials',
  'documents',
  'partnerships',
  'aidProjects',
  'events',
] as const;
export type Collection = (typeof COLLECTIONS)[number];
export type SyntheticCollections = Record<Collection | 'sources', RecordData[]>;

/** One synthetic article per this many records, as a real article yields a few dozen facts. */
export const RECORDS_PER_SOURCE = 50;
const RELATIONSHIPS_PER_ENTITY = 10;
const CITATIONS_PER_RECORD = 1.25;
/** Organizer, place, one in five a venue, and 1.5 concerns on average. */
const EVENT_RELATIONSHIPS_BESIDES_PARTICIPANTS = 3.7;
const FIRST_YEAR = 2016;
const LAST_YEAR = 2025;

type Ref = { id: string; role?: string; confidence?: 'inferred'; cite?: { source: string; at: string }[] };

interface Province {
  id: string;
  ascii: string;
  native: string;
  record: RecordData;
  districts: string[];
  communes: string[];
  bodies: string[];
  partyStanding: string;
  peoplesCommittee: string;
  union: string;
  plans: string[];
  officials: string[];
}

interface ForeignPlaces {
  country: ForeignCountry;
  countryId: string;
  capital: string;
  provinces: string[];
  municipalities: string[];
  government: string;
  administrations: string[];
}

/**
 * Builds a synthetic seed graph in memory: the project's own record shapes, a realistic skew (hub capitals,
 * national associations and directives collect most links; most localities have a few), about ten relationships
 * per entity, every record citing a synthetic source. Pure and deterministic: the same arguments give the same records.
 */
export function buildSyntheticCollections(entities: number, seed: number): SyntheticCollections {
  return new SyntheticGraphBuilder(entities, new SeededRandom(seed)).build();
}

class SyntheticGraphBuilder {
  private readonly collections = Object.fromEntries([...COLLECTIONS, 'sources'].map((c) => [c, [] as RecordData[]])) as SyntheticCollections;
  private readonly usedIds = new Set<string>();
  private readonly names = new Map<string, string>();
  private readonly recordsById = new Map<string, RecordData>();
  private vietnamId = '';
  private readonly provinces: Province[] = [];
  private readonly foreign: ForeignPlaces[] = [];
  private readonly nationalBodies: string[] = [];
  private readonly nationalDocuments: string[] = [];
  private readonly hubOrganizers: string[] = [];
  private readonly friendshipAssociations: string[] = [];
  private readonly allOfficials: string[] = [];
  private readonly partnerships: string[] = [];
  private readonly aidProjects: string[] = [];
  private governmentOfVietnam = '';
  private vufo = '';

  constructor(
    private readonly total: number,
    private readonly random: SeededRandom,
  ) {}

  build(): SyntheticCollections {
    const n = this.total;
    const foreignCountries = n < 3_000 ? 10 : n < 30_000 ? 15 : 20;
    const provinceCount = Math.min(VIETNAMESE_PROVINCES.length, Math.max(8, Math.round(n / 120)));
    this.addCountries(foreignCountries);
    this.addVietnameseLocalities(provinceCount, Math.round(n * 0.05), Math.round(n * 0.12));
    this.addForeignLocalities(Math.max(foreignCountries * 3, Math.round(n * 0.02)), Math.round(n * 0.05));
    this.addLocalityGroups(Math.max(2, Math.round(n * 0.003)));
    this.addOrganizations(Math.round(n * 0.04));
    this.addAssociations(Math.round(n * 0.04), Math.max(1, Math.round(n * 0.001)));
    this.addOfficials(Math.round(n * 0.16));
    const partnershipCount = Math.round(n * 0.09);
    const agreements = this.addDocuments(Math.round(n * 0.08), Math.round(partnershipCount * 0.3));
    this.addPartnerships(partnershipCount, agreements);
    this.addAidProjects(Math.round(n * 0.015));
    const events = Math.max(Math.round(n * 0.15), n - this.entityCount());
    this.addEvents(events, this.participantsPerEvent(events));
    this.addCitations();
    return this.collections;
  }

  private entityCount(): number {
    return COLLECTIONS.reduce((sum, c) => sum + this.collections[c].length, 0);
  }

  private add(collection: Collection, prefix: string, name: string, fields: RecordData, slugSource = name): string {
    const id = this.uniqueId(prefix, slugSource);
    const record = { id, name, ...fields };
    this.names.set(id, name);
    this.recordsById.set(id, record);
    this.collections[collection].push(record);
    return id;
  }

  private uniqueId(prefix: string, text: string): string {
    const base = `${prefix}:${slugify(text).slice(0, 80).replace(/-+$/, '')}`;
    let id = base;
    for (let n = 2; this.usedIds.has(id); n += 1) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }

  private ref(id: string, extra: Omit<Ref, 'id'> = {}): Ref {
    return this.random.chance(0.03) ? { id, confidence: 'inferred', ...extra } : { id, ...extra };
  }

  private date(precisions: { day: number; month: number }): string {
    const year = this.random.int(FIRST_YEAR, LAST_YEAR);
    const month = String(this.random.int(1, 12)).padStart(2, '0');
    const day = String(this.random.int(1, 28)).padStart(2, '0');
    const roll = this.random.next();
    if (roll < precisions.day) return `${year}-${month}-${day}`;
    if (roll < precisions.day + precisions.month) return `${year}-${month}`;
    return String(year);
  }

  private addCountries(foreignCount: number): void {
    this.vietnamId = this.add('countries', 'country', 'Vietnam', { native: 'Việt Nam', aliases: ['Viet Nam'], iso: 'VN' });
    for (const country of FOREIGN_COUNTRIES.slice(0, foreignCount)) {
      const countryId = this.add('countries', 'country', country.name, { aliases: [country.english], iso: country.iso }, country.slug);
      const capital = this.add('localities', 'city', country.capital, { level: 'CAPITAL', partOf: { id: countryId } });
      this.foreign.push({ country, countryId, capital, provinces: [], municipalities: [], government: '', administrations: [] });
    }
  }

  private addVietnameseLocalities(provinceCount: number, districtCount: number, communeCount: number): void {
    for (const { native, level } of VIETNAMESE_PROVINCES.slice(0, provinceCount)) {
      const ascii = asciiFold(native);
      const prefix = level === 'CITY' ? 'city' : 'province';
      const frenchName = level === 'CITY' ? `ville de ${ascii}` : `province de ${ascii}`;
      const id = this.add('localities', prefix, ascii, { native, aliases: [frenchName], level, partOf: { id: this.vietnamId } });
      this.provinces.push({ id, ascii, native, record: this.recordsById.get(id)!, districts: [], communes: [], bodies: [], partyStanding: '', peoplesCommittee: '', union: '', plans: [], officials: [] });
    }
    for (let i = 0; i < districtCount; i += 1) {
      const province = this.random.pickSkewed(this.provinces, 0.9);
      const name = vietnamesePlaceName(this.random);
      province.districts.push(
        this.add('localities', 'district', name, { aliases: [`district de ${asciiFold(name)}`], level: 'DISTRICT', partOf: this.ref(province.id) }),
      );
    }
    const withDistricts = this.provinces.filter((p) => p.districts.length > 0);
    for (let i = 0; i < communeCount; i += 1) {
      const province = this.random.pickSkewed(withDistricts, 0.9);
      const district = this.random.pick(province.districts);
      const ward = this.random.chance(0.3);
      const name = vietnamesePlaceName(this.random);
      province.communes.push(this.add('localities', ward ? 'ward' : 'commune', name, { level: ward ? 'WARD' : 'COMMUNE', partOf: this.ref(district) }));
    }
  }

  private addForeignLocalities(provinceCount: number, municipalityCount: number): void {
    for (const place of this.foreign) {
      for (const region of place.country.regions.slice(0, 2)) place.provinces.push(this.foreignProvince(place, region));
    }
    for (let i = this.foreign.length * 2; i < provinceCount; i += 1) {
      const place = this.random.pickSkewed(this.foreign, 1.0);
      const region = place.country.regions[place.provinces.length] ?? foreignPlaceName(this.random, place.country.style);
      place.provinces.push(this.foreignProvince(place, region));
    }
    for (let i = 0; i < municipalityCount; i += 1) {
      const place = this.random.pickSkewed(this.foreign, 1.0);
      const name = foreignPlaceName(this.random, place.country.style);
      place.municipalities.push(
        this.add('localities', 'municipality', name, { level: this.random.chance(0.2) ? 'CITY' : 'MUNICIPALITY', partOf: this.ref(this.random.pickSkewed(place.provinces, 0.8)) }),
      );
    }
  }

  private foreignProvince(place: ForeignPlaces, region: string): string {
    const level = this.random.chance(0.5) ? 'PROVINCE' : 'REGION';
    return this.add('localities', level === 'PROVINCE' ? 'province' : 'region', region, { level, partOf: { id: place.countryId } });
  }

  private addLocalityGroups(count: number): void {
    for (let i = 0; i < count; i += 1) {
      if (i % 2 === 0) {
        const province = this.random.pickSkewed(this.provinces);
        this.add('localityGroups', 'locality-group', `villages frontaliers de ${province.ascii}`, {
          description: `Villages and hamlets on the border of ${province.ascii}, twinned with villages across it.`,
          country: { id: this.vietnamId },
          partOf: { id: province.id },
        });
      } else {
        const place = this.random.pickSkewed(this.foreign);
        this.add('localityGroups', 'locality-group', `provinces partenaires en ${place.country.name}`, {
          description: `Provinces of ${place.country.english} that the source speaks of without naming them.`,
          country: { id: place.countryId },
        });
      }
    }
  }

  private addOrganizations(districtCommittees: number): void {
    const national = (name: string, native: string | undefined, kind: string, parent?: string): string => {
      const id = this.add('organizations', 'organization', name, {
        ...(native ? { native } : {}),
        kind,
        ...(parent ? { subunitOf: { id: parent } } : { basedIn: { id: this.vietnamId } }),
      });
      this.nationalBodies.push(id);
      return id;
    };
    const centralCommittee = national('Comité central du Parti', 'Ban Chấp hành Trung ương Đảng', 'PARTY_BODY');
    const secretariat = national('Secrétariat du Comité central du Parti', 'Ban Bí thư Trung ương Đảng', 'PARTY_BODY', centralCommittee);
    const politburo = national('Bureau politique', 'Bộ Chính trị', 'PARTY_BODY');
    const commission = national('Commission centrale des relations extérieures', 'Ban Đối ngoại Trung ương', 'PARTY_BODY', centralCommittee);
    this.governmentOfVietnam = national('gouvernement vietnamien', 'Chính phủ Việt Nam', 'GOVERNMENT_BODY');
    const ministries = [
      ['ministère des Affaires étrangères', 'Bộ Ngoại giao'],
      ['ministère de la Culture, des Sports et du Tourisme', 'Bộ Văn hóa, Thể thao và Du lịch'],
      ['ministère de la Planification et de l\'Investissement', 'Bộ Kế hoạch và Đầu tư'],
      ['ministère des Sciences et de la Technologie', 'Bộ Khoa học và Công nghệ'],
      ['ministère de l\'Éducation et de la Formation', 'Bộ Giáo dục và Đào tạo'],
    ].map(([name, native]) => national(name, native, 'MINISTRY'));
    for (const ministry of ministries) {
      for (const department of ['Département de la coopération internationale', 'Département des affaires générales']) {
        national(`${department} (${this.names.get(ministry)})`, undefined, 'DEPARTMENT', ministry);
      }
    }
    const front = national('Front de la Patrie du Vietnam', 'Mặt trận Tổ quốc Việt Nam', 'MASS_ORGANIZATION');
    national('Académie nationale de politique Ho Chi Minh', 'Học viện Chính trị quốc gia Hồ Chí Minh', 'ACADEMIC_INSTITUTION');
    this.add('organizations', 'organization', 'UNESCO', { aliases: ['United Nations Educational, Scientific and Cultural Organization'], kind: 'INTERNATIONAL_ORGANIZATION' });
    this.hubOrganizers.push(commission, ministries[0], front, secretariat, politburo);

    for (const province of this.provinces) {
      const place = province.record.level === 'CITY' ? 'thành phố' : 'tỉnh';
      const party = this.add('organizations', 'organization', `Comité du Parti de ${province.ascii}`, {
        native: `${place === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy'} ${province.native}`,
        kind: 'PARTY_BODY',
        basedIn: { id: province.id },
      });
      province.partyStanding = this.add('organizations', 'organization', `Comité permanent du Comité du Parti de ${province.ascii}`, {
        native: `Ban Thường vụ ${place === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy'} ${province.native}`,
        kind: 'PARTY_BODY',
        basedIn: { id: province.id },
        subunitOf: { id: party },
      });
      province.peoplesCommittee = this.add('organizations', 'organization', `Comité populaire de ${province.ascii}`, {
        native: `Ủy ban nhân dân ${place} ${province.native}`,
        kind: 'GOVERNMENT_BODY',
        basedIn: { id: province.id },
      });
      const foreignAffairs = this.add('organizations', 'organization', `Département des affaires étrangères de ${province.ascii}`, {
        native: `Sở Ngoại vụ ${province.native}`,
        kind: 'DEPARTMENT',
        subunitOf: { id: province.peoplesCommittee },
      });
      province.bodies.push(party, province.partyStanding, province.peoplesCommittee, foreignAffairs);
    }
    const districtsWithProvince = this.provinces.flatMap((p) => p.districts.map((d) => ({ province: p, district: d })));
    for (const { province, district } of districtsWithProvince.slice(0, districtCommittees)) {
      const name = this.names.get(district)!;
      province.bodies.push(
        this.add('organizations', 'organization', `Comité populaire du district de ${asciiFold(name)}`, {
          native: `Ủy ban nhân dân huyện ${name}`,
          kind: 'GOVERNMENT_BODY',
          basedIn: { id: district },
        }),
      );
    }
    for (const place of this.foreign) {
      place.government = this.add('organizations', 'organization', `gouvernement de ${place.country.name}`, {
        aliases: [`Government of ${place.country.english}`],
        kind: 'GOVERNMENT_BODY',
        basedIn: { id: place.countryId },
      });
      for (const province of [place.capital, ...place.provinces]) {
        place.administrations.push(
          this.add('organizations', 'organization', `Administration de ${this.names.get(province)}`, { kind: 'GOVERNMENT_BODY', basedIn: { id: province } }),
        );
      }
    }
  }

  private addAssociations(provincialFriendship: number, multiProvince: number): void {
    this.vufo = this.add('associations', 'association', 'Union des organisations d\'amitié du Vietnam', {
      native: 'Liên hiệp các tổ chức hữu nghị Việt Nam',
      aliases: ['VUFO', 'Vietnam Union of Friendship Organizations'],
      kind: 'FRIENDSHIP_UNION',
      basedIn: { id: this.vietnamId },
    });
    this.hubOrganizers.unshift(this.vufo);
    const nationalByCountry = new Map<string, string>();
    for (const place of this.foreign) {
      const id = this.add('associations', 'association', `Association d'amitié Vietnam-${place.country.name}`, {
        aliases: [`Vietnam-${place.country.english} Friendship Association`],
        kind: 'FRIENDSHIP_ASSOCIATION',
        basedIn: { id: this.vietnamId },
        friendshipWith: [{ id: place.countryId }],
        memberOf: [{ id: this.vufo }],
      });
      nationalByCountry.set(place.countryId, id);
      this.friendshipAssociations.push(id);
    }
    this.hubOrganizers.push(...this.friendshipAssociations.slice(0, 5));
    for (const province of this.provinces) {
      province.union = this.add('associations', 'association', `Union des organisations d'amitié de ${province.ascii}`, {
        native: `Liên hiệp các tổ chức hữu nghị ${province.native}`,
        kind: 'FRIENDSHIP_UNION',
        basedIn: { id: province.id },
        memberOf: [{ id: this.vufo }],
      });
      province.bodies.push(province.union);
    }
    const pairs = this.random.distinct(
      Math.min(provincialFriendship, this.provinces.length * this.foreign.length),
      () => ({ province: this.random.pickSkewed(this.provinces, 0.8), place: this.random.pickSkewed(this.foreign, 0.9) }),
      ({ province, place }) => `${province.id}|${place.countryId}`,
    );
    for (const { province, place } of pairs) {
      const memberOf: Ref[] = [this.ref(province.union)];
      if (this.random.chance(0.3)) memberOf.push({ id: nationalByCountry.get(place.countryId)! });
      const id = this.add('associations', 'association', `Association d'amitié Vietnam - ${place.country.name} de ${province.ascii}`, {
        aliases: [`${province.ascii} Vietnam-${place.country.english} Friendship Association`],
        kind: 'FRIENDSHIP_ASSOCIATION',
        basedIn: { id: province.id },
        friendshipWith: [{ id: place.countryId }],
        memberOf,
      });
      province.bodies.push(id);
      this.friendshipAssociations.push(id);
    }
    for (let i = 0; i < multiProvince; i += 1) {
      const partners = this.random.distinct(2, () => this.random.pickSkewed(this.foreign), (p) => p.countryId);
      const members = [
        ...this.random.distinct(3, () => this.random.pickSkewed(this.provinces), (p) => p.id).map((p) => p.record),
        ...partners.flatMap((p) => p.provinces.slice(0, 2)).map((id) => this.recordsById.get(id)!),
      ];
      const id = this.add('associations', 'association', `association de ${members.length} provinces Vietnam - ${partners.map((p) => p.country.name).join(' - ')} n° ${i + 1}`, {
        kind: 'MULTI_PROVINCE_ASSOCIATION',
        memberCount: members.length,
        activeIn: [{ id: this.vietnamId }, ...partners.map((p) => ({ id: p.countryId }))],
      });
      for (const member of members) member.memberOf = [...((member.memberOf as Ref[] | undefined) ?? []), this.ref(id)];
    }
  }

  private addOfficials(count: number): void {
    const titles = ['Président', 'Vice-président', 'Secrétaire', 'Secrétaire adjoint', 'Directeur', 'Directeur adjoint', 'Membre du Comité permanent', 'Secrétaire général'];
    for (let i = 0; i < count; i += 1) {
      const home = this.random.pickSkewed(this.provinces, 0.8);
      const positionCount = this.random.chance(0.5) ? 1 : this.random.chance(0.6) ? 2 : 3;
      const bodies = this.random.distinct(positionCount, () => (this.random.chance(0.85) ? this.random.pick(home.bodies) : this.random.pickSkewed(this.nationalBodies)));
      const native = vietnamesePersonName(this.random);
      const positions = bodies.map((organization) => {
        const status = this.random.chance(0.75) ? 'current' : 'former';
        return {
          title: this.random.pick(titles),
          organization,
          status,
          ...(this.random.chance(0.7) ? { asOf: this.date({ day: 0.8, month: 0.15 }) } : {}),
        };
      });
      const id = this.add('officials', 'official', asciiFold(native), { native, positions });
      home.officials.push(id);
      this.allOfficials.push(id);
    }
  }

  /** National directives and resolutions (a few hubs), provincial plans carrying them out, and agreements for partnerships. */
  private addDocuments(count: number, agreementCount: number): string[] {
    const nationalCount = Math.max(4, Math.round(count * 0.03));
    const secretariat = this.nationalBodies[1];
    const politburo = this.nationalBodies[2];
    for (let i = 0; i < nationalCount; i += 1) {
      const number = 10 + i;
      const directive = i % 2 === 0;
      const id = directive
        ? this.add('documents', 'directive', `Directive n° ${number}-CT/TW`, {
            aliases: [`Directive ${number}`, `Chỉ thị ${number}-CT/TW`],
            kind: 'DIRECTIVE',
            code: `${number}-CT/TW`,
            issuedOn: this.date({ day: 0.9, month: 0.1 }),
            issuer: { id: secretariat },
            subject: 'People-to-people diplomacy and the work of the friendship organizations.',
          }, `secretariat-${number}-ct-tw`)
        : this.add('documents', 'resolution', `résolution ${number}`, {
            aliases: [`Resolution ${number}`],
            kind: 'RESOLUTION',
            code: String(number),
            issuedOn: this.date({ day: 0.9, month: 0.1 }),
            issuer: { id: politburo },
            subject: 'International integration in the new situation.',
          }, `politburo-${number}`);
      this.nationalDocuments.push(id);
    }
    const provincialCount = Math.max(0, count - nationalCount - agreementCount);
    for (let i = 0; i < provincialCount; i += 1) {
      const province = this.random.pickSkewed(this.provinces, 0.8);
      const number = 100 + i;
      const roll = this.random.next();
      if (roll < 0.5 || province.plans.length === 0) {
        province.plans.push(
          this.add('documents', 'plan', `Plan n° ${number}-KH/TU de ${province.ascii}`, {
            aliases: [`${number}-KH/TU`],
            kind: 'PLAN',
            code: `${number}-KH/TU`,
            issuedOn: this.date({ day: 0.8, month: 0.15 }),
            issuer: { id: province.partyStanding },
            subject: `${province.ascii}'s party plan for carrying out a national directive on people-to-people diplomacy.`,
            implements: [this.ref(this.random.pickSkewed(this.nationalDocuments, 1.1))],
          }),
        );
      } else if (roll < 0.8) {
        province.plans.push(
          this.add('documents', 'plan', `Plan n° ${number}/KH-UBND de ${province.ascii}`, {
            kind: 'PLAN',
            code: `${number}/KH-UBND`,
            ...(this.random.chance(0.8) ? { issuedOn: this.date({ day: 0.8, month: 0.15 }) } : {}),
            issuer: { id: province.peoplesCommittee },
            subject: `Areas of work for ${province.ascii}'s people-to-people diplomacy and its foreign partnerships.`,
            implements: [this.ref(this.random.pick(province.plans))],
          }),
        );
      } else {
        this.add('documents', 'directive', `Directive n° ${number}-CT/TU de ${province.ascii}`, {
          kind: 'DIRECTIVE',
          code: `${number}-CT/TU`,
          issuedOn: this.date({ day: 0.9, month: 0.1 }),
          issuer: { id: province.partyStanding },
          subject: `Raising ${province.ascii}'s people-to-people diplomacy.`,
          followsUp: this.ref(this.random.pickSkewed(this.nationalDocuments, 1.1)),
        });
      }
    }
    const agreements: string[] = [];
    for (let i = 0; i < agreementCount; i += 1) {
      agreements.push(
        this.add('documents', 'agreement', `Accord de coopération n° ${i + 1}`, {
          kind: 'AGREEMENT',
          ...(this.random.chance(0.7) ? { issuedOn: this.date({ day: 0.7, month: 0.2 }) } : { named: false }),
          subject: 'Cooperation between a Vietnamese locality and a foreign one.',
        }),
      );
    }
    return agreements;
  }

  private addPartnerships(count: number, agreements: string[]): void {
    for (let i = 0; i < count; i += 1) {
      const province = this.random.pickSkewed(this.provinces, 1.1);
      const vietnamese = this.random.chance(0.8) || province.districts.length === 0 ? province.id : this.random.pick(province.districts);
      const place = this.random.pickSkewed(this.foreign, 1.0);
      const localities = [place.capital, ...place.provinces, ...place.municipalities];
      const partner = this.random.chance(0.6) ? this.random.pickSkewed([place.capital, ...place.provinces], 1.0) : this.random.pick(localities);
      const kind = vietnamese === province.id ? this.random.pick(PARTNERSHIP_KINDS.filter((k) => k !== 'DEVELOPMENT_SUPPORT')) : this.random.pick(PARTNERSHIP_KINDS);
      const parties: Ref[] =
        kind === 'DEVELOPMENT_SUPPORT' ? [{ id: vietnamese, role: 'SUPPORTER' }, { id: partner, role: 'BENEFICIARY' }] : [{ id: vietnamese }, this.ref(partner)];
      const id = this.add('partnerships', 'partnership', `${this.names.get(vietnamese)} – ${this.names.get(partner)}`, {
        kind,
        description: `${kind === 'TWINNING' ? 'Twinning' : 'Friendship and cooperation'} between ${asciiFold(this.names.get(vietnamese)!)} and ${this.names.get(partner)}.`,
        ...(this.random.chance(0.6) ? { since: this.date({ day: 0.5, month: 0.2 }) } : {}),
        parties,
        ...(province.plans.length > 0 && this.random.chance(0.7) ? { basis: [this.ref(this.random.pick(province.plans))] } : {}),
        ...(i < agreements.length ? { agreements: [{ id: agreements[i] }] } : {}),
      }, `${this.names.get(vietnamese)}--${this.names.get(partner)}`);
      this.partnerships.push(id);
    }
  }

  private addAidProjects(count: number): void {
    for (let i = 0; i < count; i += 1) {
      const place = this.random.pickSkewed(this.foreign, 1.3);
      const location = this.random.pick([place.capital, ...place.provinces, ...place.municipalities]);
      const province = this.random.pickSkewed(this.provinces);
      this.aidProjects.push(
        this.add('aidProjects', 'aid-project', `Projet d'aide n° ${i + 1} à ${this.names.get(location)}`, {
          kind: this.random.pick(AID_KINDS),
          description: `An aid project in ${this.names.get(location)}.`,
          funder: { id: this.random.chance(0.4) ? this.governmentOfVietnam : province.peoplesCommittee },
          recipient: { id: this.random.chance(0.4) ? place.government : this.random.pick(place.administrations) },
          location: { id: location },
        }),
      );
    }
  }

  /**
   * Events take up what the other collections leave of the budget of RELATIONSHIPS_PER_ENTITY, through the
   * number of their participants, so that every scale has about as many relationships per entity.
   */
  private participantsPerEvent(events: number): number {
    let written = 0;
    for (const collection of COLLECTIONS) {
      for (const record of this.collections[collection]) {
        written += CITATIONS_PER_RECORD;
        for (const spec of RELATIONS_BY_COLLECTION[collection]) {
          const value = record[spec.field];
          if (value !== undefined) written += Array.isArray(value) ? value.length : 1;
        }
        written += ((record.positions as unknown[] | undefined) ?? []).length;
      }
    }
    const budget = RELATIONSHIPS_PER_ENTITY * this.total - written - events * (EVENT_RELATIONSHIPS_BESIDES_PARTICIPANTS + CITATIONS_PER_RECORD);
    return Math.min(40, Math.max(4, budget / Math.max(1, events)));
  }

  private addEvents(count: number, participantsPerEvent: number): void {
    const hubDocuments = this.nationalDocuments;
    for (let i = 0; i < count; i += 1) {
      const home = this.random.pickSkewed(this.provinces, 0.9);
      const kind = this.random.pick(EVENT_KINDS);
      const abroad = this.random.chance(0.2) ? this.random.pickSkewed(this.foreign) : null;
      const place = abroad
        ? this.random.pick([abroad.capital, ...abroad.provinces, ...abroad.municipalities])
        : this.random.chance(0.6)
          ? home.id
          : this.random.pick([...home.districts, ...home.communes, home.id]);
      const roll = this.random.next();
      const date = roll < 0.03 ? undefined : this.date({ day: 0.72, month: 0.18 });
      const organizer = this.random.chance(0.35) ? this.random.pickSkewed(this.hubOrganizers, 1.0) : this.random.pick(home.bodies);
      const participants = this.random.distinct(this.participantCount(participantsPerEvent), () => this.participant(home), (p) => p.id);
      participants.forEach((participant, index) => {
        if (participant.role) return;
        participant.role = index === 0 ? this.random.pick(['PRESENTER', 'OPENING_SPEAKER', 'DIRECTING_LEADER']) : index < 3 ? 'SPEAKER' : this.random.chance(0.03) ? 'HONOREE' : 'ATTENDEE';
      });
      const concerns = this.random.distinct(
        this.random.int(0, 3),
        () => {
          const pick = this.random.next();
          if (pick < 0.5 || this.partnerships.length === 0) return this.random.pickSkewed(hubDocuments, 1.1);
          if (pick < 0.8) return this.random.pick(this.partnerships);
          if (pick < 0.9 && this.aidProjects.length > 0) return this.random.pick(this.aidProjects);
          return this.random.pickSkewed(this.foreign).countryId;
        },
      );
      const placeName = this.names.get(place)!;
      this.add('events', 'event', `${EVENT_TITLES[kind]} à ${placeName}${date ? ` ${date.slice(0, 4)}` : ''}`, {
        kind,
        ...(date ? { date } : {}),
        ...(date && this.random.chance(0.05) ? { dateConfidence: 'inferred' } : {}),
        ...(this.random.chance(0.2) ? { attendance: { count: this.random.int(20, 500), qualifier: this.random.pick(['EXACTLY', 'ABOUT', 'NEARLY', 'MORE_THAN']) } } : {}),
        organizer: this.ref(organizer),
        place: { id: place },
        ...(this.random.chance(0.2) ? { venue: { id: this.random.pick(home.bodies) } } : {}),
        ...(concerns.length > 0 ? { concerns: concerns.map((id) => ({ id })) } : {}),
        participants,
      });
    }
  }

  /** Mostly a handful of participants, a third a few dozen, one event in ten a large conference; `mean` on average. */
  private participantCount(mean: number): number {
    const roll = this.random.next();
    const scale = mean / 17.45;
    if (roll < 0.6) return Math.max(2, Math.round(this.random.int(3, 10) * scale));
    if (roll < 0.9) return Math.round(this.random.int(12, 35) * scale);
    return Math.round(this.random.int(40, 90) * scale);
  }

  private participant(home: Province): Ref {
    const roll = this.random.next();
    if (roll < 0.55 && home.officials.length > 0) return { id: this.random.pickSkewed(home.officials, 0.7) };
    if (roll < 0.75) return { id: this.random.pickSkewed(this.allOfficials, 0.9) };
    if (roll < 0.85) return { id: this.random.pick(home.bodies) };
    if (roll < 0.93) return { id: this.random.pickSkewed(this.friendshipAssociations, 1.0) };
    const place = this.random.pickSkewed(this.foreign);
    return { id: this.random.pick([place.capital, ...place.provinces]), role: 'DELEGATION' };
  }

  /**
   * Records are numbered in collection order; record i cites article i / RECORDS_PER_SOURCE at a line of its own,
   * a quarter of them a second article too, and a tenth of the participants carry their own citation.
   */
  private addCitations(): void {
    const records = COLLECTIONS.flatMap((c) => this.collections[c]);
    const sourceCount = Math.ceil(records.length / RECORDS_PER_SOURCE);
    const sourceId = (index: number) => `source:synthetic-${String(index + 1).padStart(6, '0')}`;
    for (let s = 0; s < sourceCount; s += 1) {
      this.collections.sources.push({
        id: sourceId(s),
        title: `Article synthétique n° ${s + 1}`,
        publisher: this.random.pick(['Báo Quốc Tế', 'Vietnam News Agency (VNA)', 'Việt Nam', 'Nhân Dân', 'Thời Đại']),
        via: 'Vietnam.vn',
        publishedOn: this.date({ day: 0.95, month: 0.05 }),
        language: 'fr',
        file: `synthetic-${String(s + 1).padStart(6, '0')}.txt`,
        note: 'Synthetic source generated for benchmarks; no such article exists.',
      });
    }
    records.forEach((record, index) => {
      const main = { source: sourceId(Math.floor(index / RECORDS_PER_SOURCE)), at: `L${(index % RECORDS_PER_SOURCE) + 1}` };
      const cite = [main];
      if (this.random.chance(0.25)) cite.push({ source: sourceId(this.random.int(0, sourceCount - 1)), at: `L${this.random.int(1, 80)}` });
      record.cite = cite;
      for (const participant of (record.participants as Ref[] | undefined) ?? []) {
        if (this.random.chance(0.1)) participant.cite = [{ source: main.source, at: `L${this.random.int(1, 80)}` }];
      }
    });
  }
}

const EVENT_TITLES: Record<string, string> = {
  CONFERENCE: 'Conférence sur la diplomatie populaire',
  ANNIVERSARY: 'Anniversaire de l\'amitié',
  CULTURAL_EXCHANGE: 'Échange culturel',
  PROGRAMME: 'Programme d\'échange',
  CELEBRATION: 'Célébration du Nouvel An lunaire',
  VISIT: 'Visite d\'une délégation',
  FORUM: 'Forum de coopération',
  DESIGNATION: 'Cérémonie de désignation',
};
