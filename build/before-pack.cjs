// electron-builder beforePack hook: better-sqlite3 rebuilt for Electron, only when packaging.
'use strict';
const { beforePack } = require('./native-rebuild.cjs');

exports.default = (context) => beforePack(context);
