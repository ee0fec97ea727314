/**
 * `npm start` (after the build) and `npm run preview`: serve `dist/` on
 * localhost and print its URL. PORT picks the port; if it is taken, any
 * free port is used instead.
 */
import { existsSync } from 'node:fs';
import { serveStatic, type StaticServer } from './serve/static-server.ts';

const dir = process.env['KB_OUT_DIR'] ?? 'dist';
if (!existsSync(dir)) {
  console.error(`${dir}/ does not exist. Run \`npm run build\` first, or \`npm start\` to build and serve.`);
  process.exit(1);
}

const wanted = Number(process.env['PORT'] ?? 4321);
let site: StaticServer;
try {
  site = await serveStatic(dir, wanted);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  site = await serveStatic(dir, 0);
  console.log(`Port ${wanted} is in use; using another.`);
}
console.log(`Serving ${dir}/ at ${site.url}  (Ctrl+C to stop)`);
