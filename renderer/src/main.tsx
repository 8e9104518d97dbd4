// Renderer entry: mounts the React app. Runs in the sandboxed Electron window or a browser.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

createRoot(document.getElementById('root')!).render(<App />);
