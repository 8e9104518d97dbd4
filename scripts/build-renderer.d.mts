// Types of build-renderer.mjs (plain JavaScript so npm start can run it before anything is compiled).
import type { Plugin } from 'esbuild';
export const RENDERER_OUT: string;
export const RENDERER_INPUTS: string[];
export const sourceInterop: Plugin;
export function buildRenderer(out?: string): Promise<void>;
