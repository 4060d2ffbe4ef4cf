import * as migration_20261127_150152_init from './20261127_150152_init';
import * as migration_20261127_152710_redirects_for_all_routed from './20261127_152710_redirects_for_all_routed';
import * as migration_20261127_155539_visit_statistics from './20261127_155539_visit_statistics';
import * as migration_20261127_155819_engagement from './20261127_155819_engagement';
import * as migration_20261202_084837_seed_keys_media_owner_no_lockout from './20261202_084837_seed_keys_media_owner_no_lockout';
import * as migration_20261202_122943_issue8_editorial_and_issue9_10_11_13 from './20261202_122943_issue8_editorial_and_issue9_10_11_13';
import * as migration_20261202_134346_issue12_verification_codes from './20261202_134346_issue12_verification_codes';
import * as migration_20261202_144021_issue12_roll_search_open_data from './20261202_144021_issue12_roll_search_open_data';

export const migrations = [
  {
    up: migration_20261127_150152_init.up,
    down: migration_20261127_150152_init.down,
    name: '20261127_150152_init',
  },
  {
    up: migration_20261127_152710_redirects_for_all_routed.up,
    down: migration_20261127_152710_redirects_for_all_routed.down,
    name: '20261127_152710_redirects_for_all_routed',
  },
  {
    up: migration_20261127_155539_visit_statistics.up,
    down: migration_20261127_155539_visit_statistics.down,
    name: '20261127_155539_visit_statistics',
  },
  {
    up: migration_20261127_155819_engagement.up,
    down: migration_20261127_155819_engagement.down,
    name: '20261127_155819_engagement',
  },
  {
    up: migration_20261202_084837_seed_keys_media_owner_no_lockout.up,
    down: migration_20261202_084837_seed_keys_media_owner_no_lockout.down,
    name: '20261202_084837_seed_keys_media_owner_no_lockout',
  },
  {
    up: migration_20261202_122943_issue8_editorial_and_issue9_10_11_13.up,
    down: migration_20261202_122943_issue8_editorial_and_issue9_10_11_13.down,
    name: '20261202_122943_issue8_editorial_and_issue9_10_11_13',
  },
  {
    up: migration_20261202_134346_issue12_verification_codes.up,
    down: migration_20261202_134346_issue12_verification_codes.down,
    name: '20261202_134346_issue12_verification_codes',
  },
  {
    up: migration_20261202_144021_issue12_roll_search_open_data.up,
    down: migration_20261202_144021_issue12_roll_search_open_data.down,
    name: '20261202_144021_issue12_roll_search_open_data'
  },
];
