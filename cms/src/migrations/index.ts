import * as migration_20261127_150152_init from './20261127_150152_init';

export const migrations = [
  {
    up: migration_20261127_150152_init.up,
    down: migration_20261127_150152_init.down,
    name: '20261127_150152_init'
  },
];
