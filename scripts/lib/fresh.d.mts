// Types of fresh.mjs (plain JavaScript so npm start can run it before anything is compiled).
export const ROOT: string;
export function hashInputs(inputs: string[]): string;
export function statInputs(inputs: string[]): string;
export function readStamp(name: string): { hash: string; stat?: string; builtAt: string } | null;
export function writeStamp(name: string, value: object): void;
export function ensureFresh(
  name: string,
  inputs: string[],
  outputs: string[],
  build: () => Promise<void> | void,
  options?: { force?: boolean },
): Promise<boolean>;
