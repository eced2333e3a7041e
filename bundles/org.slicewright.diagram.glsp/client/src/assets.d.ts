// Style sheets are bundled by esbuild; for the type checker they are modules without exports.
declare module '*.css';
