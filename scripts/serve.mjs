// `npm start`: serve the built site and print where to open it.
import { startStaticServer } from './staticServer.mjs';

const port = Number(process.env.PORT ?? 4321);
const { url } = await startStaticServer({ root: 'dist', port });
console.log(`\nStaying in touch is running at ${url}/\nPress Ctrl+C to stop.\n`);
