import { createTestApp } from '../test/support/app.ts';
import { hsdsValidators } from '../src/features/open-data/hsds.validator.ts';
const cpu = () => { const u = process.cpuUsage(); return ((u.user + u.system) / 1e6).toFixed(2); };
let t = Date.now();
const v = hsdsValidators();
console.log('compile', Date.now() - t, cpu()); t = Date.now();
const app = createTestApp();
let n = 0;
for await (const h of app.deps.hsds.all()) n++;
console.log('all() x', n, Date.now() - t, cpu()); t = Date.now();
for await (const h of app.deps.hsds.all()) { v.service(h.service); }
console.log('all()+service', Date.now() - t, cpu()); t = Date.now();
for await (const h of app.deps.hsds.all()) { v.organization(h.organization); v.location(h.location); v.service_at_location({ ...h.serviceAtLocation }); }
console.log('all()+others', Date.now() - t, cpu()); t = Date.now();
for await (const h of app.deps.hsds.all()) { JSON.stringify(h.service).match(/"id":/g); }
console.log('all()+stringify', Date.now() - t, cpu()); t = Date.now();
await app.close();
