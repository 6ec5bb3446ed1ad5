#!/usr/bin/env node
// Generates data/lexicon/countries.json from
//   - Debian iso-codes: /usr/share/iso-codes/json/iso_3166-1.json (LGPL-2.1+ package; ISO 3166 facts)
//   - npm package world-countries (ODbL-1.0), installed by `npm ci` in this folder
// plus the curated tables below (authored for dkg).
//
// Usage (from the repository root):
//   (cd scripts/lexicon && npm ci) && node scripts/lexicon/gen_countries.mjs
// Options: --iso PATH (iso_3166-1.json), --out PATH (default data/lexicon/countries.json),
//          --verbose (list the world-countries alternative spellings that were dropped).
//
// Output: {"source": "...", "countries": [{alpha3, alpha2, name, names[], adjectives[], capitals[],
// publishers[] (only where PUBLISHERS has some), seats[] (only where seats.json has some)}, ...]}
// sorted by alpha3; `names` and `adjectives` start with the canonical form
// (name / first curated adjective) followed by the rest in code-point order.
// `capitals` is the world-countries `capital` list (or CAPITAL_OVERRIDE) followed by EXTRA_CITIES
// and the cities of cities.json, in that order, without empty strings or duplicates; it may be empty.
// The script asserts that no name and no adjective belongs to two countries, that no
// string is a name of one country and an adjective of another, and that no capital
// (compared case-insensitively) belongs to two countries or is another country's name/adjective.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
function opt(name, dflt) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
}
const ISO_PATH = opt('--iso', '/usr/share/iso-codes/json/iso_3166-1.json');
const OUT_PATH = opt('--out', path.join(repoRoot, 'data', 'lexicon', 'countries.json'));
const VERBOSE = args.includes('--verbose');

// iso-codes version (major.minor) from dpkg when available; 4.15 is the version this was authored with.
function isoCodesVersion() {
  try {
    const v = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'iso-codes'], { encoding: 'utf8' }).trim();
    const m = /^(\d+\.\d+)/.exec(v);
    if (m) return m[1];
  } catch { /* not Debian */ }
  return '4.15';
}
const ISO_CODES_VERSION = opt('--iso-version', isoCodesVersion());

const wcPkg = require('world-countries/package.json');
const wc = require('world-countries/countries.json');

// ---------------------------------------------------------------------------
// Curated tables
// ---------------------------------------------------------------------------

// Short common English name used by news, when iso-codes' common_name / name is not it.
const NAME_OVERRIDE = {
  BES: 'Caribbean Netherlands',
  BOL: 'Bolivia',
  BRN: 'Brunei',
  CIV: 'Ivory Coast',
  COD: 'Democratic Republic of the Congo',
  COG: 'Republic of the Congo',
  CPV: 'Cape Verde',
  CZE: 'Czech Republic',
  FLK: 'Falkland Islands',
  FSM: 'Micronesia',
  IRN: 'Iran',
  KOR: 'South Korea',
  LAO: 'Laos',
  MAC: 'Macau',
  MAF: 'Saint Martin',
  MDA: 'Moldova',
  PCN: 'Pitcairn Islands',
  PRK: 'North Korea',
  PSE: 'Palestine',
  RUS: 'Russia',
  SHN: 'Saint Helena',
  SXM: 'Sint Maarten',
  SYR: 'Syria',
  TUR: 'Turkey',
  TWN: 'Taiwan',
  TZA: 'Tanzania',
  VAT: 'Vatican',
  VEN: 'Venezuela',
  VGB: 'British Virgin Islands',
  VIR: 'United States Virgin Islands',
  VNM: 'Vietnam',
};

