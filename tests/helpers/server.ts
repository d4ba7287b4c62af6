// The static server lives with the build scripts (the PDF renderer uses it too).
export { serve, type StaticServer, type ServeOptions } from '../../scripts/static-server.ts';
