import { SeededRandom } from './random';

/** Vietnam's provinces and centrally governed cities, hubs first (the skewed picks favour the head of the list). */
export const VIETNAMESE_PROVINCES: { native: string; level: 'CITY' | 'PROVINCE' }[] = [
  { native: 'Hà Nội', level: 'CITY' },
  { native: 'Hồ Chí Minh', level: 'CITY' },
  { native: 'Hà Tĩnh', level: 'PROVINCE' },
  { native: 'Đà Nẵng', level: 'CITY' },
  { native: 'Nghệ An', level: 'PROVINCE' },
  { native: 'Quảng Bình', level: 'PROVINCE' },
  { native: 'Hải Phòng', level: 'CITY' },
  { native: 'Thừa Thiên Huế', level: 'PROVINCE' },
  { native: 'Cần Thơ', level: 'CITY' },
  ...[
    'An Giang', 'Bà Rịa – Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương',
    'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai',
    'Hà Giang', 'Hà Nam', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
    'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Nam',
    'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa',
    'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
  ].map((native) => ({ native, level: 'PROVINCE' as const })),
];

type PlaceStyle = 'mekong' | 'slavic' | 'eastAsian' | 'western' | 'caribbean';

export interface ForeignCountry {
  slug: string;
  name: string;
  english: string;
  iso: string;
  capital: string;
  regions: string[];
  style: PlaceStyle;
}

/** Foreign countries, closest partners first. */
export const FOREIGN_COUNTRIES: ForeignCountry[] = [
  { slug: 'laos', name: 'Laos', english: 'Lao PDR', iso: 'LA', capital: 'Vientiane', regions: ['Bolikhamxay', 'Khammouane', 'Savannakhet', 'Champasak', 'Luang Prabang', 'Xieng Khouang', 'Houaphanh', 'Attapeu', 'Salavan', 'Sekong'], style: 'mekong' },
  { slug: 'cambodia', name: 'Cambodge', english: 'Cambodia', iso: 'KH', capital: 'Phnom Penh', regions: ['Siem Reap', 'Battambang', 'Kampot', 'Kampong Cham', 'Takeo', 'Svay Rieng', 'Ratanakiri', 'Mondulkiri'], style: 'mekong' },
  { slug: 'russia', name: 'Russie', english: 'Russia', iso: 'RU', capital: 'Moscou', regions: ['Oblast de Moscou', 'Saint-Pétersbourg', 'Oblast d\'Oulianovsk', 'Kraï du Primorié', 'Tatarstan', 'Oblast de Novossibirsk'], style: 'slavic' },
  { slug: 'japan', name: 'Japon', english: 'Japan', iso: 'JP', capital: 'Tokyo', regions: ['Osaka', 'Kanagawa', 'Fukuoka', 'Hokkaido', 'Hiroshima', 'Gunma', 'Nara', 'Aichi'], style: 'eastAsian' },
  { slug: 'south-korea', name: 'Corée du Sud', english: 'South Korea', iso: 'KR', capital: 'Séoul', regions: ['Gyeonggi', 'Busan', 'Incheon', 'Gangwon', 'Jeju', 'Daegu', 'Gwangju'], style: 'eastAsian' },
  { slug: 'thailand', name: 'Thaïlande', english: 'Thailand', iso: 'TH', capital: 'Bangkok', regions: ['Nakhon Phanom', 'Udon Thani', 'Mukdahan', 'Sakon Nakhon', 'Khon Kaen', 'Chiang Mai'], style: 'mekong' },
  { slug: 'china', name: 'Chine', english: 'China', iso: 'CN', capital: 'Pékin', regions: ['Guangxi', 'Yunnan', 'Guangdong', 'Sichuan', 'Zhejiang', 'Hainan'], style: 'eastAsian' },
  { slug: 'france', name: 'France', english: 'France', iso: 'FR', capital: 'Paris', regions: ['Île-de-France', 'Occitanie', 'Bretagne', 'Nouvelle-Aquitaine', 'Grand Est', 'Auvergne-Rhône-Alpes'], style: 'western' },
  { slug: 'poland', name: 'Pologne', english: 'Poland', iso: 'PL', capital: 'Varsovie', regions: ['Mazovie', 'Petite-Pologne', 'Silésie', 'Poméranie', 'Lublin'], style: 'slavic' },
  { slug: 'cuba', name: 'Cuba', english: 'Cuba', iso: 'CU', capital: 'La Havane', regions: ['Matanzas', 'Santiago de Cuba', 'Camagüey', 'Pinar del Río', 'Holguín'], style: 'caribbean' },
  { slug: 'hungary', name: 'Hongrie', english: 'Hungary', iso: 'HU', capital: 'Budapest', regions: ['Pest', 'Győr-Moson-Sopron', 'Baranya', 'Csongrád', 'Hajdú-Bihar'], style: 'slavic' },
  { slug: 'czech-republic', name: 'République tchèque', english: 'Czech Republic', iso: 'CZ', capital: 'Prague', regions: ['Bohême-Centrale', 'Moravie-du-Sud', 'Ústí nad Labem', 'Plzeň'], style: 'slavic' },
  { slug: 'slovakia', name: 'Slovaquie', english: 'Slovakia', iso: 'SK', capital: 'Bratislava', regions: ['Trnava', 'Nitra', 'Žilina', 'Košice', 'Prešov'], style: 'slavic' },
  { slug: 'germany', name: 'Allemagne', english: 'Germany', iso: 'DE', capital: 'Berlin', regions: ['Bavière', 'Saxe', 'Hesse', 'Brandebourg', 'Thuringe'], style: 'western' },
  { slug: 'mongolia', name: 'Mongolie', english: 'Mongolia', iso: 'MN', capital: 'Oulan-Bator', regions: ['Darkhan-Uul', 'Orkhon', 'Selenge', 'Khovd'], style: 'eastAsian' },
  { slug: 'india', name: 'Inde', english: 'India', iso: 'IN', capital: 'New Delhi', regions: ['Kerala', 'Tamil Nadu', 'Maharashtra', 'Karnataka', 'Bengale-Occidental'], style: 'western' },
  { slug: 'australia', name: 'Australie', english: 'Australia', iso: 'AU', capital: 'Canberra', regions: ['Nouvelle-Galles du Sud', 'Victoria', 'Queensland', 'Australie-Occidentale'], style: 'western' },
  { slug: 'italy', name: 'Italie', english: 'Italy', iso: 'IT', capital: 'Rome', regions: ['Lombardie', 'Toscane', 'Sicile', 'Piémont', 'Vénétie'], style: 'western' },
  { slug: 'belgium', name: 'Belgique', english: 'Belgium', iso: 'BE', capital: 'Bruxelles', regions: ['Wallonie', 'Flandre', 'Liège', 'Namur'], style: 'western' },
  { slug: 'united-states', name: 'États-Unis', english: 'United States', iso: 'US', capital: 'Washington', regions: ['Californie', 'Texas', 'Washington (État)', 'Massachusetts', 'Oregon'], style: 'western' },
];