// Extra name forms (well-known abbreviations and usual variants).
const EXTRA_NAMES = {
  AFG: ['Islamic Emirate of Afghanistan'],  // the Taliban government's name, as Bakhtar writes
  ARE: ['UAE', 'U.A.E.', 'Emirates', 'United Arab Emirates'],
  BFA: ['Faso'],  // "the President of Faso", as Burkinabe state media write
  BHS: ['The Bahamas'],
  BIH: ['Bosnia-Herzegovina', 'Bosnia', 'BiH'],
  CHN: ['PRC', "People's Republic of China"],
  CIV: ["Côte d'Ivoire", "Cote d'Ivoire"],
  COD: ['DRC', 'DR Congo', 'D.R. Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  COG: ['Congo', 'Republic of Congo', 'Congo-Brazzaville'],
  CPV: ['Cabo Verde'],
  CZE: ['Czechia'],
  FLK: ['Falklands'],
  FRA: ['Republic of France'],
  GEO: ['Republic of Georgia'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  GMB: ['The Gambia'],
  KOR: ['ROK', 'Republic of Korea', 'Korea'],
  LAO: ["Lao PDR"],
  MKD: ['Macedonia'],
  MMR: ['Burma'],
  NLD: ['The Netherlands'],
  NZL: ['NZ'],
  PNG: ['PNG'],
  PRK: ['DPRK', "Democratic People's Republic of Korea"],
  PSE: ['State of Palestine'],
  RUS: ['Russian Federation'],
  SAU: ['KSA'],
  SWZ: ['Swaziland'],
  TLS: ['East Timor'],
  TUR: ['Türkiye', 'Turkiye', 'Republic of Turkey', 'Republic of Türkiye'],
  TWN: ['Republic of China', 'Chinese Taipei'],
  USA: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  VAT: ['Vatican City', 'Holy See', 'Vatican City State'],
  VIR: ['U.S. Virgin Islands', 'US Virgin Islands'],
  VNM: ['Viet Nam'],
  ZAF: ['RSA'],
};

// world-countries altSpellings kept although they carry no "Republic/Kingdom/..." marker.
const ALT_ALLOW = new Set([
  'Aland', 'Bosnia-Herzegovina', 'Brunei Darussalam', 'Burma', 'Cocos Islands', 'Congo-Brazzaville',
  'Congo-Kinshasa', 'Curacao', 'DPRK', 'DR Congo', 'DRC', 'East Timor', 'Emirates', 'Faeroe Islands',
  'Great Britain', 'Keeling Islands', 'Macao', 'Macedonia', 'Maldive Islands', 'Reunion',
  'Sao Tome and Principe', 'St. Barthelemy', 'Saint Helena', 'Swaziland', 'Turkiye', 'UAE', 'UK', 'USA',
  'Viet Nam', 'Chinese Taipei', 'Falkland Islands', 'Svalbard and Jan Mayen Islands',
  'South Georgia and the South Sandwich Islands', 'Heard Island and McDonald Islands',
  'Bonaire Sint Eustatius and Saba', 'Republic of China',
]);

// Names never to list (ambiguous, not English, ordinary words, city names, or another country's).
const DROP_NAMES = new Set([
  'Island',          // ISL alt spelling: an English word
  'Mann',            // IMN alt spelling: a surname
  'Guiana',          // GUF official in world-countries; ambiguous (Guyana, Suriname, region)
  'Virgin Islands',  // both VGB and VIR
  'Holland',         // part of NLD; ambiguous
  'Timor',           // the island, shared by TLS and IDN
  'Pleasant Island', // historic name of Nauru
  'Nation of Brunei',
  'Somers Isles',
  'The Islands of Bermuda', 'The Bermudas',
  'Saudi', 'Thai', 'Togolese', 'Lao', // adjectives, listed there
  'Prathet',         // Thai for "country"
  'Svalbard og Jan Mayen', 'Country of Curaçao', // not English
  'The former Yugoslav Republic of Macedonia',      // obsolete
  'Taiwan, Province of China',
]);

// Names containing ", " are inverted ISO forms ("Korea, Republic of") and are dropped, except:
const COMMA_ALLOW = new Set(['Bonaire, Sint Eustatius and Saba', 'Saint Helena, Ascension and Tristan da Cunha']);

// Markers that make a (Latin-script) alternative spelling an English formal name.
const ENGLISH_MARKER = /\b(Republic|Kingdom|State|States|Federation|Confederation|Islands|Island|Principality|Commonwealth|Union|Grand Duchy|Sultanate|Territory|Territories|Collectivity|Department|Bailiwick|Emirates|Federated)\b/;
const FOREIGN_WORD = /\b(de|des|du|da|do|del|di|ya|wa|la|le|og|et|e)\b/;

// Adjectives: world-countries demonyms.eng.m is the base ("A, B" and "A or B" are split).
// REPLACE_DEMONYM maps a base demonym that is a noun or an unusual spelling to the adjective(s) used.
const REPLACE_DEMONYM = {
  'Cape Verdian': ['Cape Verdean'],
  'Comoran': ['Comorian', 'Comoran'],
  'Djibouti': ['Djiboutian'],
  'Ecuadorean': ['Ecuadorian', 'Ecuadorean'],
  'Gibraltar': ['Gibraltarian'],
  'Guinea-Bissauan': ['Bissau-Guinean', 'Guinea-Bissauan'],
  'Hong Konger': ['Hong Kong'],
  'Icelander': ['Icelandic'],
  'Kirghiz': ['Kyrgyz', 'Kyrgyzstani'],
  'Liechtensteiner': ['Liechtenstein'],
  'Luxembourger': ['Luxembourgish', 'Luxembourg'],
  'Maldivan': ['Maldivian'],
  'Mosotho': ['Basotho', 'Mosotho'],
  'Motswana': ['Botswanan', 'Motswana'],
  'New Zealander': ['New Zealand'],
  'St. Maartener': [],
  'Surinamer': ['Surinamese'],
  'Tadzhik': ['Tajik', 'Tajikistani'],
  'Channel Islander': [],
  'Virgin Islander': [],
  'Kittitian': ['Kittitian'],
};

// Extra adjectives per country (added after the base).
const EXTRA_ADJ = {
  AFG: [],
  ALA: ['Alandish'],
  ARE: ['UAE', 'U.A.E.'],
  ARG: ['Argentinian'],
  AZE: ['Azeri'],
  BFA: ['Burkinabé'],
  BIH: ['Bosnian-Herzegovinian'],
  BHS: [],
  CUW: ['Curacaoan'],
  ESH: ['Western Saharan'],
  GBR: ['UK', 'U.K.'],
  GRC: ['Hellenic'],
  KAZ: ['Kazakh'],
  KOR: ['Korean'],
  LAO: ['Lao'],
  MCO: ['Monégasque'],
  MKD: ['North Macedonian'],
  MMR: ['Myanmar'],
  NPL: ['Nepali'],
  PHL: ['Philippine'],
  REU: ['Reunionese'],
  SAU: ['Saudi'],
  SLV: ['Salvadorean'],
  SOM: ['Somalian'],
  STP: ['São Toméan'],
  SVN: ['Slovenian'],
  TKM: ['Turkmenistani'],
  TLS: ['Timorese'],
  TTO: ['Tobagonian'],
  USA: ['US', 'U.S.'],
  UZB: ['Uzbek'],
  XKX: ['Kosovan'],
};

// Canonical adjective first when it is not the world-countries one.
const ADJ_FIRST = {
  KAZ: 'Kazakh', SAU: 'Saudi', PHL: 'Philippine', UZB: 'Uzbek', SVN: 'Slovenian',
  COM: 'Comorian', ECU: 'Ecuadorian', GNB: 'Bissau-Guinean', TJK: 'Tajik', KGZ: 'Kyrgyz',
};

// Adjectives that a territory inherits from its sovereign state (or that two states share) are
// removed from the territory / less-common state so that every adjective maps to one country.
const DROP_ADJ = {
  ATF: ['French'], BES: ['Dutch'], IOT: ['Indian'], MNP: ['American'], SJM: ['Norwegian'],
  COG: ['Congolese'],  // "Congolese" is given to COD (the usual referent in news)
  DMA: ['Dominican'],  // "Dominican" is given to DOM
  UMI: ['American Islander'],
};

// Of those, the ones the less-common state still uses: "Congolese" names the Republic of the
// Congo in a report that names it and not the Democratic Republic (countries.json
// "shared_adjectives"; the extractor decides by the report).
const SHARED_ADJ = { COG: ['Congolese'], DMA: ['Dominican'] };

// Likewise a short name the file gives another state: "Congo" is the Republic of the Congo's,
// but in a report that names the Democratic Republic and not the Republic it is the
// Democratic Republic's (countries.json "shared_names").
const SHARED_NAMES = { COD: ['Congo'] };

// Demonyms ending in "Islander" are nouns ("Cook Islander"), not adjectives: dropped.
const ISLANDER = / Islander$/;

// Capitals as news datelines spell them: replaces the world-countries `capital` list.
// ISR is deliberately absent: world-countries' value (["Jerusalem"]) is kept as it is.
// PSE gets the seat of government only, so that "Jerusalem" maps to one country.
const CAPITAL_OVERRIDE = {
  BEN: ['Porto-Novo', 'Cotonou'],
  BES: ['Kralendijk', 'The Bottom'],  // world-countries adds Oranjestad (Sint Eustatius), Aruba's capital
  BOL: ['La Paz', 'Sucre'],
  CIV: ['Yamoussoukro', 'Abidjan'],
  DJI: ['Djibouti'],
  GTM: ['Guatemala City'],
  KWT: ['Kuwait City', 'Kuwait'],
  LKA: ['Sri Jayawardenepura Kotte', 'Colombo'],
  LUX: ['Luxembourg'],
  MCO: ['Monaco'],
  MEX: ['Mexico City'],
  MMR: ['Naypyidaw'],
  NFK: [],  // world-countries: Kingston, which datelines use for Jamaica
  NGA: ['Abuja'],
  NLD: ['Amsterdam', 'The Hague'],
  PAN: ['Panama City'],
  PSE: ['Ramallah'],
  SGP: ['Singapore'],
  TZA: ['Dodoma', 'Dar es Salaam'],
  USA: ['Washington', 'Washington, D.C.'],
  VAT: ['Vatican City'],
  ZAF: ['Pretoria', 'Cape Town', 'Bloemfontein'],
};

// Non-capital cities that commonly serve as the dateline of diplomatic news from the country's own
// government (appended to the capitals). Not cities that host unrelated international meetings
// (New York, Geneva, Davos...).
const EXTRA_CITIES = {
  BRA: ['Rio de Janeiro', 'Sao Paulo'],
  CHN: ['Shanghai'],
  EGY: ['Alexandria', 'Sharm El-Sheikh'],
  IND: ['Mumbai'],
  IRQ: ['Erbil'],
  LBY: ['Benghazi'],
  MAR: ['Casablanca'],
  PAK: ['Karachi', 'Lahore'],
  RUS: ['Saint Petersburg', 'St Petersburg', 'St. Petersburg', 'Sochi'],
  SAU: ['Jeddah'],
  SDN: ['Port Sudan'],
  ARE: ['Dubai'],
  TUR: ['Istanbul'],
  YEM: ['Aden'],
};

// More cities of each state, authored for dkg in cities.json ({alpha3: [city, ...]}): seats
// of government and residences that are no capital (Carthage, Entebbe), summit and
// conference towns (NEOM, Sharm El-Sheikh) and the largest cities, in wire-copy spelling;
// none that is also a common word, a common given name or surname, a region's or state's
// name, or a city of another state, and no seat of the world's meetings that speaks for no
// state (Geneva, New York City, Davos).
const MORE_CITIES = JSON.parse(fs.readFileSync(path.join(here, 'cities.json'), 'utf8'));

// Named seats of a head of state or government, authored for dkg in seats.json ({alpha3:
// [seat, ...]}): the palaces and houses where leaders receive ("Jubilee House", "Kosyam
// Palace", "the Kremlin"), so that "received at the Jubilee House" places a report with no
// dateline. Only names one state uses: not "State House", "Presidential Palace", "Royal
// Palace", "Amiri Diwan" or "Istana" alone.
const SEATS = JSON.parse(fs.readFileSync(path.join(here, 'seats.json'), 'utf8'));

// Web hosts of a state's own voice: its presidency or government, foreign ministry and state
// news agency. A report published there (its `source` names the host) speaks for that state,
// as a dateline does ("KUWAIT -"): its officials go unnamed by state. Matched on whole labels
// ("en.kremlin.ru" is kremlin.ru). Not independent or merely state-owned newspapers.
const PUBLISHERS = {
  ARE: ['wam.ae', 'mofa.gov.ae'],
  ARM: ['president.am', 'primeminister.am', 'mfa.am'],
  AUS: ['pm.gov.au', 'dfat.gov.au'],
  AZE: ['president.az', 'azertag.az', 'mfa.gov.az'],
  BHR: ['bna.bh', 'mofa.gov.bh'],
  CHN: ['gov.cn', 'fmprc.gov.cn', 'mfa.gov.cn'],
  DEU: ['bundesregierung.de', 'bundeskanzler.de', 'auswaertiges-amt.de'],
  DZA: ['aps.dz', 'el-mouradia.dz', 'mfa.gov.dz'],
  EGY: ['presidency.eg', 'sis.gov.eg', 'mfa.gov.eg'],
  ETH: ['ena.et', 'mofa.gov.et', 'pmo.gov.et'],
  FRA: ['elysee.fr', 'diplomatie.gouv.fr', 'gouvernement.fr'],
  GBR: ['gov.uk', 'number10.gov.uk'],
  IDN: ['setneg.go.id', 'kemlu.go.id', 'presidenri.go.id'],
  IND: ['mea.gov.in', 'pib.gov.in', 'pmindia.gov.in'],
  IRN: ['irna.ir', 'president.ir', 'mfa.ir'],
  IRQ: ['ina.iq', 'mofa.gov.iq'],
  ISR: ['gov.il'],
  JOR: ['petra.gov.jo', 'rhc.jo', 'mfa.gov.jo'],
  JPN: ['mofa.go.jp', 'kantei.go.jp'],
  KAZ: ['akorda.kz', 'gov.kz'],
  KEN: ['president.go.ke', 'mfa.go.ke'],
  KOR: ['president.go.kr', 'mofa.go.kr'],
  KWT: ['kuna.net.kw'],
  LBY: ['lana.gov.ly'],
  MAR: ['mapexpress.ma', 'mapnews.ma', 'maroc.ma', 'diplomatie.ma'],
  NGA: ['statehouse.gov.ng', 'foreignaffairs.gov.ng'],
  OMN: ['omannews.gov.om', 'fm.gov.om'],
  PAK: ['app.com.pk', 'mofa.gov.pk', 'pmo.gov.pk'],
  QAT: ['qna.org.qa', 'mofa.gov.qa', 'diwan.gov.qa'],
  RUS: ['kremlin.ru', 'mid.ru', 'government.ru'],
  SAU: ['spa.gov.sa', 'mofa.gov.sa'],
  SDN: ['suna-sd.net'],
  SEN: ['aps.sn', 'presidence.sn'],
  SYR: ['sana.sy'],
  TUN: ['tap.info.tn', 'carthage.tn'],
  TUR: ['tccb.gov.tr', 'mfa.gov.tr'],
  UKR: ['president.gov.ua', 'mfa.gov.ua', 'kmu.gov.ua'],
  USA: ['state.gov', 'whitehouse.gov', 'defense.gov'],
  UZB: ['president.uz', 'mfa.uz'],
};

// Kosovo is not in ISO 3166-1; user-assigned code XK / XKX.
const KOSOVO = { alpha_2: 'XK', alpha_3: 'XKX', name: 'Kosovo', official_name: 'Republic of Kosovo' };

// ---------------------------------------------------------------------------

function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}
function isLatin(s) {
  // Letters from Basic Latin, Latin-1 Supplement, Latin Extended-A/B only, plus punctuation.
  return /^[\u0020-\u024F\u2019]+$/.test(s);
}
function stripThe(s) {
  return s.replace(/^the /, '');
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function ordered(first, items) {
  const set = new Set(items);
  set.delete(first);
  return [first, ...[...set].sort(cmp)];
}

const iso = JSON.parse(fs.readFileSync(ISO_PATH, 'utf8'))['3166-1'];
if (iso.length !== 249) throw new Error(`expected 249 ISO 3166-1 entries, got ${iso.length}`);
const wcBy = new Map();
for (const c of wc) wcBy.set(c.cca3 === 'UNK' ? 'XKX' : c.cca3, c);

const dropped = [];
const countries = [];
for (const e of [...iso, KOSOVO]) {
  const a3 = e.alpha_3;
  const w = wcBy.get(a3);
  if (!w) throw new Error(`world-countries has no ${a3}`);

  // ---- name
  let name = NAME_OVERRIDE[a3] || e.common_name || e.name;
  if (name.includes(', ') && !COMMA_ALLOW.has(name)) name = w.name.common;
  if (/\(/.test(name)) name = w.name.common;

  // ---- names
  const cand = [name, e.name, e.common_name, e.official_name, w.name.common, w.name.official]
    .filter(Boolean).map(stripThe);
  for (const alt of w.altSpellings) {
    if (/^[A-Z]{2}$/.test(alt)) continue;  // ISO alpha-2 codes
    const ok = ALT_ALLOW.has(alt) ||
      (isLatin(alt) && ENGLISH_MARKER.test(alt) && !FOREIGN_WORD.test(alt) && /^[A-Z]/.test(alt));
    if (ok) cand.push(alt); else dropped.push(`${a3}: ${alt}`);
  }
  cand.push(...(EXTRA_NAMES[a3] || []));
  const names = new Set();
  for (let n of cand) {
    n = n.trim();
    if (n.includes(', ') && !COMMA_ALLOW.has(n)) continue;  // inverted ISO forms
    if (/\(.*\)$/.test(n)) continue;                          // "Holy See (Vatican City State)"
    if (DROP_NAMES.has(n)) continue;
    names.add(n);
    const f = fold(n);
    if (f !== n && /^[\x20-\x7e]+$/.test(f)) names.add(f);     // "Cote d'Ivoire", "Curacao"
    if (n.startsWith('Saint ')) {                              // "St. Lucia", "St Lucia"
      names.add('St. ' + n.slice(6));
      names.add('St ' + n.slice(6));
    }
  }

  // ---- adjectives
  let adjs = [];
  const base = (w.demonyms && w.demonyms.eng && w.demonyms.eng.m) || '';
  for (const part of base.split(/, | or /).map((s) => s.trim()).filter(Boolean)) {
    if (part in REPLACE_DEMONYM) adjs.push(...REPLACE_DEMONYM[part]);
    else if (!ISLANDER.test(part)) adjs.push(part);
  }
  adjs.push(...(EXTRA_ADJ[a3] || []));
  const drop = new Set(DROP_ADJ[a3] || []);
  adjs = adjs.filter((x) => !drop.has(x));
  const adjSet = new Set();
  for (const a of adjs) {
    adjSet.add(a);
    const f = fold(a);
    if (f !== a && /^[\x20-\x7e]+$/.test(f)) adjSet.add(f);
  }
  const firstAdj = ADJ_FIRST[a3] || adjs[0];

  // ---- capitals
  const capSrc = a3 in CAPITAL_OVERRIDE ? CAPITAL_OVERRIDE[a3] : (w.capital || []);
  const capitals = [...new Set([...capSrc, ...(EXTRA_CITIES[a3] || []), ...(MORE_CITIES[a3] || [])]
    .map((x) => x.trim()).filter(Boolean))];

  countries.push({
    alpha3: a3,
    alpha2: e.alpha_2,
    name,
    names: ordered(name, [...names]),
    adjectives: adjSet.size ? ordered(firstAdj, [...adjSet]) : [],
    capitals,
    ...(PUBLISHERS[a3] ? { publishers: PUBLISHERS[a3] } : {}),
    ...(SEATS[a3] ? { seats: SEATS[a3] } : {}),
    ...(SHARED_ADJ[a3] ? { shared_adjectives: SHARED_ADJ[a3] } : {}),
    ...(SHARED_NAMES[a3] ? { shared_names: SHARED_NAMES[a3] } : {}),
  });
}
countries.sort((x, y) => cmp(x.alpha3, y.alpha3));

// ---- assertions
const nameOwner = new Map();
const adjOwner = new Map();
const errors = [];
for (const c of countries) {
  for (const n of c.names) {
    if (nameOwner.has(n) && nameOwner.get(n) !== c.alpha3) errors.push(`name "${n}" in ${nameOwner.get(n)} and ${c.alpha3}`);
    nameOwner.set(n, c.alpha3);
  }
  for (const a of c.adjectives) {
    if (adjOwner.has(a) && adjOwner.get(a) !== c.alpha3) errors.push(`adjective "${a}" in ${adjOwner.get(a)} and ${c.alpha3}`);
    adjOwner.set(a, c.alpha3);
  }
}
for (const [a, owner] of adjOwner) {
  if (nameOwner.has(a) && nameOwner.get(a) !== owner) errors.push(`"${a}" is an adjective of ${owner} and a name of ${nameOwner.get(a)}`);
}
const capOwner = new Map();  // lower-cased capital -> alpha3
const lcOwner = new Map();   // lower-cased name / adjective -> alpha3
for (const [s, o] of [...nameOwner, ...adjOwner]) lcOwner.set(s.toLowerCase(), o);
for (const c of countries) {
  for (const k of c.capitals) {
    const l = k.toLowerCase();
    if (capOwner.has(l) && capOwner.get(l) !== c.alpha3) errors.push(`capital "${k}" in ${capOwner.get(l)} and ${c.alpha3}`);
    capOwner.set(l, c.alpha3);
    if (lcOwner.has(l) && lcOwner.get(l) !== c.alpha3) errors.push(`capital "${k}" of ${c.alpha3} is a name/adjective of ${lcOwner.get(l)}`);
  }
  if (new Set(c.capitals.map((k) => k.toLowerCase())).size !== c.capitals.length) errors.push(`${c.alpha3}: capitals differ only in case`);
}
for (const a3 of [...Object.keys(CAPITAL_OVERRIDE), ...Object.keys(EXTRA_CITIES), ...Object.keys(MORE_CITIES)]) {
  if (!wcBy.has(a3)) errors.push(`capital table: unknown alpha3 ${a3}`);
}
const hostOwner = new Map();
for (const [a3, hosts] of Object.entries(PUBLISHERS)) {
  if (!wcBy.has(a3)) errors.push(`publisher table: unknown alpha3 ${a3}`);
  for (const h of hosts) {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(h)) errors.push(`publisher "${h}" of ${a3} is not a lower-case host`);
    if (hostOwner.has(h)) errors.push(`publisher "${h}" in ${hostOwner.get(h)} and ${a3}`);
    hostOwner.set(h, a3);
  }
}
const seatOwner = new Map();  // lower-cased seat -> alpha3
for (const [a3, seats] of Object.entries(SEATS)) {
  if (!wcBy.has(a3)) errors.push(`seat table: unknown alpha3 ${a3}`);
  for (const k of seats) {
    const l = k.toLowerCase();
    if (seatOwner.has(l)) errors.push(`seat "${k}" in ${seatOwner.get(l)} and ${a3}`);
    seatOwner.set(l, a3);
    if (lcOwner.has(l)) errors.push(`seat "${k}" of ${a3} is a name/adjective of ${lcOwner.get(l)}`);
  }
}
if (countries.length !== 250) errors.push(`expected 250 countries, got ${countries.length}`);
if (new Set(countries.map((c) => c.alpha3)).size !== countries.length) errors.push('duplicate alpha3');
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}

if (VERBOSE) console.error('dropped altSpellings:\n  ' + dropped.join('\n  '));

const out = {
  source: `iso-codes ${ISO_CODES_VERSION} + world-countries ${wcPkg.version} (ODbL), generated by scripts/lexicon/gen_countries.mjs`,
  countries,
};
fs.mkdirSync(path.dirname(OUT_PATH), { recursive: true });
fs.writeFileSync(OUT_PATH, JSON.stringify(out, null, 2) + '\n');
const nNames = countries.reduce((s, c) => s + c.names.length, 0);
const nAdj = countries.reduce((s, c) => s + c.adjectives.length, 0);
const nCap = countries.reduce((s, c) => s + c.capitals.length, 0);
const noAdj = countries.filter((c) => !c.adjectives.length).map((c) => c.alpha3);
const noCap = countries.filter((c) => !c.capitals.length).map((c) => c.alpha3);
console.log(`wrote ${path.relative(process.cwd(), OUT_PATH)}: ${countries.length} countries, ${nNames} names, ${nAdj} adjectives, ${nCap} capitals` +
  (noAdj.length ? `; no adjective: ${noAdj.join(' ')}` : '') +
  (noCap.length ? `; no capital: ${noCap.join(' ')}` : ''));
if (VERBOSE) {
  const changed = Object.entries(CAPITAL_OVERRIDE)
    .filter(([a3, v]) => JSON.stringify(v) !== JSON.stringify(wcBy.get(a3).capital || []))
    .map(([a3, v]) => `${a3}: ${JSON.stringify(wcBy.get(a3).capital || [])} -> ${JSON.stringify(v)}`);
  console.error('capital overrides that change world-countries:\n  ' + changed.join('\n  '));
}
