import './app.css';
import { ExplorerApp } from './explorer-app';

const app = new ExplorerApp();
// Exposed for the browser console and the end-to-end tests, which read node positions off the canvas.
Object.assign(window, { explorer: { app, cy: app.graph.cy } });
void app.start();
