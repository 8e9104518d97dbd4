// Packaging-time only (electron-builder beforePack/afterPack): swaps better-sqlite3's native
// binary to Electron's ABI while the app is packed, then puts the Node build back so `npm test`
// and the CLI keep working. `npm install` never touches Electron (its binary may be unavailable).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

// electron-builder's Arch enum, by value.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

function moduleDir(projectDir) {
  return path.join(projectDir, 'node_modules', 'better-sqlite3');
}

function binaryPath(projectDir) {
  return path.join(moduleDir(projectDir), 'build', 'Release', 'better_sqlite3.node');
}

// Keyed by module version and Node ABI so a stale backup from an older install is never restored.
function backupPath(projectDir) {
  const { version } = JSON.parse(fs.readFileSync(path.join(moduleDir(projectDir), 'package.json'), 'utf8'));
  return path.join(
    projectDir,
    'node_modules',
    '.cache',
    'study-shelf-native',
    `better_sqlite3-${version}-node-abi${process.versions.modules}.node`,
  );
}

/** Saves the Node build once; a backup left by an interrupted packaging run is kept as it is. */
function backupNodeBinary(projectDir) {
  const backup = backupPath(projectDir);
  if (fs.existsSync(backup)) return backup;
  fs.mkdirSync(path.dirname(backup), { recursive: true });
  fs.copyFileSync(binaryPath(projectDir), backup);
  return backup;
}

function restoreNodeBinary(projectDir) {
  const backup = backupPath(projectDir);
  if (!fs.existsSync(backup)) return false;
  fs.copyFileSync(backup, binaryPath(projectDir));
  return true;
}

function electronVersionOf(context) {
  const fromConfig = context.packager.config && context.packager.config.electronVersion;
  if (fromConfig) return fromConfig;
  const framework = context.packager.info && context.packager.info.framework;
  if (framework && framework.version) return framework.version;
  return require(path.join(context.packager.projectDir, 'node_modules', 'electron', 'package.json')).version;
}

async function loadRebuild() {
  // @electron/rebuild is ESM-only and comes with electron-builder.
  const mod = await import('@electron/rebuild');
  return mod.rebuild;
}

async function beforePack(context, rebuild) {
  const projectDir = context.packager.projectDir;
  const arch = ARCH_NAMES[context.arch];
  if (!arch) throw new Error(`unknown arch ${context.arch}`);
  backupNodeBinary(projectDir);
  const electronVersion = electronVersionOf(context);
  console.log(
    `  • rebuilding better-sqlite3 for Electron ${electronVersion} (${context.electronPlatformName}/${arch})`,
  );
  await (rebuild || (await loadRebuild()))({
    buildPath: projectDir,
    electronVersion,
    arch,
    platform: context.electronPlatformName,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
}

async function afterPack(context) {
  if (restoreNodeBinary(context.packager.projectDir)) console.log('  • restored the Node build of better-sqlite3');
}

module.exports = {
  ARCH_NAMES,
  binaryPath,
  backupPath,
  backupNodeBinary,
  restoreNodeBinary,
  electronVersionOf,
  beforePack,
  afterPack,
};
