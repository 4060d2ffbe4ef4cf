import * as migration_20261127_150152_init from './20261127_150152_init';
import * as migration_20261127_152710_redirects_for_all_routed from './20261127_152710_redirects_for_all_routed';

export const migrations = [
  {
    up: migration_20261127_150152_init.up,
    down: migration_20261127_150152_init.down,
    name: '20261127_150152_init',
  },
  {
    up: migration_20261127_152710_redirects_for_all_routed.up,
    down: migration_20261127_152710_redirects_for_all_routed.down,
    name: '20261127_152710_redirects_for_all_routed'
  },
];
