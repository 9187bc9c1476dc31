/** esbuild bundles imported stylesheets into app.css next to app.js. */
declare module '*.css';