const VIETNAMESE_SYLLABLES = [
  'Hương', 'Khê', 'Đức', 'Thọ', 'Can', 'Lộc', 'Kỳ', 'Anh', 'Nghi', 'Xuân', 'Thạch', 'Hà', 'Cẩm', 'Xuyên', 'Sơn', 'Vũ',
  'Quang', 'Bình', 'Tân', 'Phú', 'Hòa', 'Mỹ', 'Long', 'An', 'Thịnh', 'Phước', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Hưng',
  'Yên', 'Lạc', 'Thanh', 'Vĩnh', 'Tiến', 'Thắng', 'Lợi', 'Hải', 'Định', 'Gia', 'Kim', 'Ngọc', 'Hồng', 'Lâm', 'Minh', 'Quý',
  'Tường', 'Thủy', 'Châu', 'Đại', 'Cường', 'Thái', 'Phong', 'Hiệp', 'Nghĩa', 'Lương', 'Điền', 'Trường', 'Hạnh', 'Phúc',
];
const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_NAMES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Ngọc', 'Minh', 'Thanh', 'Quang', 'Viết', 'Hoài', 'Trọng', 'Xuân', 'Thu', 'Kim'];
const GIVEN_NAMES = [
  'An', 'Bình', 'Chiến', 'Dũng', 'Giang', 'Hạnh', 'Hải', 'Hùng', 'Khánh', 'Kỳ', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quân',
  'Sơn', 'Thảo', 'Trâm', 'Trung', 'Tuấn', 'Việt', 'Yến', 'Hương', 'Hoa', 'Hà', 'Thủy', 'Tâm', 'Đạt', 'Lực', 'Nghĩa', 'Vinh',
];
const PLACE_SYLLABLES: Record<PlaceStyle, { parts: string[]; join: string }> = {
  mekong: { parts: ['Ban', 'Na', 'Xay', 'Phon', 'Muang', 'Khong', 'Sa', 'Vang', 'Thong', 'Kham', 'Lak', 'Don', 'Nong', 'Pak', 'Houay', 'Sene'], join: ' ' },
  slavic: { parts: ['Nové', 'Horné', 'Dolné', 'Veľké', 'Malé', 'Bor', 'Gorod', 'Krasno', 'Zelen', 'Rad', 'Bel', 'Lipov', 'Brezov', 'Sosnov', 'Dubov', 'Žitn'], join: ' ' },
  eastAsian: { parts: ['Shi', 'Kawa', 'Yama', 'Gang', 'Nam', 'Dong', 'Jin', 'Hua', 'Ping', 'Shan', 'Mori', 'Hara', 'Cheon', 'Seong', 'Yang', 'Bei'], join: '' },
  western: { parts: ['Saint', 'Ville', 'Mont', 'Beau', 'Neu', 'Berg', 'Rivière', 'Bois', 'Lac', 'Haut', 'Brook', 'Field', 'Porto', 'Castel', 'Val', 'Roche'], join: '-' },
  caribbean: { parts: ['San', 'Santa', 'Río', 'Puerto', 'Cruz', 'Vega', 'Palma', 'Loma', 'Cayo', 'Playa', 'Mar', 'Verde'], join: ' ' },
};

export function vietnamesePlaceName(random: SeededRandom): string {
  const first = random.pick(VIETNAMESE_SYLLABLES);
  let second = random.pick(VIETNAMESE_SYLLABLES);
  while (second === first) second = random.pick(VIETNAMESE_SYLLABLES);
  return `${first} ${second}`;
}

export function vietnamesePersonName(random: SeededRandom): string {
  return `${random.pick(FAMILY_NAMES)} ${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
}

export function foreignPlaceName(random: SeededRandom, style: PlaceStyle): string {
  const { parts, join } = PLACE_SYLLABLES[style];
  const first = random.pick(parts);
  let second = random.pick(parts);
  while (second === first) second = random.pick(parts);
  const name = `${first}${join}${second}`;
  return join === '' ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}
