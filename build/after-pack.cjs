// electron-builder afterPack hook: the packed app has its Electron binary; give Node its own back.
'use strict';
const { afterPack } = require('./native-rebuild.cjs');

exports.default = (context) => afterPack(context);
