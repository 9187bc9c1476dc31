import './app.css';
import { ExplorerApp } from './explorer-app';

const app = new ExplorerApp();
// Exposed for the browser console and the end-to-end tests, which read node positions off the canvas and wait
// for the first view to be drawn.
Object.assign(window, { explorer: { app, cy: app.graph.cy, started: app.start() } });
