// Loads dkg's Neo4j CSV export (nodes.csv, relationships.csv) into the kuzu Cypher
// engine and checks it: node and relationship counts equal the CSV row counts, every
// name, alias and evidence string reads back exactly, and a path query works.
// Usage: node kuzu_load.mjs EXPORT_DIR   (needs `npm install` in this directory)
// Prints one JSON line with the counts; exits 1 on a mismatch, 2 on bad usage.
import fs from 'node:fs';
import path from 'node:path';
import kuzu from 'kuzu';

const RELATION_TYPES = ['MET_WITH', 'REPRESENTS', 'CONVEYED_GREETINGS_TO'];

// kuzu's own header hints differ from neo4j-admin's, so the columns are declared here.
const NODE_COLUMNS = 'id STRING, labels STRING, name STRING, aliases STRING, roles STRING, ' +
    'country STRING, report_count INT64, first_date DATE, last_date DATE';
const REL_COLUMNS = 'start_id STRING, end_id STRING, type STRING, report_count INT64, ' +
    'first_date DATE, last_date DATE, report_ids STRING, evidence STRING, on_behalf_of STRING';
const REL_PROPERTIES = 'report_count INT64, first_date DATE, last_date DATE, ' +
    'report_ids STRING[], evidence STRING[], on_behalf_of STRING[]';

// RFC 4180 records (quoted fields may hold commas, quotes and newlines).
function parseCsv(text) {
  const records = [];
  let record = [], field = '', quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; ++i; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\n') { record.push(field); records.push(record); record = []; field = ''; }
    else field += c;
  }
  if (field !== '' || record.length > 0) { record.push(field); records.push(record); }
  return records;
}

function splitArray(cell) { return cell === '' ? null : cell.split(';'); }

function fail(message) {
  console.error(`kuzu_load: ${message}`);
  process.exit(1);
}

function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    fail(`${what}: kuzu has ${JSON.stringify(actual)}, CSV has ${JSON.stringify(expected)}`);
  }
}

async function main() {
  if (process.argv.length !== 3) {
    console.error('usage: node kuzu_load.mjs EXPORT_DIR');
    process.exit(2);
  }
  const dir = path.resolve(process.argv[2]);
  const nodesCsv = path.join(dir, 'nodes.csv');
  const relsCsv = path.join(dir, 'relationships.csv');
  const nodeRows = parseCsv(fs.readFileSync(nodesCsv, 'utf8')).slice(1);
  const relRows = parseCsv(fs.readFileSync(relsCsv, 'utf8')).slice(1);

  const db = new kuzu.Database(':memory:');
  const conn = new kuzu.Connection(db);
  const query = async (text) => (await conn.query(text)).getAll();
  const load = (file, columns) =>
    `LOAD WITH HEADERS (${columns}) FROM '${file}' (header=true, parallel=false)`;

  await query(`CREATE NODE TABLE Entity(id STRING PRIMARY KEY, labels STRING, name STRING, ` +
      `aliases STRING[], roles STRING[], country STRING, report_count INT64, ` +
      `first_date DATE, last_date DATE)`);
  for (const type of RELATION_TYPES) {
    await query(`CREATE REL TABLE ${type}(FROM Entity TO Entity, ${REL_PROPERTIES})`);
  }
  await query(`COPY Entity FROM (${load(nodesCsv, NODE_COLUMNS)} RETURN id, labels, name, ` +
      `string_split(aliases, ';'), string_split(roles, ';'), country, report_count, ` +
      `first_date, last_date)`);
  for (const type of RELATION_TYPES) {
    if (!relRows.some((row) => row[2] === type)) continue;  // COPY of nothing fails
    await query(`COPY ${type} FROM (${load(relsCsv, REL_COLUMNS)} WHERE type = '${type}' ` +
        `RETURN start_id, end_id, report_count, first_date, last_date, ` +
        `string_split(report_ids, ';'), string_split(evidence, ';'), ` +
        `string_split(on_behalf_of, ';'))`);
  }

  const [{ nodes }] = await query('MATCH (n:Entity) RETURN count(*) AS nodes');
  const [{ rels }] = await query('MATCH ()-[r]->() RETURN count(*) AS rels');
  expectEqual(Number(nodes), nodeRows.length, 'node count');
  expectEqual(Number(rels), relRows.length, 'relationship count');

  const stored = await query('MATCH (n:Entity) RETURN n.id AS id, n.name AS name, ' +
      'n.aliases AS aliases, n.roles AS roles ORDER BY n.id');
  const byId = new Map(stored.map((row) => [row.id, row]));
  for (const [id, , name, aliases, roles] of nodeRows) {
    const row = byId.get(id);
    if (!row) fail(`node ${JSON.stringify(id)} missing`);
    expectEqual(row.name, name === '' ? null : name, `name of ${id}`);
    expectEqual(row.aliases, splitArray(aliases), `aliases of ${id}`);
    expectEqual(row.roles, splitArray(roles), `roles of ${id}`);
  }
  const evidence = await query('MATCH (a)-[r]->(b) RETURN a.id AS s, b.id AS t, ' +
      'label(r) AS type, r.evidence AS evidence');
  const evidenceOf = new Map(evidence.map((e) => [`${e.s}\0${e.t}\0${e.type}`, e.evidence]));
  for (const [s, t, type, , , , , cell] of relRows) {
    expectEqual(evidenceOf.get(`${s}\0${t}\0${type}`), splitArray(cell),
        `evidence of ${s} -${type}-> ${t}`);
  }

  let shortest = null;
  if (relRows.length > 0) {
    const [s, t] = relRows[0];
    const statement = await conn.prepare('MATCH p = (a:Entity)-[* SHORTEST 1..6]-(b:Entity) ' +
        'WHERE a.id = $s AND b.id = $t RETURN length(p) AS hops');
    const result = await (await conn.execute(statement, { s, t })).getAll();
    if (result.length === 0) fail(`no path between ${s} and ${t}`);
    shortest = Number(result[0].hops);
    expectEqual(shortest, 1, `shortest path ${s} .. ${t}`);
  }
  const byType = {};
  for (const type of RELATION_TYPES) {
    const [{ count }] = await query(`MATCH ()-[r:${type}]->() RETURN count(*) AS count`);
    byType[type] = Number(count);
    expectEqual(byType[type], relRows.filter((row) => row[2] === type).length, `${type} count`);
  }
  console.log(JSON.stringify({ nodes: Number(nodes), relationships: Number(rels),
                               by_type: byType, shortest_path_hops: shortest }));
  process.exit(0);
}

main().catch((error) => fail(error.message));
